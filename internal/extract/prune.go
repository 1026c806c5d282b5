package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// paywallTokens are class and id values that mark a paywall or
// registration prompt. Matching is on whole tokens, so that containers
// such as "paywalled-content", which hold the article, do not match.
var paywallTokens = map[string]bool{
	"paywall": true, "paywall-prompt": true, "paywall-message": true, "paywall-overlay": true,
	"paywall-container": true, "regwall": true, "registration-wall": true,
	"subscriber-only": true, "subscribers-only": true, "subscription-wall": true,
	"premium-paywall": true, "meter-paywall": true,
}

// isPaywall reports whether n is marked as a paywall and holds some
// text: pages often carry an empty placeholder that a script fills only
// when the reader has run out of free articles.
func isPaywall(n *html.Node) bool {
	if !hasAnyToken(n, paywallTokens) {
		return false
	}
	return len(strings.Fields(textOf(n, 200))) >= 3
}

// isPaywallPrompt reports whether n is a paywall prompt: marked as one,
// with text, but short. Some sites mark the container of the paid text
// itself "paywall"; that text is kept (and the page flagged).
func isPaywallPrompt(n *html.Node) bool {
	return isPaywall(n) && len(strings.Fields(textOf(n, 1000))) < 80
}

// hasAnyToken reports whether n's class or id holds one of tokens.
func hasAnyToken(n *html.Node, tokens map[string]bool) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, f := range strings.Fields(a.Val) {
			if tokens[strings.ToLower(f)] {
				return true
			}
		}
	}
	return false
}

// linkBlocks are the elements that prune may drop for being mostly links:
// the cells of table layouts and navigation. Dropping other link-heavy
// blocks (lists, divs, paragraphs) was measured to cost more article
// text than it saves, since the extractors already handle most of them.
var linkBlocks = map[string]bool{
	"td": true, "th": true, "font": true, "center": true, "nav": true,
}

// prune returns a copy of doc without paywall prompts, without blocks
// whose text is mostly links (navigation columns, link lists) and
// without hidden elements (see isHidden): the extractors do most of this
// themselves, but not on table layouts, not for paywall prompts written
// like article text, and not for every way of hiding. A page whose
// hidden elements hold more than half of its words shows them with a
// script (a slideshow, a story paged by clicks), and they are kept.
func prune(doc *html.Node) *html.Node {
	c := clone(doc)
	total := len(strings.Fields(textOf(c, 1<<24)))
	var hidden []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for ch := n.FirstChild; ch != nil; {
			next := ch.NextSibling
			switch {
			case ch.Type != html.ElementNode:
			case isPaywallPrompt(ch) || isLinkBlock(ch):
				n.RemoveChild(ch)
			case isHidden(ch):
				hidden = append(hidden, ch)
			default:
				walk(ch)
			}
			ch = next
		}
	}
	walk(c)
	if hiddenWords := wordsIn(hidden); 2*hiddenWords <= total {
		for _, n := range hidden {
			n.Parent.RemoveChild(n)
		}
	}
	return c
}

// wordsIn counts the words of nodes.
func wordsIn(nodes []*html.Node) int {
	n := 0
	for _, x := range nodes {
		n += len(strings.Fields(textOf(x, 1<<24)))
	}
	return n
}

// isLinkBlock reports whether n is a block of two or more links making up
// at least nine tenths of its text, or of three or more making up at
// least three quarters.
func isLinkBlock(n *html.Node) bool {
	if !linkBlocks[n.Data] {
		return false
	}
	var total, linked, links int
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inLink bool) {
		switch n.Type {
		case html.TextNode:
			k := utf8.RuneCountInString(strings.TrimSpace(n.Data))
			total += k
			if inLink {
				linked += k
			}
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			case "a":
				links++
				inLink = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	if total == 0 || total > 3000 {
		return false
	}
	ratio := float64(linked) / float64(total)
	return (links >= 2 && ratio >= 0.9) || (links >= 3 && ratio >= 0.75)
}

// textOf returns up to max bytes of n's text.
func textOf(n *html.Node, max int) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if b.Len() >= max {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return
		}
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// clone deep-copies a node tree.
func clone(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
	if len(n.Attr) > 0 {
		c.Attr = append([]html.Attribute(nil), n.Attr...)
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.AppendChild(clone(ch))
	}
	return c
}
