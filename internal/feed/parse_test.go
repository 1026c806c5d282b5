package feed

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
	"github.com/theunbiasedpost/unbiased/internal/news"
)

var update = flag.Bool("update", false, "rewrite the .golden files from the current output")

// fixtures returns the feed documents in testdata.
func fixtures(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{"testdata/*.xml", "testdata/*.json"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no fixtures in testdata")
	}
	return files
}

// fixtureURL is the address each fixture is parsed as coming from.
func fixtureURL(file string) string {
	return "https://feeds.example/" + filepath.Base(file)
}

// render is what a golden file holds: the ParsedFeed as JSON, or the
// error text.
func render(t *testing.T, data []byte, feedURL string) []byte {
	t.Helper()
	f, err := Parse(data, feedURL)
	var v any = f
	if err != nil {
		v = map[string]string{"error": err.Error()}
	}
	out, merr := json.MarshalIndent(v, "", "  ")
	if merr != nil {
		t.Fatal(merr)
	}
	return append(out, '\n')
}

func TestParseGolden(t *testing.T) {
	for _, file := range fixtures(t) {
		name := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := render(t, data, fixtureURL(file))
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/feed -update)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("Parse(%s) (-golden +got):\n%s", file, diff)
			}
		})
	}
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		file, format string
		items        int
	}{
		{"rss091.xml", "rss", 2},
		{"rss10-rdf.xml", "rss", 2},
		{"rss20-namespaces.xml", "rss", 5},
		{"atom10.xml", "atom", 3},
		{"atom03.xml", "atom", 2},
		{"jsonfeed10.json", "json", 2},
		{"jsonfeed11.json", "json", 2},
		{"windows-1252.xml", "rss", 1},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			f, err := Parse(data, fixtureURL(tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if f.Format != tc.format || len(f.Items) != tc.items {
				t.Errorf("format %q with %d items, want %q with %d", f.Format, len(f.Items), tc.format, tc.items)
			}
			for _, it := range f.Items {
				if it.Published.Location().String() != "UTC" {
					t.Errorf("item %q: date %v is not UTC", it.Title, it.Published)
				}
				if strings.ContainsAny(it.Title, "<>") || strings.Contains(it.Title, "&amp;") {
					t.Errorf("item title %q still holds markup", it.Title)
				}
				if !utf8.ValidString(it.Title + it.Summary + it.Author) {
					t.Errorf("item %q is not valid UTF-8", it.Title)
				}
			}
		})
	}
}

