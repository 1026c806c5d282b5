package eval

import (
	"bytes"
	"encoding/json"
	"html/template"
	"strconv"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// deskPageTemplate is an outlet's article page: the body paragraphs
// inside the furniture real news sites put around them (navigation, a
// byline and date line, a captioned and credited photo, share buttons,
// related stories, a footer), with the metadata real sites give in their
// head (og: and article: properties, a JSON-LD NewsArticle without the
// body). The extractor has to find the body among all of it.
var deskPageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}} | {{.Outlet.Name}}</title>
<meta name="description" content="{{.Description}}">
<meta name="author" content="{{.Outlet.Reporter}}">
<link rel="canonical" href="{{.URL}}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{{.Outlet.Name}}">
<meta property="og:title" content="{{.Title}}">
<meta property="og:description" content="{{.Description}}">
<meta property="og:url" content="{{.URL}}">
<meta property="og:image" content="{{.Image}}">
<meta property="article:published_time" content="{{.ISO}}">
<link rel="alternate" type="application/rss+xml" title="{{.Outlet.Name}}" href="{{.FeedURL}}">
<script type="application/ld+json">{{.LD}}</script>
</head>
<body class="article-page">
<header class="site-header">
  <div class="top-bar"><a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
  <a class="logo" href="/">{{.Outlet.Name}}</a>
  <p class="tagline">{{.Outlet.Tagline}}</p>
  <nav class="main-nav" aria-label="Sections">
    <ul>
      <li><a href="/">Home</a></li>
      {{- range .Sections}}
      <li><a href="/section/{{.}}">{{.}}</a></li>
      {{- end}}
      <li><a href="/newsletters">Newsletters</a></li>
    </ul>
  </nav>
</header>
<main id="content">
  <article class="story">
    <header class="story-header">
      <p class="kicker"><a href="/section/news">News</a></p>
      <h1 class="headline">{{.Title}}</h1>
      <p class="byline">By <a rel="author" href="/staff">{{.Outlet.Reporter}}</a>, {{.Role}}</p>
      <p class="dateline">Published <time datetime="{{.ISO}}">{{.Date}}</time></p>
    </header>
    <figure class="lead-photo">
      <img src="{{.Image}}" alt="{{.Caption}}" width="640" height="360">
      <figcaption><span class="caption">{{.Caption}}</span> <span class="credit">{{.Credit}}</span></figcaption>
    </figure>
    {{template "share" .}}
    <div class="story-body">
      {{- range .Paragraphs}}
      <p>{{.}}</p>
      {{- end}}
    </div>
    {{template "share" .}}
  </article>
  <section class="related-stories">
    <h2>Related stories</h2>
    <ul>
      {{- range .Related}}
      <li><a href="{{.Path}}">{{.Title}}</a></li>
      {{- end}}
    </ul>
  </section>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/about">About us</a></li>
    <li><a href="/contact">Contact</a></li>
    <li><a href="/corrections">Corrections</a></li>
    <li><a href="/privacy">Privacy policy</a></li>
    <li><a href="/terms">Terms of use</a></li>
  </ul>
  <p class="copyright">&copy; {{.Year}} {{.Outlet.Name}}. All rights reserved.</p>
