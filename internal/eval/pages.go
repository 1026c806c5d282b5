package eval

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

// The kinds of defect CheckPages finds on a written page: what an editor
// would not sign.
const (
	// DefectLoaded: a loaded word outside quotation marks, in a sentence
	// or in the headline.
	DefectLoaded = "loaded"
	// DefectCitation: a citation whose report does not hold the
	// sentence (its words for the first citation; its content, names and
	// numbers for the others).
	DefectCitation = "citation"
	// DefectUnverified: any other failure of the check against the
	// sources: no citation, a quotation no cited report holds, an
	// attribution that names another outlet.
	DefectUnverified = "unverified"
	// DefectDeskVoice: a claim that one outlet states alone, in the
	// desk's own voice.
	DefectDeskVoice = "single_outlet_in_desk_voice"
	// DefectContext: a sentence that leans on context the page does not
	// give: it opens with a pronoun, a demonstrative or a contraction
	// ("It's", "That's"), or names a person by surname alone before the
	// page gives the full name.
	DefectContext = "lost_context"
	// DefectPerson: "I", "we" or "you" outside quotation marks.
	DefectPerson = "first_or_second_person"
	// DefectFurniture: a caption, credit, dateline, update stamp or other
	// page furniture taken as reporting.
	DefectFurniture = "furniture"
	// DefectOutlook: an item of WHAT THIS MIGHT MEAN that does not look
	// ahead.
	DefectOutlook = "outlook_not_ahead"
	// DefectHeadline: a headline that is one outlet's title word for
	// word.
	DefectHeadline = "headline_copied"
	// DefectHeadlineForm: a headline that ends on a clause's comma,
	// semicolon or colon (inside a closing quotation mark or not), or
	// whose quotation marks or parentheses do not pair: a cut made in
	// the wrong place.
	DefectHeadlineForm = "headline_form"
)

// DefectKinds lists the kinds in the order reports show them.
var DefectKinds = []string{DefectLoaded, DefectCitation, DefectUnverified, DefectDeskVoice, DefectContext,
	DefectPerson, DefectFurniture, DefectOutlook, DefectHeadline, DefectHeadlineForm}

// CheckedPage is a written page with the reports it was written from, as
// Verify matches them to its sources (by article ID, or by URL). With no
// reports, the checks against the sources are skipped and the headline is
// compared with the titles the page lists.
type CheckedPage struct {
	Page    news.Page
	Reports []news.ArticleRef
}

// Defect is one thing wrong on a page.
type Defect struct {
	Story  string `json:"story"`
	Where  string `json:"where"` // "headline", "highlights[0]", "sections[1][0][2]", ...
	Kind   string `json:"kind"`
	Detail string `json:"detail"`
	Text   string `json:"text"`
}

// PagesReport sums up the checks of a set of pages.
type PagesReport struct {
	Pages     int
	Sentences int
	// Citations counts every citation checked; Unsupported those that
	// failed (DefectCitation).
	Citations   int
	Unsupported int
	Counts      map[string]int // defects by kind; every kind is present
	Defects     []Defect
}

// CitationPrecision is the share of citations whose report supports
// their sentence; 1 when there are none.
func (r PagesReport) CitationPrecision() float64 {
	if r.Citations == 0 {
		return 1
	}
	return float64(r.Citations-r.Unsupported) / float64(r.Citations)
}

