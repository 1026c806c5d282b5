package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/demo"
	"github.com/theunbiasedpost/unbiased/internal/eval"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/store"
	"github.com/theunbiasedpost/unbiased/internal/testenv"
)

// demoDB is the database file of the demo the package's tests run; it is
// removed by TestMain.
var demoDB string

// demoSite runs `unbiased demo` in-process, once for the package's tests,
// and returns the site's URL.
var demoSite = sync.OnceValues(func() (string, error) {
	var (
		stderr syncBuffer
		ready  = make(chan string, 1)
		done   = make(chan int, 1)
	)
	dir, err := os.MkdirTemp("", "unbiased-demo-test-")
	if err != nil {
		return "", err
	}
	demoDB = filepath.Join(dir, "demo.db")
	m := Main{Stdout: io.Discard, Stderr: &stderr, Ready: func(u string) { ready <- u }}
	go func() { done <- m.Run(context.Background(), []string{"demo", "--addr", "127.0.0.1:0", "--db", demoDB}) }()
	select {
	case u := <-ready:
		return strings.TrimSuffix(u, "/"), nil
	case code := <-done:
		return "", fmt.Errorf("demo exited with %d: %s", code, stderr.String())
	case <-time.After(3 * time.Minute):
		return "", fmt.Errorf("demo not ready after 3 minutes: %s", stderr.String())
	}
})

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func get(t *testing.T, url string) (int, string, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), body
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	code, _, body := get(t, url)
	if code != http.StatusOK {
		t.Fatalf("GET %s: status %d: %s", url, code, body)
	}
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}

// demoPages returns every published page of the demo with the event each
// of its sources belongs to.
func demoPages(t *testing.T) (string, []news.Page) {
	t.Helper()
	base, err := demoSite()
	if err != nil {
		t.Fatal(err)
	}
	var list struct{ Stories []news.StorySummary }
	getJSON(t, base+"/api/stories?limit=200", &list)
	var pages []news.Page
	for _, s := range list.Stories {
		if s.URL != news.StoryPath(s.ID) {
			t.Errorf("story %s: url %q, want %q", s.ID, s.URL, news.StoryPath(s.ID))
		}
		var p news.Page
		getJSON(t, base+"/api/stories/"+s.ID, &p)
		pages = append(pages, p)
	}
	return base, pages
}

// eventOf names the one event all of a page's sources report, or fails.
func eventOf(t *testing.T, p news.Page) string {
	t.Helper()
	events := map[string]bool{}
	for _, s := range p.Sources {
		ev, ok := demo.EventOf(s.URL)
		if !ok {
			t.Errorf("story %s: source %s is not a demo article", p.StoryID, s.URL)
			continue
		}
		events[ev] = true
	}
	if len(events) != 1 {
		t.Errorf("story %s %q mixes events %v", p.StoryID, p.Headline, events)
	}
	for ev := range events {
		return ev
	}
	return ""
}

func TestDemoPublishesOneStoryPerEvent(t *testing.T) {
	_, pages := demoPages(t)
	if len(pages) < 8 {
		t.Fatalf("demo published %d stories; want at least 8", len(pages))
	}
	seen := map[string]string{}
	for _, p := range pages {
		ev := eventOf(t, p)
		if other, dup := seen[ev]; dup {
			t.Errorf("event %s split into stories %s and %s", ev, other, p.StoryID)
		}
		seen[ev] = p.StoryID
	}
	for _, ev := range demo.Events() {
		if _, ok := seen[ev.ID]; !ok {
			t.Errorf("event %s (%s) has no story", ev.ID, ev.Summary)
		}
		if ev.LookAlike != "" && seen[ev.ID] != "" && seen[ev.ID] == seen[ev.LookAlike] {
			t.Errorf("look-alike events %s and %s were merged", ev.ID, ev.LookAlike)
		}
	}
}

