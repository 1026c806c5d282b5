package extract

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// inline are the elements that do not break a paragraph. Every other
// element does, so that unknown or converted tags (trafilatura's output
// uses a few of its own) err on the side of separate paragraphs.
var inline = map[string]bool{
	"a": true, "abbr": true, "b": true, "bdi": true, "bdo": true, "cite": true,
	"code": true, "data": true, "del": true, "dfn": true, "em": true, "font": true,
	"hi": true, "i": true, "ins": true, "kbd": true, "mark": true, "q": true,
	"ref": true, "s": true, "samp": true, "small": true, "span": true, "strong": true,
	"sub": true, "sup": true, "time": true, "u": true, "var": true, "wbr": true,
}

// skipped elements hold no article text.
var skipped = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"figcaption": true, "button": true, "select": true, "textarea": true, "iframe": true,
}

// paragraphs returns the text of n's block elements, one string each,
// white space collapsed. A <br> ends a paragraph.
func paragraphs(n *html.Node) []string {
	bs := blocks(n)
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.text
	}
	return out
}

// block is one paragraph of text and the share of its letters that are
// inside links.
type block struct {
	text   string
	linked float64
}

// blocks splits n into paragraphs as paragraphs does, and measures
// their links.
func blocks(n *html.Node) []block {
	if n == nil {
		return nil
	}
	var out []block
	var cur strings.Builder
	var all, linked int
	flush := func() {
		if s := collapse(cur.String()); s != "" {
			b := block{text: s}
			if all > 0 {
				b.linked = float64(linked) / float64(all)
			}
			out = append(out, b)
		}
		cur.Reset()
		all, linked = 0, 0
	}
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inLink bool) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			k := letters(n.Data)
			all += k
			if inLink {
				linked += k
			}
			return
		case html.ElementNode:
			name := strings.ToLower(n.Data)
			if skipped[name] {
				return
			}
			if name == "br" || name == "lb" || name == "hr" {
				flush()
				return
			}
			if name == "a" {
				inLink = true
			}
			if !inline[name] {
				flush()
				defer flush()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	flush()
	return out
}

// letters counts the runes of s that are not white space.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// linkShares maps the words of each paragraph of doc (see wordKey) to
// the share of its letters inside links; a text that occurs more than
// once keeps its smallest share.
func linkShares(doc *html.Node) map[string]float64 {
	out := map[string]float64{}
	for _, b := range blocks(doc) {
		k := wordKey(b.text)
		if v, ok := out[k]; !ok || b.linked < v {
			out[k] = b.linked
		}
	}
	return out
}

// collapse collapses white space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// wordKey reduces text to its lower-case words, for comparing texts that
// differ in punctuation, quotes or entities.
func wordKey(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// fold normalises a string for loose comparison.
func fold(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func words1(s string) int { return len(strings.Fields(s)) }

// words counts the words of paragraphs.
func words(paras []string) int {
	n := 0
	for _, p := range paras {
		n += words1(p)
	}
	return n
}

// bodyParagraphs splits a JSON-LD articleBody, which is plain text with
// paragraphs separated by newlines, if at all.
func bodyParagraphs(body string) []string {
	var out []string
	for _, p := range strings.Split(body, "\n") {
		if p = collapse(plainText(p)); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// plainText turns a string that may hold markup or entities into one
// line of text.
func plainText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return collapse(s)
	}
	doc, err := html.Parse(strings.NewReader("<body>" + s))
	if err != nil {
		return collapse(s)
	}
	return strings.Join(paragraphs(doc), " ")
}

var nameSep = regexp.MustCompile(`\s*(?:;|,|\band\b|&|\|)\s*`)

// authorList normalises a list of names given as one string: "; " and
// " and " separators become ", ", a leading "By" goes.
func authorList(s string) string {
	s = plainText(s)
	if s == "" {
		return ""
	}
	var names []string
	seen := map[string]bool{}
	for _, part := range nameSep.Split(s, -1) {
		part = strings.TrimSpace(part)
		if len(part) > 3 && strings.EqualFold(part[:3], "by ") {
			part = strings.TrimSpace(part[3:])
		}
		if part == "" || seen[part] || strings.Contains(part, "://") {
			continue
		}
		seen[part] = true
		names = append(names, part)
	}
	return strings.Join(names, ", ")
}

// siteName keeps a site name unless it is only a host name, which
// trafilatura puts there when it finds nothing better.
func siteName(s string) string {
	s = plainText(s)
	if !strings.Contains(s, " ") && strings.Contains(s, ".") {
		return ""
	}
	return s
}

// language reduces a language tag ("en-GB", "fr_CA") to its lower-case
// primary subtag, or "" when it is not one.
func language(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 {
		return ""
	}
	for _, r := range tag {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return tag
}

// titleSeparators split a document title into headline and site name.
var titleSeparators = regexp.MustCompile(`\s+(?:[|\-\x{2013}\x{2014}\x{00bb}\x{00b7}]|::)\s+`)

// docTitle picks the headline out of a <title>: the whole title when the
// page's first <h1> matches it or it has no separator; else the part that
// matches the <h1>, else the longest part if it has at least four words,
// else the whole title.
func docTitle(title, h1 string) string {
	title, h1 = collapse(title), collapse(h1)
	parts := titleSeparators.Split(title, -1)
	if len(parts) < 2 || (h1 != "" && strings.EqualFold(h1, title)) {
		return title
	}
	best := ""
	for _, p := range parts {
		if h1 != "" && strings.EqualFold(p, h1) {
			return p
		}
		if words1(p) > words1(best) {
			best = p
		}
	}
	if words1(best) >= 4 {
		return best
	}
	return title
}
