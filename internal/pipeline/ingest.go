package pipeline

import (
	"context"
	"log/slog"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/metrics"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

// Getter fetches one URL; *fetch.Client is the real one.
type Getter interface {
	Get(ctx context.Context, r fetch.Request) (*fetch.Response, error)
}

// Pipeline joins the store, the fetcher and the pure stages.
type Pipeline struct {
	Store  *store.Store
	Client Getter
	// PrivateClient, when set, fetches for outlets marked AllowPrivate
	// (self-hosted sources on a private network); every other outlet goes
	// through Client and its guard.
	PrivateClient Getter
	Now           func() time.Time
	Log           *slog.Logger
	Workers       int
	// Progress, when set, is told each time an item is done.
	Progress func(done, total int)
	// WriteProgress, when set, is told before Rebuild writes each story.
	WriteProgress func(done, total int)
	// Metrics, when set, counts what the pipeline does for the operator.
	Metrics *metrics.Desk
	// Languages is the whitelist for language detection (ISO 639-1);
	// nil means the detector's default list.
	Languages []string
	// ReadFile reads a feed given as a file; defaults to os.ReadFile.
	ReadFile    func(string) ([]byte, error)
	streamState streamState // the open stories, between rebuilds (see group)
	// claimTick, when set, replaces the ticker that tells a poll to
	// renew its claims (see holdClaims), so that tests say when.
	claimTick <-chan time.Time
}

func (p *Pipeline) now() time.Time {
	if p.Now == nil {
		return time.Now().UTC()
	}
	return p.Now().UTC()
}

func (p *Pipeline) log() *slog.Logger {
	if p.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return p.Log
}

// MaxItemsPerFeed caps the items read from one feed in one check, the
// newest first: a feed of thousands of items would otherwise hold the
// workers for hours and starve every other feed. A news feed carries tens.
const MaxItemsPerFeed = 200

// FeedReport is what one feed's ingest did.
type FeedReport struct {
	Source      string // the URL or file as given
	Title       string
	Items       int
	Skipped     int // items past MaxItemsPerFeed, the oldest: left for a later check
	New         int // articles stored for the first time
	Known       int // articles already stored
	NotModified bool
	// Deferred is set when a poll's deadline passed before the feed, or
	// some of its items, could be read: nothing failed, and the feed is
	// checked again at the next poll.
	Deferred bool
	Err      error          // the feed itself failed: nothing from it was read
	Failed   []ArticleError // items whose page failed; stored with the error
}

// ArticleError is one item that could not be read.
type ArticleError struct {
	URL string
	Err error
}

type feedJob struct {
	source string
	report *FeedReport
}

type itemJob struct {
	feed    news.Feed
	outlet  news.Outlet
	item    news.Item
	report  *FeedReport
	pending *feedPending
}

// Ingest reads each source (a feed URL or a feed file) once, fetches and
// extracts the pages of its items that are not stored yet, and stores
// them. A bad source or page is recorded on its report and never stops
// the others. The reports come back in the order of sources.
func (p *Pipeline) Ingest(ctx context.Context, sources []string) ([]*FeedReport, error) {
	return p.ingest(ctx, sources, time.Time{})
}

// ingest is Ingest that starts no job once deadline has passed (by the
// pipeline's clock; the zero time means none): a job it does not start
// is left for the next poll, and its feed's report says so (Deferred).
// Jobs already running finish, within the fetch limits.
func (p *Pipeline) ingest(ctx context.Context, sources []string, deadline time.Time) ([]*FeedReport, error) {
	q := NewMemQueue()
	reports := make([]*FeedReport, len(sources))
	enqueue := q.Enqueue
	for i, s := range sources {
		reports[i] = &FeedReport{Source: s}
		enqueue(Job{Kind: "feed", Host: hostOf(s), Feed: &feedJob{source: s, report: reports[i]}})
	}
	var mu sync.Mutex
	done, total := 0, 0
	tick := func(addTotal, addDone int) {
		if p.Progress == nil {
			return
		}
		mu.Lock()
		total += addTotal
		done += addDone
		d, t := done, total
		mu.Unlock()
		p.Progress(d, t)
	}
	err := q.Run(ctx, p.Workers, func(ctx context.Context, j Job) {
		if !deadline.IsZero() && !p.now().Before(deadline) {
			mu.Lock()
			switch j.Kind {
			case "feed":
				j.Feed.report.Deferred = true
				p.Metrics.FeedChecked("deferred")
			case "item":
				j.Item.report.Deferred = true
			}
			mu.Unlock()
			return
		}
		switch j.Kind {
		case "feed":
			items := p.readFeed(ctx, j.Feed, &mu)
			tick(len(items), 0)
			for _, it := range items {
				enqueue(Job{Kind: "item", Host: hostOf(it.item.URL), Item: it})
			}
		case "item":
			p.readItem(ctx, j.Item, &mu)
			tick(0, 1)
		}
	})
	return reports, err
}

// readFeed checks one feed, and returns its items as jobs.
func (p *Pipeline) readFeed(ctx context.Context, j *feedJob, mu *sync.Mutex) []*itemJob {
	r := j.report
	c, err := p.CheckFeed(ctx, j.source)
	if err != nil {
		r.Err = err
		return nil
	}
	if c.NotModified {
		r.NotModified = true
		return nil
	}
	r.Title = c.Title
	r.Items = c.Total
	r.Skipped = c.Total - len(c.Items)
	jobs := make([]*itemJob, 0, len(c.Items))
	for _, it := range c.Items {
		jobs = append(jobs, &itemJob{feed: c.Feed, outlet: c.Outlet, item: it, report: r})
	}
	// The validators are saved only once every item is stored: see
	// finishFeed, called when the last item job of this feed is done.
	pending := &feedPending{left: len(jobs), feed: c.Feed, report: r, title: c.Title, etag: c.ETag, lastModified: c.LastModified}
	for _, jb := range jobs {
		jb.pending = pending
	}
	if len(jobs) == 0 {
		p.finishFeed(ctx, pending, mu)
	}
	return jobs
}

// newestFirst returns at most n items, the newest by date; items without
// a date keep their place in the feed, after the dated ones.
func newestFirst(items []news.Item, n int) []news.Item {
	if len(items) <= n {
		return items
	}
	sorted := slices.Clone(items)
	slices.SortStableFunc(sorted, func(a, b news.Item) int {
		switch {
		case a.Published.IsZero() != b.Published.IsZero():
			if a.Published.IsZero() {
				return 1
			}
			return -1
		}
		return b.Published.Compare(a.Published)
	})
	return sorted[:n]
}

// feedKey is the key a feed is stored under: the URL it was fetched
// from, or "file:" and the path for a feed read from a file.
func feedKey(source string) string {
	if isURL(source) {
		return source
	}
	return "file:" + source
}

// hostOf is the host name a URL reads from, lower-cased, or "" for a
// file or a URL without a host: jobs are shared between hosts by it.
func hostOf(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// outletFor finds the outlet a feed belongs to: the one it is stored
// under, else an unrated outlet named after the feed's host.
func (p *Pipeline) outletFor(ctx context.Context, key string, parsed *news.ParsedFeed) (news.Outlet, error) {
	if f, err := p.Store.FeedByURL(ctx, key); err == nil {
		return p.Store.Outlet(ctx, f.OutletID)
	}
	home, name, lang := key, "", ""
	if parsed != nil {
		if parsed.Homepage != "" {
			home = parsed.Homepage
		}
		name, lang = parsed.Title, parsed.Language
	}
	return OutletFor(ctx, p.Store, home, name, lang)
}

// OutletFor returns the outlet whose slug is the host of home (without
// "www."), creating it unrated when there is none. name and lang are used
// only when creating it; name defaults to the host.
func OutletFor(ctx context.Context, st *store.Store, home, name, lang string) (news.Outlet, error) {
	host := ""
	if u, err := url.Parse(home); err == nil {
		host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	if host == "" {
		host = strings.ToLower(strings.TrimSuffix(filepathBase(home), ".xml"))
	}
	if o, err := st.OutletBySlug(ctx, host); err == nil {
		return o, nil
	}
	if name == "" {
		name = host
	}
	o := news.Outlet{Slug: host, Name: name, Homepage: home, Language: lang, Rating: news.Rating{Lean: news.Unrated}}
	id, err := st.UpsertOutlet(ctx, o)
	o.ID = id
	return o, err
}

func filepathBase(s string) string {
	if i := strings.LastIndexAny(s, `/\`); i >= 0 {
		return s[i+1:]
	}
	return s
}

// clientFor picks the client for an outlet: the private one only for an
// outlet the user marked as self-hosted.
func (p *Pipeline) clientFor(o news.Outlet) Getter {
	if o.AllowPrivate && p.PrivateClient != nil {
		return p.PrivateClient
	}
	return p.Client
}