func TestDemoPagesHaveTheAnatomy(t *testing.T) {
	_, pages := demoPages(t)
	for _, p := range pages {
		t.Run(p.StoryID, func(t *testing.T) {
			refs := map[int]news.Source{}
			for _, s := range p.Sources {
				refs[s.Ref] = s
			}
			if p.Headline == "" || len(p.Headline) > 110 || strings.ContainsAny(p.Headline, "?!") {
				t.Errorf("headline %q", p.Headline)
			}
			if n := len(p.Highlights); n < 3 || n > 6 {
				t.Errorf("%d highlights; want 3 to 6", n)
			}
			if len(p.Lead) == 0 {
				t.Error("no lead paragraph")
			}
			if n := len(p.Sections); n < 2 || n > 5 {
				t.Errorf("%d sections; want 2 to 5", n)
			}
			all := append(append([]news.Sentence{}, p.Highlights...), p.Lead...)
			for _, s := range p.Sections {
				if s.Title == "" || s.Anchor == "" {
					t.Errorf("section without title or anchor: %+v", s)
				}
				for _, para := range s.Paragraphs {
					all = append(all, para...)
				}
			}
			all = append(all, p.Outlook.Sentences...)
			for _, s := range all {
				if len(s.Cites) == 0 {
					t.Errorf("sentence without citation: %q", s.Text)
				}
				for _, c := range s.Cites {
					if _, ok := refs[c]; !ok {
						t.Errorf("sentence %q cites [%d], which is not a source", s.Text, c)
					}
				}
			}
			// A highlight in the desk's voice is a fact two or more
			// independent outlets state; one that a single outlet
			// states is attributed to it, and after the first, which
			// is the best fact whoever states it, comes after those.
			agreed, attributed := 0, false
			for k, h := range p.Highlights {
				outlets := map[string]bool{}
				for _, c := range h.Cites {
					if src := refs[c]; src.CopyOf == 0 {
						outlets[src.Outlet] = true
					}
				}
				switch {
				case h.AttributedTo != "":
					attributed = k > 0
					if _, ok := news.Unattributed(h); refs[h.Cites[0]].Outlet != h.AttributedTo || !ok {
						t.Errorf("highlight %q is attributed to %q, but its source is %q's", h.Text, h.AttributedTo, refs[h.Cites[0]].Outlet)
					}
				case len(outlets) < 2:
					t.Errorf("highlight %q is in the desk's voice but backed by %d independent outlets; want 2 or more", h.Text, len(outlets))
				case attributed:
					t.Errorf("highlight %q, which outlets agree on, follows an attributed one", h.Text)
				default:
					agreed++
				}
			}
			if agreed < 2 {
				t.Errorf("%d highlights that outlets agree on, want 2 or more: the demo's events are widely reported", agreed)
			}
			if p.Byline.Articles < 2 || p.Byline.Outlets < 2 {
				t.Errorf("byline %+v: a published story needs 2 reports from 2 outlets", p.Byline)
			}
			if len(p.Outlook.Sentences) == 0 && p.Outlook.None != news.NoOutlook {
				t.Errorf("outlook has neither sentences nor the fixed line: %+v", p.Outlook)
			}
		})
	}
}

func TestDemoSpecialEvents(t *testing.T) {
	_, pages := demoPages(t)
	byEvent := map[string]news.Page{}
	for _, p := range pages {
		byEvent[eventOf(t, p)] = p
	}
	for _, ev := range demo.Events() {
		p, ok := byEvent[ev.ID]
		if !ok {
			continue // reported by TestDemoPublishesOneStoryPerEvent
		}
		if got := p.Coverage.BlindSpotLabel != ""; got != ev.BlindSpot {
			t.Errorf("event %s: blind-spot label %q; want one: %v", ev.ID, p.Coverage.BlindSpotLabel, ev.BlindSpot)
		}
		if ev.NoOutlook {
			if p.Outlook.None != news.NoOutlook || len(p.Outlook.Sentences) != 0 {
				t.Errorf("event %s has no forward-looking report, but its outlook is %+v", ev.ID, p.Outlook)
			}
		} else if len(p.Outlook.Sentences) == 0 {
			t.Errorf("event %s: no outlook sentence, though its reports look ahead", ev.ID)
		}
		copies := 0
		for _, s := range p.Sources {
			if s.CopyOf != 0 {
				copies++
			}
		}
		if ev.Syndicated && copies == 0 {
			t.Errorf("event %s: the syndicated copy is not marked as a copy", ev.ID)
		}
		if want := len(p.Sources) - copies; p.Coverage.Total != want {
			t.Errorf("event %s: coverage counts %d reports; want %d (copies once)", ev.ID, p.Coverage.Total, want)
		}
	}
}

