package write

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// attribute returns t attributed to an outlet: "..., <outlet> reported,
// citing <source>." when t closes with the source the outlet gives
// ("..., according to the harbour police."), so that no sentence names
// two sources in two attributions; otherwise "According to <outlet>, "
// and t, its first letter lowered when its first word is a plain word
// (see plainOpening); or t and ", <outlet> reported." when t itself says
// "according to" someone, so that no sentence says "according to" twice
// in a row, or when its first word may be a name that the story never
// shows mid-sentence ("Tarrowland is ...", "Assembly looks set ..."), so that
// no name loses its capital, or when it opens with a phrase or side
// clause that a comma closes ("On Monday, ...", "Speaking at the hall,
// ..."), so that no sentence stacks two openings before its subject; or
// t and ", according to <outlet>." when t closes with the report it
// rests on ("..., the Ledger reported."), so that no sentence says
// "reported" twice, or with its own speaker (see closingSaid), so
// that the claim comes first and its two sources after it in the order
// they passed it on, or when it opens with a quotation and goes on to its
// speaker (""We will rebuild," Brandt said."), so that the quotation
// comes first, as its report gave it.
func (d *draft) attribute(t, outlet string) string {
	endsPlain := strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..")
	if m := citedSource.FindStringSubmatch(t); m != nil && endsPlain && len(strings.Fields(m[2])) <= maxCitedWords {
		return m[1] + news.ReportedCiting(outlet, m[2])
	}
	low := strings.Contains(strings.ToLower(t), "according to ")
	if endsPlain && !low && (closingReport(t) || closingSaid(t)) {
		return strings.TrimSuffix(t, ".") + news.AccordingAfter(outlet)
	}
	plain, keep := d.plainOpening(t)
	if endsPlain && (low || !plain && !keep || openingPhrase(t) && !closingSpeaker(t) && !strings.Contains(t, " reported ")) {
		return strings.TrimSuffix(t, ".") + news.ReportedBy(outlet)
	}
	if endsPlain && (strings.HasPrefix(t, `"`) || strings.HasPrefix(t, "“")) {
		return strings.TrimSuffix(t, ".") + news.AccordingAfter(outlet)
	}
	if plain {
		t = lowerFirst(t)
	}
	return news.Attribution(outlet) + t
}

// lowerFirst is t with its first letter in lower case, for a sentence
// that goes on after an attribution; headingFrom does the reverse.
func lowerFirst(t string) string {
	r, size := utf8.DecodeRuneInString(t)
	return string(unicode.ToLower(r)) + t[size:]
}

// commented returns t, a sentence of a report that is commentary (see
// analyze.Report.Commentary), as the outlet's view: "In a commentary,
// <outlet> wrote that " and t, its first letter lowered unless its
// first word surely keeps its capital (see plainOpening). The
// attributions of attribute would tell it as something the outlet
// found.
func (d *draft) commented(t, outlet string) string {
	if _, keep := d.plainOpening(t); !keep {
		t = lowerFirst(t)
	}
	return news.Commented(outlet) + t
}

// openingPhrase reports whether t opens with a phrase or a side clause
// that a comma closes before the main clause: "In 2001, ...", "As the
// count went on, ...", "Speaking on Monday, ...". "At least ..." and
// "Even the ..." open a subject, not a phrase.
func openingPhrase(t string) bool {
	words := strings.Fields(t)
	if len(words) < 4 {
		return false
	}
	first := strings.ToLower(strings.Trim(words[0], `"'“‘(`))
	second := strings.ToLower(strings.Trim(words[1], `,"'“‘(`))
	switch {
	case first == "at" && (second == "least" || second == "most"):
		return false
	case first == "even" && !evenClause[second]:
		return false
	case !analyze.OpensPhrase(first) && !analyze.OpensClause(first) &&
		!(strings.HasSuffix(first, "ing") && len(first) > 5 && !strings.HasSuffix(words[0], ",")):
		return false
	}
	for _, w := range words[:min(len(words)-2, maxSideClauseWords)] {
		if strings.HasSuffix(strings.TrimRight(w, `"'”’)`), ",") {
			return true
		}
	}
	return false
}

