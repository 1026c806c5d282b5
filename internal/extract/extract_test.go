package extract

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the .golden files from the current output")

// pageURLs are the addresses the fixtures are extracted as; the rest use
// defaultPageURL.
var pageURLs = map[string]string{
	"harbor-ledger-ferry":   "https://harbor-ledger.example/2026/03/02/ferry-night-crossings?utm_source=rss",
	"northgate-graph":       "https://amp.northgate-herald.example/politics/2026/coalition-talks-stall/amp",
	"civic-wire-paywall":    "https://www.civic-wire.example/2026/03/02/water-rates/",
	"courrier-windows-1252": "https://courrier-du-lac.example/2026/02/cafe-gare",
	"prairie-table-layout":  "http://prairie-courier.example/county/road-levy.html",
	"summit-brief":          "https://summit-daily.example/weather/avalanche-level-four",
	"lakeside-js-shell":     "https://lakeside-tribune.example/2026/03/02/ice-road-closes",
}

const defaultPageURL = "https://outlet.example/article"

func pageURL(name string) string {
	if u, ok := pageURLs[name]; ok {
		return u
	}
	return defaultPageURL
}

func fixturePages(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	return files
}

func caseName(file string) string {
	return strings.TrimSuffix(filepath.Base(file), ".html")
}

// goldenOf is what a golden file holds: the Result as JSON, and the
// error text when there is one.
func goldenOf(t *testing.T, r *Result, err error) []byte {
	t.Helper()
	v := struct {
		*Result
		Error string `json:",omitempty"`
	}{Result: r}
	if err != nil {
		v.Error = err.Error()
	}
	out, merr := json.MarshalIndent(v, "", "  ")
	if merr != nil {
		t.Fatal(merr)
	}
	return append(out, '\n')
}

func TestExtractGolden(t *testing.T) {
	for _, file := range fixturePages(t) {
		name := caseName(file)
		t.Run(name, func(t *testing.T) {
			page, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			r, err := Extract(page, pageURL(name))
			if err != nil && !errors.Is(err, ErrNoContent) {
				t.Fatal(err)
			}
			got := goldenOf(t, r, err)
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/extract -update)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("Extract(%s) (-golden +got):\n%s", file, diff)
			}
		})
	}
}

