package eval

import (
	"sort"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/text"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

// deskFurniture is what an article page shows besides the document's
// own text, by kind: the strings that must never reach a published page.
type deskFurniture map[string][]string

// deskFurnitureOf is the furniture of document d's page, as its reader
// sees it.
func deskFurnitureOf(pool []deskOutlet, d deskDoc, related []deskLink) deskFurniture {
	o := pool[d.Outlet]
	f := deskFurniture{
		"headline": {d.Title},
		"kicker":   {"News"},
		"nav":      {"Subscribe", "Sign in", "Newsletters", o.Tagline},
		"byline":   {"By " + o.Reporter + ", " + deskRole(d), o.Reporter},
		"dateline": {"Published " + deskDate(d.Published)},
		"caption":  {deskCaption(d)},
		"credit":   {deskCredit(o), o.Photographer},
		"share":    {"Share this story", "Email", "Chirp", "FacePage", "Copy link"},
		"related":  {"Related stories"},
		"footer":   {"About us", "Corrections", "Privacy policy", "Terms of use", "All rights reserved."},
	}
	for _, r := range related {
		f["related"] = append(f["related"], r.Title)
	}
	return f
}

// deskExtraction measures what extraction did to the stored reports: the
// mean share of each document's words its stored text keeps, and how
// many stored texts kept each kind of their page's furniture.
func deskExtraction(clusters []SummaryCluster, pool []deskOutlet, docs []deskDoc, stored map[int]*deskReport) (float64, map[string]int) {
	related := deskRelatedOf(docs)
	kept := map[string]int{}
	var recall float64
	for _, n := range deskNumbers(stored) {
		r := stored[n]
		own := clusters[r.doc.Event].Documents[r.doc.Doc].Text
		overlap, refN, _ := rougeOverlap(rougeTokens(own), rougeTokens(r.ref.Text), 1)
		if refN > 0 {
			recall += float64(overlap) / float64(refN)
		} else {
			recall++
		}
		for _, k := range deskFurnitureKept(deskFurnitureOf(pool, r.doc, related[r.doc.Number]), own, r.ref.Text) {
			kept[k]++
		}
	}
	if len(stored) == 0 {
		return 0, kept
	}
	return recall / float64(len(stored)), kept
}

// deskFurnitureKept returns the kinds of furniture of a page, in order,
// that got, the text the desk stored or published from the page, holds
// and the document's own text does not: a furniture string inside got,
// or a paragraph of got that is part of one (the "Published" left of a
// date line).
func deskFurnitureKept(f deskFurniture, own, got string) []string {
	own = text.Normalize(own)
	var paras []string
	for _, p := range text.Paragraphs(got) {
		if p = text.Normalize(p); !strings.Contains(own, p) {
			paras = append(paras, p)
		}
	}
	got = text.Normalize(got)
	var out []string
	for kind, ss := range f {
		if deskHolds(got, paras, own, ss) {
			out = append(out, kind)
		}
	}
	sort.Strings(out)
	return out
}

// deskHolds reports whether got holds one of the furniture strings ss
// that own does not, or one of paras is part of one of them.
func deskHolds(got string, paras []string, own string, ss []string) bool {
	for _, s := range ss {
		s = text.Normalize(s)
		if s == "" {
			continue
		}
		if strings.Contains(got, s) && !strings.Contains(own, s) {
			return true
		}
		for _, p := range paras {
			if strings.Contains(s, p) {
				return true
			}
		}
	}
	return false
}

// deskPageFurniture returns the kinds of furniture of its reports' pages
// that a published story's text holds and none of their documents' texts
// do.
func deskPageFurniture(clusters []SummaryCluster, pool []deskOutlet, related map[int][]deskLink, s *deskStory) []string {
	var own strings.Builder
	for _, r := range s.members {
		own.WriteString(clusters[r.doc.Event].Documents[r.doc.Doc].Text)
		own.WriteString("\n\n")
	}
	page := write.PlainText(*s.page)
	seen := map[string]bool{}
	var out []string
	for _, r := range s.members {
		for _, k := range deskFurnitureKept(deskFurnitureOf(pool, r.doc, related[r.doc.Number]), own.String(), page) {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Strings(out)
	return out
}