</footer>
</body>
</html>
{{define "share"}}<div class="share-tools" aria-label="Share this story">
      <span class="share-label">Share this story</span>
      <a class="share-email" href="mailto:?subject={{.Title}}&amp;body={{.URL}}">Email</a>
      <a class="share-social" href="/share?network=chirp&amp;url={{.URL}}">Chirp</a>
      <a class="share-social" href="/share?network=facepage&amp;url={{.URL}}">FacePage</a>
      <button type="button" class="share-copy" data-url="{{.URL}}">Copy link</button>
    </div>{{end}}`))

// deskSections are the site sections every outlet's navigation lists.
var deskSections = []string{"news", "politics", "business", "world", "opinion", "sport"}

// deskCaptions are the photo captions; each page takes one by its
// number. They read like news prose on purpose: a caption that reached a
// report's text could end up on a page.
var deskCaptions = []string{
	"Residents gathered outside the building on the morning of the announcement.",
	"A view of the site from across the street, photographed earlier this week.",
	"Officials arrive for a briefing at the start of the day.",
	"Traffic moves slowly past the scene in the late afternoon.",
	"Members of the public wait in line before the doors opened.",
}

// deskRoles are the reporters' titles in bylines.
var deskRoles = []string{"Staff Reporter", "Senior Correspondent", "Political Editor", "News Reporter"}

// deskLink is one entry of a page's related stories.
type deskLink struct{ Path, Title string }

// deskPageData is what deskPageTemplate renders.
type deskPageData struct {
	Outlet                           deskOutlet
	Title, URL, FeedURL, Description string
	ISO, Date, Role, Image           string
	Caption, Credit                  string
	Paragraphs, Sections             []string
	Related                          []deskLink
	LD                               template.JS
	Year                             int
}

// deskPage renders document d's article page; related are other articles
// of the same outlet.
func deskPage(pool []deskOutlet, d deskDoc, doc SummaryDoc, related []deskLink) ([]byte, error) {
	o := pool[d.Outlet]
	data := deskPageData{
		Outlet: o, Title: d.Title, URL: d.URL(pool), FeedURL: o.feedURL(), Description: deskSummary(doc.Text),
		ISO: d.Published.Format(time.RFC3339), Date: deskDate(d.Published), Role: deskRole(d),
		Image: deskImageURL(pool, d), Paragraphs: text.Paragraphs(paragraphs(doc.Text)), Sections: deskSections,
		Related: related, Year: d.Published.Year(),
	}
	data.Caption, data.Credit = deskCaption(d), deskCredit(o)
	ld, err := deskJSONLD(data)
	if err != nil {
		return nil, err
	}
	data.LD = template.JS(ld)
	var buf bytes.Buffer
	err = deskPageTemplate.Execute(&buf, data)
	return buf.Bytes(), err
}

func deskCaption(d deskDoc) string   { return deskCaptions[d.Number%len(deskCaptions)] }
func deskCredit(o deskOutlet) string { return "Photo: " + o.Photographer + " / " + o.Name }
func deskRole(d deskDoc) string      { return deskRoles[d.Number%len(deskRoles)] }

func deskDate(t time.Time) string { return t.Format("Monday 2 January 2006, 15:04 MST") }

func deskImageURL(pool []deskOutlet, d deskDoc) string {
	return "http://" + pool[d.Outlet].host() + "/media/photo-" + strconv.Itoa(d.Number) + ".png"
}

// deskSummary is a document's short description, as feeds and meta tags
// give it: its first sentence, cut to 30 words.
func deskSummary(s string) string {
	for _, p := range text.Paragraphs(s) {
		if ss := text.Sentences(strings.Join(strings.Fields(p), " ")); len(ss) > 0 {
			w := strings.Fields(ss[0])
			if len(w) > 30 {
				w = append(w[:30], "…")
			}
			return strings.Join(w, " ")
		}
	}
	return ""
}

type deskLDThing struct {
	Type string `json:"@type"`
	Name string `json:"name,omitempty"`
	URL  string `json:"url,omitempty"`
	ID   string `json:"@id,omitempty"`
}

// deskJSONLD is the page's schema.org NewsArticle. Like most real sites'
// it carries no articleBody: the text must come from the page.
func deskJSONLD(d deskPageData) ([]byte, error) {
	return json.MarshalIndent(struct {
		Context       string        `json:"@context"`
		Type          string        `json:"@type"`
		Headline      string        `json:"headline"`
		Description   string        `json:"description"`
		DatePublished string        `json:"datePublished"`
		DateModified  string        `json:"dateModified"`
		Author        []deskLDThing `json:"author"`
		Publisher     deskLDThing   `json:"publisher"`
		Image         []string      `json:"image"`
		Page          deskLDThing   `json:"mainEntityOfPage"`
		InLanguage    string        `json:"inLanguage"`
	}{"https://schema.org", "NewsArticle", d.Title, d.Description, d.ISO, d.ISO,
		[]deskLDThing{{Type: "Person", Name: d.Outlet.Reporter}},
		deskLDThing{Type: "NewsMediaOrganization", Name: d.Outlet.Name, URL: d.Outlet.homepage()},
		[]string{d.Image}, deskLDThing{Type: "WebPage", ID: d.URL}, "en"}, "", "  ")
}
