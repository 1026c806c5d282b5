package demo

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"html/template"
	"strings"
	"time"
)

//go:embed templates
var templateFS embed.FS

// parseTemplates parses one template set per page style, each with the
// shared partials, plus the homepage.
func parseTemplates() (map[string]*template.Template, error) {
	out := map[string]*template.Template{}
	for _, name := range append([]string{"home"}, styles...) {
		t, err := template.New(name).Funcs(template.FuncMap{"lower": strings.ToLower}).
			ParseFS(templateFS, "templates/partials.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("demo: parse templates: %w", err)
		}
		out[name] = t
	}
	return out, nil
}

// block is one piece of an article body as a page lays it out.
type block struct {
	Kind string // "p", "ad" or "quote"
	Text string
}

type pageData struct {
	Site      *site
	A         *ArticleSpec
	ISO       string
	Date      string
	Year      int
	FeedType  template.HTMLAttr
	LD        template.JS
	Blocks    []block
	TopAd     string
	Related   []*ArticleSpec
	Comments  []comment
	ShareText string
}

var ads = []string{
	"Lakeshore Mattress Co. spring sale: up to 40% off, this weekend only",
	"Copperleaf Coffee, roasted in small batches. First bag free",
	"Northline Credit Union: switch today, no fees for a year",
	"Evergreen Auto Repair. Book your service online",
	"Learn a language in 10 minutes a day with Parlio",
	"Bright Pines Retirement Living: tours daily",
}