// An Atom Entry Document, an <entry> as the root, is a feed of one item,
// with or without a prefix for the Atom namespace.
func TestParseAtomEntryDocument(t *testing.T) {
	docs := map[string]string{
		"default namespace": `<?xml version="1.0" encoding="utf-8"?>
<!-- one report -->
<entry xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/2026/">
  <title type="html">Bridge &lt;b&gt;closed&lt;/b&gt; after inspection</title>
  <id>tag:news.example,2026:bridge</id>
  <link rel="alternate" href="bridge-closed.html"/>
  <updated>2026-03-01T09:30:00+01:00</updated>
  <author><name>Ana Ruiz</name></author>
  <summary>Inspectors found cracks.</summary>
</entry>`,
		"prefixed": `<a:entry xmlns:a="http://www.w3.org/2005/Atom" xml:base="https://news.example/2026/">
  <a:title>Bridge closed after inspection</a:title>
  <a:id>tag:news.example,2026:bridge</a:id>
  <a:link rel="alternate" href="bridge-closed.html"/>
  <a:updated>2026-03-01T09:30:00+01:00</a:updated>
  <a:author><a:name>Ana Ruiz</a:name></a:author>
</a:entry>`,
	}
	for name, doc := range docs {
		t.Run(name, func(t *testing.T) {
			f, err := Parse([]byte(doc), "https://news.example/entry.xml")
			if err != nil {
				t.Fatal(err)
			}
			if f.Format != "atom" || len(f.Items) != 1 {
				t.Fatalf("format %q with %d items, want atom with 1", f.Format, len(f.Items))
			}
			it := f.Items[0]
			want := news.Item{Title: "Bridge closed after inspection", URL: "https://news.example/2026/bridge-closed.html",
				GUID: "tag:news.example,2026:bridge", Author: "Ana Ruiz", Published: time.Date(2026, 3, 1, 8, 30, 0, 0, time.UTC)}
			if it.Title != want.Title || it.URL != want.URL || it.GUID != want.GUID || it.Author != want.Author || !it.Published.Equal(want.Published) {
				t.Errorf("item\n got %+v\nwant %+v", it, want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"empty", "", `parse feed "https://feeds.example/x": empty document: not a feed`},
		{"blank", " \n\t", `parse feed "https://feeds.example/x": empty document: not a feed`},
		{"html", "<!DOCTYPE html><html><head><title>Home</title></head><body></body></html>", `parse feed "https://feeds.example/x": not a feed: an HTML page`},
		{"other xml", `<?xml version="1.0"?><sitemap><url/></sitemap>`, `parse feed "https://feeds.example/x": not a feed: no rss, rdf, feed or JSON Feed root`},
		{"plain text", "Service unavailable", `parse feed "https://feeds.example/x": not a feed: no rss, rdf, feed or JSON Feed root`},
		{"json not a feed", `{"items": []}`, `parse feed "https://feeds.example/x": not a feed: json without a JSON Feed version (got "")`},
		{"broken json", `{"version": "https://jsonfeed.org/version/1.1", "items": [`, `parse feed "https://feeds.example/x": not a feed: json: unexpected end of JSON input`},
		{"truncated xml", `<rss version="2.0"><channel><title>T</title><item><title>cut`, ""},
		{"entry outside the atom namespace", `<entry><title>T</title><id>x</id></entry>`, `parse feed "https://feeds.example/x": not a feed: no rss, rdf, feed or JSON Feed root`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Parse([]byte(tc.data), "https://feeds.example/x")
			if !errors.Is(err, ErrNotAFeed) {
				t.Fatalf("Parse = %+v, %v; want ErrNotAFeed", f, err)
			}
			if tc.want != "" && err.Error() != tc.want {
				t.Errorf("error text\n got %s\nwant %s", err, tc.want)
			}
		})
	}
}

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain  title\n", "Plain title"},
		{"AT&amp;T &amp; friends", "AT&T & friends"},
		{"<em>Big</em> news &#8212; today", "Big news \u2014 today"},
		{"5 < 6 and 7 > 3", "5 < 6 and 7 > 3"},
		{"<p>One</p><p>Two</p>", "One Two"},
		{"Before<script>alert(1)</script> after", "Before after"},
		{"caf&eacute; &nbsp;open", "caf\u00e9 open"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := plainText(tc.in); got != tc.want {
				t.Errorf("plainText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestLanguage(t *testing.T) {
	for in, want := range map[string]string{"en-US": "en", "DE": "de", "fr_CA": "fr", "": "", "english": "", "x1": ""} {
		if got := language(in); got != want {
			t.Errorf("language(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, file := range fixtures(f) {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		pf, err := Parse(data, "https://feeds.example/fuzz")
		if err != nil {
			if !errors.Is(err, ErrNotAFeed) {
				t.Fatalf("error %v does not wrap ErrNotAFeed", err)
			}
			return
		}
		for _, it := range pf.Items {
			if it.URL == "" && it.GUID == "" {
				t.Fatalf("item without URL or GUID: %+v", it)
			}
			if it.URL != "" && !strings.HasPrefix(it.URL, "http") {
				t.Fatalf("item URL %q is not http(s)", it.URL)
			}
		}
	})
}

func TestLooseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"mer, 16 nov 2022 00:38:15 +0100", time.Date(2022, 11, 15, 23, 38, 15, 0, time.UTC)},
		{"Di, 3 MÄR 2026 10:00:00 +0100", time.Time{}},
		{"16 Nov 2022 00:38 GMT", time.Date(2022, 11, 16, 0, 38, 0, 0, time.UTC)},
		{"yesterday", time.Time{}},
		{"", time.Time{}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := looseDate(tc.in); !got.Equal(tc.want) {
				t.Errorf("looseDate(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}
