package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/cluster"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/pipeline"
	"github.com/theunbiasedpost/unbiased/internal/store"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

// DeskUsable says which stored reports count as usable, in the words the
// eval desk command prints.
const DeskUsable = "stored with text, in English, and not a text that the set files under two or more events (page furniture such as a site's notice, no report of either)"

// DeskOptions tune RunDesk.
type DeskOptions struct {
	Leans Leans
	// Words is the length page texts are cut to before ROUGE; zero means
	// DefaultSummaryWords.
	Words int
	// NewPipeline builds the desk's pipeline over st, with a client made
	// from o, which reaches the pool's outlets; RunDesk sets its clock.
	// Nil builds a plain one: four workers, the language detector's
	// default languages.
	NewPipeline func(st *store.Store, o fetch.Options) *pipeline.Pipeline
	// TempDir is where the temporary store is made; "" is os.TempDir.
	TempDir string
	// Clock times the run for DocsPerSec; nil is the wall clock.
	Clock func() time.Time
	// Cluster is how the desk groups reports into stories; nil is
	// cluster.DefaultOptions.
	Cluster *cluster.Options
}

// DeskReport is what an end-to-end run of the desk did with a summary set.
type DeskReport struct {
	Events    int // clusters of the set: one real event each
	Documents int
	// Reports counts the usable reports: documents stored with text, in
	// English (DeskUsable).
	Reports           int
	EventsPublishable int // events with at least two usable reports
	// EventsPublished counts the events that a published story is
	// mostly (more than half) made of.
	EventsPublished int
	// EventsSplit counts the events whose usable reports went to more
	// than one story.
	EventsSplit int
	// EventsSplitPublished counts the events whose usable reports went
	// to two or more published stories: one event told on two pages.
	EventsSplitPublished int
	Stories              int // stories the desk formed
	Pages                int // published stories
	PagesMixed           int // published stories whose reports come from more than one event
	// PagesMixedText counts the published stories whose page's
	// sentences come from reports of more than one event (by each
	// sentence's first cite): a mixed story whose page tells one event
	// only is not among them.
	PagesMixedText int
	// PagesFurniture counts the published stories whose text holds some
	// furniture of their reports' pages (a caption, a byline...).
	PagesFurniture int
	// Cluster scores the usable reports' stories against their events.
	Cluster cluster.Scores
	// Rouge is the mean ROUGE of each event's page text against its
	// reference summary (see RunDesk); events without one are left out.
	Rouge RougeMean
	// HeadlineRouge is the mean ROUGE of each event's page headline
	// against the reference summary's title, over the events whose set
	// gives one; a headline's ", X reports" is left out, as it names the
	// outlet rather than the news.
	HeadlineRouge RougeMean
	// Refused counts the unpublished stories by the reason they give.
	Refused map[string]int
	// TextRecall is the mean share of a stored report's document words
	// that its stored text keeps, over stored reports: below 1, the
	// extractor lost text.
	TextRecall float64
	// Furniture counts the stored reports whose text kept a piece of
	// their page's furniture, by kind: headline, kicker, nav, byline,
	// dateline, caption, credit, share, related, footer.
	Furniture  map[string]int
	DocsPerSec float64
	Problems   []DeskProblem
	// Published holds every published page with its reports, by story ID.
	Published []DeskPage
}

// DeskProblem is one thing that went wrong with a feed, a document or a
// page.
type DeskProblem struct {
	// Kind is "feed" (the feed failed), "article" (the document's page
	// failed), "unusable" (the document gave no usable report), "page"
	// (a published page holds page furniture), "unpublished" (an event
	// with two or more usable reports that no published story is mostly
	// made of; Err says where its reports went), "mixed" (a published
	// story whose reports come from two or more events; Err says how
	// many of each) or "split" (an event whose usable reports are on two
	// or more published stories; Err names them).
	Kind  string
	URL   string // the feed's or the document's
	Event string // the document's event ID
	Doc   int    // the document's place in its event, from 1
	Story string // the published story's ID
	Err   error

	// number is the document's number in the run: problems come in
	// document order, after the feeds' (which come in the pool's order),
	// whatever order the pages were read in.
	number int
}

