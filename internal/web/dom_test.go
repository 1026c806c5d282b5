package web

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Small helpers over golang.org/x/net/html trees, for the page checks.

func parseHTML(t *testing.T, body string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatalf("parse HTML: %v", err)
	}
	return doc
}

// findAll returns every element below n, in document order, for which
// match is true.
func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func find(n *html.Node, match func(*html.Node) bool) *html.Node {
	if all := findAll(n, match); len(all) > 0 {
		return all[0]
	}
	return nil
}

// script matches a script element that a browser would run: any but a
// data block of JSON-LD, which no browser executes.
func script(n *html.Node) bool {
	return n.Data == "script" && attr(n, "type") != "application/ld+json"
}

func tag(name string) func(*html.Node) bool {
	return func(n *html.Node) bool { return n.Data == name }
}

func tagClass(name, class string) func(*html.Node) bool {
	return func(n *html.Node) bool { return n.Data == name && hasClass(n, class) }
}

func tagID(name, id string) func(*html.Node) bool {
	return func(n *html.Node) bool { return n.Data == name && attr(n, "id") == id }
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

// text is the text content of n, with white space collapsed.
func text(n *html.Node) string {
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
	return strings.Join(strings.Fields(b.String()), " ")
}

// ids returns every id in the document.
func ids(doc *html.Node) map[string]int {
	m := map[string]int{}
	for _, n := range findAll(doc, func(n *html.Node) bool { return hasAttr(n, "id") }) {
		m[attr(n, "id")]++
	}
	return m
}

// order returns each node's position in document order.
func order(doc *html.Node) map[*html.Node]int {
	m := map[*html.Node]int{}
	for i, n := range findAll(doc, func(*html.Node) bool { return true }) {
		m[n] = i
	}
	return m
}

// ownText is the sentence text of a span.s: its text without the
// citation markers.
func ownText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return strings.TrimSpace(b.String())
}
