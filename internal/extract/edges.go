package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// hints are what the page says about itself, which tidy uses to tell
// the edges of a body from the body.
type hints struct {
	title     string    // the headline
	headlines []string  // other forms of it: <h1>, og:title, twitter:title, the parts of <title>
	author    string    // the first author's name
	published time.Time // zero when unknown

	// links maps the words of the page's paragraphs (see linkShares) to
	// the share of their text inside links; nil when unknown.
	links map[string]float64
}

// linked reports whether p is, on the page, a paragraph made mostly of
// links: at least share of its letters. A paragraph the page does not
// hold as such is not.
func (h hints) linked(p string, share float64) bool {
	v, ok := h.links[wordKey(p)]
	return ok && v >= share
}

// isHeadline reports whether p is the headline in one of its forms.
func (h hints) isHeadline(p string) bool {
	k := wordKey(p)
	if k == "" {
		return false
	}
	if k == wordKey(h.title) {
		return true
	}
	for _, t := range h.headlines {
		if k == wordKey(t) {
			return true
		}
	}
	return false
}

// Short paragraphs that point elsewhere, sell something or state the
// site's rights rather than report: a label such as "Read more:" or
// "Advertisement", a call to sign up or share, a copyright line.
var (
	labelLine  = regexp.MustCompile(`(?i)^(read more|read also|also read|see also|related( stories| articles| content| coverage)?|more on this( story)?|recommended( for you)?|advertisement|sponsored( content)?)\s*([:|\x{00bb}\x{203a}\x{2013}\x{2014}-]|$)`)
	callLine   = regexp.MustCompile(`(?i)^(sign up (for|to)|subscribe (to|now|today)|click here|share (this|on)|follow us)\b`)
	rightsLine = regexp.MustCompile(`(?i)^(©|\(c\)\s|copyright\b.{0,60}?\d{4})|all rights reserved`)
)

// A promotion asks the reader to sign up for something delivered to
// them, or to click: "Get the day's top headlines delivered to your
// inbox every morning by subscribing to our newsletter."
var (
	promoCall   = regexp.MustCompile(`(?i)\b(sign(ing)? up|signup|subscribe|subscribing|subscription|register)\b`)
	promoObject = regexp.MustCompile(`(?i)\b(newsletters?|inbox|e-?mail|delivered)\b`)
	clickHere   = regexp.MustCompile(`(?i)\bclick here\b`)
)

// boilerplate reports a short label, call, rights line or promotion.
func boilerplate(p string, words int) bool {
	if words <= 20 && (labelLine.MatchString(p) || callLine.MatchString(p) || rightsLine.MatchString(p)) {
		return true
	}
	if words <= 2 && leftOver.MatchString(p) {
		return true
	}
	return words <= 50 && ((promoCall.MatchString(p) && promoObject.MatchString(p)) || (words <= 30 && clickHere.MatchString(p)))
}

// leftOver matches what a date line or byline leaves when its date or
// name went elsewhere: "Published", "Updated:", "in", "by".
var leftOver = regexp.MustCompile(`(?i)^((last )?(published|updated|posted|modified)( on| at)?|in|on|at|by|and|and|\|)\s*:?$`)

// dateline matches a paragraph that is only a date, as bylines carry.
var dateline = regexp.MustCompile(`(?i)^((last )?(updated|published|posted|modified)( on)?\s*:?\s*)?((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4})([,\s].{0,20})?$`)

// byline matches a byline in a few languages, also one whose name the
// page left to a script.
var byline = regexp.MustCompile(`^(?i:by|par|von|por|door|av|af)(\s+\p{Lu}|\s*:?\s*$)`)

// numberRE finds the numbers of a line.
var numberRE = regexp.MustCompile(`\d+`)

