package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// hiddenTokens are class values that hide an element from a reader on
// screen: the utility classes of the common CSS frameworks, and the
// header and footer (a reprint notice, a logo for paper) that pages
// carry for their printed form. A print-only body is not among them:
// some pages print a fuller copy of the story than they show.
var hiddenTokens = map[string]bool{
	"hidden": true, "hide": true, "is-hidden": true, "d-none": true, "display-none": true,
	"invisible": true, "print-header": true, "print-footer": true,
}

// popupWords are the parts of a class or id (split at "-", "_" and
// spaces) that name an element shown only on hover or click.
var popupWords = map[string]bool{"tooltip": true, "popover": true, "hovercard": true, "rollover": true}

// isHidden reports whether n is not shown to a reader: it has the hidden
// attribute, an inline style of display:none or visibility:hidden, a
// class from hiddenTokens, or is a hover card (see isHoverCard).
// aria-hidden is not enough: pages set it on text they also show.
func isHidden(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		case "class":
			for _, f := range strings.Fields(strings.ToLower(a.Val)) {
				if hiddenTokens[f] {
					return true
				}
			}
		}
	}
	return isHoverCard(n)
}

// isHoverCard reports whether n is the card a page shows over a name
// when the reader points at it (a person's picture and latest stories),
// which it writes into the middle of the sentence: an element named as a
// popup that holds an image or at least two links, and no popup-named
// element of its own. The element that holds the card, and the link
// that shows it, are the sentence's and stay.
func isHoverCard(n *html.Node) bool {
	if n.Data == "a" || !popupNamed(n) {
		return false
	}
	var links, images, popups int
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for c = c.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case c.Data == "a":
				links++
			case c.Data == "img" || c.Data == "picture":
				images++
			}
			if popupNamed(c) && c.Data != "a" {
				popups++
			}
			walk(c)
		}
	}
	walk(n)
	return popups == 0 && (images > 0 || links >= 2)
}

// popupNamed reports whether n's class or id names a popup.
func popupNamed(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, part := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool { return r == '-' || r == '_' || r == ' ' }) {
			if popupWords[part] {
				return true
			}
		}
	}
	return false
}