// maxSideClauseWords is the most words an opening phrase or side clause
// may have; a comma further on closes something else.
const maxSideClauseWords = 20

// evenClause are the words after "even" that open a side clause: "Even
// though ...", "Even with ...".
var evenClause = map[string]bool{
	"though": true, "if": true, "as": true, "with": true, "without": true, "after": true,
	"before": true, "when": true, "while": true, "so": true, "in": true,
}

// closingSpeaker reports whether t closes with its own speaker ("...,
// the mayor said."), after which a second attribution would read as
// two in a row.
func closingSpeaker(t string) bool {
	tail, ok := closingClause(t)
	if !ok {
		return false
	}
	words := strings.Fields(tail)
	if len(words) == 0 || len(words) > analyze.MaxSaidWords {
		return false
	}
	for _, w := range words {
		if speechVerb(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// closingSaid reports whether t closes on who said it and nothing after
// but when: "..., the mayor said.", "..., police said Tuesday.",
// "..., Brandt said on Monday morning.". "..., Hale said the rot had
// spread." goes on to what was said, and "..., says Brandt." puts the
// speaker last.
func closingSaid(t string) bool {
	tail, ok := closingClause(t)
	if !ok || strings.ContainsAny(tail, `"“”`) {
		return false
	}
	words := strings.Fields(tail)
	for len(words) > 0 && whenWord(strings.ToLower(words[len(words)-1])) {
		words = words[:len(words)-1]
	}
	if len(words) < 2 || len(words) > analyze.MaxSaidWords || notSpeakers[strings.ToLower(words[0])] {
		return false
	}
	switch strings.ToLower(words[len(words)-1]) {
	case "said", "says", "say", "added", "noted", "warned", "announced", "confirmed", "wrote", "stated",
		"explained", "testified", "argued", "claimed", "insisted", "acknowledged", "estimated",
		"tweeted", "recalled", "replied", "countered", "cautioned", "predicted":
		return true
	}
	return false
}

// notSpeakers open a clause after a comma, not a speaker's name: "...,
// and the crowd outside said.", "..., after officials said."
var notSpeakers = map[string]bool{"and": true, "but": true, "or": true, "which": true, "who": true, "that": true, "while": true, "as": true, "so": true,
	"after": true, "before": true, "when": true, "because": true, "since": true, "until": true, "although": true, "though": true, "if": true, "where": true}

// whenWord reports whether a word closing a speaker's tag says when
// they spoke: a day or a month, a part of the day, "today", "on".
func whenWord(low string) bool {
	switch low {
	case "on", "morning", "afternoon", "evening", "night", "today", "yesterday", "earlier", "later":
		return true
	}
	return analyze.CalendarWord(low)
}

// closingReport reports whether t closes with the report it rests on:
// "..., the Ledger reported.", "..., Coastal Radio reports on Monday.",
// "..., the Ledger reported, citing two officials.", "..., state media
// reported.", "..., the reports say.", after which "reported" again
// would stack two reports on one claim. "..., where she reported the
// abuse." is no such close.
func closingReport(t string) bool {
	tail, ok := closingClause(t)
	if !ok || strings.ContainsAny(tail, `"“”`) {
		return false
	}
	if strings.HasPrefix(tail, "citing ") {
		// "..., the Ledger reported on Thursday, citing two officials":
		// the report closes the claim, and the sources it cites it
		if tail, ok = closingClause(strings.TrimSuffix(strings.TrimSuffix(t, "."), ", "+tail)); !ok || strings.ContainsAny(tail, `"“”`) {
			return false
		}
	}
	return reportTag.MatchString(tail) || reportSays.MatchString(tail) || mediaReport.MatchString(tail)
}

// mediaReport is a closing report of media that it names by kind:
// "state media reported", "local television reports".
var mediaReport = regexp.MustCompile(`^(?:(?:the )?[a-z-]+ )?(?:media|television|TV|radio|news agencies|newspapers|outlets)` + reportedOn)

// reportTag is a news organisation's closing tag: up to four words that
// a capital, a figure or an article opens, "reported" or "reports", and
// at most a day after it.
var reportTag = regexp.MustCompile(`^(?:(?:the|a) )?[A-Z0-9][\p{L}0-9’'.&-]*(?: [A-Z0-9][\p{L}0-9’'.&-]*| of| and){0,4}` + reportedOn)

// reportedOn closes a report's tag: "reported" or "reports", and at most
// a day after it.
const reportedOn = ` (?:reported|reports)(?: (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier))?$`

// reportSays is a report named as a source: "the reports say", "a new
// report found".
var reportSays = regexp.MustCompile(`^(?:the|a|an)(?: [a-z]+)? reports? (?:say|says|said|found|finds|shows|showed|predicts|predicted)$`)

// closingClause returns what follows the last comma of t, without its
// full stop, and whether t has a comma.
func closingClause(t string) (string, bool) {
	t = strings.TrimSuffix(t, ".")
	k := strings.LastIndex(t, ", ")
	if k < 0 {
		return "", false
	}
	return t[k+2:], true
}

// citedSource matches a sentence that closes with its source: "<claim>,
// according to <source>."
var citedSource = regexp.MustCompile(`^(.+), according to ([^,;:"“”()]+)\.$`)

// maxCitedWords is the longest source, in words, that "citing" names:
// a longer one ("according to three people who have seen the letter and
// ...") reads better where the report put it.
const maxCitedWords = 8

// plainOpening reports whether the first word of t is a plain word that
// is lowered after an attribution: a stop word ("The", "In") or another
// word that opens a phrase or a side clause ("Despite", "Amid"), a noun for
// who states something ("Scientists", "Officials"), an age spelled out
// ("Fifty-two-year-old"), or a word the story writes in lower case
// mid-sentence ("Scientists" beside "scientists"). keep reports whether it surely keeps its capital: an
// acronym ("US", "NATO"), "I", a word the story capitalises mid-sentence
// where it may stand alone (a name; not "Women" of "Tarrow Women's
// Hospital"), or the first word of a name or of a title before one
// ("Walter Simms", "President Ramos"). A word that is neither, seen only
// where a sentence starts, may be either.
func (d *draft) plainOpening(t string) (plain, keep bool) {
	words := strings.Fields(t)
	if len(words) == 0 {
		return false, true
	}
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return false, true
	}
	core := strings.TrimRight(words[0], `,.;:!?'"’”)`)
	core = text.Unpossessive(core)
	low := strings.ToLower(core)
	switch {
	case acronym(core), core == "I", courtesyTitles[strings.TrimSuffix(low, ".")]:
		return false, true
	case strings.TrimSuffix(low, ".") == "no" && len(words) > 1 && unicode.IsDigit([]rune(words[1])[0]):
		return false, true // "No 10", "No. 2": a number's label
	case len(words) > 1 && !articles[low] && !phraseWords[low] && d.namedMidSentence(core, words[1]):
		return false, true // "New Alder" where the story writes it so mid-sentence
	case d.people[core], len(words) > 1 && strings.HasSuffix(words[0], ",") && relatives[strings.ToLower(words[1])] && d.writtenMidSentence(core) && !analyze.IsSourceNoun(low):
		// a surname of the story's people, or "Marsh, who ..." where the
		// story writes "Mrs Marsh"; "Police, who ..." is a noun for who
		// speaks even where the story writes "Tarrow Police"
		return false, true
	case text.IsStopWord(low), titleModifiers[low], degreeAdverb(low, words), analyze.OpensClause(low), analyze.OpensPhrase(low):
		return true, false
	case strings.Contains(low, "-") && analyze.IsNumberWord(strings.SplitN(low, "-", 2)[0]):
		return true, false // "Fifty-two-year-old Lena Marsh": an age names nothing
	case d.lower[low] && !analyze.IsHonorific(low) && !(len(words) > 2 && words[1] == "of" && isCapitalised(words[2])):
		// a word the story also writes in lower case mid-sentence, as a
		// common noun before a name ("Actress Lena Marsh") or alone
		// ("Police said"); a title keeps its capital, and so does a body
		// named "X of Y"
		return true, false
	case d.proper[low] && d.leading[low]:
		return false, true
	case len(words) > 1 && !strings.HasSuffix(words[0], ",") && isCapitalised(strings.Trim(words[1], `"'“‘(`)) && !analyze.CalendarWord(strings.ToLower(strings.Trim(words[1], `,.;:`))) &&
		!hyphenAdjective(words[1]):
		// the first word of a name: "Walter Simms", "White House"; but
		// not of "Speaking Thursday at the harbour, ..." nor an opening
		// word that a comma ends ("Recently, Dunmere ..."), nor a word
		// before an adjective made of a name ("Mainly Tarrow-speaking
		// towns")
		return false, true
	case d.lower[low], analyze.IsSourceNoun(low), participleOpening(words):
		return true, false
	case len(words) > 1 && strings.HasSuffix(words[0], ",") && relatives[strings.ToLower(words[1])]:
		return false, true // "Tarrow, who ..."
	}
	return false, false
}

// participleOpening reports whether words open on a phrase of a verb in
// -ing that a comma closes before the main clause, its second word a
// stop word ("Accepting the nomination, Lowe said ..."): a verb, which
// goes on in lower case after an attribution, not a place's name.
func participleOpening(words []string) bool {
	if len(words) < 3 || !strings.HasSuffix(strings.ToLower(words[0]), "ing") || len(words[0]) < 6 || strings.ContainsAny(words[0], ",;:") ||
		!text.IsStopWord(strings.ToLower(words[1])) {
		return false
	}
	for k := 1; k < len(words)-1 && k <= maxOpening; k++ {
		if strings.HasSuffix(words[k], ",") {
			return true
		}
		if strings.ContainsAny(words[k], ";:.") {
			return false
		}
	}
	return false
}

// hyphenAdjective reports whether w is an adjective made of a name and
// a word in lower case ("Tarrow-speaking", "Dunmere-based"), which no
// name goes on with.
func hyphenAdjective(w string) bool {
	w = strings.Trim(w, `,.;:!?()"'“”‘’`)
	k := strings.LastIndex(w, "-")
	if k < 0 || k+1 >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[k+1:])
	return unicode.IsLower(r)
}

// degreeAdverb reports whether low, the first of words, is an adverb in
// -ly that qualifies an amount or a time after it ("Roughly a week
// later", "Nearly 200 crews", "Shortly after noon"): no name stands before
// an article or a figure so.
func degreeAdverb(low string, words []string) bool {
	if len(low) <= 5 || !strings.HasSuffix(low, "ly") || len(words) < 2 || strings.HasSuffix(words[0], ",") {
		return false
	}
	next := strings.ToLower(strings.Trim(words[1], `,.;:"'“‘(`))
	if next == "" {
		return false
	}
	return articles[next] || next == "after" || next == "before" || unicode.IsDigit([]rune(next)[0]) || analyze.IsNumberWord(next)
}

// namedMidSentence reports whether the story writes first and next,
// both capitalised, after the first word of a sentence and after a word
// in lower case: the two open a name ("New Alder"), whatever the first
// alone may be. After a capitalised word they may be the tail of a
// label or a title run into the sentence ("Share This Diver Ruth
// Hale ...").
func (d *draft) namedMidSentence(first, next string) bool {
	next = strings.Trim(next, `,.;:!?'"’”()`)
	return next != "" && isCapitalised(next) && d.midSentence(first+" "+next, true)
}

// writtenMidSentence reports whether the story has these words, as
// written, after the first word of a sentence and not after the end of
// one (a full stop, a question or exclamation mark, with or without the
// quotation mark that closes a quote).
func (d *draft) writtenMidSentence(words string) bool { return d.midSentence(words, false) }

// midSentence is writtenMidSentence, and with afterLower only where the
// word before is not capitalised.
func (d *draft) midSentence(words string, afterLower bool) bool {
	pair := " " + words
	for _, s := range d.a.Sentences {
		body, _, _ := text.Dateline(s.Text) // "(LPN) - Former Mayor ...": the sentence starts after it
		for rest := body; ; {
			k := strings.Index(rest, pair)
			if k < 0 {
				break
			}
			after, _ := utf8.DecodeRuneInString(rest[k+len(pair):])
			before := strings.TrimRight(strings.TrimSpace(rest[:k]), `"'”’)`)
			ended := strings.HasSuffix(before, ".") || strings.HasSuffix(before, "?") || strings.HasSuffix(before, "!")
			if f := strings.Fields(before); afterLower && len(f) > 0 && isCapitalised(f[len(f)-1]) {
				ended = true
			}
			if k > 0 && !ended && !unicode.IsLetter(after) {
				return true
			}
			rest = rest[k+len(pair):]
		}
	}
	return false
}

// articles are lowered after an attribution even before a name the
// story writes with a capital article somewhere ("The Queen" in a
// caption): "According to X, the Queen ...".
var articles = map[string]bool{"the": true, "a": true, "an": true}

// courtesyTitles are always written with their capital: "Mr. Marsh".
var courtesyTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "mx": true, "dr": true}

