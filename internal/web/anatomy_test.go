package web

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// checkStoryAnatomy checks a story page against the anatomy every story
// page must have, in order: masthead, date line, headline, byline, the
// "In This Article" nav, Highlights, lead, sections, What This Might Mean,
// coverage, framing and sources, with every sentence cited.
func checkStoryAnatomy(t *testing.T, doc *html.Node) {
	t.Helper()
	if n := len(findAll(doc, script)); n != 0 {
		t.Errorf("page has %d <script> elements, want none", n)
	}
	checkNewsArticle(t, doc)
	if h := find(doc, tag("html")); h == nil || attr(h, "lang") == "" {
		t.Errorf("<html> has no lang")
	}
	if title := find(doc, tag("title")); title == nil || !strings.Contains(text(title), "The Unbiased Post") {
		t.Errorf("<title> does not name the site")
	}

	h1s := findAll(doc, tag("h1"))
	if len(h1s) != 1 {
		t.Fatalf("page has %d <h1>, want exactly 1", len(h1s))
	}
	mast := find(doc, tagClass("p", "masthead"))
	if mast == nil || find(mast, func(n *html.Node) bool { return n.Data == "a" && attr(n, "href") == "/" }) == nil {
		t.Errorf("no masthead linking to /")
	}

	times := findAll(doc, func(n *html.Node) bool { return n.Data == "time" && hasAttr(n, "datetime") })
	if len(times) == 0 {
		t.Fatalf("no time[datetime]")
	}
	if _, err := time.Parse(time.RFC3339, attr(times[0], "datetime")); err != nil {
		t.Errorf("date line datetime: %v", err)
	}

	byline := find(doc, tagClass("p", "byline"))
	if byline == nil || !regexp.MustCompile(`^By .+ · written automatically from \d+ reports? by \d+ outlets?$`).MatchString(text(byline)) {
		t.Errorf("byline missing or malformed")
	}

	all := ids(doc)
	for id, n := range all {
		if n > 1 {
			t.Errorf("id %q used %d times", id, n)
		}
	}

	nav := find(doc, func(n *html.Node) bool { return n.Data == "nav" && attr(n, "aria-labelledby") != "" })
	if nav == nil {
		t.Fatalf("no nav[aria-labelledby]")
	}
	if label := all[attr(nav, "aria-labelledby")]; label == 0 || !strings.Contains(text(find(doc, func(n *html.Node) bool { return attr(n, "id") == attr(nav, "aria-labelledby") })), "In This Article") {
		t.Errorf("nav is not labelled \"In This Article\"")
	}
	var targets []string
	for _, a := range findAll(nav, tag("a")) {
		href := attr(a, "href")
		if !strings.HasPrefix(href, "#") {
			continue
		}
		targets = append(targets, href[1:])
		if all[href[1:]] == 0 {
			t.Errorf("nav link %s has no target", href)
		}
	}
	if len(targets) < 2 {
		t.Errorf("nav has %d # links, want at least 2", len(targets))
	}

	for _, id := range []string{"highlights", "what-this-might-mean", "coverage", "framing", "sources"} {
		if find(doc, tagID("h2", id)) == nil {
			t.Errorf("no <h2 id=%q>", id)
		}
	}
	sections := findAll(doc, tagClass("section", "body"))
	if len(sections) == 0 {
		t.Errorf("no sections")
	}
	for _, sec := range sections {
		h2 := find(sec, tag("h2"))
		if h2 == nil || attr(h2, "id") == "" || !strings.Contains(strings.Join(targets, " "), attr(h2, "id")) {
			t.Errorf("section without an <h2 id> listed in the nav")
		}
	}

	// Every sentence carries at least one citation, and every citation
	// leads to a listed source.
	sentences := findAll(doc, tagClass("span", "s"))
	if len(sentences) == 0 {
		t.Fatalf("no sentences")
	}
	for _, sen := range sentences {
		if len(findAll(sen, tagClass("a", "cite"))) == 0 {
			t.Errorf("sentence %q has no a.cite", ownText(sen))
		}
	}
	for _, a := range findAll(doc, tagClass("a", "cite")) {
		href := attr(a, "href")
		if !strings.HasPrefix(href, "#source-") || all[href[1:]] == 0 {
			t.Errorf("citation %q has no target", href)
		}
		if want := "source " + strings.TrimPrefix(href, "#source-") + ": "; !strings.HasPrefix(attr(a, "aria-label"), want) {
			t.Errorf("citation %s aria-label %q, want prefix %q", href, attr(a, "aria-label"), want)
		}
	}
	if find(find(doc, tagClass("section", "highlights")), tagClass("a", "cite")) == nil {
		t.Errorf("highlights carry no citations")
	}
	if lead := find(doc, tagClass("p", "lead")); lead == nil || find(lead, tagClass("a", "cite")) == nil {
		t.Errorf("no cited p.lead")
	}

	// The parts come in the order of the anatomy.
	pos := order(doc)
	parts := []struct {
		name string
		node *html.Node
	}{
		{"masthead", mast},
		{"date line", times[0]},
		{"headline", h1s[0]},
		{"byline", byline},
		{"nav", nav},
		{"highlights", find(doc, tagID("h2", "highlights"))},
		{"lead", find(doc, tagClass("p", "lead"))},
		{"first section", sections[0]},
		{"last section", sections[len(sections)-1]},
		{"outlook", find(doc, tagID("h2", "what-this-might-mean"))},
		{"coverage", find(doc, tagID("h2", "coverage"))},
		{"framing", find(doc, tagID("h2", "framing"))},
		{"sources", find(doc, tagID("h2", "sources"))},
	}
	for i := 1; i < len(parts); i++ {
		if parts[i].node == nil || parts[i-1].node == nil {
			t.Errorf("missing %s or %s", parts[i-1].name, parts[i].name)
			continue
		}
		if parts[i-1].node != parts[i].node && pos[parts[i-1].node] >= pos[parts[i].node] {
			t.Errorf("%s comes after %s", parts[i-1].name, parts[i].name)
		}
	}

	for _, li := range findAll(find(doc, tagClass("section", "sources")), tag("li")) {
		if !strings.HasPrefix(attr(li, "id"), "source-") {
			t.Errorf("source item without id=source-N: %q", text(li))
		}
	}
}

