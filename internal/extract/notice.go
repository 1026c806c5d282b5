package extract

import (
	"errors"
	"regexp"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// ErrSiteNotice is wrapped by Extract's error when a page's only text is
// the site speaking to its reader (see siteNotice): a sign-in wall, a
// player's "not available" message, a social widget, or a web archive's
// note on what it collected (see archiveNote). Such a page is no report,
// whatever its address says.
var ErrSiteNotice = errors.New("the page holds only the site's notice to its reader, not a report")

// maxArchiveNote is the most words of a page that archiveNote judges:
// an archive's note on a collection runs a few sentences, and a page of
// more is a page of something else.
const maxArchiveNote = 150

// archiveNote reports whether a short text (fewer than maxArchiveNote
// words) is a web archive's note on what it collected, which a page
// kept in an archive shows where the page's own text is missing: "The
// seed for this crawl was a list of every host ...", "Official city
// websites make up the bulk of the collection." Half of its sentences
// or more speak of web pages (two words or more of webWords each), it
// names the archive's own work (see archiveWord), and nothing in it is the
// mark of a report: nobody "said" anything and no day of the week is
// named. A report of a web outage tells when it happened ("Dozens of
// websites were down on Tuesday") and names no crawl.
func archiveNote(paras []string) bool {
	if words(paras) >= maxArchiveNote {
		return false
	}
	n, web, archive := 0, 0, false
	for _, p := range paras {
		for _, s := range text.Sentences(p) {
			n++
			k := 0
			for _, w := range strings.Fields(strings.ToLower(s)) {
				w = strings.Trim(w, `.,;:!?()'"“”‘’-`)
				if reportMark[w] {
					return false
				}
				if webWords[w] || archiveWord(w) {
					k++
				}
				archive = archive || archiveWord(w)
			}
			if k >= 2 {
				web++
			}
		}
	}
	return archive && n > 0 && 2*web >= n
}

// webWords name web pages and what joins them.
var webWords = map[string]bool{}

// reportMark are the words that mark a text as a report: someone said
// something, on some day.
var reportMark = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`web webpage webpages website websites site sites page pages url urls
		domain domains link links outlinks host hosts`) {
		webWords[w] = true
	}
	for _, w := range strings.Fields(`said says monday tuesday wednesday thursday friday saturday sunday`) {
		reportMark[w] = true
	}
}

// archiveWord reports whether a lower-case word names a web archive's
// own work: crawling, archiving, collecting, harvesting, the seed list
// a crawl starts from, the captures it makes.
func archiveWord(w string) bool {
	for _, stem := range []string{"crawl", "archiv", "wayback"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	switch w {
	case "collection", "collections", "harvested", "seed", "seeds", "capture", "captures":
		return true
	}
	return false
}

// siteNotice reports whether a short text (fewer than MinWords words)
// is the site speaking to its reader rather than a report: two thirds
// of its sentences or more address the reader about the site (see
// siteWords: "You can cancel your subscription at any time.", "Your
// comment is awaiting moderation."), ask them to do something on the
// site ("Sign in to keep reading.", "Please try again later.", "See
// more of Harbour FM on Facebook.") or tell them what the page or its
// player can do ("This video is not available in your region."). Words
// inside quotation marks are a speaker's, not the site's: a short
// report may quote someone saying "you".
func siteNotice(paras []string) bool {
	if words(paras) >= MinWords {
		return false
	}
	n, notice := 0, 0
	for _, p := range paras {
		for _, s := range text.Sentences(p) {
			n++
			if speaksToReader(s) {
				notice++
			}
		}
	}
	return n > 0 && 3*notice >= 2*n
}

// speaksToReader reports whether a sentence, its quotations left out,
// addresses the reader about the site, opens on a call to act on the
// site, or tells what the page, its player or its feature can do.
func speaksToReader(s string) bool {
	own := strings.TrimSpace(quoted.ReplaceAllString(text.Normalize(s), " "))
	if own == "" {
		return false
	}
	you, site := false, false
	for _, w := range strings.Fields(strings.ToLower(own)) {
		w = strings.Trim(w, `.,;:!?()'"`)
		you = you || secondPerson[w]
		site = site || siteWords[w]
	}
	return you && site || siteCall.MatchString(own) || siteItself.MatchString(own)
}

// quoted matches a quotation in normalised text, whose quotation marks
// are straight.
var quoted = regexp.MustCompile(`"[^"]*"`)

// siteWords name what a site offers its reader to do or use: a sentence
// that speaks to "you" of one of these is the site's ("Your account has
// been locked.", "You can delete your comments at any time."), where a
// columnist's "you" is a figure of speech ("Imagine you took your boat
// to the yard ...").
var siteWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`account accounts email e-mail emails inbox newsletter newsletters
		subscription subscriptions subscribe subscriber subscribers sign login log password browser
		cookies javascript app apps download settings notifications tweet tweets profile page pages
		site website video videos player comment comments link links click copy copies reprints feed`) {
		siteWords[w] = true
	}
}

// secondPerson are the words that address the reader.
var secondPerson = map[string]bool{"you": true, "your": true, "yours": true, "you're": true, "you'll": true,
	"you've": true, "you'd": true, "yourself": true}

// siteCall matches a sentence that opens on a call to do something on
// the site: sign in, log in, try again, see more, follow or like a page.
var siteCall = regexp.MustCompile(`(?i)^(please\b|(sign|log) (in|up|out)\b|try again\b|learn more\b|see more (of|from)\b|click\b|tap\b|(follow|like|join) us\b|enable (javascript|cookies)\b|update your browser\b|(watch|view|listen|download|share) (now|it|this|the (video|app|podcast))\b)`)

// siteItself matches a sentence that tells what the page, its player or
// a feature of the site can do for the reader now: "This video is not
// available.", "The page you requested could not be found."
var siteItself = regexp.MustCompile(`(?i)^(this|the) (feature|page|video|content|player|service|link|file|site|website|account)( you requested)? (is|was|has|could|cannot|can't|does|may|will) (not |no longer |currently |temporarily )?(available|unavailable|found|be found|been (removed|moved|deleted)|supported|loading|load)\b`)
