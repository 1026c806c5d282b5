package demo

import (
	"bytes"
	"image"
	_ "image/jpeg"
	_ "image/png"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

func TestShippedCorpusLoads(t *testing.T) {
	c := testCorpus(t)
	if len(c.Outlets) < 13 {
		t.Errorf("%d outlets, want at least 13", len(c.Outlets))
	}
	if len(c.Events) < 8 {
		t.Errorf("%d events, want at least 8", len(c.Events))
	}
	// The accessors agree with Load.
	if len(Outlets()) != len(c.Outlets) || len(Events()) != len(c.Events) || len(Articles()) != len(c.Articles) {
		t.Errorf("accessors disagree with Load")
	}
}

func TestOutletsCoverEveryLeanAndFormat(t *testing.T) {
	c := testCorpus(t)
	leans := map[news.Lean]int{}
	formats := map[string]int{}
	styles := map[string]bool{}
	for _, o := range c.Outlets {
		leans[o.Lean]++
		formats[o.FeedFormat]++
		styles[c.sites[o.Host].Style] = true
		if o.Host != o.Slug+".demo.test" || o.Homepage != "http://"+o.Host+"/" || !strings.HasPrefix(o.FeedURL, "http://"+o.Host+"/") {
			t.Errorf("%s: host %q, homepage %q, feed %q do not follow <slug>.demo.test", o.Slug, o.Host, o.Homepage, o.FeedURL)
		}
		if o.Language != "en" || len(o.Country) != 2 {
			t.Errorf("%s: language %q, country %q", o.Slug, o.Language, o.Country)
		}
		if len(c.sites[o.Host].Articles) < 2 {
			t.Errorf("%s: %d articles, want at least 2 so that its feed looks real", o.Slug, len(c.sites[o.Host].Articles))
		}
	}
	for _, l := range []news.Lean{news.Left, news.LeanLeft, news.Center, news.LeanRight, news.Right} {
		if leans[l] < 2 {
			t.Errorf("lean %s: %d outlets, want at least 2", l, leans[l])
		}
	}
	if leans[news.Unrated] != 1 {
		t.Errorf("%d unrated outlets, want exactly 1", leans[news.Unrated])
	}
	if formats["json"] < 2 || formats["atom"] < 3 || formats["rss"] < 1 {
		t.Errorf("feed formats %v: want at least 2 JSON Feed, 3 Atom, the rest RSS", formats)
	}
	if len(styles) < 3 {
		t.Errorf("page styles %v: want at least 3", styles)
	}
}

func TestEventsHaveEnoughIndependentReports(t *testing.T) {
	c := testCorpus(t)
	for _, e := range c.Events {
		arts := eventArticles(c, e.ID)
		outlets := map[string]bool{}
		for _, a := range arts {
			if outlets[a.Outlet] {
				t.Errorf("%s: %s reports it twice", e.ID, a.Outlet)
			}
			outlets[a.Outlet] = true
		}
		lo, hi := 4, 8
		if e.BlindSpot {
			lo, hi = 3, 5
		}
		if len(arts) < lo || len(arts) > hi {
			t.Errorf("%s: %d reports, want %d to %d", e.ID, len(arts), lo, hi)
		}
	}
}

func TestArticleShapeAndDates(t *testing.T) {
	c := testCorpus(t)
	noDate := 0
	withImage := 0
	for _, a := range c.Articles {
		words := len(strings.Fields(a.Text()))
		if words < 250 || words > 500 {
			t.Errorf("%s: %d words, want 250 to 500", a.File, words)
		}
		if n := len(a.Paragraphs); n < 5 || n > 10 {
			t.Errorf("%s: %d paragraphs, want 5 to 10", a.File, n)
		}
		if a.Offset >= 0 || a.Offset < -144*time.Hour {
			t.Errorf("%s: offset %v, want within the last 6 days", a.File, a.Offset)
		}
		if a.NoFeedDate {
			noDate++
		}
		if a.Image != "" {
			withImage++
		}
		if a.Summary == "" || len(a.Summary) >= len(a.Text())/2 {
			t.Errorf("%s: feed summary of %d bytes, want a short one", a.File, len(a.Summary))
		}
	}
	if noDate < 1 || noDate > 2 {
		t.Errorf("%d articles omit the feed date, want 1 or 2", noDate)
	}
	if withImage*4 < len(c.Articles)*3 {
		t.Errorf("%d of %d articles have an image, want most", withImage, len(c.Articles))
	}
	for _, e := range c.Events {
		first, last := eventSpan(c, e.ID)
		if last-first > 36*time.Hour {
			t.Errorf("%s: reports span %v, want at most 36h", e.ID, last-first)
		}
	}
}

// eventSpan returns the offsets of an event's first and last report.
func eventSpan(c *Corpus, id string) (first, last time.Duration) {
	arts := eventArticles(c, id)
	first, last = arts[0].Offset, arts[0].Offset
	for _, a := range arts {
		first, last = min(first, a.Offset), max(last, a.Offset)
	}
	return first, last
}

func TestMediaAreSmallImages(t *testing.T) {
	c := testCorpus(t)
	if len(c.media) < 6 {
		t.Errorf("%d images, want at least 6", len(c.media))
	}
	for name, m := range c.media {
		if len(m.Data) >= 40<<10 {
			t.Errorf("%s: %d bytes, want under 40 KB", name, len(m.Data))
		}
		cfg, format, err := image.DecodeConfig(bytes.NewReader(m.Data))
		if err != nil || (format != "jpeg" && format != "png") || cfg.Width < 320 {
			t.Errorf("%s: %s %dx%d, %v: want a JPEG or PNG at least 320 wide", name, format, cfg.Width, cfg.Height, err)
		}
	}
}

func TestEventOf(t *testing.T) {
	c := testCorpus(t)
	for _, a := range c.Articles {
		for _, u := range []string{a.URL, a.FeedLink, strings.Replace(a.URL, ".demo.test/", ".demo.test:8080/", 1)} {
			if got, ok := EventOf(u); !ok || got != a.Event {
				t.Errorf("EventOf(%q) = %q, %v; want %q", u, got, ok, a.Event)
			}
		}
	}
	for _, u := range []string{"http://example.com/news/x", "http://harbor-ledger.demo.test/nope", "::"} {
		if got, ok := EventOf(u); ok {
			t.Errorf("EventOf(%q) = %q, want not found", u, got)
		}
	}
}

func TestIsDemoHost(t *testing.T) {
	for host, want := range map[string]bool{
		"harbor-ledger.demo.test":      true,
		"Harbor-Ledger.Demo.Test":      true,
		"harbor-ledger.demo.test:80":   true,
		"harbor-ledger.demo.test.":     true,
		"unknown.demo.test":            true,
		"demo.test":                    false,
		".demo.test":                   false,
		"example.com":                  false,
		"harbor-ledger.demo.test.evil": false,
		"127.0.0.1":                    false,
	} {
		if got := IsDemoHost(host); got != want {
			t.Errorf("IsDemoHost(%q) = %v, want %v", host, got, want)
		}
	}
}

// TestMalformedCorpus proves that Load reports a broken corpus file by
// name instead of panicking.
func TestMalformedCorpus(t *testing.T) {
	base := fstest.MapFS{}
	sub, err := fs.Sub(embedded, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(sub, p)
		base[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := load(base); err != nil {
		t.Fatalf("copy of the corpus does not load: %v", err)
	}
	article := "articles/calder-dock-fire/harbor-ledger.txt"
	edit := func(name, old, new string) func(fstest.MapFS) {
		return func(m fstest.MapFS) {
			m[name] = &fstest.MapFile{Data: []byte(strings.Replace(string(m[name].Data), old, new, 1))}
		}
	}
	tests := []struct {
		name, want string
		change     func(fstest.MapFS)
	}{
		{"bad json", "outlets.json", edit("outlets.json", "[", "{")},
		{"bad lean", "outlets.json", edit("outlets.json", `"lean": "left"`, `"lean": "leftish"`)},
		{"unknown header", article, edit(article, "author:", "byline:")},
		{"unknown outlet", article, edit(article, "outlet: harbor-ledger", "outlet: nobody")},
		{"positive offset", article, edit(article, "published: -", "published: ")},
		{"missing image", article, edit(article, "image: smoke-plume.jpg", "image: nope.jpg")},
		{"no body", article, func(m fstest.MapFS) { m[article] = &fstest.MapFile{Data: []byte("outlet: harbor-ledger\n")} }},
		{"duplicate url", "articles/dup/x.txt", func(m fstest.MapFS) { m["articles/dup/x.txt"] = m[article] }},
		{"lookalike not mutual", "events.json", edit("events.json", `"lookalike": "calder-dock-fire"`, `"lookalike": ""`)},
		{"missing comments", "comments.txt", func(m fstest.MapFS) { delete(m, "comments.txt") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := fstest.MapFS{}
			for k, v := range base {
				m[k] = v
			}
			tt.change(m)
			_, err := load(m)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "demo: load ") {
				t.Errorf("load = %v, want an error naming %s", err, tt.want)
			}
		})
	}
}
