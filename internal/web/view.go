package web

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// timeView is a time as a machine reads it (ISO) and as a reader does.
type timeView struct {
	ISO  string
	Text string
}

// at shows t in the site's time zone with the given layout.
func (s *server) at(t time.Time, layout string) timeView {
	return timeView{ISO: t.UTC().Format(time.RFC3339), Text: t.In(s.opt.Location).Format(layout)}
}

// imageView is a lead image served by the desk itself.
type imageView struct {
	Src     string
	Alt     string
	Caption string
	Credit  string
	Ref     int
}

// localImage returns the image when the desk holds its own copy, and nil
// otherwise: the source's address is never used, so a page never makes a
// reader's browser call an outlet.
func localImage(img *news.Image) *imageView {
	if img == nil || !isLocalPath(img.LocalPath) {
		return nil
	}
	return &imageView{
		Src:     img.LocalPath,
		Alt:     img.Caption,
		Caption: img.Caption,
		Credit:  img.Credit,
		Ref:     img.SourceRef,
	}
}

// isLocalPath reports whether p is a path on this site ("/images/k"),
// not a URL that would leave it.
func isLocalPath(p string) bool {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.ContainsAny(p, "\\ \t\r\n") {
		return false
	}
	u, err := url.Parse(p)
	return err == nil && u.Scheme == "" && u.Host == ""
}

// safeLink returns raw when it is an absolute http or https URL, and ""
// otherwise, so that a javascript: or data: address from an outlet is
// dropped rather than linked.
func safeLink(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return raw
	}
	return ""
}

// leanClass names a lean for CSS; anything unknown is unrated.
func leanClass(l news.Lean) string {
	for _, known := range news.Leans {
		if l == known {
			return string(l)
		}
	}
	return string(news.Unrated)
}

// leanLabel prefers the label the page carries and falls back to the
// lean's own.
func leanLabel(label string, l news.Lean) string {
	if strings.TrimSpace(label) != "" {
		return label
	}
	return l.Label()
}

// segmentView is one lean of the coverage bar and of its text tally.
type segmentView struct {
	Class   string
	Label   string
	Count   int
	Percent int
	X       int    // where the segment starts, in percent of the bar
	Wide    string // what fits inside the segment on a wide screen
	Narrow  string // what fits on a phone; may be shorter, or empty
}

// Name is the segment's full label, as in "Left 2".
func (v segmentView) Name() string { return v.Label + " " + strconv.Itoa(v.Count) }

// coverageView is the coverage bar, its tally and the blind-spot label.
type coverageView struct {
	Segments  []segmentView // leans with reports, in spectrum order
	Tally     []segmentView // every lean the page lists, zero counts too
	Total     string        // "5 independent reports"
	BlindSpot string
}

func coverage(c news.Coverage) coverageView {
	v := coverageView{BlindSpot: c.BlindSpotLabel}
	total := c.Total
	if total == 0 {
		for _, lc := range c.ByLean {
			total += lc.Count
		}
	}
	v.Total = news.Count(total, "independent report", "independent reports")
	x := 0
	for _, lc := range c.ByLean {
		pct := min(max(lc.Percent, 0), 100-x)
		seg := segmentView{
			Class:   leanClass(lc.Lean),
			Label:   leanLabel(lc.Label, lc.Lean),
			Count:   lc.Count,
			Percent: pct,
			X:       x,
		}
		v.Tally = append(v.Tally, seg)
		if lc.Count <= 0 || pct == 0 {
			continue
		}
		seg.Wide = fitLabel(seg.Name(), lc.Count, pct, wideBar)
		seg.Narrow = fitLabel(seg.Name(), lc.Count, pct, narrowBar)
		v.Segments = append(v.Segments, seg)
		x += pct
	}
	return v
}

// Bar widths, in pixels, that labels are fitted to: the story column on
// a desktop, and on a small phone.
const (
	wideBar   = 600
	narrowBar = 330
)

// fitLabel chooses what a segment shows in a bar of barPx pixels: its
// full label when it fits (at about 7 pixels a character), the count
// alone when only that fits, nothing in a sliver. The tally below the
// bar always carries every label in full.
func fitLabel(full string, n, pct, barPx int) string {
	px := pct * barPx / 100
	switch {
	case px >= len(full)*7+14:
		return full
	case px >= len(strconv.Itoa(n))*7+8:
		return strconv.Itoa(n)
	}
	return ""
}

// clip cuts text to about limit characters at a word boundary, for
// meta descriptions.
func clip(text string, limit int) string {
	text = strings.Join(strings.Fields(text), " ")
	if len([]rune(text)) <= limit {
		return text
	}
	r := []rune(text)[:limit]
	cut := string(r)
	if i := strings.LastIndex(cut, " "); i > limit/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}