// datesLine reports whether a short line carries the publication date:
// its year and its day of the month as numbers, in whatever language
// and order the page writes dates ("22 de janeiro de 2018 às 0:13",
// "05/10/2018 - Publicado por ...").
func (h hints) datesLine(p string, words int) bool {
	if h.published.IsZero() || words > 24 || strings.Contains(p, ". ") {
		return false
	}
	var year, day bool
	for _, n := range numberRE.FindAllString(p, -1) {
		v, _ := strconv.Atoi(n)
		switch {
		case len(n) == 4 && v == h.published.Year():
			year = true
		case len(n) <= 2 && v == h.published.Day():
			day = true
		}
	}
	return year && day
}

// top is how many leading paragraphs may hold a headline, kicker, byline
// or dateline rather than the body.
const top = 4

// tidy drops what extractors leave around a body: the headline in any of
// its forms and the short lines above it (kicker, tagline), a first line
// of a few words that is a link (a section's kicker), a byline and
// a dateline at the top, short boilerplate and promotions anywhere, and
// what follows the story at the end (see trimTail). A headline glued to
// the paragraph after it is cut off. Repeated paragraphs stay: recipes,
// tables and lists repeat lines on purpose.
//
// h.author, when known, also marks a short top paragraph as a byline, and
// h.published a short top line that carries the date.
func tidy(paras []string, h hints) []string {
	start := 0
	for i := 0; i < len(paras) && i < top; i++ {
		if h.isHeadline(paras[i]) {
			start = i + 1 // the last form of the headline wins: a site name may come first
			continue
		}
		if t := collapse(h.title); t != "" && len(paras[i]) > len(t) && strings.EqualFold(paras[i][:len(t)], t) && gluedTitle(paras[i][len(t):]) {
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
		case i < top && h.isHeadline(p):
			continue
		case i == 0 && n <= 3 && len(paras) > start+1 && h.linked(p, 0.8):
			continue // a section's link above the story: its kicker
		case i < top && n <= 12 && (byline.MatchString(p) || (h.author != "" && strings.Contains(p, h.author))):
			continue
		case i < top+2 && n <= 8 && dateline.MatchString(p):
			continue
		case i < top && h.datesLine(p, n):
			continue
		case boilerplate(p, n):
			continue
		}
		out = append(out, wireDash.Replace(p))
	}
	return h.trimTail(out)
}

// wireDash writes the dash of wire copy typed without one (" _ ", as
// some agencies' plain text has it) as a dash.
var wireDash = strings.NewReplacer(" _ ", " — ")

// gluedTitle reports whether rest, what follows a paragraph's opening
// words that equal the title, is a new sentence glued to the title (a
// title line the page ran into the lede: "Storm hits coast Heavy rain
// fell ...", "... footbridgeBy Ruth Eliasson") rather than the rest of a
// lede that opens with the title's words ("Storm hits coast, flooding
// ..."), which must not be cut.
func gluedTitle(rest string) bool {
	r, size := utf8.DecodeRuneInString(rest)
	switch {
	case unicode.IsUpper(r):
		return true // run together with no space: "footbridgeBy Ruth Eliasson"
	case !unicode.IsSpace(r) && !strings.ContainsRune("|:–—-", r):
		return false
	}
	rest = strings.TrimLeft(rest[size:], " \t\n|:–—-")
	first, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune(`"“‘'`, first)
}

// What a page puts after a story: a label that opens a list of tags,
// topics or other stories ("Tags", "Explore further", "Popular on ..."),
// a line of tags, a note of the source, a call to follow the outlet, a
// line that tells how to reach the writer ("Write to ... at
// name@outlet.example"). An address alone may be the story's own, as in
// a notice that says where to send something, and stays.
var (
	tailLabel  = regexp.MustCompile(`(?i)^(tags?|topics?|keywords|filed under|explore further|more( \S+){0,3} (stories|news|articles|reads|coverage)|more( from .{1,40})?|popular on .{1,40}|most (read|popular|viewed|shared)|trending( now| stories)?|you (may|might) (also )?like|(more )?related( stories| articles| posts)?)\s*:?$`)
	tagLine    = regexp.MustCompile(`(?i)^(tags?|topics?|keywords|filed under|categories|category)\s*:`)
	sourceLine = regexp.MustCompile(`(?i)^sources?\s*:`)
	followLine = regexp.MustCompile(`(?i)^follow\b.{0,120}\b(twitter|facebook|instagram|youtube|linkedin|tiktok|threads|mastodon)\b`)
	emailRE    = regexp.MustCompile(`[\w.+-]+@[\w-]+(\.[\w-]+)+`)
	reachRE    = regexp.MustCompile(`(?i)\b(write to|reach|reached|contact|tips?)\b`)
)