func renderPage(tpl map[string]*template.Template, c *Corpus, st *site, a *ArticleSpec, clock time.Time) ([]byte, error) {
	seed := hash(a.Path)
	pub := a.Published(clock)
	d := pageData{
		Site: st, A: a, ISO: pub.Format(time.RFC3339), Date: humanDate(st, pub), Year: clock.Year(),
		FeedType: feedTypeAttr(st.FeedFormat), TopAd: ads[seed%uint32(len(ads))],
		Related: related(st, a), Comments: pick(c.comments, seed, 3), ShareText: a.Title + " " + a.URL,
	}
	ld, err := jsonLD(st, a, pub)
	if err != nil {
		return nil, err
	}
	d.LD = template.JS(ld)
	d.Blocks = layout(st.Style, a.Paragraphs, seed)
	var buf bytes.Buffer
	if err := tpl[st.Style].ExecuteTemplate(&buf, "page", d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func renderHome(tpl map[string]*template.Template, st *site, clock time.Time) ([]byte, error) {
	d := struct {
		Site     *site
		FeedType template.HTMLAttr
		Year     int
		Items    []homeItem
	}{Site: st, FeedType: feedTypeAttr(st.FeedFormat), Year: clock.Year()}
	for _, a := range st.Articles {
		pub := a.Published(clock)
		d.Items = append(d.Items, homeItem{A: a, ISO: pub.Format(time.RFC3339), Date: humanDate(st, pub)})
	}
	var buf bytes.Buffer
	err := tpl["home"].ExecuteTemplate(&buf, "page", d)
	return buf.Bytes(), err
}

type homeItem struct {
	A         *ArticleSpec
	ISO, Date string
}

// layout interleaves the paragraphs with ad slots and, in the magazine
// style, a pull quote taken from the article.
func layout(style string, paras []string, seed uint32) []block {
	var out []block
	quote := ""
	if style == "magazine" {
		quote = pullQuote(paras)
	}
	for i, p := range paras {
		out = append(out, block{Kind: "p", Text: p})
		switch {
		case i == 2 && quote != "":
			out = append(out, block{Kind: "quote", Text: quote})
		case (i == 1 || i == 4) && i < len(paras)-1 && style != "blog":
			out = append(out, block{Kind: "ad", Text: ads[(seed+uint32(i))%uint32(len(ads))]})
		}
	}
	return out
}

// pullQuote is the first direct quote of a readable length after the
// lead, without its trailing comma.
func pullQuote(paras []string) string {
	for _, p := range paras[1:] {
		_, rest, ok := strings.Cut(p, `"`)
		if !ok {
			continue
		}
		q, _, ok := strings.Cut(rest, `"`)
		q = strings.TrimSuffix(strings.TrimSpace(q), ",")
		if ok && len(q) >= 30 && len(q) <= 200 {
			return q
		}
	}
	return ""
}

// related lists up to three other articles of the same outlet.
func related(st *site, a *ArticleSpec) []*ArticleSpec {
	var out []*ArticleSpec
	for _, o := range st.Articles {
		if o != a && len(out) < 3 {
			out = append(out, o)
		}
	}
	return out
}

func pick(cs []comment, seed uint32, n int) []comment {
	out := make([]comment, 0, n)
	for i := 0; i < n && i < len(cs); i++ {
		out = append(out, cs[(int(seed)+i*7)%len(cs)])
	}
	return out
}

func hash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32() & 0x7fffffff
}

func feedType(format string) string {
	switch format {
	case "atom":
		return "application/atom+xml"
	case "json":
		return "application/feed+json"
	}
	return "application/rss+xml"
}

// feedTypeAttr is the type attribute of a feed link, written out whole so
// that html/template does not escape the "+" of the media type (valid
// HTML either way, but real pages carry it literally).
func feedTypeAttr(format string) template.HTMLAttr {
	return template.HTMLAttr(`type="` + feedType(format) + `"`)
}

// humanDate formats a time as the outlet shows it: British order for GB
// outlets, a long date without time for the blog.
func humanDate(st *site, t time.Time) string {
	switch {
	case st.Style == "blog":
		return t.Format("Monday, January 2, 2006")
	case st.Country == "GB":
		return t.Format("2 January 2006, 15:04 MST")
	}
	return t.Format("January 2, 2006 3:04 PM MST")
}

type ldThing struct {
	Type string `json:"@type"`
	Name string `json:"name,omitempty"`
	URL  string `json:"url,omitempty"`
	ID   string `json:"@id,omitempty"`
}

type ldArticle struct {
	Context          string    `json:"@context,omitempty"`
	Type             string    `json:"@type"`
	Headline         string    `json:"headline"`
	Description      string    `json:"description"`
	DatePublished    string    `json:"datePublished"`
	DateModified     string    `json:"dateModified"`
	Author           []ldThing `json:"author"`
	Publisher        ldThing   `json:"publisher"`
	Image            []string  `json:"image,omitempty"`
	MainEntityOfPage ldThing   `json:"mainEntityOfPage"`
	InLanguage       string    `json:"inLanguage"`
	SourceOrg        *ldThing  `json:"sourceOrganization,omitempty"`
}

// jsonLD is the page's schema.org NewsArticle; the portal style wraps it
// in an @graph with the website, as many real sites do.
func jsonLD(st *site, a *ArticleSpec, pub time.Time) ([]byte, error) {
	art := ldArticle{
		Context: "https://schema.org", Type: "NewsArticle", Headline: a.Title, Description: a.Summary,
		DatePublished: pub.Format(time.RFC3339), DateModified: pub.Format(time.RFC3339),
		Author:           []ldThing{{Type: "Person", Name: a.Author}},
		Publisher:        ldThing{Type: "NewsMediaOrganization", Name: st.Name, URL: st.Homepage},
		MainEntityOfPage: ldThing{Type: "WebPage", ID: a.URL}, InLanguage: st.Language,
	}
	if a.Image != "" {
		art.Image = []string{a.Image}
	}
	if a.Wire != "" {
		art.SourceOrg = &ldThing{Type: "NewsMediaOrganization", Name: a.Wire}
	}
	if st.Style != "portal" {
		return json.MarshalIndent(art, "", "  ")
	}
	art.Context = ""
	return json.MarshalIndent(map[string]any{
		"@context": "https://schema.org",
		"@graph":   []any{ldThing{Type: "WebSite", Name: st.Name, URL: st.Homepage}, art},
	}, "", "  ")
}
