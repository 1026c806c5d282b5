package extract

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	dateparser "github.com/markusmobius/go-dateparser"
	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/theunbiasedpost/unbiased/internal/weburl"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// ErrNoContent is wrapped by Extract's error when a page yields no text.
var ErrNoContent = errors.New("no article content")

// MinWords is the word count below which a text is TooShort to stand as
// a report, and below which Extract tries its fallbacks.
const MinWords = 80

// Result is what Extract finds on a page. Strings are plain text, URLs
// absolute; any field may be empty when the page does not say.
type Result struct {
	Title    string
	Author   string // names joined with ", "
	SiteName string
	Language string // ISO 639-1, lower-case: what the page declares, else TextLanguage

	// TextLanguage is the language the extractor's own detector found in
	// the body text it extracted (ISO 639-1), with no list of allowed
	// languages; empty when it found none.
	TextLanguage string

	// Published is UTC and zero when unknown. A full timestamp (JSON-LD
	// datePublished, article:published_time) wins over a date alone,
	// such as trafilatura's.
	Published time.Time

	// Text is the article's body: paragraphs (headings and list items
	// count as paragraphs) separated by "\n\n", white space collapsed
	// inside them, without the headline, navigation, ads, comments,
	// related links or newsletter boxes.
	Text string

	ImageURL string // og:image, else JSON-LD image, else twitter:image
	// ImageCaption describes the image in the page's own words:
	// og:image:alt, else twitter:image:alt, else the JSON-LD image's
	// caption, else the <figcaption> of the figure that shows the image
	// (or of the page's first figure) without its credit; "" when the
	// page gives none.
	ImageCaption string
	CanonicalURL string // <link rel=canonical>, else og:url, else the page URL; see CanonicalURL

	Paywalled bool // JSON-LD isAccessibleForFree false, or a visible paywall prompt
	TooShort  bool // Text has fewer than MinWords words
}

// dateOptions are trafilatura's options for finding a date in a page's
// text, when neither its JSON-LD nor its meta tags give one (see
// published): the date parser reads English and the language the page
// declares, not every language it knows. Trying the patterns of every
// language took about 60% of ingest's CPU time on pages without a date.
func dateOptions(lang string) *htmldate.Options {
	langs := []string{"en"}
	if l := language(lang); l != "" && l != "en" {
		langs = append(langs, l)
	}
	return &htmldate.Options{UseOriginalDate: true, DateParserConfig: &dateparser.Configuration{Languages: langs}}
}

// Extract reads an article page fetched from pageURL. page should be
// UTF-8 (fetch.ToUTF8 converts with the HTTP header's charset); when it
// is not valid UTF-8 its <meta> charset, else Windows-1252, is assumed.
//
// When no text is found Extract returns the metadata it did find
// together with an error wrapping ErrNoContent, so that a caller can
// still record the canonical URL or title. Extract is safe for
// concurrent use.
func Extract(page []byte, pageURL string) (*Result, error) {
	base, _ := url.Parse(strings.TrimSpace(pageURL))
	if base != nil && (!base.IsAbs() || base.Host == "") {
		base = nil
	}
	page = decode(page)
	if len(bytes.TrimSpace(page)) == 0 {
		return &Result{CanonicalURL: CanonicalURL(pageURL)}, fmt.Errorf("extract %q: empty page: %w", pageURL, ErrNoContent)
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil, fmt.Errorf("extract %q: parse html: %w", pageURL, err)
	}
	m := readMeta(doc, base)
	ld := readJSONLD(m.jsonLD, m.base)
	clean := prune(doc)
	truncateBlocks(clean, maxBlocks)
	dropOtherArticles(clean, firstOf(ld.headline, plainText(m.get("og:title")), docTitle(m.title, m.h1)))

	opts := trafilatura.Options{
		OriginalURL:     base,
		EnableFallback:  true,
		ExcludeComments: true,
		HtmlDateOptions: dateOptions(m.lang),
	}
	var tm trafilatura.Metadata
	var paras []string
	if tr, err := trafilatura.ExtractDocument(clone(clean), opts); err == nil && tr != nil {
		tm = tr.Metadata
		paras = paragraphs(tr.ContentNode)
	}
	title := firstOf(ld.headline, plainText(m.get("og:title")), docTitle(m.title, m.h1), plainText(tm.Title))
	author := firstOf(ld.author, authorList(tm.Author), authorList(m.get("author")))
	h := hints{
		title: title, author: firstName(author), published: published(ld, m, tm.Date),
		headlines: headlines(m, plainText(tm.Title)), links: linkShares(clean),
	}
	paras = tidy(paras, h)

	var rd readability.Article
	body := tidy(bodyParagraphs(ld.body), hints{title: title, headlines: h.headlines, published: h.published})
	if words(paras) < MinWords || runTogether(paras, title) {
		rd = readable(clean, base)
		paras = better(paras, tidy(paragraphs(rd.Node), h))
		paras = better(paras, body)
	}
	if len(body) > len(paras) && fold(strings.Join(body, " ")) == fold(strings.Join(paras, " ")) {
		paras = body // the same text, with the paragraph breaks the extractor lost
	}

	r := &Result{
		Title:     firstOf(title, plainText(rd.Title())),
		Author:    firstOf(author, authorList(rd.Byline())),
		SiteName:  firstOf(m.get("og:site_name"), ld.publisher, siteName(tm.Sitename)),
		Published: h.published,
		Text:      capText(strings.Join(paras, "\n\n"), MaxTextBytes),
		ImageURL: firstOf(weburl.Resolve(m.base, m.get("og:image")), weburl.Resolve(m.base, m.get("og:image:url")),
			weburl.Resolve(m.base, m.get("og:image:secure_url")), ld.image, weburl.Resolve(m.base, m.get("twitter:image")),
			weburl.Resolve(m.base, tm.Image)),
		ImageCaption: plainText(firstOf(m.get("og:image:alt"), m.get("twitter:image:alt"), ld.caption)),
		CanonicalURL: canonicalOf(m, pageURL),
		Paywalled:    ld.paywalled || m.paywalled,
		TextLanguage: language(tm.Language),
	}
	if r.ImageCaption == "" {
		r.ImageCaption = plainText(firstOf(m.figureCaption(r.ImageURL), m.imageAlt(r.ImageURL)))
	}
	n := words(paras)
	r.TooShort = n < MinWords
	r.Language = firstOf(language(m.lang), language(ld.language), language(m.get("og:locale")))
	if r.Language == "" && !r.TooShort {
		r.Language = r.TextLanguage
	}
	if r.Text == "" {
		return r, fmt.Errorf("extract %q: %w", pageURL, ErrNoContent)
	}
	if (r.TooShort && siteNotice(paras)) || (n < maxArchiveNote && archiveNote(paras)) {
		return r, fmt.Errorf("extract %q: %w", pageURL, ErrSiteNotice)
	}
	return r, nil
}

