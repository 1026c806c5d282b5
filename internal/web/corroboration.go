package web

import (
	"strconv"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// corroboration is how often the sentences of our pages that rest on an
// outlet's reports rest on another outlet's too.
type corroboration struct {
	Pages        int // the pages counted
	Unread       int // the pages that could not be read, and are not counted
	Cited        int // their sentences that cite the outlet
	Corroborated int // of those, the ones that also cite another outlet
}

// corroborate counts, over pages, the sentences (highlights, lead,
// sections and outlook, as the story page shows them) that cite a source
// of the named outlet, and how many of them also cite a source of
// another outlet. A citation of a source the page does not list counts
// for nothing, as the story page drops it. A copy is not another
// outlet's word: a source that copies one of the outlet's cited reports,
// or that the outlet's report copies, corroborates nothing.
func corroborate(outlet string, pages []news.Page) corroboration {
	outlet = strings.TrimSpace(outlet)
	c := corroboration{Pages: len(pages)}
	for _, p := range pages {
		sources := make(map[int]news.Source, len(p.Sources))
		for _, src := range p.Sources {
			sources[src.Ref] = src
		}
		// original follows a source to the report it copies, so that a
		// report and its copies are known as one.
		original := func(ref int) int {
			for range len(sources) {
				src := sources[ref]
				if _, ok := sources[src.CopyOf]; src.CopyOf == 0 || src.CopyOf == ref || !ok {
					break
				}
				ref = src.CopyOf
			}
			return ref
		}
		for _, sen := range pageSentences(p) {
			if strings.TrimSpace(sen.Text) == "" {
				continue
			}
			own := map[int]bool{} // the originals of the outlet's cited reports
			var others []int
			for _, ref := range sen.Cites {
				src, ok := sources[ref]
				switch {
				case !ok:
				case strings.TrimSpace(src.Outlet) == outlet:
					own[original(ref)] = true
				default:
					others = append(others, ref)
				}
			}
			if len(own) == 0 {
				continue
			}
			c.Cited++
			for _, ref := range others {
				if !own[original(ref)] {
					c.Corroborated++
					break
				}
			}
		}
	}
	return c
}

// pageSentences is every sentence of a page in reading order:
// highlights, lead, sections and outlook.
func pageSentences(p news.Page) []news.Sentence {
	out := append(append([]news.Sentence{}, p.Highlights...), p.Lead...)
	for _, sec := range p.Sections {
		for _, para := range sec.Paragraphs {
			out = append(out, para...)
		}
	}
	return append(out, p.Outlook.Sentences...)
}

// Summary says the counts in plain words about the named outlet. It
// says so when there is nothing to count rather than giving a share of
// nothing.
func (c corroboration) Summary(outlet string) string {
	alone := outlet + " alone"
	switch {
	case c.Pages == 0 && c.Unread > 0:
		return "The pages of the stories its latest reports are part of could not be read just now, so there is nothing to count."
	case c.Pages == 0:
		return "None of its latest reports is part of a published story yet, so no sentence on our pages cites " + outlet + "."
	case c.Cited == 0:
		return "No sentence on our pages cites " + outlet + ": its reports appear there only among the sources."
	case c.Cited == 1 && c.Corroborated == 1:
		return "One sentence on our pages cites " + outlet + ", and another outlet reports it too."
	case c.Cited == 1:
		return "One sentence on our pages cites " + outlet + ", and no other outlet reports it: it cites " + alone + "."
	}
	head := "Of " + strconv.Itoa(c.Cited) + " sentences on our pages that cite " + outlet + ", "
	rest := c.Cited - c.Corroborated
	switch {
	case rest == 0:
		return head + "all " + strconv.Itoa(c.Cited) + " are also reported by another outlet."
	case c.Corroborated == 0:
		return head + "none is also reported by another outlet: all " + strconv.Itoa(c.Cited) + " cite " + alone + "."
	}
	verb, other := "are", "the other "+strconv.Itoa(rest)+" cite "
	if c.Corroborated == 1 {
		verb = "is"
	}
	if rest == 1 {
		other = "the other one cites "
	}
	return head + strconv.Itoa(c.Corroborated) + " (" + share(c.Corroborated, c.Cited) + ") " + verb +
		" also reported by another outlet; " + other + alone + "."
}

// share writes part of whole as a rounded percentage, never rounding a
// part that is neither none nor all of it to 0% or 100%.
func share(part, whole int) string {
	pct := (200*part + whole) / (2 * whole)
	switch {
	case part > 0 && pct == 0:
		return "under 1%"
	case part < whole && pct == 100:
		return "over 99%"
	}
	return strconv.Itoa(pct) + "%"
}

// Basis says what the counts were taken over: the published pages of
// the stories that the outlet's listed reports are part of (reports of
// them, at most limit, the latest), and how many of those pages could
// not be read. It is empty when no page was counted.
func (c corroboration) Basis(reports, limit int) string {
	if c.Pages == 0 {
		return ""
	}
	pages := "the published pages of the " + strconv.Itoa(c.Pages) + " stories"
	if c.Pages == 1 {
		pages = "the published page of the one story"
	}
	of := "the " + strconv.Itoa(reports) + " reports we have read from it are"
	switch {
	case reports >= limit:
		of = "its latest " + strconv.Itoa(reports) + " reports are"
	case reports == 1:
		of = "the one report we have read from it is"
	}
	out := "Counted over " + pages + " that " + of + " part of. A report that copies one of its reports, or that one of its reports copies, is not counted as another outlet."
	switch {
	case c.Unread == 1:
		out += " The page of one story could not be read just now and is left out."
	case c.Unread > 1:
		out += " The pages of " + strconv.Itoa(c.Unread) + " stories could not be read just now and are left out."
	}
	return out
}