func TestExtractKeepsBoilerplateOut(t *testing.T) {
	tests := []struct {
		name    string
		want    []string // phrases of the article that must be in Text
		notWant []string // phrases of the page around it that must not
	}{
		{
			name: "harbor-ledger-ferry",
			want: []string{"The Bayline ferry will not run after 9 p.m.", "Buses added for the evening",
				"People on the island need to know", "sea trials would follow"},
			notWant: []string{"We use cookies", "Accept all", "Advertisement", "Refinance your boat loan",
				"Sign up for our free newsletter", "Morning Tide", "Related stories", "Causeway repairs to close",
				"23 comments", "saltwater_sam", "They knew that boat was old", "Fifty minutes each way",
				"Share this story", "Privacy policy", "All rights reserved", "Read more:",
				"Ferry operator suspends night crossings after engine fault", "By Ines Morrow"},
		},
		{
			name: "northgate-graph",
			want: []string{"Negotiators for the three parties", "a levy of 1.50 a day", "We are close on nine chapters",
				"present a temporary budget"},
			notWant: []string{"Skip to content", "Log in", "Most read", "Beloved corner bakery", "Share this article",
				"Reader responses", "tramfan88", "Half a line is worse", "download our app", "Imprint"},
		},
		{
			name:    "civic-wire-paywall",
			want:    []string{"raise household rates by 4%", "about $2.10 more per month"},
			notWant: []string{"Subscribe to keep reading", "limit of free articles", "Already a subscriber"},
		},
		{
			name:    "courrier-windows-1252",
			want:    []string{"le café de la gare de Saint-Aubin", "« cœur du quartier »", "2 $ et le déjeuner"},
			notWant: []string{"Tous droits réservés", "Nous joindre", "Économie"},
		},
		{
			name:    "prairie-table-layout",
			want:    []string{"Dunmore County commissioners will hold", "Our farmers are paying", "over Cutbank Creek"},
			notWant: []string{"Front Page", "Obituaries", "Classifieds", "Copyright 2026"},
		},
		{
			name: "lakeside-js-shell",
			want: []string{"The winter road across the lake", "Groceries will come in by air"},
		},
		{
			name: "riverside-related",
			want: []string{"Council leader Ines Varga said work could start", "Riverside council voted on Wednesday",
				"Three councillors voted against", "Councillors voted eight to three"},
			notWant: []string{"Mill Race footbridge wins funding", "This copy is for your personal", "Library hours extended",
				"delivered to your inbox", "Write to Nadia Okafor", "Tags", "east bank, mill race", "Posted by",
				"river crossings over the next ten years", "harbour wall", "Memories of the old", "Station car park"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("testdata", tc.name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			r, err := Extract(page, pageURL(tc.name))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.Text, w) {
					t.Errorf("Text lacks %q", w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(r.Text, w) {
					t.Errorf("Text holds %q", w)
				}
			}
			if !utf8.ValidString(r.Text) || strings.Contains(r.Text, "\n\n\n") || strings.Contains(r.Text, "  ") {
				t.Errorf("Text is not clean paragraphs: %q", r.Text)
			}
		})
	}
}

// page builds a small article page around head and body markup.
func page(head, body string) []byte {
	para := "<p>" + strings.Repeat("The harbour board met on Monday to review the ferry timetable and the cost of repairs. ", 6) + "</p>"
	return []byte("<!DOCTYPE html><html><head>" + head + "</head><body><article><h1>Board reviews timetable</h1>" +
		para + para + body + "</article></body></html>")
}

func TestExtractMetadata(t *testing.T) {
	const u = "https://harbor-ledger.example/2026/03/02/board"
	tests := []struct {
		name  string
		page  []byte
		check func(*Result) string
	}{
		{"json-ld full timestamp beats a meta date", page(`<meta property="article:published_time" content="2026-03-01">
			<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-03-02T08:30:00-05:00"}</script>`, ""),
			func(r *Result) string { return want(r.Published, time.Date(2026, 3, 2, 13, 30, 0, 0, time.UTC)) }},
		{"meta full timestamp beats a json-ld date", page(`<meta property="article:published_time" content="2026-03-02T09:00:00Z">
			<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-03-02"}</script>`, ""),
			func(r *Result) string { return want(r.Published, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)) }},
		{"itemprop time element", page("", `<time itemprop="datePublished" datetime="2026-03-02T10:15:00+02:00">2 March</time>`),
			func(r *Result) string { return want(r.Published, time.Date(2026, 3, 2, 8, 15, 0, 0, time.UTC)) }},
		{"canonical beats og:url", page(`<link rel="canonical" href="/2026/03/02/board?utm_source=x"><meta property="og:url" content="https://other.example/x">`, ""),
			func(r *Result) string { return want(r.CanonicalURL, "https://harbor-ledger.example/2026/03/02/board") }},
		{"home page canonical ignored", page(`<link rel="canonical" href="https://harbor-ledger.example/"><meta property="og:url" content="https://m.harbor-ledger.example/2026/03/02/board/amp">`, ""),
			func(r *Result) string { return want(r.CanonicalURL, "https://harbor-ledger.example/2026/03/02/board") }},
		{"base href resolves image", page(`<base href="https://cdn.harbor-ledger.example/site/"><meta property="og:image" content="img/board.jpg">`, ""),
			func(r *Result) string {
				return want(r.ImageURL, "https://cdn.harbor-ledger.example/site/img/board.jpg")
			}},
		{"json-ld image when no og:image", page(`<script type="application/ld+json">{"@type":"NewsArticle","image":{"@type":"ImageObject","url":"/img/ld.jpg"}}</script><meta name="twitter:image" content="/img/tw.jpg">`, ""),
			func(r *Result) string { return want(r.ImageURL, "https://harbor-ledger.example/img/ld.jpg") }},
		{"image caption from og:image:alt", page(`<meta property="og:image" content="/img/pier.jpg"><meta property="og:image:alt" content="Divers inspect the east pier at low tide">`, ""),
			func(r *Result) string { return want(r.ImageCaption, "Divers inspect the east pier at low tide") }},
		{"image caption from json-ld", page(`<script type="application/ld+json">{"@type":"NewsArticle","image":[{"@type":"ImageObject","url":"/img/ld.jpg","caption":"The harbour board at its Monday meeting"}]}</script>`, ""),
			func(r *Result) string { return want(r.ImageCaption, "The harbour board at its Monday meeting") }},
		{"image caption from the first figure", page(`<meta property="og:image" content="/img/pier.jpg">`, `<figure><img src="/img/pier.jpg"><figcaption>Divers inspect the east pier at low tide. Photo: Lena Marsh</figcaption></figure>`),
			func(r *Result) string { return want(r.ImageCaption, "Divers inspect the east pier at low tide.") }},
		{"the caption of the figure that shows the image", page(`<meta property="og:image" content="https://harbor-ledger.example/img/pier.jpg">`, `<figure><img src="/img/map.png"><figcaption>A map of the Dunmere harbour and its piers.</figcaption></figure><figure><img src="/img/pier.jpg"><figcaption>Divers inspect the east pier at low tide.</figcaption></figure>`),
			func(r *Result) string { return want(r.ImageCaption, "Divers inspect the east pier at low tide.") }},
		{"an illustration's credit is left out", page(`<meta property="og:image" content="/img/hall.jpg">`, `<figure><img src="/img/hall.jpg"><figcaption>The Dunmere town hall. Illustration: Tarrow Times</figcaption></figure>`),
			func(r *Result) string { return want(r.ImageCaption, "The Dunmere town hall.") }},
		{"a figure credit alone is no caption", page(`<meta property="og:image" content="/img/pier.jpg">`, `<figure><img src="/img/pier.jpg"><figcaption>(Photo by Lena Marsh)</figcaption></figure>`),
			func(r *Result) string { return want(r.ImageCaption, "") }},
		{"image caption from the image's alt text", page(`<meta property="og:image" content="/img/pier.jpg">`, `<div class="lead"><img src="/img/pier.jpg" alt="Divers inspect the east pier at low tide"></div>`),
			func(r *Result) string { return want(r.ImageCaption, "Divers inspect the east pier at low tide") }},
		{"an alt text of a name or two is no caption", page(`<meta property="og:image" content="/img/pier.jpg">`, `<img src="/img/pier.jpg" alt="Lena Marsh">`),
			func(r *Result) string { return want(r.ImageCaption, "") }},
		{"another image's alt text is no caption", page(`<meta property="og:image" content="/img/pier.jpg">`, `<img src="/img/map.png" alt="A map of the Dunmere harbour piers">`),
			func(r *Result) string { return want(r.ImageCaption, "") }},
		{"no image caption", page(`<meta property="og:image" content="/img/pier.jpg">`, ""),
			func(r *Result) string { return want(r.ImageCaption, "") }},
		{"locked content tier", page(`<meta property="article:content_tier" content="locked">`, ""),
			func(r *Result) string { return want(r.Paywalled, true) }},
		{"empty paywall placeholder is not a paywall", page("", `<div class="paywall"></div>`),
			func(r *Result) string { return want(r.Paywalled, false) }},
		{"language from html lang", []byte(strings.Replace(string(page("", "")), "<html>", `<html lang="de-AT">`, 1)),
			func(r *Result) string { return want(r.Language, "de") }},
		{"headline from h1 when nothing else", page("", ""),
			func(r *Result) string { return want(r.Title, "Board reviews timetable") }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Extract(tc.page, u)
			if err != nil {
				t.Fatal(err)
			}
			if msg := tc.check(r); msg != "" {
				t.Error(msg)
			}
			if r.TooShort || !strings.Contains(r.Text, "The harbour board met on Monday") {
				t.Errorf("text not extracted: %q", r.Text)
			}
		})
	}
}