// CheckPages checks every page against its reports and the rules of a
// page an editor would sign; see the Defect kinds. The check against the
// sources is write.Verify's, which the desk runs before it publishes; the
// others read the page as a reader would.
func CheckPages(pages []CheckedPage) PagesReport {
	rep := PagesReport{Counts: map[string]int{}}
	for _, k := range DefectKinds {
		rep.Counts[k] = 0
	}
	for _, cp := range pages {
		rep.Pages++
		c := pageChecker{page: cp.Page, story: cp.Page.StoryID}
		reports := cp.Reports
		if reports != nil {
			c.verify(reports)
		} else {
			for _, src := range cp.Page.Sources {
				reports = append(reports, news.ArticleRef{Article: news.Article{Title: src.Title}, Outlet: news.Outlet{Name: src.Outlet}})
			}
		}
		c.headline(reports)
		c.sentences(reports)
		rep.Defects = append(rep.Defects, c.defects...)
		rep.Sentences += c.sentenceCount
		rep.Citations += c.citations
	}
	for _, d := range rep.Defects {
		rep.Counts[d.Kind]++
		if d.Kind == DefectCitation {
			rep.Unsupported++
		}
	}
	return rep
}

// pageChecker collects the defects of one page.
type pageChecker struct {
	page          news.Page
	story         string
	defects       []Defect
	sentenceCount int
	citations     int
}

func (c *pageChecker) add(where, kind, detail, text string) {
	c.defects = append(c.defects, Defect{Story: c.story, Where: where, Kind: kind, Detail: detail, Text: text})
}

// verify sorts write.Verify's problems into defect kinds.
func (c *pageChecker) verify(reports []news.ArticleRef) {
	for _, pr := range write.Verify(c.page, reports) {
		switch {
		case pr.Ref != 0 && !strings.Contains(pr.Reason, "attributed to"):
			c.add(pr.Where, DefectCitation, fmt.Sprintf("[%d] %s", pr.Ref, pr.Reason), pr.Text)
		case strings.HasPrefix(pr.Reason, "loaded word"):
			c.add(pr.Where, DefectLoaded, pr.Reason, pr.Text)
		case strings.Contains(pr.Reason, "must be attributed"):
			c.add(pr.Where, DefectDeskVoice, pr.Reason, pr.Text)
		default:
			c.add(pr.Where, DefectUnverified, pr.Reason, pr.Text)
		}
	}
}

// headline checks the headline for loaded words, for its form (see
// DefectHeadlineForm) and for being one outlet's title word for word.
func (c *pageChecker) headline(reports []news.ArticleRef) {
	h := c.page.Headline
	if l := analyze.LoadedAnywhere(h); len(l) > 0 {
		c.add("headline", DefectLoaded, fmt.Sprintf("loaded words %q", l), h)
	}
	if why := headlineForm(h); why != "" {
		c.add("headline", DefectHeadlineForm, why, h)
	}
	key := titleKey(h)
	for _, r := range reports {
		if key != "" && (titleKey(r.Title) == key || titleKey(trimTitleTail(r.Title)) == key) {
			c.add("headline", DefectHeadline, fmt.Sprintf("the title of %s's report", r.Outlet.Name), h)
			return
		}
	}
}

// headlineForm returns what is wrong with a headline's form, "" when
// nothing is: it ends on a comma, a semicolon or a colon, inside a
// closing quotation mark or not, or its quotation marks (see
// analyze.QuotationsClose) or parentheses do not pair.
func headlineForm(h string) string {
	end := strings.TrimRight(strings.TrimSpace(h), `"'”’`)
	switch {
	case strings.HasSuffix(end, ",") || strings.HasSuffix(end, ";") || strings.HasSuffix(end, ":"):
		return "ends on a clause's punctuation"
	case !analyze.QuotationsClose(h):
		return "a quotation mark without its pair"
	case strings.Count(h, "(") != strings.Count(h, ")"):
		return "a parenthesis without its pair"
	}
	return ""
}

// titleKey is a title's words in lower case, for comparing titles.
func titleKey(t string) string { return strings.Join(text.Tokens(text.Normalize(t)), " ") }

// trimTitleTail drops what follows the last " | " or " - " of a title,
// where sites put their name.
func trimTitleTail(t string) string {
	for _, sep := range []string{" | ", " - ", " — ", " – "} {
		if i := strings.LastIndex(t, sep); i > 0 {
			return t[:i]
		}
	}
	return t
}

