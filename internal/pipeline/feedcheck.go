package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/theunbiasedpost/unbiased/internal/feed"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// FeedCheck is what one check of a feed found: the feed and outlet it is
// stored under, and the items to read.
type FeedCheck struct {
	Source string // the URL or file as given
	// Before is the feed as stored before the check (ID 0 for a feed
	// the check added); Feed is the feed as stored now.
	Before, Feed news.Feed
	Outlet       news.Outlet
	Title        string
	Total        int         // items in the feed
	Items        []news.Item // the newest, at most MaxItemsPerFeed
	NotModified  bool
	// ETag and LastModified are the feed's validators, to be saved
	// (RecordFeedSuccess) once its items are stored or queued.
	ETag, LastModified string
}

// CheckFeed fetches and parses one feed (a URL or a file), adding the feed
// and its outlet to the store when they are new. A feed that fails is
// recorded as failing and its error returned; the check is returned too,
// with the feed as stored before (Before), which Schedule.Next needs.
// A feed not modified since the last check is recorded as checked.
func (p *Pipeline) CheckFeed(ctx context.Context, source string) (*FeedCheck, error) {
	c := &FeedCheck{Source: source}
	fail := func(f news.Feed, err error) (*FeedCheck, error) {
		p.Metrics.FetchFailed(err)
		p.Metrics.FeedChecked("failed")
		if f.ID != 0 {
			if rerr := p.Store.RecordFeedError(ctx, f.ID, err.Error()); rerr != nil {
				p.log().Error("record feed error", "feed", source, "err", rerr)
			}
		}
		return c, err
	}
	var (
		data        []byte
		contentType string
	)
	if isURL(source) {
		f, err := p.Store.FeedByURL(ctx, source)
		if err != nil && !errors.Is(err, news.ErrNotFound) {
			return fail(f, err)
		}
		c.Before = f
		client := p.Client
		if f.ID != 0 {
			if o, err := p.Store.Outlet(ctx, f.OutletID); err == nil {
				client = p.clientFor(o)
			}
		}
		resp, err := client.Get(ctx, fetch.Request{URL: source, ETag: f.ETag, LastModified: f.LastModified,
			Accept: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5"})
		if err != nil {
			return fail(f, err)
		}
		if resp.NotModified {
			c.NotModified, c.Feed = true, f
			p.Metrics.FeedChecked("not_modified")
			if f.ID != 0 {
				_ = p.Store.RecordFeedSuccess(ctx, f.ID, "", f.ETag, f.LastModified, 0)
			}
			return c, nil
		}
		data, c.ETag, c.LastModified = resp.Body, resp.ETag, resp.LastModified
		contentType = resp.ContentType
	} else {
		read := p.ReadFile
		if read == nil {
			read = os.ReadFile
		}
		b, err := read(source)
		if err != nil {
			return fail(news.Feed{}, fmt.Errorf("read feed file: %w", err))
		}
		data = b
	}
	known := c.Before
	// Decode what the feed declares (a byte order mark, the charset of
	// its Content-Type or XML declaration) and mend bytes that do not
	// decode, so that one bad title does not lose the whole feed.
	data, err := fetch.ToUTF8(data, contentType)
	if err != nil {
		return fail(known, fmt.Errorf("decode feed: %w", err))
	}
	parsed, err := feed.Parse(data, source)
	if err != nil {
		if known.ID == 0 && isURL(source) {
			// remember the broken feed so its health shows
			if o, oerr := p.outletFor(ctx, source, nil); oerr == nil {
				known.ID, _ = p.Store.AddFeed(ctx, news.Feed{OutletID: o.ID, URL: source})
			}
		}
		return fail(known, fmt.Errorf("parse feed %s: %w", source, err))
	}
	o, err := p.outletFor(ctx, feedKey(source), parsed)
	if err != nil {
		return fail(known, err)
	}
	f := known
	if f.ID == 0 {
		f.URL = feedKey(source)
		f.OutletID = o.ID
		f.Title = parsed.Title
		if f.ID, err = p.Store.AddFeed(ctx, f); err != nil {
			return fail(f, err)
		}
	}
	p.Metrics.FeedChecked("read")
	c.Feed, c.Outlet, c.Title = f, o, parsed.Title
	c.Total = len(parsed.Items)
	c.Items = newestFirst(parsed.Items, MaxItemsPerFeed)
	return c, nil
}