// DeskPage is one published page and the reports it was written from.
type DeskPage struct {
	Page    news.Page
	Sources []DeskSource
}

// DeskSource is one report of a published story: which document of the
// set it was, who published it, and the text the desk stored for it.
type DeskSource struct {
	Event    string    `json:"event"`
	Document int       `json:"document"` // place in its event, from 1
	Outlet   string    `json:"outlet"`
	Lean     news.Lean `json:"lean"`
	Title    string    `json:"title"`
	URL      string    `json:"url"`
	Text     string    `json:"text"` // as extracted and stored
	// Published is when the report was written, as stored: the day its
	// "yesterday" counts from (see analyze.DatedDays).
	Published time.Time `json:"published"`
	// FirstSeen is when the desk first read it, the report's time when it
	// gives none.
	FirstSeen time.Time `json:"first_seen"`
}

// RunDesk runs the whole desk on a summary set, end to end, as it runs on
// real outlets. Every document becomes an article page of one of a pool of
// invented outlets (see deskPlace), served with its outlet's feed on a
// loopback server under <slug>.evaldesk.test, inside realistic page
// furniture. A document without a title gets its first sentence, cut to
// about twelve words at a word boundary and followed by an ellipsis (see
// deskTitle). The desk's pipeline reads every feed and page through the
// real fetch and extraction path into a temporary SQLite store, then
// clusters the reports and writes and checks its pages, as of just after
// the newest document. Usable reports are those stored with text, in
// English, whose text the set does not file under two or more events
// (DeskUsable).
//
// It then scores the stored stories against the set's events. An event's
// page is the published page of the story holding most of its reports
// (ties: the story more of whose reports are the event's, then the
// smaller story ID); its text, the page's sentences in reading order with
// white space collapsed (write.PlainText), cut to opt.Words words, is
// compared with the event's reference summary. An event without a page
// scores as an empty summary.
//
// A feed or page that fails is a DeskProblem, never an error: only a
// fault of the run itself (the store, the server, the context) is.
func RunDesk(ctx context.Context, clusters []SummaryCluster, opt DeskOptions) (DeskReport, error) {
	clock := opt.Clock
	if clock == nil {
		clock = time.Now
	}
	if opt.Words <= 0 {
		opt.Words = DefaultSummaryWords
	}
	start := clock()
	pool := deskPool(opt.Leans)
	docs := deskPlace(clusters, pool, opt.Leans)
	srv, err := newDeskServer(clusters, pool, docs)
	if err != nil {
		return DeskReport{}, err
	}
	if err := srv.start(); err != nil {
		return DeskReport{}, err
	}
	defer srv.close()

	dir, err := os.MkdirTemp(opt.TempDir, "unbiased-eval-desk-")
	if err != nil {
		return DeskReport{}, fmt.Errorf("temporary store: %w", err)
	}
	defer os.RemoveAll(dir)
	now := deskNow(docs)
	st, err := store.Open(ctx, filepath.Join(dir, "desk.db"), store.WithClock(func() time.Time { return now }))
	if err != nil {
		return DeskReport{}, err
	}
	defer st.Close()

	copt := cluster.DefaultOptions()
	if opt.Cluster != nil {
		copt = *opt.Cluster
	}
	reports, err := deskRead(ctx, st, srv, pool, now, copt, opt.NewPipeline)
	if err != nil {
		return DeskReport{}, err
	}
	problems := deskFetchProblems(clusters, pool, docs, reports)
	failed := map[string]bool{}
	for _, pr := range problems {
		failed[pr.URL] = true
	}
	rep, err := deskScore(ctx, st, clusters, pool, docs, opt.Words, failed)
	if err != nil {
		return rep, err
	}
	rep.Problems = append(problems, rep.Problems...)
	sort.SliceStable(rep.Problems, func(i, j int) bool { return rep.Problems[i].number < rep.Problems[j].number })
	rep.DocsPerSec = float64(rep.Documents) / max(clock().Sub(start).Seconds(), 1e-9)
	return rep, nil
}