// storyDOM checks a served story page's HTML for the parts a reader and a
// machine rely on.
func storyDOM(t *testing.T, doc *html.Node) {
	t.Helper()
	var h1, times, cites, navLinks, h2 int
	var walk func(n *html.Node, inNav bool)
	walk = func(n *html.Node, inNav bool) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "h1":
				h1++
			case "h2":
				h2++
			case "time":
				if attr(n, "datetime") != "" {
					times++
				}
			case "nav":
				inNav = true
			case "a":
				if hasClass(n, "cite") {
					cites++
				}
				if inNav && strings.HasPrefix(attr(n, "href"), "#") {
					navLinks++
				}
			case "script":
				// a JSON-LD data block describes the page; no browser runs it
				if attr(n, "type") != "application/ld+json" {
					t.Error("story page has a script element")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inNav)
		}
	}
	walk(doc, false)
	if h1 != 1 || times == 0 || cites < 5 || navLinks < 2 || h2 < 4 {
		t.Errorf("page has %d h1, %d time[datetime], %d a.cite, %d toc links, %d h2", h1, times, cites, navLinks, h2)
	}
	text := strings.ToLower(textOf(doc))
	for _, want := range []string{"in this article", "highlights", "what this might mean", "sources"} {
		if !strings.Contains(text, want) {
			t.Errorf("page has no %q", want)
		}
	}
}

func TestDemoStoryPagesServeHTML(t *testing.T) {
	base, pages := demoPages(t)
	for _, p := range pages {
		code, ctype, body := get(t, base+news.StoryPath(p.StoryID))
		if code != http.StatusOK || !strings.HasPrefix(ctype, "text/html") {
			t.Fatalf("story %s: %d %s", p.StoryID, code, ctype)
		}
		doc, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		storyDOM(t, doc)
		if p.LeadImage != nil {
			code, ctype, _ := get(t, base+p.LeadImage.LocalPath)
			if code != http.StatusOK || !strings.HasPrefix(ctype, "image/") {
				t.Errorf("story %s: lead image %s: %d %s", p.StoryID, p.LeadImage.LocalPath, code, ctype)
			}
		}
	}
	for path, want := range map[string]int{"/": 200, "/healthz": 200, "/readyz": 200, "/stories/nope": 404} {
		if code, _, _ := get(t, base+path); code != want {
			t.Errorf("GET %s: %d, want %d", path, code, want)
		}
	}
}

func TestDemoInBrowser(t *testing.T) {
	chromium := testenv.Chromium(t)
	base, pages := demoPages(t)
	if len(pages) == 0 {
		t.Fatal("no pages")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir(), "--dump-dom", base+news.StoryPath(pages[0].StoryID))
	// Chromium leaves folders of its own in the temporary folder when it
	// stops: it gets one of the test's, removed when the test ends.
	cmd.Env = append(os.Environ(), "TMPDIR="+t.TempDir())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	doc, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	storyDOM(t, doc)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// TestDemoPagesPassTheEditorsChecks reads every demo page as an editor
// would (eval.CheckPages) against the reports the desk stored, and wants
// no defect of any kind.
func TestDemoPagesPassTheEditorsChecks(t *testing.T) {
	_, pages := demoPages(t)
	ctx := context.Background()
	st, err := store.Open(ctx, demoDB)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	arts, err := st.Articles(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var checked []eval.CheckedPage
	for _, p := range pages {
		checked = append(checked, eval.CheckedPage{Page: p, Reports: arts})
	}
	rep := eval.CheckPages(checked)
	for _, d := range rep.Defects {
		t.Errorf("story %s %s: %s: %s: %q", d.Story, d.Where, d.Kind, d.Detail, d.Text)
	}
	if rep.Pages != len(pages) || rep.Citations == 0 || rep.CitationPrecision() != 1 {
		t.Errorf("%d pages, %d citations, precision %.3f; want all %d pages checked and every citation supported",
			rep.Pages, rep.Citations, rep.CitationPrecision(), len(pages))
	}
}