// titleModifiers go before a title and are not part of it: "former DHA
// director", "acting secretary".
var titleModifiers = map[string]bool{
	"former": true, "acting": true, "then": true, "late": true, "outgoing": true,
	"incoming": true, "interim": true, "retired": true, "ex": true,
}

// acronym reports whether a word opens with an acronym: two capitals, or
// a capital and a full stop ("US", "NATO", "U.S.-bound", "UK's").
func acronym(w string) bool {
	r := []rune(w)
	return len(r) > 1 && unicode.IsUpper(r[0]) && (unicode.IsUpper(r[1]) || r[1] == '.')
}

// varyAttributions keeps a page from opening sentence after sentence
// with "According to ..." or "In a commentary, ...": a sentence
// attributed so that follows another attributed so names its outlet at
// its end instead ("..., the Ledger reported.", "..., the Ledger wrote
// in a commentary."), where its words allow that ending (see
// endsForOutlet). Reading order is the page's: highlights, lead,
// sections, outlook.
func varyAttributions(p *news.Page) {
	prefixed := false
	walkSentences(p, func(_ string, s *news.Sentence) {
		rest, ok, commentary := "", false, false
		if s.AttributedTo != "" {
			rest, ok = strings.CutPrefix(s.Text, news.Attribution(s.AttributedTo))
			if !ok {
				rest, ok = strings.CutPrefix(s.Text, news.Commented(s.AttributedTo))
				commentary = ok
			}
		}
		switch {
		case !ok:
			prefixed = false
		case prefixed:
			if t, raised := raisedOpening(rest); raised && endsForOutlet(t) {
				tail := news.ReportedBy(s.AttributedTo)
				if commentary {
					tail = news.CommentedAfter(s.AttributedTo)
				}
				s.Text = strings.TrimSuffix(t, ".") + tail
				prefixed = false
			}
		default:
			prefixed = true
		}
	})
}

// raisedOpening returns t with its first letter raised, as it stood
// before an attribution lowered it, and whether it could be: a first
// word in lower case throughout ("the", "police"); a word that mixes
// cases ("eBay") is written so.
func raisedOpening(t string) (string, bool) {
	first, _, _ := strings.Cut(t, " ")
	if first == "" || strings.ToLower(first) != first {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLower(r) {
		return "", false
	}
	return headingFrom(t), true
}

// endsForOutlet reports whether a sentence may end with its outlet
// (news.ReportedBy): it ends with a full stop, and neither names a
// speaker or a report at its end ("..., the mayor said.") nor says
// "according to" or "reported" already, which would stack two
// attributions.
func endsForOutlet(t string) bool {
	if !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") || closingSpeaker(t) || closingReport(t) {
		return false
	}
	low := strings.ToLower(t)
	return !strings.Contains(low, "according to ") && !strings.Contains(low, " reported")
}
