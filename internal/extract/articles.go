package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// dropOtherArticles removes from doc the <article> elements that are
// other stories: when the headline <h1> (see headline) sits inside an
// <article> that holds at least MinWords words, an <article> that
// neither contains it nor lies inside it, and that has a headline of its
// own (an <h1>) or holds articles itself, is the next story or a list of
// related posts, however much text it carries. Other <article> elements
// stay: some pages use the element for the boxes of one story (a
// recipe's ingredients, its method).
func dropOtherArticles(doc *html.Node, title string) {
	h1 := headline(doc, title)
	var main *html.Node
	for n := h1; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && n.Data == "article" {
			main = n
			break
		}
	}
	if main == nil || len(strings.Fields(textOf(main, 1<<20))) < MinWords {
		return
	}
	var drop []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n == main {
			return
		}
		if n.Type == html.ElementNode && n.Data == "article" && !contains(n, main) && holdsStory(n) {
			drop = append(drop, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
}

// holdsStory reports whether the article n has an <h1> or an <article>
// inside it.
func holdsStory(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if find(c, func(d *html.Node) bool {
			return d.Type == html.ElementNode && (d.Data == "h1" || d.Data == "article")
		}) != nil {
			return true
		}
	}
	return false
}

// contains reports whether d is n or lies inside it.
func contains(n, d *html.Node) bool {
	for ; d != nil; d = d.Parent {
		if d == n {
			return true
		}
	}
	return false
}

// headline returns the <h1> that says what title says: the one whose
// words are the title's, else the longest whose words are part of the
// title's or hold them, else the first <h1>, else nil.
func headline(doc *html.Node, title string) *html.Node {
	var first, best *html.Node
	bestLen := 0
	t := wordKey(title)
	find(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n.Data != "h1" {
			return false
		}
		if first == nil {
			first = n
		}
		k := wordKey(textOf(n, 1000))
		switch {
		case t == "" || k == "":
		case k == t:
			best = n
			return true
		case (strings.Contains(t, k) || strings.Contains(k, t)) && len(k) > bestLen:
			best, bestLen = n, len(k)
		}
		return false
	})
	if best != nil {
		return best
	}
	return first
}

// find returns the first node in document order that matches.
func find(n *html.Node, match func(*html.Node) bool) *html.Node {
	if match(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, match); f != nil {
			return f
		}
	}
	return nil
}
