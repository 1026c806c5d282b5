package analyze

import (
	"net/url"
	"regexp"
	"strings"
)

// markCommentary marks the reports that argue rather than report (see
// Report.Commentary): an outlet that files a text as opinion says so in
// its address ("/opinion/", "/editorials/") or its title ("Opinion |
// ...", "Editorial: ..."); a text filed otherwise is commentary when it
// has at least minCommentarySentences sentences, at least
// commentaryShare of them speak in the first person, give an opinion or
// judge in their own words (Opinion, Evaluative, Loaded), and at least
// opinionShare speak in the first person or mark an opinion ("clearly",
// "of course"). A report of news judges now and then, in a quotation's
// setting or a loaded word; an editorial, an essay or a company's
// letter does so throughout, and speaks for itself. A slanted report of
// news judges often in loaded words but speaks for no one; a guide that
// speaks to its reader ("you") judges nothing.
func markCommentary(rs []Report, ss []Sentence) {
	for ri := range rs {
		r := &rs[ri]
		if filedAsOpinion(r.URL) || filedAsOpinion(r.CanonicalURL) || opinionTitle.MatchString(r.Title) {
			r.Commentary = true
			continue
		}
		judging, opining := 0, 0
		for _, si := range r.Sentences {
			s := ss[si]
			if s.Opinion || len(s.Evaluative) > 0 || len(s.Loaded) > 0 {
				judging++
			}
			if s.Opinion {
				opining++
			}
		}
		n := float64(len(r.Sentences))
		r.Commentary = n >= minCommentarySentences && float64(judging) >= commentaryShare*n && float64(opining) >= opinionShare*n
	}
}

// minCommentarySentences is the fewest sentences from which a text's
// voice tells commentary from news: a short report that quotes a fierce
// statement may judge in most of its few sentences.
const minCommentarySentences = 8

// commentaryShare is the least share of a text's sentences that judge
// (see markCommentary) for it to count as commentary. It was chosen on
// the reports of the even-numbered Multi-News clusters with eight
// sentences or more, read one by one: from 0.4 up, the four that judge
// that much are two editorials, an essay and a company's letter; at
// 0.35 an opinion column joins them, and so do two reports of news.
const commentaryShare = 0.4

// opinionShare is the least share of a commentary's sentences that
// speak in the first person or mark an opinion. On the same reports,
// each of the four had a fifth or more; a report of news that judges in
// loaded words has next to none.
const opinionShare = 0.1

// opinionSections are the path segments under which outlets file
// commentary.
var opinionSections = map[string]bool{"opinion": true, "opinions": true, "commentary": true, "editorial": true,
	"editorials": true, "op-ed": true, "oped": true, "op-eds": true, "columnists": true}

// filedAsOpinion reports whether a report's address files it under
// commentary: a segment of its path is one of opinionSections.
func filedAsOpinion(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	for _, seg := range strings.Split(strings.ToLower(u.Path), "/") {
		if opinionSections[seg] {
			return true
		}
	}
	return false
}

// opinionTitle matches a title that labels its text as commentary:
// "Opinion | ...", "OPINION: ...", "Editorial: ...", "Op-Ed: ...".
var opinionTitle = regexp.MustCompile(`(?i)^\s*(opinion|editorial|op-ed|commentary|column)\s*[|:–—-]\s`)