func want[T comparable](got, want T) string {
	if got != want {
		return cmp.Diff(want, got)
	}
	return ""
}

func TestExtractNoContent(t *testing.T) {
	tests := []struct{ name, page string }{
		{"empty", ""},
		{"blank", "  \n\t"},
		{"shell", `<html><head><title>Loading…</title></head><body><div id="app"></div><script>boot()</script></body></html>`},
		{"only navigation", `<html><body><nav><a href="/a">Home</a> <a href="/b">News</a> <a href="/c">Sport</a></nav></body></html>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Extract([]byte(tc.page), "https://Harbor-Ledger.example/a?utm_source=x")
			if !errors.Is(err, ErrNoContent) {
				t.Fatalf("Extract = %+v, %v; want ErrNoContent", r, err)
			}
			if r == nil || r.CanonicalURL != "https://harbor-ledger.example/a" {
				t.Errorf("want the metadata found, got %+v", r)
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, file := range fixturePages(f) {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[{"@id":"x"}]},{"@id":"x","name":1}]}</script><p>x`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := Extract(b, "https://fuzz.example/a")
		if err != nil {
			if !errors.Is(err, ErrNoContent) && !errors.Is(err, ErrSiteNotice) {
				t.Fatalf("unexpected error %v", err)
			}
			if errors.Is(err, ErrSiteNotice) && (r == nil || r.Text == "" || len(strings.Fields(r.Text)) >= maxArchiveNote) {
				t.Fatalf("a site's notice, yet %+v", r)
			}
			return
		}
		if r.Text == "" || !utf8.ValidString(r.Text) || strings.Contains(r.Text, "\n\n\n") {
			t.Fatalf("bad text %q", r.Text)
		}
		if !r.Published.IsZero() && r.Published.Location() != time.UTC {
			t.Fatalf("published %v not UTC", r.Published)
		}
	})
}

// BenchmarkExtract measures Extract on each fixture page.
func BenchmarkExtract(b *testing.B) {
	for _, file := range fixturePages(b) {
		pg, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		name := caseName(file)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(pg)))
			for b.Loop() {
				Extract(pg, pageURL(name))
			}
		})
	}
}

func TestExtractConcurrent(t *testing.T) {
	files := fixturePages(t)
	done := make(chan string, len(files)*2)
	for range 2 {
		for _, file := range files {
			go func() {
				b, err := os.ReadFile(file)
				if err != nil {
					done <- err.Error()
					return
				}
				r, err := Extract(b, pageURL(caseName(file)))
				if err != nil && !errors.Is(err, ErrNoContent) {
					done <- err.Error()
					return
				}
				_ = r
				done <- ""
			}()
		}
	}
	for range len(files) * 2 {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}
