package web

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// storyView is a news.Page made ready for the story template: times
// formatted, links checked, anchors made unique, citations resolved.
type storyView struct {
	Headline  string
	Published timeView
	Updated   *timeView
	Image     *imageView
	Desk      string
	Reports   string // "5 reports"
	Outlets   string // "4 outlets"
	TOC       []tocEntry
	// WhatsNew is what the page's latest rewrite added, when the version
	// before it is known; nil otherwise.
	WhatsNew *whatsNewView

	Highlights     []sentenceView
	HighlightsNone string // shown when there are no highlights
	Lead           []sentenceView
	Sections       []sectionView
	Outlook        []sentenceView
	OutlookNone    string

	Coverage    coverageView
	Framing     []framingView
	FramingNote string // shown when no side's framing is
	Sources     []sourceView

	dropped int // sentences left out for want of a citation
}

type tocEntry struct{ Anchor, Title string }

type citeView struct {
	Ref    int
	Outlet string
}

type sentenceView struct {
	Text  string
	Cites []citeView
}

type sectionView struct {
	Anchor     string
	Title      string
	Paragraphs [][]sentenceView
}

type framingView struct {
	Side    string
	Class   string
	Outlets []string
	Terms   []string
	Loaded  []string
}

type sourceView struct {
	Ref       int
	Outlet    string
	OutletURL string // the outlet's page on the site, when it has one
	LeanLabel string
	LeanClass string
	Rater     string
	Title     string
	URL       string // empty when the source's address is not http(s)
	Published *timeView
	CopyOf    int
	CopyFound bool // the original is listed too, so "copy of" can link to it
}

// reservedIDs are the ids the story page uses itself; a section anchor
// may not take one.
var reservedIDs = map[string]bool{
	"main": true, "toc-title": true, "whats-new": true, "highlights": true, "what-this-might-mean": true,
	"coverage": true, "coverage-tally": true, "framing": true, "sources": true,
}

