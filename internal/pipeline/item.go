package pipeline

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"sync"

	"golang.org/x/net/publicsuffix"

	"github.com/theunbiasedpost/unbiased/internal/extract"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// feedPending counts a feed's items still in the queue. When the last one
// is done the feed's success and validators are recorded: doing it
// earlier would let an interrupted ingest skip, on the next run, items it
// never stored (the server would answer 304). For the same reason the
// validators are dropped when an item failed: the next check then reads
// the whole feed, and retries the items that failed.
type feedPending struct {
	left               int
	feed               news.Feed
	report             *FeedReport
	title              string
	etag, lastModified string
}

func (p *Pipeline) finishFeed(ctx context.Context, fp *feedPending, mu *sync.Mutex) {
	mu.Lock()
	fresh, failed := fp.report.New, len(fp.report.Failed)
	mu.Unlock()
	etag, lastModified := fp.etag, fp.lastModified
	if failed > 0 {
		etag, lastModified = "", ""
	}
	if err := p.Store.RecordFeedSuccess(ctx, fp.feed.ID, fp.title, etag, lastModified, fresh); err != nil {
		p.log().Error("record feed success", "feed", fp.feed.URL, "err", err)
	}
}

func (p *Pipeline) itemDone(ctx context.Context, j *itemJob, mu *sync.Mutex) {
	mu.Lock()
	j.pending.left--
	last := j.pending.left == 0
	mu.Unlock()
	if last && ctx.Err() == nil {
		p.finishFeed(ctx, j.pending, mu)
	}
}

// readItem reads one feed item's page (ReadItem) and adds what came of it
// to the feed's report.
func (p *Pipeline) readItem(ctx context.Context, j *itemJob, mu *sync.Mutex) {
	defer p.itemDone(ctx, j, mu)
	created, err := p.ReadItem(ctx, j.feed, j.outlet, j.item)
	mu.Lock()
	defer mu.Unlock()
	switch {
	case err != nil:
		j.report.Failed = append(j.report.Failed, ArticleError{URL: j.item.URL, Err: err})
	case created:
		j.report.New++
	default:
		j.report.Known++
	}
}

// ReadItem fetches, extracts and stores the page of item it of feed f,
// of outlet o, unless it is stored already, and reports whether it
// stored it now. A failure is stored on the article (so it shows, and is
// retried at the next check) and returned.
func (p *Pipeline) ReadItem(ctx context.Context, f news.Feed, o news.Outlet, it news.Item) (created bool, err error) {
	failed := func(link string, err error) (bool, error) {
		p.Metrics.FetchFailed(err)
		if link == "" || ctx.Err() != nil {
			return false, err
		}
		a := news.Article{OutletID: o.ID, FeedID: f.ID, URL: link, CanonicalURL: extract.CanonicalURL(link),
			GUID: it.GUID, Title: it.Title, Published: it.Published, FirstSeen: p.now(), Error: err.Error()}
		if _, _, serr := p.Store.SaveArticle(ctx, a); serr != nil {
			p.log().Error("record article error", "url", link, "err", serr)
		}
		return false, err
	}
	if it.URL == "" {
		return failed("", fmt.Errorf("item %q has no link", it.Title))
	}
	canon := extract.CanonicalURL(it.URL)
	if has, err := p.Store.HasArticle(ctx, canon, it.URL); err != nil {
		return failed(it.URL, err)
	} else if has {
		return false, nil
	}
	resp, err := p.clientFor(o).Get(ctx, fetch.Request{URL: it.URL, Accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})
	if err != nil {
		return failed(it.URL, err)
	}
	body, err := fetch.ToUTF8(resp.Body, resp.ContentType)
	if err != nil {
		return failed(it.URL, fmt.Errorf("decode page %s: %w", it.URL, err))
	}
	res, err := extract.Extract(body, resp.URL)
	if err != nil {
		return failed(it.URL, err) // it names the page: `extract "https://...": no article content`
	}
	a := p.article(f, o, it, res, canon)
	_, created, err = p.Store.SaveArticle(ctx, a)
	if err != nil {
		return failed(it.URL, err)
	}
	if created {
		p.Metrics.ArticleStored()
	}
	return created, nil
}

// article builds the stored article from the feed item and the extracted
// page. Its time is the first of the feed's date, the page's date (JSON-LD
// first, then the extractor's); a missing or future date becomes the time
// the article was first seen.
func (p *Pipeline) article(f news.Feed, o news.Outlet, it news.Item, res *extract.Result, canon string) news.Article {
	now := p.now()
	published := it.Published
	if published.IsZero() {
		published = res.Published
	}
	if published.IsZero() || published.After(now) {
		published = now
	}
	if res.CanonicalURL != "" && (sameSite(res.CanonicalURL, it.URL) || sameSite(res.CanonicalURL, o.Homepage)) {
		// A page may name any address as its canonical one; only one on
		// its own outlet's site is believed. Another outlet's address
		// would make that outlet's report look known, and never be read.
		// A true copy of another outlet's report is found by its text.
		canon = res.CanonicalURL
	}
	title := it.Title
	if title == "" {
		title = res.Title
	}
	author := res.Author
	if author == "" {
		author = it.Author
	}
	image, caption := res.ImageURL, res.ImageCaption
	if image == "" {
		image, caption = it.ImageURL, "" // the feed's image: the page's words describe another
	}
	declared := text.NormalizeLanguage(res.Language)
	if declared == "" {
		declared = text.NormalizeLanguage(it.Language)
	}
	if declared == "" {
		declared = o.Language
	}
	// The declared language stands when the extractor's detector found it
	// too; otherwise the page's own text decides, and the declared
	// language stands only when detection is unsure.
	// Invisible format characters (bidi controls among them) could make
	// a page show what the outlet did not write; they go before anything
	// reads the text.
	body := text.StripFormat(res.Text)
	lang := text.ArticleLanguage(body, p.Languages, declared, res.TextLanguage)
	hash, fp := text.Fingerprint(body)
	return news.Article{
		OutletID:     o.ID,
		FeedID:       f.ID,
		URL:          it.URL,
		CanonicalURL: canon,
		GUID:         it.GUID,
		Title:        text.StripFormat(title),
		Author:       text.StripFormat(author),
		Published:    published.UTC(),
		FirstSeen:    now,
		Text:         body,
		ImageURL:     image,
		ImageCaption: text.StripFormat(caption),
		Language:     lang,
		ContentHash:  hash,
		Fingerprint:  fp,
		Paywalled:    res.Paywalled,
		TooShort:     res.TooShort,
	}
}

// sameSite reports whether two URLs are on one site: the same registrable
// domain ("news.example.co.uk" and "www.example.co.uk"), or, for hosts
// without one (addresses, "localhost"), the same host.
func sameSite(a, b string) bool {
	ha, hb := hostname(a), hostname(b)
	if ha == "" || hb == "" {
		return false
	}
	if ha == hb {
		return true
	}
	da, errA := publicsuffix.EffectiveTLDPlusOne(ha)
	db, errB := publicsuffix.EffectiveTLDPlusOne(hb)
	return errA == nil && errB == nil && da == db
}

func hostname(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
}
