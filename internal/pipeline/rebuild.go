package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/cluster"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/store"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

// Writing holds what Rebuild needs besides the store and client.
type Writing struct {
	Writer  write.Writer
	Cluster cluster.Options
	// Window is how far back Rebuild looks for reports; older stories keep
	// the pages they have.
	Window time.Duration
	// Fresh clusters the window from scratch, as if no story had been
	// made before, and writes every story again: the stories and their IDs
	// then depend on the reports alone (see cluster.Cluster), and a story
	// whose ID changes leaves a redirect behind. Without it a rebuild of a
	// window of StreamFrom reports or more adds the reports that are in
	// no story yet to the open stories, one at a time (see group).
	Fresh bool
	// Quiet is how long a story takes new reports after its latest one;
	// zero means cluster.DefaultQuiet.
	Quiet time.Duration
	// StreamFrom is the fewest reports in the window at which a rebuild
	// adds the new ones to the open stories one at a time (see group)
	// rather than grouping the whole window again; zero streams always.
	// See DefaultStreamFrom.
	StreamFrom int
}

// DefaultStreamFrom is the desk's StreamFrom. Grouping the whole window
// at once and streaming score alike on the shared evaluation sets' own
// groups (B-cubed F1 0.917 at once against 0.930 streamed on one, 0.939
// against 0.941 on the other), but read end to end by `eval desk`, as
// measured before cluster.Options.Contrast, the streamed desk mixed two
// events on more pages (6 of 105 against 3 on one set, 13 of 141
// against 12 on the other). Below this many reports
// the whole window takes seconds (6.7 s for 16,000 invented reports in
// cluster's BenchmarkIncremental); its cost grows faster than the window
// (117 s for 64,000), while a streamed report costs about a millisecond.
const DefaultStreamFrom = 20000

// quiet is Quiet, or cluster.DefaultQuiet.
func (w Writing) quiet() time.Duration {
	if w.Quiet <= 0 {
		return cluster.DefaultQuiet
	}
	return w.Quiet
}

// RebuildReport says what one rebuild did.
type RebuildReport struct {
	Articles  int // reports considered
	Stories   int // groups found
	Published int // stories with a page
	Dropped   int // sentences that failed the final check against stored text; their stories were not published
	Images    int // lead images stored
	Unchanged int // stories whose reports, outlets and writer are as when last written: left as they are
	// Refused counts the stories whose writing gave no page this time,
	// by reason (write.Reason, or "error" for a fault of the desk). A
	// story that had a page keeps it, and counts in Kept too.
	Refused map[string]int
	Kept    int
	// Elsewhere is set when another desk sharing the database was
	// rebuilding: this one left the stories to it.
	Elsewhere bool
}

// RefusedTotal is the number of stories refused, whatever the reason.
func (r RebuildReport) RefusedTotal() int {
	n := 0
	for _, c := range r.Refused {
		n += c
	}
	return n
}