// sentences runs the reader's checks on every sentence, in reading order:
// highlights, lead, sections, outlook.
func (c *pageChecker) sentences(reports []news.ArticleRef) {
	lower := lowerWords(reports)
	people := personWords(reports)
	var before []string // what the reader has read, for full names
	visit := func(where string, s news.Sentence, outlook bool) {
		c.sentenceCount++
		c.citations += len(s.Cites)
		body, _ := news.Unattributed(s)
		if why := lostContext(body, before, people, lower); why != "" {
			c.add(where, DefectContext, why, s.Text)
		} else if w := partialName(body, before, people, lower); w != "" {
			c.add(where, DefectContext, fmt.Sprintf("%q is one word of a name the page never gave in full before", w), s.Text)
		}
		if w := personalWord(body); w != "" {
			c.add(where, DefectPerson, fmt.Sprintf("%q outside quotation marks", w), s.Text)
		}
		if why := furnitureOf(body); why != "" {
			c.add(where, DefectFurniture, why, s.Text)
		}
		if outlook && !analyze.Forward(body) {
			c.add(where, DefectOutlook, "does not look ahead", s.Text)
		}
		before = append(before, s.Text)
	}
	write.ForEachSentence(c.page, func(where string, s news.Sentence) {
		visit(where, s, strings.HasPrefix(where, "outlook"))
	})
}

// openers are first words that stand for something said before: on a
// page, nothing before a sentence is its context.
var openers = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "their": true, "its": true, "such": true, "him": true,
	"them": true, "there's": true, "that's": true, "it's": true, "he's": true, "she's": true,
	"they're": true, "we're": true, "here's": true,
}

// lowerWords are the words the reports write in lower case: a word
// among them that opens a sentence with a capital ("Police said") is no
// name.
func lowerWords(reports []news.ArticleRef) map[string]bool {
	out := map[string]bool{}
	for _, r := range reports {
		for _, w := range strings.Fields(r.Text) {
			w = strings.Trim(w, `,.;:!?()"'“”‘’`)
			if w != "" && unicode.IsLower(firstRune(w)) {
				out[w] = true
			}
		}
	}
	return out
}

// personWords are the surnames of the people in the reports: the last
// word of names of two or three capitalised words, opening with no
// acronym and joined by no word in lower case, that name no body or
// place and is not an acronym or a weekday, nor the first word of a name.
func personWords(reports []news.ArticleRef) map[string]bool {
	bodies := map[string]bool{}
	for _, w := range strings.Fields(`Department Police Court House Senate Congress Party Committee Council
		Commission Agency Authority Office Ministry Service University College School Hospital Center Centre
		Company Corporation Inc Group Bank Fund Foundation Institute Association Union Board Times News Post
		Journal Press Herald Tribune Street Avenue County City State States Kingdom Republic River Park
		Alliance Coalition Society Network Trust Partners Cooperative Organization Organisation Club Local`) {
		bodies[w] = true
	}
	places := map[string]bool{}
	for _, w := range strings.Fields(`New North South East West Great Los Las San Santa Saint St El United
		Upper Lower Central Northern Southern Eastern Western Fort Port Mount Lake Cape`) {
		places[w] = true
	}
	out, heads := map[string]bool{}, map[string]bool{}
	alone, opens := map[string]int{}, map[string]int{}
	lower := lowerWords(reports)
	var names [][]string
	var raw strings.Builder
	for _, r := range reports {
		raw.WriteString(r.Text)
		raw.WriteByte('\n')
		for _, n := range text.Names(r.Text) {
			f := strings.Fields(strings.TrimSuffix(n, "'s"))
			for len(f) > 2 && (f[len(f)-1] == "Jr." || f[len(f)-1] == "Sr." || f[len(f)-1] == "II" || f[len(f)-1] == "III") {
				f = f[:len(f)-1]
			}
			switch {
			case len(f) == 1:
				alone[f[0]]++
			case len(f) > 1:
				opens[strings.TrimSuffix(f[0], "'s")]++
			}
			names = append(names, f)
		}
	}
	for _, f := range names {
		if len(f) >= 2 {
			heads[f[0]] = true
		}
		// A name whose first word stands alone more often than it opens
		// a longer name ("Dunmere ...", "May's harbour plan") is no first name
		// and surname.
		if len(f) < 2 || len(f) > 3 || bodies[f[len(f)-1]] || places[f[0]] || text.IsStopWord(strings.ToLower(f[0])) ||
			connected(f) || f[0] == strings.ToUpper(f[0]) ||
			notFirstName(f) || possessive(raw.String(), f) || opener(raw.String(), f[0], lower) ||
			alone[strings.TrimSuffix(f[0], "'s")] > opens[strings.TrimSuffix(f[0], "'s")] {
			continue
		}
		last := f[len(f)-1]
		if last != strings.ToUpper(last) && !analyze.CalendarWord(strings.ToLower(last)) && !describing(last) {
			out[last] = true
		}
	}
	// A word that also opens names ("Facebook CEO ...", "Texas Gov. ...")
	// is a body's, a place's or a people's, not a surname; so is a
	// plural the reports write after "the" ("the Astros", "the
	// Rangers"), which names a team or a group.
	for w := range heads {
		delete(out, w)
	}
	for w := range out {
		if !strings.HasSuffix(w, "s") {
			continue
		}
		for _, end := range []string{" ", ".", ",", "'"} {
			if strings.Contains(raw.String(), "the "+w+end) {
				delete(out, w)
				break
			}
		}
	}
	return out
}

