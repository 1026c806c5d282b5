package news

import "time"

// Article is one outlet's report, with the text the desk extracted from
// its page. Text is kept in the store for analysis and verification and
// is never served whole.
type Article struct {
	ID           int64
	OutletID     int64
	FeedID       int64 // 0 when the article did not come from a feed
	URL          string
	CanonicalURL string
	GUID         string
	Title        string
	Author       string
	Published    time.Time // UTC; see DESIGN.md for which date wins
	FirstSeen    time.Time // UTC
	Text         string
	ImageURL     string // the page's og:image or JSON-LD image, absolute
	ImageCaption string // the page's own words for its image; "" when it gives none
	Language     string
	ContentHash  string // hex SHA-256 of the normalised text
	Fingerprint  uint64 // SimHash of word shingles, for near-duplicates
	CopyOf       int64  // the ID of the article this one copies; 0 for an original
	Paywalled    bool   // the page is behind a paywall: never quoted
	TooShort     bool   // the page gave too little text to be a full report
	Error        string // why extraction failed; Text is empty then
}

// ArticleRef is an article together with its outlet, which is how the pure
// stages receive them.
type ArticleRef struct {
	Article
	Outlet Outlet
}

// Independent reports whether the article counts as its own report: it is
// not a copy of another article and it has text.
func (a Article) Independent() bool { return a.CopyOf == 0 && a.Text != "" }