// better chooses between the main extractor's paragraphs (cur) and a
// fallback's (alt). When one holds all of the other's text, the smaller
// one is the story (see below). Otherwise alt wins only when cur is
// missing or short and alt is clearly longer: a fallback that finds
// hardly more than the main extractor is more likely to have added
// boilerplate than text.
func better(cur, alt []string) []string {
	n, a := words(cur), words(alt)
	if a == 0 {
		return cur
	}
	// When one holds all of the other's text, the rest of it is what a
	// short story's page puts around it (kicker, headline, byline,
	// caption, share buttons), run into the text: the smaller one is the
	// story.
	if n > 0 && within(cur, alt) {
		return cur
	}
	if core := prose(alt); n > 0 && within(core, cur) {
		return core
	}
	if n >= MinWords {
		return cur
	}
	if n == 0 || float64(a) >= 1.5*float64(n) {
		return alt
	}
	return cur
}

// runTogether reports whether the extractor ran a story's page furniture
// into its text: a paragraph holds the headline together with more, as
// when a short story's whole <article> comes back as one block.
func runTogether(paras []string, title string) bool {
	t := wordKey(title)
	if len(strings.Fields(title)) < 4 {
		return false
	}
	for _, p := range paras {
		if a := wordKey(p); len(a) > len(t) && strings.Contains(a, t) {
			return true
		}
	}
	return false
}

// within reports whether every paragraph of part is in the text of
// whole, whatever the punctuation between paragraphs (see wordKey).
func within(part, whole []string) bool {
	w := wordKey(strings.Join(whole, " "))
	for _, p := range part {
		if !strings.Contains(w, wordKey(p)) {
			return false
		}
	}
	return len(part) > 0
}

// prose keeps the paragraphs of more than three words: a kicker or a
// label line is none.
func prose(paras []string) []string {
	var out []string
	for _, p := range paras {
		if words1(p) > 3 {
			out = append(out, p)
		}
	}
	return out
}

// headlines lists the forms of the headline a page shows besides its
// title: the first <h1>, og:title, twitter:title, the whole <title> and
// its parts of two words or more, and the extractor's title.
func headlines(m *meta, extracted string) []string {
	out := []string{m.h1, plainText(m.get("og:title")), plainText(m.get("twitter:title")), m.title, extracted}
	for _, part := range titleSeparators.Split(m.title, -1) {
		if words1(part) >= 2 {
			out = append(out, part)
		}
	}
	return out
}

// readable runs readeck's readability on a copy of doc.
func readable(doc *html.Node, base *url.URL) readability.Article {
	if base == nil {
		base = &url.URL{Scheme: "https", Host: "page.invalid", Path: "/"}
	}
	p := readability.NewParser()
	a, err := p.ParseDocument(doc, base)
	if err != nil {
		return readability.Article{}
	}
	return a
}

// decode returns page as UTF-8: as it is when valid, else converted from
// its <meta> charset, defaulting to Windows-1252.
func decode(page []byte) []byte {
	page = bytes.TrimPrefix(page, []byte("\xef\xbb\xbf"))
	if utf8.Valid(page) {
		return page
	}
	enc, _, _ := charset.DetermineEncoding(page, "text/html")
	if out, err := enc.NewDecoder().Bytes(page); err == nil && utf8.Valid(out) {
		return out
	}
	return bytes.ToValidUTF8(page, []byte("\uFFFD"))
}

// firstName is the first of a list of names.
func firstName(names string) string {
	first, _, _ := strings.Cut(names, ", ")
	return first
}

// firstOf returns the first non-empty string.
func firstOf(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