// opener reports whether the first word of a name is a capital that
// opens a sentence and no first name: a count ("Seven Republicans
// voted ..."), or a word the reports write in lower case and never
// capitalise inside a sentence ("Fellow Republicans said ...").
func opener(raw, first string, lower map[string]bool) bool {
	low := strings.ToLower(first)
	return analyze.IsNumberWord(low) || lower[low] && !midSentence(raw, first)
}

// midSentence reports whether the reports write a word, capitalised,
// after the first word of a sentence.
func midSentence(raw, w string) bool {
	for rest := raw; ; {
		k := strings.Index(rest, " "+w)
		if k < 0 {
			return false
		}
		before := strings.TrimRight(rest[:k], `"'“‘(`)
		end := k + 1 + len(w)
		if end >= len(rest) || !unicode.IsLetter(rune(rest[end])) {
			if before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?\n") {
				return true
			}
		}
		rest = rest[k+1:]
	}
}

// connected reports whether a word inside a capitalised run is joined by
// a word in lower case ("CEO of Carbonite", "Supporters of Brexit"):
// the run names a role or a group, not a person.
func connected(f []string) bool {
	for _, w := range f[1 : len(f)-1] {
		if r := firstRune(w); !unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// notFirstName reports whether a capitalised run of words cannot be a
// person's first name and surname: a word before the last is a
// possessive or ends a list item ("Harbour's Marsh", "Inc., Marsh"), the
// first modifies a title ("Former ..."), or the last is a title
// ("Maj. Gen.").
func notFirstName(f []string) bool {
	for _, w := range f[:len(f)-1] {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, ",") {
			return true
		}
	}
	switch strings.ToLower(f[0]) {
	case "former", "acting", "then", "late", "outgoing", "incoming", "interim", "retired", "ex":
		return true
	}
	return analyze.IsHonorific(strings.ToLower(strings.TrimSuffix(f[len(f)-1], ".")))
}

// possessive reports whether the reports write a word of the name as a
// possessive before the next ("Harbour's Marsh"), or end a list item with
// it ("Fenlow Inc., Marsh"), which text.Names reads as one name.
func possessive(raw string, f []string) bool {
	for k := 0; k+1 < len(f); k++ {
		if strings.Contains(raw, f[k]+"'s "+f[k+1]) || strings.Contains(raw, f[k]+"’s "+f[k+1]) ||
			strings.Contains(raw, f[k]+", "+f[k+1]) || strings.Contains(raw, f[k]+"., "+f[k+1]) {
			return true
		}
	}
	return false
}

// givenInFull reports whether t gives a name of two words or more that
// holds the word w, with its accents or without ("Ilse Brandte" for
// "Brandté"): after it, w alone names someone the reader knows.
func givenInFull(t, w string) bool {
	plain := text.Unaccented(w)
	for _, n := range text.Names(t) {
		if f := strings.Fields(text.Unaccented(strings.TrimSuffix(n, "'s"))); len(f) >= 2 && slices.Contains(f, plain) {
			return true
		}
	}
	return false
}

// partialName returns a word of a person's name that a sentence uses on
// its own although neither it nor the page before gives the whole name.
func partialName(s string, before []string, people, lower map[string]bool) string {
	full := givenInFull
	for _, n := range text.Names(s) {
		w := strings.TrimSuffix(n, "'s")
		if strings.Contains(w, " ") || !people[w] || lower[strings.ToLower(w)] || full(s, w) || modifierOnly(s, w) || afterParticle(s, w) {
			continue
		}
		known := false
		for _, t := range before {
			known = known || full(t, w)
		}
		if !known {
			return w
		}
	}
	return ""
}

// describing reports whether a capitalised word is joined by a hyphen
// to a lower-case one ("Tarrow-based", "Dunmeri-speaking"): a word that
// describes, never a surname.
func describing(w string) bool {
	k := strings.Index(w, "-")
	r, _ := utf8.DecodeRuneInString(w[k+1:])
	return k > 0 && unicode.IsLower(r)
}

// afterParticle reports whether a surname follows a particle of a name
// ("du Pont", "van Dijk"): the particle and the surname are one name,
// which a family or a firm is called by.
func afterParticle(s, w string) bool {
	words := strings.Fields(s)
	for k := 1; k < len(words); k++ {
		if strings.TrimSuffix(strings.Trim(words[k], `,.;:!?()"'“”`), "'s") == w {
			switch words[k-1] {
			case "du", "de", "da", "di", "van", "von", "der", "den", "le", "la", "del", "bin", "al":
				return true
			}
		}
	}
	return false
}

// modifierOnly reports whether every use of a surname in a sentence
// follows an article, where it names a thing after the person ("the
// Ramos administration", "a Ramos fan"), which needs no introduction.
func modifierOnly(s, w string) bool {
	words := strings.Fields(s)
	seen := false
	for k, x := range words {
		if strings.TrimSuffix(strings.TrimSuffix(strings.Trim(x, `,.;:!?()"'“”`), "'s"), "’s") != w {
			continue
		}
		seen = true
		if k == 0 {
			return false
		}
		switch strings.ToLower(words[k-1]) {
		case "the", "a", "an":
		default:
			return false
		}
	}
	return seen
}

// lostContext says how a sentence leans on context it lost, or "".
func lostContext(s string, before []string, people, lower map[string]bool) string {
	n := text.Normalize(s)
	if w := firstWord(n); !strings.HasPrefix(w, `"`) { // a quotation's words are its speaker's
		if first := strings.ToLower(strings.Trim(w, `,.;:!?()'`)); openers[first] {
			return fmt.Sprintf("opens with %q", first)
		}
	}
	sp := analyze.Speaker(n)
	if sp == "" || strings.Contains(sp, " ") || !unicode.IsUpper(firstRune(sp)) || !bareName(n, sp) || lower[strings.ToLower(sp)] || analyze.IsSourceNoun(strings.ToLower(sp)) {
		return ""
	}
	if !people[sp] {
		return "" // a country, a party or a body that speaks ("Iran said ..."), not a person's surname
	}
	// A speaker named by one capitalised word: a surname, unless the
	// page gave a name ending in it before, or this sentence does.
	for _, t := range append(before, n) {
		if givenInFull(t, sp) {
			return ""
		}
	}
	if analyze.CalendarWord(strings.ToLower(sp)) {
		return ""
	}
	return fmt.Sprintf("%q is named by one word, never in full before", sp)
}

// bareName reports whether the word sp stands on its own in s: not after
// another capitalised word, a number or "the", as the last word of a
// longer name would ("the Type 1 Alliance").
func bareName(s, sp string) bool {
	words := strings.Fields(s)
	for k, w := range words {
		if strings.Trim(w, `,.;:!?()"'`) != sp && strings.TrimSuffix(strings.Trim(w, `,.;:!?()"'`), "'s") != sp {
			continue
		}
		if k == 0 {
			return true
		}
		prev := strings.Trim(words[k-1], `"'(`)
		if strings.ContainsAny(prev, ",;:") {
			return true
		}
		r := firstRune(prev)
		return !unicode.IsUpper(r) && !unicode.IsDigit(r) && strings.ToLower(prev) != "the"
	}
	return false
}

func firstWord(s string) string {
	f, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return f
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// personalWord returns a first- or second-person word used outside
// quotation marks, or "".
func personalWord(s string) string {
	for _, w := range strings.Fields(strings.ReplaceAll(analyze.OwnVoice(s), "’", "'")) {
		core := strings.Trim(w, `.,;:!?()'"`)
		head, _, _ := strings.Cut(core, "'") // "I've", "we're", "you'll"
		switch {
		case core == "let's" || core == "Let's":
			return core
		}
		switch head {
		case "I", "we", "We", "our", "Our", "us", "my", "My", "me", "you", "You", "your", "Your", "ours", "yours":
			return core
		}
	}
	return ""
}

// furnitureOf says what page furniture a sentence is, or "": a wire
// dateline left at its start, the number of a note glued to a full stop
// ("... at night.54"), a report's opening left in the capitals a
// magazine sets it in ("DIVERS WORKING IN the cold ..."), or what
// write.Furniture finds.
func furnitureOf(s string) string {
	if _, _, ok := text.Dateline(s); ok {
		return "opens with a dateline"
	}
	if gluedNote.MatchString(s) {
		return "a note's number after a full stop"
	}
	if openingCapitals(s) {
		return "opens in capitals"
	}
	return write.Furniture(s)
}

// gluedNote matches the number of a note glued to a full stop, before
// another sentence or at the end.
var gluedNote = regexp.MustCompile(`\p{Ll}[.!?]["”’)]?\d{1,3}(?:\s+["“]?\p{Lu}|$)`)

// openingCapitals reports whether a sentence, past an attribution that
// opens it, opens with two or more words of three letters or more in
// capitals before a word in lower case: a magazine's opening, not
// acronyms ("CIA and FBI agents").
func openingCapitals(s string) bool {
	if _, rest, ok := strings.Cut(s, ", "); ok && strings.HasPrefix(s, "According to ") {
		s = rest
	}
	words := strings.Fields(s)
	k, long := 0, 0
	for k < len(words) {
		w := strings.Trim(words[k], `,;:"“”`)
		if strings.ToUpper(w) != w || strings.ToLower(w) == w || strings.ContainsAny(w, ".0123456789") {
			break
		}
		if utf8.RuneCountInString(w) >= 3 {
			long++
		}
		k++
	}
	return long >= 2 && k < len(words) && unicode.IsLower([]rune(words[k])[0])
}

// Summary lists the counts by kind, for the command's output.
func (r PagesReport) Summary() []string {
	kinds := append([]string(nil), DefectKinds...)
	sort.SliceStable(kinds, func(i, j int) bool { return r.Counts[kinds[i]] > r.Counts[kinds[j]] })
	var out []string
	for _, k := range kinds {
		out = append(out, fmt.Sprintf("%s %d", k, r.Counts[k]))
	}
	return out
}
