package demo

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// page is what a test reads from an article page.
type page struct {
	meta       map[string]string // property or name -> content
	canonical  string
	ld         []string
	paragraphs []string
}

func parsePage(t *testing.T, body []byte) page {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(string(body)))
	if err != nil {
		t.Fatalf("parse html: %v", err)
	}
	p := page{meta: map[string]string{}}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			attr := map[string]string{}
			for _, a := range n.Attr {
				attr[a.Key] = a.Val
			}
			switch {
			case n.Data == "meta" && attr["property"] != "":
				p.meta[attr["property"]] = attr["content"]
			case n.Data == "meta" && attr["name"] != "":
				p.meta[attr["name"]] = attr["content"]
			case n.Data == "link" && attr["rel"] == "canonical":
				p.canonical = attr["href"]
			case n.Data == "script" && attr["type"] == "application/ld+json" && n.FirstChild != nil:
				p.ld = append(p.ld, n.FirstChild.Data)
			case n.Data == "p":
				p.paragraphs = append(p.paragraphs, textOf(n))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return p
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// newsArticle finds the NewsArticle in a JSON-LD block, at the top level
// or inside an @graph.
func newsArticle(t *testing.T, blocks []string) map[string]any {
	t.Helper()
	for _, b := range blocks {
		var v map[string]any
		if err := json.Unmarshal([]byte(b), &v); err != nil {
			t.Errorf("JSON-LD does not parse: %v", err)
			continue
		}
		if v["@type"] == "NewsArticle" {
			return v
		}
		graph, _ := v["@graph"].([]any)
		for _, g := range graph {
			if m, ok := g.(map[string]any); ok && m["@type"] == "NewsArticle" {
				return m
			}
		}
	}
	return nil
}

func TestArticlePages(t *testing.T) {
	s, client := startServer(t)
	for _, a := range Articles() {
		t.Run(a.Outlet+"/"+a.Event, func(t *testing.T) {
			resp, body := get(t, client, a.FeedLink)
			if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
				t.Fatalf("GET %s = %d %q", a.FeedLink, resp.StatusCode, resp.Header.Get("Content-Type"))
			}
			p := parsePage(t, body)
			if p.canonical != a.URL || p.meta["og:title"] != a.Title || p.meta["og:type"] != "article" || p.meta["og:site_name"] == "" {
				t.Errorf("canonical %q, og:title %q, og:type %q, og:site_name %q", p.canonical, p.meta["og:title"], p.meta["og:type"], p.meta["og:site_name"])
			}
			if p.meta["og:image"] != a.Image {
				t.Errorf("og:image %q, want %q", p.meta["og:image"], a.Image)
			}
			ld := newsArticle(t, p.ld)
			if ld == nil {
				t.Fatal("no JSON-LD NewsArticle")
			}
			author, _ := ld["author"].([]any)
			if ld["headline"] != a.Title || ld["datePublished"] != a.Published(s.Clock()).Format(time.RFC3339) ||
				len(author) == 0 || author[0].(map[string]any)["name"] != a.Author || ld["publisher"] == nil {
				t.Errorf("JSON-LD headline %v, date %v, author %v, publisher %v", ld["headline"], ld["datePublished"], author, ld["publisher"])
			}
			if img, _ := ld["image"].([]any); a.Image != "" && (len(img) != 1 || img[0] != a.Image) {
				t.Errorf("JSON-LD image %v, want [%s]", ld["image"], a.Image)
			}
			// Every paragraph is on the page, escaped and unescaped correctly.
			have := map[string]bool{}
			for _, para := range p.paragraphs {
				have[strings.Join(strings.Fields(para), " ")] = true
			}
			for i, para := range a.Paragraphs {
				if !have[para] {
					t.Errorf("paragraph %d is not a <p> of the page: %.60q", i+1, para)
				}
			}
			page := string(body)
			for _, clutter := range []string{`class="ad"`, "cookie", "Related stories", "comments", "Sign up", "<footer"} {
				if !strings.Contains(page, clutter) {
					t.Errorf("page lacks the real-world clutter %q", clutter)
				}
			}
		})
	}
}

func TestImages(t *testing.T) {
	_, client := startServer(t)
	c := testCorpus(t)
	for _, o := range c.Outlets {
		for name, m := range c.media {
			u := o.Homepage + "media/" + name
			resp, body := get(t, client, u)
			if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "image/") || len(body) != len(m.Data) {
				t.Errorf("GET %s = %d %q, %d bytes", u, resp.StatusCode, resp.Header.Get("Content-Type"), len(body))
			}
		}
	}
	for _, a := range c.Articles {
		if a.Image == "" {
			continue
		}
		if resp, _ := get(t, client, a.Image); resp.StatusCode != http.StatusOK {
			t.Errorf("%s: og:image %s = %d", a.File, a.Image, resp.StatusCode)
		}
	}
}