// Rebuild groups the recent reports into stories, writes a page for each
// story that has enough independent outlets, checks every sentence of it
// against the stored text of the reports it cites, and saves the stories
// and pages in one transaction. A story that gets no page records why,
// and a page it had stays published. A story whose signature (see signature)
// is what it was when last written is left as it is: writing it again
// would give the same page, and a desk that follows many feeds would
// spend each rebuild rewriting stories nothing has touched.
func (p *Pipeline) Rebuild(ctx context.Context, w Writing) (RebuildReport, error) {
	rep := RebuildReport{Refused: map[string]int{}}
	// One desk at a time rebuilds: desks that share a database would
	// otherwise all cluster and write the same window. The lock lasts no
	// longer than this process, so a desk killed while rebuilding holds
	// back no other, nor itself restarted.
	lock, took, err := p.Store.TryLock(ctx, rebuildLock)
	if err != nil {
		return rep, fmt.Errorf("rebuild: %w", err)
	}
	if !took {
		rep.Elsewhere = true
		return rep, nil
	}
	defer func() {
		if err := lock.Unlock(); err != nil {
			p.log().Error("give back the rebuild lock", "err", err)
		}
	}()
	now := p.now()
	started, newPages := time.Now(), 0
	defer func() { p.Metrics.Rebuilt(newPages, rep.Refused, time.Since(started)) }()
	grouped, err := p.group(ctx, w, now)
	if err != nil {
		return rep, fmt.Errorf("rebuild: %w", err)
	}
	rep.Articles = grouped.read
	groups, byID := grouped.groups, grouped.byID
	written, err := p.Store.StorySignatures(ctx)
	if err != nil {
		return rep, fmt.Errorf("rebuild: %w", err)
	}
	if w.Fresh {
		for id, st := range written {
			st.Signature = "" // so that every story is written again
			written[id] = st
		}
	}
	rep.Stories = len(groups)
	writes := make([]store.StoryWrite, 0, len(groups))
	for k, g := range groups {
		if p.WriteProgress != nil {
			p.WriteProgress(k, len(groups))
		}
		members := make([]news.ArticleRef, 0, len(g.DocIDs))
		for _, id := range g.DocIDs {
			members = append(members, byID[id])
		}
		sort.Slice(members, func(i, j int) bool {
			if !members[i].Published.Equal(members[j].Published) {
				return members[i].Published.Before(members[j].Published)
			}
			return members[i].ID < members[j].ID
		})
		sig := signature(w.Writer, members)
		if last, ok := written[g.ID]; ok && last.Signature == sig {
			rep.Unchanged++
			if last.Published {
				rep.Published++
			}
			continue
		}
		sw := store.StoryWrite{
			Story:     news.Story{ID: g.ID, ArticleIDs: g.DocIDs, FirstSeen: members[0].Published, Updated: now},
			Latest:    members[len(members)-1].Published,
			Signature: sig,
		}
		page, dropped, err := p.writeStory(ctx, w.Writer, g.ID, members, now)
		rep.Dropped += dropped
		if err != nil {
			sw.Reason, sw.Refusal = string(write.ReasonOf(err)), err.Error()
			var refusal *write.Refusal
			if errors.As(err, &refusal) {
				sw.Refusal = refusal.Detail
			}
			if sw.Reason == "" {
				sw.Reason = "error"
				p.log().Error("write story", "story", g.ID, "err", err)
			}
			rep.Refused[sw.Reason]++
			if last, ok := written[g.ID]; ok && last.Published {
				rep.Kept++
				rep.Published++
			}
		} else {
			if p.storeLeadImage(ctx, page) {
				rep.Images++
			}
			sw.Page = page
			rep.Published++
			newPages++
		}
		writes = append(writes, sw)
	}
	err = p.Store.SaveStories(ctx, writes)
	p.kept(grouped, err != nil)
	var failed *store.FailedStories
	if errors.As(err, &failed) {
		// The others are saved; these stay as they were and are written
		// again at the next rebuild.
		wrote := map[string]bool{}
		for _, sw := range writes {
			wrote[sw.Story.ID] = sw.Page != nil
		}
		for k, id := range failed.IDs {
			p.log().Error("save story", "story", id, "err", failed.Errs[k])
			if !wrote[id] {
				continue // a refusal: counted already, by its reason, and kept if it had a page
			}
			newPages--
			rep.Refused["error"]++
			if last, ok := written[id]; ok && last.Published {
				rep.Kept++ // its earlier page stays
			} else {
				rep.Published--
			}
		}
		return rep, nil
	}
	if err != nil {
		return rep, fmt.Errorf("rebuild: %w", err)
	}
	return rep, nil
}

// rebuildLock is the lock (store.TryLock) a desk holds while it rebuilds.
const rebuildLock = "rebuild"

// window is how far back Rebuild looks: Window, or 14 days.
func (w Writing) window() time.Duration {
	if w.Window <= 0 {
		return 14 * 24 * time.Hour
	}
	return w.Window
}

// writerVersion is part of every signature: change it when a change to
// the writer or the analysis should rewrite pages already published.
const writerVersion = "494"

