package web

import (
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"golang.org/x/net/html"
)

// checkOutletAnatomy checks what the outlet pages must have: the site's
// frame (masthead, site links, main and footer), one h1 and headings that
// go down one level at a time, sections labelled by their headings,
// unique ids, times a machine can read, links that say where they go, and
// outside links that pass no ranking. No script and no inline style: the
// site's Content-Security-Policy would refuse them.
func checkOutletAnatomy(t *testing.T, doc *html.Node) {
	t.Helper()
	if n := len(findAll(doc, script)); n != 0 {
		t.Errorf("page has %d <script> elements, want none", n)
	}
	if n := len(findAll(doc, func(n *html.Node) bool { return n.Data == "style" || hasAttr(n, "style") })); n != 0 {
		t.Errorf("page has %d inline styles, want none", n)
	}
	if h := find(doc, tag("html")); h == nil || attr(h, "lang") == "" {
		t.Errorf("<html> has no lang")
	}
	if find(doc, tagClass("p", "masthead")) == nil || find(doc, tagClass("p", "site-links")) == nil {
		t.Errorf("no masthead or site links")
	}
	if find(doc, tagID("main", "main")) == nil || find(doc, tag("header")) == nil || find(doc, tag("footer")) == nil {
		t.Errorf("missing a landmark: header, main#main or footer")
	}
	main := find(doc, tag("main"))
	if main == nil {
		t.FailNow()
	}

	isHeading := func(n *html.Node) bool {
		return len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '6'
	}
	level := 0
	for _, h := range findAll(main, isHeading) {
		n, _ := strconv.Atoi(h.Data[1:])
		if level == 0 && n != 1 || n > level+1 {
			t.Errorf("<%s> %q follows a heading of level %d", h.Data, text(h), level)
		}
		if n == 1 && level != 0 {
			t.Errorf("a second <h1>: %q", text(h))
		}
		level = n
	}
	if level == 0 {
		t.Errorf("no headings")
	}

	all := ids(doc)
	for id, n := range all {
		if n > 1 {
			t.Errorf("id %q used %d times", id, n)
		}
	}
	for _, sec := range findAll(main, tag("section")) {
		label := attr(sec, "aria-labelledby")
		h := find(sec, func(n *html.Node) bool { return attr(n, "id") == label })
		if label == "" || h == nil || !strings.HasPrefix(h.Data, "h") {
			t.Errorf("section not labelled by its own heading (aria-labelledby=%q)", label)
		}
	}
	for _, tm := range findAll(main, tag("time")) {
		if _, err := time.Parse(time.RFC3339, attr(tm, "datetime")); err != nil || text(tm) == "" {
			t.Errorf("time %q: datetime %q: %v", text(tm), attr(tm, "datetime"), err)
		}
	}
	for _, a := range findAll(main, tag("a")) {
		href := attr(a, "href")
		if text(a) == "" || href == "" {
			t.Errorf("link %q to %q has no text or no address", text(a), href)
		}
		if strings.HasPrefix(href, "http") && attr(a, "rel") != "nofollow noopener" {
			t.Errorf("outside link %s has rel %q, want nofollow noopener", href, attr(a, "rel"))
		}
		if !strings.HasPrefix(href, "/") && !strings.HasPrefix(href, "http") {
			t.Errorf("link to %q is neither on the site nor http(s)", href)
		}
	}
}

// outletPages are the outlet pages of the fixtures that the checks run
// over: the index, an outlet with reports in and out of stories, one
// whose report is an uncited copy, and one without reports.
var outletPages = []string{"/outlets", "/outlets/harbor-ledger", "/outlets/bayside-daily", "/outlets/eastfield-gazette"}

func TestOutletAnatomy(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	for _, target := range outletPages {
		t.Run(target, func(t *testing.T) {
			checkOutletAnatomy(t, parseHTML(t, get(t, h, target).Body.String()))
		})
	}
}

// TestBrowserOutletPages checks the same on the DOM that a real browser
// builds from the outlet pages, at a phone's width, and that nothing on
// them is wider than the phone's screen.
func TestBrowserOutletPages(t *testing.T) {
	ctx := chromiumTab(t)
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	srv := httptest.NewServer(h)
	defer srv.Close()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(360, 800)); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	for _, target := range outletPages {
		t.Run(target, func(t *testing.T) {
			if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+target)); err != nil {
				t.Fatalf("chromium: %v", err)
			}
			dom, err := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS("html")))
			if err != nil {
				t.Fatalf("chromium: %v", err)
			}
			overflow, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`))
			if err != nil {
				t.Fatalf("chromium: %v", err)
			}
			doc, err := html.Parse(strings.NewReader(dom))
			if err != nil {
				t.Fatalf("parse the browser's DOM: %v", err)
			}
			checkOutletAnatomy(t, doc)
			if overflow {
				t.Errorf("the page is wider than a 360 px screen")
			}
		})
	}
}