const (
	tailWindow  = 3 // how many last paragraphs tail lines are looked for in
	labelWindow = 8 // how far from the end a tail label may open the rest
)

// trimTail drops what follows the story at the end of paras: a tail
// label and the paragraphs of links after it, the tail lines of
// tailLine, and a closing run of short paragraphs of links (other
// stories). It drops no more than a third of the words, but for a
// closing run of two or more teasers after a paragraph of a report (see
// reportBefore).
func (h hints) trimTail(paras []string) []string {
	budget := words(paras) / 3
	drop := func(i int) bool {
		n := words1(paras[i])
		if n > budget {
			return false
		}
		budget -= n
		paras = append(paras[:i:i], paras[i+1:]...)
		return true
	}
	for i := max(1, len(paras)-labelWindow); i < len(paras); i++ {
		if words1(paras[i]) > 6 || !tailLabel.MatchString(paras[i]) {
			continue
		}
		for i+1 < len(paras) && h.linked(paras[i+1], 0.3) {
			if !drop(i + 1) {
				break
			}
		}
		drop(i)
		break
	}
	for len(paras) > 1 {
		if i := h.teasers(paras); i < len(paras) && (words(paras[i:]) <= budget || h.teaserHeadlines(paras[i:]) >= 2 && h.reportBefore(paras[:i])) {
			budget = max(0, budget-words(paras[i:]))
			paras = paras[:i]
			continue
		}
		cut := -1
		for i := max(1, len(paras)-tailWindow); i < len(paras); i++ {
			if tailLine(paras[i]) {
				cut = i
				break
			}
		}
		if cut < 0 || !drop(cut) {
			break
		}
	}
	return paras
}

// reportBefore reports whether paras, what comes before a closing run of
// teasers, hold a paragraph of a report: a sentence of twelve words or
// more, not made of links. A short story's page may list more words of
// other stories' headlines than the story has, and a run that holds two
// teasers' headlines or more after such a paragraph goes whatever its
// length.
func (h hints) reportBefore(paras []string) bool {
	for _, p := range paras {
		if words1(p) >= 12 && !h.linked(p, 0.3) {
			return true
		}
	}
	return false
}

// teaserHeadline reports whether p is a teaser's headline: three to 30
// words made of links.
func (h hints) teaserHeadline(p string) bool {
	n := words1(p)
	return n >= 3 && n <= 30 && h.linked(p, 0.8)
}

// teaserHeadlines counts the paragraphs of paras that are a teaser's
// headline.
func (h hints) teaserHeadlines(paras []string) int {
	n := 0
	for _, p := range paras {
		if h.teaserHeadline(p) {
			n++
		}
	}
	return n
}

// teasers returns where a closing run of teasers for other stories
// starts in paras, or len(paras) when there is none. A teaser is a
// headline of three to 30 words made of links, which may be followed by
// a short line of its own (the teaser's summary).
func (h hints) teasers(paras []string) int {
	headline := h.teaserHeadline
	i := len(paras)
	for i > 1 {
		switch {
		case headline(paras[i-1]):
			i--
		case i > 2 && words1(paras[i-1]) <= 30 && headline(paras[i-2]):
			i -= 2
		default:
			return i
		}
	}
	return i
}

// tailLine reports a short paragraph of tags, a source note, a call to
// follow or an address to write to.
func tailLine(p string) bool {
	n := words1(p)
	return (n <= 30 && (tagLine.MatchString(p) || followLine.MatchString(p))) ||
		(n <= 6 && sourceLine.MatchString(p)) || (n <= 40 && emailRE.MatchString(p) && reachRE.MatchString(p))
}
