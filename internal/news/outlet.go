package news

import "time"

// Outlet is a publisher: a newspaper, broadcaster, wire or blog.
type Outlet struct {
	ID       int64
	Slug     string // stable short name, unique: "harbor-ledger"
	Name     string // as shown: "The Harbor Ledger"
	Homepage string
	Country  string // ISO 3166-1 alpha-2, upper case; empty when unknown
	Language string // ISO 639-1 default language of the outlet
	Rating   Rating
	// AllowPrivate lets the desk fetch this outlet's feeds and pages from
	// private addresses: for self-hosted sources on a home network.
	AllowPrivate bool
}

// Feed is one syndication feed of an outlet.
type Feed struct {
	ID       int64
	OutletID int64
	URL      string
	Title    string

	// Conditional GET state and health.
	ETag          string
	LastModified  string
	LastCheckedAt time.Time
	LastSuccessAt time.Time
	LastError     string
	Failures      int // consecutive failures

	// The poll schedule: when to check next and how often. Interval
	// adapts to how often the feed changes; a feed that has failed for
	// days is Paused and probed rarely.
	CreatedAt   time.Time
	NextCheckAt time.Time
	Interval    time.Duration
	Paused      bool      // failed for days: probed daily until it works
	Held        bool      // stopped by the user: not checked until released
	LastNewAt   time.Time // when a check last found a new item
}

// Item is one entry of a parsed feed, before its page is fetched.
type Item struct {
	GUID      string
	URL       string
	Title     string
	Summary   string
	Content   string // full content when the feed carries it
	Author    string
	Published time.Time // zero when the feed gave none
	ImageURL  string
	Language  string
}

// ParsedFeed is a feed document turned into our types.
type ParsedFeed struct {
	Title    string
	Homepage string
	Language string
	Format   string // "rss", "atom" or "json"
	Items    []Item
}

// OutletReport is one of an outlet's reports as its page on the site
// lists it: the report's title, address and time, and the published story
// of ours it is part of. StoryID and StoryHeadline are empty when the
// report is part of no published story.
type OutletReport struct {
	Title         string
	URL           string
	Published     time.Time // UTC
	StoryID       string
	StoryHeadline string
}
