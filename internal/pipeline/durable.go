package pipeline

import (
	"context"
	"fmt"

	"github.com/theunbiasedpost/unbiased/internal/extract"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// The methods in this file are the steps of the desk's work as durable
// jobs (see package jobs): unlike Ingest, whose jobs live in memory and
// end with the process, each step hands the next ones to a queue that
// outlives it, so several desks on one database share the work.

// ItemWork is one feed item to read: what a durable read-article job
// carries. It is encoded as JSON.
type ItemWork struct {
	FeedID   int64     `json:"feed_id"`
	OutletID int64     `json:"outlet_id"`
	Item     news.Item `json:"item"`
}

// ItemQueue takes the items of a checked feed as durable jobs.
type ItemQueue interface {
	EnqueueItems(ctx context.Context, items []ItemWork) error
}

// WorkQueue takes the checks of feeds and the rebuild of the stories as
// durable jobs; a source or rebuild queued already and not yet done is
// not queued again.
type WorkQueue interface {
	EnqueueFeeds(ctx context.Context, sources []string) error
	EnqueueRebuild(ctx context.Context) error
}

// QueueFeed checks one feed (CheckFeed) and hands those of its items that
// are not stored yet to q, then records the check and schedules the
// feed's next one by s. It returns how many items it queued. A feed that
// fails is scheduled as failing and its error returned.
//
// The feed's validators are saved once its items are queued, not once
// they are stored as Ingest does: the queue keeps them, so a desk killed
// after this point loses none of them.
func (p *Pipeline) QueueFeed(ctx context.Context, source string, s Schedule, q ItemQueue) (int, error) {
	c, err := p.CheckFeed(ctx, source)
	if err != nil {
		if serr := p.scheduleCheck(ctx, s, c, 0, err); serr != nil {
			p.log().Error("schedule feed", "feed", source, "err", serr)
		}
		return 0, err
	}
	if c.NotModified {
		return 0, p.scheduleCheck(ctx, s, c, 0, nil)
	}
	var work []ItemWork
	for _, it := range c.Items {
		if it.URL == "" {
			p.log().Warn("feed item without a link", "feed", source, "title", it.Title)
			continue
		}
		has, err := p.Store.HasArticle(ctx, extract.CanonicalURL(it.URL), it.URL)
		if err != nil {
			return 0, fmt.Errorf("check feed %s: %w", source, err)
		}
		if !has {
			// The page is read for the text: the feed's summary and
			// content would only swell the queue's rows.
			it.Summary, it.Content = "", ""
			work = append(work, ItemWork{FeedID: c.Feed.ID, OutletID: c.Outlet.ID, Item: it})
		}
	}
	if len(work) > 0 {
		if err := q.EnqueueItems(ctx, work); err != nil {
			return 0, fmt.Errorf("queue the items of %s: %w", source, err)
		}
	}
	if err := p.Store.RecordFeedSuccess(ctx, c.Feed.ID, c.Title, c.ETag, c.LastModified, len(work)); err != nil {
		return len(work), err
	}
	return len(work), p.scheduleCheck(ctx, s, c, len(work), nil)
}

// scheduleCheck schedules the next check of the feed that c checked.
func (p *Pipeline) scheduleCheck(ctx context.Context, s Schedule, c *FeedCheck, fresh int, err error) error {
	var due []news.Feed
	if c.Before.ID != 0 {
		due = []news.Feed{c.Before}
	}
	_, serr := p.ScheduleChecked(ctx, s, []*FeedReport{{Source: c.Source, New: fresh, Err: err}}, due)
	return serr
}

// ReadItemWork reads one queued item (ReadItem) and reports whether it
// stored a new article.
func (p *Pipeline) ReadItemWork(ctx context.Context, w ItemWork) (bool, error) {
	o, err := p.Store.Outlet(ctx, w.OutletID)
	if err != nil {
		return false, fmt.Errorf("read %s: %w", w.Item.URL, err)
	}
	return p.ReadItem(ctx, news.Feed{ID: w.FeedID}, o, w.Item)
}

// Dispatch claims the feeds that are due (Store.ClaimDueFeeds, as Poll
// does) and queues a check of each of them and of the extra sources,
// then queues a rebuild when a stored article waits for one. It returns
// how many sources it handed to q.
func (p *Pipeline) Dispatch(ctx context.Context, q WorkQueue, w Writing, extra ...string) (int, error) {
	now := p.now()
	due, err := p.Store.ClaimDueFeeds(ctx, now, 500, claimLease)
	if err != nil {
		return 0, err
	}
	sources := dueSources(due, extra)
	if len(sources) > 0 {
		if err := q.EnqueueFeeds(ctx, sources); err != nil {
			return 0, fmt.Errorf("dispatch: %w", err)
		}
	}
	unwritten, err := p.Unwritten(ctx, w)
	if err != nil {
		return len(sources), fmt.Errorf("dispatch: %w", err)
	}
	if unwritten {
		if err := q.EnqueueRebuild(ctx); err != nil {
			return len(sources), fmt.Errorf("dispatch: %w", err)
		}
	}
	return len(sources), nil
}

// Unwritten reports whether a stored article of the window that w
// rebuilds waits for a rebuild to take it into a story.
func (p *Pipeline) Unwritten(ctx context.Context, w Writing) (bool, error) {
	return p.Store.HasUnwritten(ctx, p.now().Add(-w.window()))
}