// deskRead registers the pool's outlets in st, and has the desk's
// pipeline (built by build, when given) read their feeds and pages from
// srv, then group (by copt) and write the stories, as of now. It returns the feeds'
// reports.
func deskRead(ctx context.Context, st *store.Store, srv *deskServer, pool []deskOutlet, now time.Time, copt cluster.Options,
	build func(*store.Store, fetch.Options) *pipeline.Pipeline) ([]*pipeline.FeedReport, error) {
	feeds, err := deskRegister(ctx, st, pool, now)
	if err != nil {
		return nil, err
	}
	// Only the pool's host names pass the fetcher's guard: the dialer maps
	// them to the loopback server, and every other host meets the usual
	// guard. The server is our own, so it is not rate limited.
	o := fetch.Options{Dial: srv.dial, AllowHost: isDeskHost, HostRate: -1}
	p := &pipeline.Pipeline{Store: st, Client: fetch.New(o), Workers: 4}
	if build != nil {
		p = build(st, o)
	}
	p.Now = func() time.Time { return now }
	reports, err := p.Ingest(ctx, feeds)
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	w := pipeline.Writing{Writer: write.Writer{}, Cluster: copt, Window: now.Sub(deskEpoch) + 24*time.Hour,
		StreamFrom: pipeline.DefaultStreamFrom}
	if _, err := p.Rebuild(ctx, w); err != nil {
		return nil, err
	}
	return reports, nil
}

// deskNow is the desk's clock for a run: a minute after the newest
// document.
func deskNow(docs []deskDoc) time.Time {
	now := deskEpoch
	for _, d := range docs {
		if d.Published.After(now) {
			now = d.Published
		}
	}
	return now.Add(time.Minute)
}

// deskRegister stores the pool's outlets with their leans and feeds, as
// the demo registers its own, and returns the feed URLs.
func deskRegister(ctx context.Context, st *store.Store, pool []deskOutlet, now time.Time) ([]string, error) {
	var urls []string
	for _, o := range pool {
		id, err := st.UpsertOutlet(ctx, news.Outlet{Slug: o.host(), Name: o.Name, Homepage: o.homepage(), Language: "en",
			Rating: news.Rating{Lean: o.Lean, Rater: deskRater, RatedAt: now}})
		if err != nil {
			return nil, fmt.Errorf("register %s: %w", o.Name, err)
		}
		if _, err := st.AddFeed(ctx, news.Feed{OutletID: id, URL: o.feedURL(), Title: o.Name}); err != nil {
			return nil, fmt.Errorf("register %s: %w", o.Name, err)
		}
		urls = append(urls, o.feedURL())
	}
	return urls, nil
}

// deskFetchProblems lists the feeds and pages that failed, each page with
// the document it carried.
func deskFetchProblems(clusters []SummaryCluster, pool []deskOutlet, docs []deskDoc, reports []*pipeline.FeedReport) []DeskProblem {
	byURL := deskDocsByURL(pool, docs)
	var out []DeskProblem
	for _, r := range reports {
		if r.Err != nil {
			out = append(out, DeskProblem{Kind: "feed", URL: r.Source, Err: r.Err})
		}
		for _, f := range r.Failed {
			p := DeskProblem{Kind: "article", URL: f.URL, Err: f.Err}
			if d, ok := byURL[f.URL]; ok {
				p.Event, p.Doc, p.number = clusters[d.Event].ID, d.Doc+1, d.Number
			}
			out = append(out, p)
		}
	}
	return out
}

// deskDocsByURL maps each article page's URL to its document.
func deskDocsByURL(pool []deskOutlet, docs []deskDoc) map[string]deskDoc {
	out := make(map[string]deskDoc, len(docs))
	for _, d := range docs {
		out[d.URL(pool)] = d
	}
	return out
}