var anchorPattern = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]{0,79}$`)

// storyView makes page p ready for the template; before is the version
// of the page before p, nil when there is none or it is not known.
func (s *server) storyView(p news.Page, before *news.Page) storyView {
	v := storyView{
		Headline:  p.Headline,
		Published: s.at(p.Published, s.opt.DateFormat),
		Image:     localImage(p.LeadImage),
		Desk:      p.Byline.Desk,
		Reports:   news.Count(p.Byline.Articles, "report", "reports"),
		Outlets:   news.Count(p.Byline.Outlets, "outlet", "outlets"),
		Coverage:  coverage(p.Coverage),
	}
	if v.Desk == "" {
		v.Desk = s.opt.Desk
	}
	if !p.Updated.IsZero() && !p.Updated.Equal(p.Published) {
		u := s.at(p.Updated, stampFormat)
		v.Updated = &u
	}

	outlets := make(map[int]string, len(p.Sources))
	for _, src := range p.Sources {
		outlets[src.Ref] = src.Outlet
	}
	for _, src := range p.Sources {
		v.Sources = append(v.Sources, s.sourceView(src, outlets))
	}

	v.Highlights = v.sentences(p.Highlights, outlets)
	v.Lead = v.sentences(p.Lead, outlets)
	if v.WhatsNew = s.whatsNew(p, before, outlets); v.WhatsNew != nil {
		v.TOC = append(v.TOC, tocEntry{"whats-new", "What's New"})
	}
	v.TOC = append(v.TOC, tocEntry{"highlights", "Highlights"})
	used := map[string]bool{}
	for i, sec := range p.Sections {
		sv := sectionView{Anchor: sectionAnchor(sec, i, used), Title: sec.Title}
		for _, para := range sec.Paragraphs {
			if ss := v.sentences(para, outlets); len(ss) > 0 {
				sv.Paragraphs = append(sv.Paragraphs, ss)
			}
		}
		if len(sv.Paragraphs) == 0 {
			continue // every sentence was left out: no empty heading
		}
		v.Sections = append(v.Sections, sv)
		v.TOC = append(v.TOC, tocEntry{sv.Anchor, sv.Title})
	}
	if len(v.Highlights) == 0 {
		v.HighlightsNone = news.NoHighlights
	}
	v.Outlook = v.sentences(p.Outlook.Sentences, outlets)
	if len(v.Outlook) == 0 {
		v.OutlookNone = p.Outlook.None
		if v.OutlookNone == "" {
			v.OutlookNone = news.NoOutlook
		}
	}
	v.TOC = append(v.TOC,
		tocEntry{"what-this-might-mean", "What This Might Mean"},
		tocEntry{"coverage", "Coverage"},
		tocEntry{"framing", "How each side covered it"},
		tocEntry{"sources", "Sources"},
	)
	v.FramingNote = p.FramingNote()
	for _, f := range p.Framing {
		v.Framing = append(v.Framing, framingView{
			Side:    p.SideHeading(f),
			Class:   sideClass(f.Side),
			Outlets: f.Outlets,
			Terms:   f.Terms,
			Loaded:  f.LoadedWords,
		})
	}
	return v
}

// sentences resolves each sentence's citations against the sources. A
// citation of a source the page does not list is dropped, and a sentence
// left with none is not shown: every sentence on the page must lead to
// the reports that support it.
func (v *storyView) sentences(in []news.Sentence, outlets map[int]string) []sentenceView {
	var out []sentenceView
	for _, sen := range in {
		if strings.TrimSpace(sen.Text) == "" {
			continue
		}
		sv, ok := citedSentence(sen, outlets)
		if !ok {
			v.dropped++
			continue
		}
		out = append(out, sv)
	}
	return out
}

// citedSentence is sen with its citations resolved against the sources,
// each once; it reports false when none of them is a listed source.
func citedSentence(sen news.Sentence, outlets map[int]string) (sentenceView, bool) {
	sv := sentenceView{Text: sen.Text}
	seen := map[int]bool{}
	for _, ref := range sen.Cites {
		outlet, ok := outlets[ref]
		if !ok || seen[ref] {
			continue
		}
		seen[ref] = true
		sv.Cites = append(sv.Cites, citeView{Ref: ref, Outlet: outlet})
	}
	return sv, len(sv.Cites) > 0
}

func (s *server) sourceView(src news.Source, outlets map[int]string) sourceView {
	v := sourceView{
		Ref:       src.Ref,
		Outlet:    src.Outlet,
		LeanLabel: leanLabel(src.LeanLabel, src.Lean),
		LeanClass: leanClass(src.Lean),
		Rater:     src.Rater,
		Title:     src.Title,
		URL:       safeLink(src.URL),
		CopyOf:    src.CopyOf,
	}
	if v.Title == "" {
		v.Title = "Untitled report"
	}
	if s.outlets != nil && src.OutletSlug != "" {
		v.OutletURL = outletPath(src.OutletSlug)
	}
	if !src.Published.IsZero() {
		t := s.at(src.Published, stampFormat)
		v.Published = &t
	}
	if src.CopyOf != 0 {
		_, v.CopyFound = outlets[src.CopyOf]
	}
	return v
}

// sectionAnchor keeps the writer's anchor when it is a plain, unused id,
// and otherwise makes one from the title, or from the section's number.
func sectionAnchor(sec news.Section, i int, used map[string]bool) string {
	free := func(a string) bool {
		return anchorPattern.MatchString(a) && !reservedIDs[a] && !used[a] && !strings.HasPrefix(a, "source-")
	}
	for _, a := range []string{sec.Anchor, slug(sec.Title)} {
		if free(a) {
			used[a] = true
			return a
		}
	}
	a := "section-" + strconv.Itoa(i+1)
	for n := 2; !free(a); n++ {
		a = "section-" + strconv.Itoa(i+1) + "-" + strconv.Itoa(n)
	}
	used[a] = true
	return a
}

// slug turns a title into a lower-case ASCII anchor.
func slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	return b.String()
}

// sideClass names a framing side for CSS.
func sideClass(side string) string {
	switch strings.ToLower(strings.TrimSpace(side)) {
	case "left":
		return "left"
	case "center", "centre":
		return "center"
	case "right":
		return "right"
	}
	return "unrated"
}