// signature sums up what a story's page is written from: its reports
// (which never change once stored: a retried report is a new one), each
// report's outlet as rated, and the writer's settings (its loaded-language
// model among them) and version. Two rebuilds that find the same signature
// would write the same page, and found the same reports in the story.
func signature(wr write.Writer, members []news.ArticleRef) string {
	h := sha256.New()
	fmt.Fprintf(h, "writer %s\x00%s\x00%d\x00%s\x00", writerVersion, wr.Desk, wr.MaxWordsPerSource, wr.BiasedBy)
	for _, m := range members {
		o := m.Outlet
		fmt.Fprintf(h, "%d\x00%d\x00%d\x00%s\x00%s\x00%s\x00%s\x00", m.ID, m.CopyOf, o.ID, o.Slug, o.Name, o.Rating.Lean, o.Rating.Rater)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// writeStory writes one story's page and publishes it only if every
// sentence passes the check against the stored text of the reports it
// cites. A sentence that fails is removed; a page left without its
// anatomy is not published.
func (p *Pipeline) writeStory(ctx context.Context, wr write.Writer, id string, members []news.ArticleRef, now time.Time) (_ *news.Page, dropped int, err error) {
	defer func() {
		// A fault in analysis or writing costs this story its new page,
		// never the rebuild of the others.
		if r := recover(); r != nil {
			err = fmt.Errorf("story %s: writing failed: %v", id, r)
		}
	}()
	page, err := wr.Write(id, analyze.Analyze(members), now)
	if err != nil {
		return nil, 0, err
	}
	problems := write.Verify(page, members)
	if len(problems) > 0 {
		for _, pr := range problems {
			p.log().Warn("sentence failed verification", "story", id, "problem", fmt.Sprint(pr))
		}
		return nil, len(problems), write.Refuse(write.FailedVerification, "%d sentences failed verification against the stored text, the first %s", len(problems), problems[0])
	}
	return &page, 0, nil
}

// rasterType returns the type of a raster image that data holds, as its
// first bytes tell (PNG, JPEG, GIF, WebP, BMP, AVIF), or "" for anything
// else.
func rasterType(data []byte) string {
	switch t := http.DetectContentType(data); t {
	case "image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/avif":
		return t
	}
	if len(data) > 12 && string(data[4:12]) == "ftypavif" {
		return "image/avif"
	}
	return ""
}

// maxImageBytes caps a stored lead image.
const maxImageBytes = 4 << 20

// storeLeadImage fetches the page's lead image and keeps a copy, so the
// site never hot-links an outlet's image. When it cannot, the image is
// left out of the page.
func (p *Pipeline) storeLeadImage(ctx context.Context, page *news.Page) bool {
	img := page.LeadImage
	if img == nil {
		return false
	}
	sum := sha256.Sum256([]byte(img.URL))
	key := hex.EncodeToString(sum[:12])
	if ok, err := p.Store.HasImage(ctx, key); err == nil && ok {
		img.LocalPath = "/images/" + key
		return false
	}
	resp, err := p.Client.Get(ctx, fetch.Request{URL: img.URL, Accept: "image/avif,image/webp,image/png,image/jpeg,image/*;q=0.8"})
	if err == nil {
		ct, _, _ := mime.ParseMediaType(resp.ContentType)
		sniffed := rasterType(resp.Body)
		switch {
		case !strings.HasPrefix(ct, "image/") || ct == "image/svg+xml":
			err = fmt.Errorf("not a raster image: %q", resp.ContentType)
		case sniffed == "":
			// The label is not enough: an SVG (which can carry script)
			// or a page served as image/png must not be kept as one.
			err = fmt.Errorf("served as %q, but its bytes are %s, not a raster image", resp.ContentType, http.DetectContentType(resp.Body))
		case len(resp.Body) > maxImageBytes:
			err = fmt.Errorf("image too large: %d bytes", len(resp.Body))
		default:
			err = p.Store.SaveImage(ctx, key, img.URL, sniffed, resp.Body)
		}
	}
	if err != nil {
		p.log().Warn("lead image left out", "story", page.StoryID, "url", img.URL, "err", err)
		page.LeadImage = nil
		return false
	}
	img.LocalPath = "/images/" + key
	return true
}
