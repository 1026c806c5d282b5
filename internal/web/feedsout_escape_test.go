package web

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// Outlet text that tries to break out of a feed: markup, XML's own
// syntax, quotes, and characters that XML cannot hold.
const (
	hostileHeadline = `</title><script>alert("x")</script> & 'q' ]]> <!-- <![CDATA[` + "\x00\x1b\t\n" + `end`
	hostileLead     = `</p><p><b onmouseover=alert(1)>bold</b> &amp; <img src=x onerror=alert(2)>` + "\u2028"
)

// TestFeedHostileText checks that outlet text and the desk's names reach
// a feed reader as the same text, never as markup, in every format.
func TestFeedHostileText(t *testing.T) {
	fr := newFixtureReader()
	p := riverBarrierPage()
	p.Headline = hostileHeadline
	p.Lead = []news.Sentence{s(hostileLead, 1)}
	fr.pages["river-barrier"] = p
	site, desk := `<b>Site</b> & "Co"`, `</name><script>alert(3)</script>`
	h, _ := newTestHandler(t, fr, func(o *Options) { o.SiteName, o.Desk = site, desk })

	wantTitle := `</title><script>alert("x")</script> & 'q' ]]> <!-- <![CDATA[ end`
	wantSummary := strings.TrimSpace(hostileLead) + "\nWritten from 6 reports by 5 outlets"
	for _, ff := range feedFormats {
		t.Run(ff.format, func(t *testing.T) {
			body := fetchFeed(t, h, ff.path, ff.mediaType)
			for _, bad := range []string{"<script", "<b", "<img", "<!--", "<![CDATA["} {
				if strings.Contains(strings.ToLower(body), strings.ToLower(bad)) {
					t.Errorf("raw %q in the feed", bad)
				}
			}
			if ff.format == "json" && strings.ContainsAny(body, "<>") {
				t.Errorf("JSON Feed holds a raw < or >")
			}
			f := parseFeed(t, ff.format, body)
			got := []string{f.Title, f.Items[0].Title, f.Items[0].Summary, f.Items[0].Author}
			want := []string{site, wantTitle, wantSummary, desk}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("site, title, summary, author (-want +got):\n%s", diff)
			}
			g, err := gofeedParse(body)
			if err != nil {
				t.Fatalf("gofeed: %v", err)
			}
			if g.Items[0].Title != wantTitle {
				t.Errorf("gofeed title %q, want %q", g.Items[0].Title, wantTitle)
			}
		})
	}
}

// TestFeedIDsStable checks that a story keeps its id in every feed when
// its headline, lead and update time change, and wherever the site is
// reached from.
func TestFeedIDsStable(t *testing.T) {
	rewritten := newFixtureReader()
	p := rewritten.pages["river-barrier"]
	p.Headline = "Eastbank flood barrier wins council funding"
	p.Lead = []news.Sentence{s("The council funded the barrier.", 1)}
	p.Updated = p.Updated.Add(3 * time.Hour)
	rewritten.pages["river-barrier"] = p

	for _, ff := range feedFormats {
		t.Run(ff.format, func(t *testing.T) {
			idsAndTitles := func(r Reader, mod func(*Options)) (ids, titles []string) {
				h, _ := newTestHandler(t, r, mod)
				for _, it := range parseFeed(t, ff.format, fetchFeed(t, h, ff.path, ff.mediaType)).Items {
					ids = append(ids, it.ID)
					titles = append(titles, it.Title)
				}
				return ids, titles
			}
			want := []string{"urn:unbiased-post:story:river-barrier", "urn:unbiased-post:story:transit-fares"}
			ids, titles := idsAndTitles(newFixtureReader(), nil)
			newIDs, newTitles := idsAndTitles(rewritten, nil)
			baseIDs, _ := idsAndTitles(newFixtureReader(), withBase)
			if titles[0] == newTitles[0] {
				t.Fatalf("the rewrite did not reach the feed")
			}
			for name, got := range map[string][]string{"before": ids, "after the rewrite": newIDs, "under a base URL": baseIDs} {
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("ids %s (-want +got):\n%s", name, diff)
				}
			}
		})
	}
}

func TestStoryURN(t *testing.T) {
	tests := map[string]string{
		"river-barrier": "urn:unbiased-post:story:river-barrier",
		"a b/c?d#e":     "urn:unbiased-post:story:a%20b%2Fc%3Fd%23e",
	}
	for id, want := range tests {
		if got := storyURN(id); got != want {
			t.Errorf("storyURN(%q) = %q, want %q", id, got, want)
		}
	}
}

// FuzzFeedText checks, for any headline and lead, that feedText yields
// one line of valid UTF-8 that every format carries unchanged.
func FuzzFeedText(f *testing.F) {
	for _, seed := range [][2]string{
		{"Plain headline", "A plain lead."},
		{hostileHeadline, hostileLead},
		{"\xff\xfe broken \x00 utf-8", "\uFFFE\uFFFF\r\n"},
		{"", "   "},
		{"&amp; &lt; &#0; &#x0;", "]]>]]>"},
	} {
		f.Add(seed[0], seed[1])
	}
	encoders := map[string]func(outFeed) ([]byte, error){"atom": encodeAtom, "rss": encodeRSS, "json": encodeJSONFeed}
	f.Fuzz(func(t *testing.T, headline, lead string) {
		title, plain := feedText(headline), feedText(lead)
		for _, v := range []string{title, plain} {
			if !utf8.ValidString(v) || strings.ContainsAny(v, "\x00\t\n\r") || v != strings.TrimSpace(v) || feedText(v) != v {
				t.Fatalf("feedText gave %q", v)
			}
		}
		e := outEntry{
			ID: storyURN("x"), Title: title, Link: "https://x.example/stories/x",
			Published: testNow, Updated: testNow, Lead: plain, Reports: "Written from 2 reports by 2 outlets",
		}
		feed := outFeed{Title: "Site", Home: "https://x.example/", Self: "https://x.example/feed", Author: "Desk", Now: testNow, Entries: []outEntry{e}}
		for format, encode := range encoders {
			body, err := encode(feed)
			if err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			got := parseFeed(t, format, string(body)).Items[0]
			if got.Title != title || got.Summary != e.Summary() {
				t.Errorf("%s: title %q, summary %q; want %q, %q", format, got.Title, got.Summary, title, e.Summary())
			}
		}
	})
}
