package extract

import (
	"regexp"
	"strings"

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
	if n == nil {
		return nil
	}
	var out []string
	var cur strings.Builder
	flush := func() {
		if s := collapse(cur.String()); s != "" {
			out = append(out, s)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
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
			if !inline[name] {
				flush()
				defer flush()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return out
}

// collapse collapses white space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// Short paragraphs that point elsewhere, sell something or state the
// site's rights rather than report: a label such as "Read more:" or
// "Advertisement", a call to sign up or share, a copyright line.
var (
	labelLine  = regexp.MustCompile(`(?i)^(read more|read also|also read|see also|related( stories| articles| content| coverage)?|more on this( story)?|recommended( for you)?|advertisement|sponsored( content)?)\s*([:|\x{00bb}\x{203a}\x{2013}\x{2014}-]|$)`)
	callLine   = regexp.MustCompile(`(?i)^(sign up (for|to)|subscribe (to|now|today)|click here|share (this|on)|follow us)\b`)
	rightsLine = regexp.MustCompile(`(?i)^(©|\(c\)\s|copyright\s*(©|\(c\))?\s*\d{4})|all rights reserved`)
)

func boilerplate(p string, words int) bool {
	return words <= 20 && (labelLine.MatchString(p) || callLine.MatchString(p) || rightsLine.MatchString(p))
}

// dateline matches a paragraph that is only a date, as bylines carry.
var dateline = regexp.MustCompile(`(?i)^((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4})([,\s].{0,20})?$`)

// byline matches the start of a byline in a few languages.
var byline = regexp.MustCompile(`^(?i:by|par|von|por|door|av|af)\s+\p{Lu}`)

// top is how many leading paragraphs may hold a headline, kicker, byline
// or dateline rather than the body.
const top = 4

// tidy drops what extractors leave around a body: the headline and the
// short lines above it (kicker, tagline), a byline and a dateline at the
// top, and short boilerplate paragraphs anywhere. A headline glued to the
// paragraph after it is cut off. Repeated paragraphs stay: recipes,
// tables and lists repeat lines on purpose.
//
// author, when known, also marks a short top paragraph as a byline.
func tidy(paras []string, title, author string) []string {
	normTitle := fold(title)
	start := 0
	for i := 0; i < len(paras) && i < top && normTitle != ""; i++ {
		f := fold(paras[i])
		if f == normTitle {
			start = i + 1
			break
		}
		if t := collapse(title); len(paras[i]) > len(t) && strings.EqualFold(paras[i][:len(t)], t) {
			paras = append(paras[:i:i], append([]string{strings.TrimSpace(paras[i][len(t):])}, paras[i+1:]...)...)
			start = i
			break
		}
	}
	for i := 0; i < start; i++ {
		if words1(paras[i]) > 12 {
			start = i // a long paragraph above the headline is kept
			break
		}
	}
	out := paras[:0:0]
	for i, p := range paras[start:] {
		n := words1(p)
		switch {
		case i < top && normTitle != "" && fold(p) == normTitle:
			continue
		case i < top && n <= 12 && (byline.MatchString(p) || (author != "" && strings.Contains(p, author))):
			continue
		case i < top+2 && n <= 8 && dateline.MatchString(p):
			continue
		case boilerplate(p, n):
			continue
		}
		out = append(out, p)
	}
	return out
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
