package web

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// hostilePage carries outlet text that tries to break out of the page:
// markup in every field, script and data links, an off-site image and an
// anchor that is not an id.
func hostilePage() news.Page {
	at := time.Date(2026, 2, 22, 10, 0, 0, 0, time.UTC)
	evil := `<script>alert("x")</script>`
	return news.Page{
		StoryID:   "hostile",
		Headline:  evil + ` Council "vote" & more`,
		Language:  `en"><script>alert(1)</script>`,
		Published: at,
		Updated:   at,
		LeadImage: &news.Image{URL: "https://evil.example/x.png", LocalPath: "https://evil.example/x.png", Caption: evil, Credit: evil},
		Byline:    news.Byline{Desk: evil, Articles: 3, Outlets: 3},
		Highlights: []news.Sentence{
			s(`<img src=x onerror=alert(1)> happened.`, 1, 2),
			s("This cites a source the page does not list.", 99),
			s("This cites one listed and one unlisted source.", 3, 99),
		},
		Lead: []news.Sentence{s(`</p><script>alert(2)</script>`, 1)},
		Sections: []news.Section{{
			Anchor:     `x" onmouseover="alert(3)`,
			Title:      `</h2><script>alert(4)</script>`,
			Paragraphs: [][]news.Sentence{{s("Plain text.", 2)}},
		}},
		Outlook: news.Outlook{Sentences: []news.Sentence{s(`"><svg onload=alert(5)>`, 3)}},
		Coverage: news.Coverage{
			ByLean:         []news.LeanCount{{Lean: news.Lean(`left" onclick="x`), Label: evil, Count: 3, Percent: 100}},
			Total:          3,
			BlindSpotLabel: evil,
		},
		Framing: []news.Framing{{Side: evil, Outlets: []string{evil}, Terms: []string{evil}, LoadedWords: []string{evil}}},
		Sources: []news.Source{
			{Ref: 1, Outlet: `<b onmouseover=alert(6)>Evil</b>`, Lean: news.Left, Rater: evil, Title: evil, URL: "javascript:alert(7)", Published: at},
			{Ref: 2, Outlet: "Data Times", Lean: news.Right, Title: "Data link", URL: "data:text/html,<script>alert(8)</script>", Published: at},
			{Ref: 3, Outlet: "Upper Case", Lean: news.Center, Title: "Scheme in capitals", URL: "  JAVASCRIPT:alert(9)", Published: at, CopyOf: 42},
		},
	}
}

func TestHostileOutletText(t *testing.T) {
	fr := newFixtureReader()
	fr.pages["hostile"] = hostilePage()
	h, logs := newTestHandler(t, fr, nil)

	for _, target := range []string{"/stories/hostile", "/"} {
		t.Run(target, func(t *testing.T) {
			rec := get(t, h, target)
			if rec.Code != 200 {
				t.Fatalf("status %d", rec.Code)
			}
			body := rec.Body.String()
			// the page's own JSON-LD block is the one script element it
			// may hold (checkNewsArticle checks that nothing in it can
			// close it)
			outside := strings.Replace(body, `<script type="application/ld+json">`, "", 1)
			if strings.Contains(strings.ToLower(outside), "<script") || strings.Contains(body, "<img src=x") || strings.Contains(body, "<svg onload") {
				t.Errorf("raw markup from an outlet reached the page")
			}
			doc := parseHTML(t, body)
			if n := len(findAll(doc, script)); n != 0 {
				t.Errorf("%d script elements", n)
			}
			for _, n := range findAll(doc, func(*html.Node) bool { return true }) {
				for _, a := range n.Attr {
					if strings.HasPrefix(strings.ToLower(a.Key), "on") {
						t.Errorf("<%s> has event handler %s=%q", n.Data, a.Key, a.Val)
					}
					v := strings.ToLower(strings.TrimSpace(a.Val))
					if (a.Key == "href" || a.Key == "src") && (strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:") || strings.Contains(v, "evil.example")) {
						t.Errorf("<%s %s=%q> survived", n.Data, a.Key, a.Val)
					}
				}
			}
		})
	}

	doc := parseHTML(t, get(t, h, "/stories/hostile").Body.String())
	if got := text(find(doc, tag("h1"))); got != `<script>alert("x")</script> Council "vote" & more` {
		t.Errorf("headline not shown as text: %q", got)
	}
	if lang := attr(find(doc, tag("html")), "lang"); lang != "en" {
		t.Errorf("lang %q, want the default en", lang)
	}
	if find(doc, tag("figure")) != nil {
		t.Errorf("off-site lead image was shown")
	}
	items := findAll(find(doc, tagClass("section", "sources")), tag("li"))
	if len(items) != 3 {
		t.Fatalf("%d sources, want 3", len(items))
	}
	for _, li := range items {
		if find(find(li, tagClass("p", "src-title")), tag("a")) != nil {
			t.Errorf("source %s kept a link to a non-http address", attr(li, "id"))
		}
	}
	if text(find(items[0], tagClass("bdi", "outlet"))) != `<b onmouseover=alert(6)>Evil</b>` {
		t.Errorf("outlet name not shown as text")
	}
	if copyOf := find(items[2], tagClass("span", "copy")); copyOf == nil || find(copyOf, tag("a")) != nil {
		t.Errorf("copy of an unlisted source should be text, not a link")
	}

	// Citations of unlisted sources are dropped, and a sentence left
	// with none is not shown.
	var got []string
	for _, sen := range findAll(find(doc, tagClass("section", "highlights")), tagClass("span", "s")) {
		var refs []string
		for _, a := range findAll(sen, tagClass("a", "cite")) {
			refs = append(refs, text(a))
		}
		got = append(got, ownText(sen)+" "+strings.Join(refs, ""))
	}
	want := []string{`<img src=x onerror=alert(1)> happened. [1][2]`, "This cites one listed and one unlisted source. [3]"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("highlights %q, want %q", got, want)
	}
	if !strings.Contains(logs.String(), "sentences=1") {
		t.Errorf("dropped sentence not logged:\n%s", logs)
	}

	sec := find(doc, tagClass("section", "body"))
	if id := attr(find(sec, tag("h2")), "id"); id != "h2-script-alert-4-script" {
		t.Errorf("hostile anchor became %q", id)
	}
	checkStoryAnatomy(t, doc)
}