// checkNewsArticle checks a story page's JSON-LD: one data block in the
// head, valid JSON, a schema.org NewsArticle whose headline is the page's
// (clipped as search engines want), with its dates, and web addresses
// only as the reports it is based on; no "<" in it, so no outlet's text
// can close the element.
func checkNewsArticle(t *testing.T, doc *html.Node) {
	t.Helper()
	blocks := findAll(doc, func(n *html.Node) bool { return n.Data == "script" && attr(n, "type") == "application/ld+json" })
	if len(blocks) != 1 || find(find(doc, tag("head")), func(n *html.Node) bool { return n == blocks[0] }) == nil {
		t.Fatalf("%d JSON-LD blocks, want one in the head", len(blocks))
	}
	raw := text(blocks[0])
	if strings.Contains(raw, "<") {
		t.Errorf("JSON-LD holds a raw '<': %s", raw)
	}
	var ld struct {
		Context   string   `json:"@context"`
		Type      string   `json:"@type"`
		Headline  string   `json:"headline"`
		Published string   `json:"datePublished"`
		Modified  string   `json:"dateModified"`
		BasedOn   []string `json:"isBasedOn"`
		Author    struct {
			Name string `json:"name"`
		} `json:"author"`
	}
	if err := json.Unmarshal([]byte(raw), &ld); err != nil {
		t.Fatalf("JSON-LD does not parse: %v\n%s", err, raw)
	}
	if ld.Context != "https://schema.org" || ld.Type != "NewsArticle" {
		t.Errorf("JSON-LD is a %q of %q, want a NewsArticle of schema.org", ld.Type, ld.Context)
	}
	h1 := strings.Join(strings.Fields(text(find(doc, tag("h1")))), " ")
	if ld.Headline == "" || !strings.HasPrefix(h1, strings.TrimSuffix(ld.Headline, "…")) {
		t.Errorf("JSON-LD headline %q, page headline %q", ld.Headline, h1)
	}
	if _, err := time.Parse(time.RFC3339, ld.Modified); err != nil {
		t.Errorf("JSON-LD dateModified %q: %v", ld.Modified, err)
	}
	if ld.Author.Name == "" {
		t.Errorf("JSON-LD names no author")
	}
	for _, u := range ld.BasedOn {
		if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
			t.Errorf("JSON-LD is based on %q, which is no web address", u)
		}
	}
}
