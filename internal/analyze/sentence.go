package analyze

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// Sentence is one sentence of a report, with what the analysis found in
// it. Text is the sentence as written, with runs of white space collapsed
// to one space, so it is found in the report by text.Contains.
type Sentence struct {
	Report int // index into Analysis.Reports
	Para   int // paragraph of the report, from 0
	Pos    int // position in its paragraph, from 0
	Index  int // position in the report, from 0
	Text   string
	Words  int

	// Stems are the sentence's content stems, sorted and unique.
	Stems []string
	// Numbers are the quantities stated, normalised (see Numbers).
	Numbers []string
	// Figures are the numbers that count something, with what they
	// count ("2300 home", "12 million repair"); years, clock times and
	// durations are not figures.
	Figures []string
	// NameWords are the lower-cased words of the names the sentence
	// mentions, without weekdays and months.
	NameWords []string
	// Loaded are the loaded words used outside quotation marks.
	Loaded []string
	// Quotes are the spans inside quotation marks, normalised.
	Quotes []string
	// Speaker is who the sentence attributes its statement to (a name or
	// a source such as "officials"); empty when it is unattributed.
	Speaker string
	// Pronoun is "he" or "she" when the sentence names its Speaker only
	// so, and the sentence before it in its report names them as its
	// speaker or is about them (see resolveSpeaker); "" otherwise.
	Pronoun string
	// Continues is the verb, one of SaidVerbs, by which a page gives the
	// sentence to its Speaker when it is a quotation alone that goes on
	// quoting the person the sentence before it quotes (see QuoteAlone
	// and referent); "" otherwise.
	Continues string
	// Called is the name by which a page calls the Speaker that Pronoun
	// or Continues stands for (see calledAs): the surname, or the name in
	// full where the surname alone would not say whom.
	Called string
	// Subject is the name by which a page calls the person a sentence
	// that opens on "He" or "She" as its subject (or "His", "Her" before
	// it) means (see calledBy), when it speaks of them rather than
	// quotes them and the sentence before it in its report has them as
	// its subject and names no one else (see subjectReferent); ""
	// otherwise.
	Subject string
	// Forward is true when the sentence looks ahead (see Forward) other
	// than in an attributed aside (see withoutAsides).
	Forward bool
	// Speculative is true when the sentence guesses at what may come or
	// be (see Speculative) outside quotation marks and attributed
	// asides.
	Speculative bool
	// Outlook is true when the sentence is an attributed statement about
	// the future in its main clause (see IsOutlook): stricter than
	// Forward, which also catches advice and past modals.
	Outlook bool
	// Ahead is true when the sentence's own main clause looks ahead with
	// no one named as saying so ("The council will vote on Tuesday",
	// "Repairs are expected to take a month"), and nothing dates it back:
	// its report's own outlook, which a page gives as its outlet's.
	Ahead bool
	// Evaluative are the judgement words and phrases used outside
	// quotation marks (see Evaluative).
	Evaluative []string
	// Personal is true when the sentence speaks as "I" or "we", or to
	// "you", outside quotation marks: on a page of the desk those words
	// would stand for the desk and its reader, whoever the speaker is.
	Personal bool
	// Opinion is true when the sentence speaks in the outlet's own voice
	// about what is good or true: first person or a marker such as
	// "clearly" outside quotation marks, with no speaker.
	Opinion bool
	// InQuote is true when the sentence starts or ends inside a quotation
	// that spans sentences; such a sentence cannot stand alone.
	InQuote bool
	// Mend is the quotation mark that lets a sentence with InQuote stand
	// alone, when its quotation has a named speaker outside it (see
	// mending); MendNone when there is none.
	Mend Mend
	// Negated is true when the sentence says "not", "no" or "never".
	Negated bool
	// Disputed is true when other outlets state a different figure for
	// a quantity the sentence gives (see markDisputes).
	Disputed bool

	// Matches index Analysis.Sentences: for each other independent
	// outlet, its sentence that states the same fact, best first.
	Matches []int
	// Similar holds the similarity of each match, in the same order.
	Similar []float64
	// Centrality is the cosine between the sentence and the story's
	// words: how much of what the story is about it says.
	Centrality float64
	// Rank is the sentence's PageRank in the graph of the story's
	// sentences linked by their similarity, scaled to a mean of 1 (see
	// rank); 0 for a copy's sentences.
	Rank float64
	// Rel is the sentence's relative place in its report (0 is the top).
	Rel float64
}

// addSentences splits report ri into sentences, at most limit of them
// from its top, and records their features. Quotation state is followed
// across the sentences of a paragraph, so a quote that runs over two
// sentences marks both.
func (a *Analysis) addSentences(ri, limit int) {
	r := &a.Reports[ri]
	if r.Text == "" {
		return
	}
	var idx int
	for pi, para := range text.Paragraphs(head(r.Text, limit*bytesPerSentence)) {
		if idx >= limit {
			break
		}
		open := false
		for si, raw := range text.Sentences(para) {
			if idx >= limit {
				break
			}
			s := newSentence(raw, open)
			open = endsInQuote(s.Text, open)
			s.Report, s.Para, s.Pos, s.Index = ri, pi, si, idx
			r.Sentences = append(r.Sentences, len(a.Sentences))
			a.Sentences = append(a.Sentences, s)
			idx++
		}
	}
	for _, i := range r.Sentences {
		a.Sentences[i].Rel = float64(a.Sentences[i].Index) / float64(idx)
	}
}

// bytesPerSentence bounds the text read for each sentence a report may
// give: enough for the longest sentences, so that a report's limit is
// met without splitting all of a huge text.
const bytesPerSentence = 1000

// head is the start of s up to about n bytes, cut after the last full
// stop, question or exclamation mark that a space or line break follows,
// so that no sentence is cut.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := s[:n]
	for i := len(cut) - 2; i > 0; i-- {
		if strings.IndexByte(".?!", cut[i]) >= 0 && (cut[i+1] == ' ' || cut[i+1] == '\n') {
			return cut[:i+1]
		}
	}
	return ""
}

// newSentence builds a sentence from its raw text; open says whether the
// sentence starts inside a quotation.
func newSentence(raw string, open bool) Sentence {
	t := strings.Join(strings.Fields(raw), " ")
	n := text.Normalize(t)
	s := Sentence{
		Text:    t,
		Words:   len(strings.Fields(t)),
		Stems:   text.UniqueSorted(text.ClaimWords(n)),
		Numbers: Numbers(n),
		Quotes:  quotedSpans(n, open),
		Speaker: speaker(n, open),
		Forward: Forward(withoutAsides(n, open)),

		Speculative: Speculative(outsideQuotes(withoutAsides(n, open), false)),
		Negated:     Negated(n),
		Loaded:      loaded(n, open),
		Outlook:     lookingAhead(n, open),
		Ahead:       !open && aheadUnsaid(n),

		Evaluative: evaluative(n, open),
	}
	for _, q := range quantities(n) {
		s.Figures = append(s.Figures, q.n+" "+q.unit)
	}
	s.InQuote = open || endsInQuote(n, open)
	if s.InQuote {
		s.Mend = mending(n, open, s.Speaker)
		if !marksAlternate(t, open) {
			s.Mend = MendNone
		}
		if q := mendedQuote(n, s.Mend); q != "" {
			s.Quotes = append(s.Quotes, q)
		}
	}
	s.NameWords = nameWords(n)
	outside := outsideQuotes(n, open)
	s.Opinion = s.Speaker == "" && opinionated(outside)
	s.Personal = personal(outside)
	return s
}

// Mend says which quotation mark a sentence needs to stand alone.
type Mend int

const (
	// MendNone: the sentence needs no mark, or no mark can mend it.
	MendNone Mend = iota
	// MendClose: the sentence opens a quotation after its speaker and
	// the quotation runs on into the next sentence ("Lena Marsh said:
	// "The ferry runs again."); a closing mark at its end mends it.
	MendClose
	// MendOpen: the sentence closes, before its speaker, a quotation
	// that began in the sentence before ("It runs at noon," Lena
	// Marsh said.); an opening mark at its start mends it.
	MendOpen
)

// minMendedQuote is the fewest words the quoted part of a mended
// sentence holds: a shorter one is a fragment of a longer thought.
const minMendedQuote = 3

// mending returns the mark that lets normalised sentence n, which starts
// or ends inside a quotation that spans sentences, stand alone with its
// quoted words still its speaker's. That is possible only when its
// speaker is named outside the quotation and one mark at an edge of the
// sentence closes what it leaves open: a quotation opened in it and
// still open at its full stop, or, when one was open at its start, a
// quotation that it closes with a comma, a question or an exclamation
// before the attribution. A sentence in the middle of a quotation has
// no speaker of its own and stays unmended.
func mending(n string, open bool, speaker string) Mend {
	t := strings.TrimSpace(n)
	if speaker == "" || t == "" || strings.Count(t, `"`)%2 == 0 {
		return MendNone
	}
	if !open {
		last := strings.LastIndex(t, `"`)
		if !strings.ContainsAny(t[len(t)-1:], ".!?") || len(strings.Fields(t[last+1:])) < minMendedQuote {
			return MendNone
		}
		return MendClose
	}
	first := strings.Index(t, `"`)
	quoted := strings.TrimSpace(t[:first])
	r, _ := utf8.DecodeRuneInString(quoted)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) || len(strings.Fields(quoted)) < minMendedQuote || !strings.ContainsAny(quoted[len(quoted)-1:], ",!?") {
		return MendNone
	}
	return MendOpen
}

// mendedQuote returns the quotation that the mark mend asks for closes
// or opens in normalised sentence n, trimmed; "" when there is none.
// Mended, the sentence quotes it as it quotes any other.
func mendedQuote(n string, mend Mend) string {
	switch mend {
	case MendClose:
		return strings.TrimSpace(n[strings.LastIndex(n, `"`)+1:])
	case MendOpen:
		return strings.TrimSpace(n[:strings.Index(n, `"`)])
	}
	return ""
}

// marksAlternate reports whether the typographic quotation marks of t
// open and close in turn, given whether a quotation was open at its
// start: a quotation inside another one set in the same marks ("“he
// called it his “duty” to ...") leaves unclear which mark closes which,
// and such a sentence is not mended. Straight marks say nothing of
// their direction and pass.
func marksAlternate(t string, open bool) bool {
	ok, _ := marksTurn(t, open)
	return ok
}

// QuotationsClose reports whether the double quotation marks of t open
// and close in turn and leave no quotation open: a straight mark opens
// or closes as the turn asks, a curly one only in its own direction, so
// that a source's `"mess”` closes and `”mess“` does not.
func QuotationsClose(t string) bool {
	ok, open := marksTurn(t, false)
	return ok && !open
}

// marksTurn follows the double quotation marks of t from open, and
// returns whether each curly one turned the way its shape says and
// whether a quotation is open at the end.
func marksTurn(t string, open bool) (ok, stillOpen bool) {
	for _, r := range t {
		switch r {
		case '“':
			if open {
				return false, open
			}
			open = true
		case '”':
			if !open {
				return false, open
			}
			open = false
		case '"':
			open = !open
		}
	}
	return true, open
}

// endsInQuote reports whether a quotation is still open at the end of s,
// given whether one was open at its start.
func endsInQuote(s string, open bool) bool {
	n := strings.Count(text.Normalize(s), `"`)
	return open != (n%2 == 1)
}

// negations change what a sentence claims; two sentences that differ in
// them never state the same fact.
var negations = map[string]bool{"not": true, "no": true, "never": true, "nor": true, "cannot": true}

// Negated reports whether a text says "not", "no", "never", "nor" or
// "cannot", or a verb in "n't": what a sentence's Negated records.
func Negated(s string) bool {
	for _, t := range text.Tokens(s) {
		if negations[t] || strings.HasSuffix(t, "n't") {
			return true
		}
	}
	return false
}

// calendar words are capitalised but name no actor.
var calendar = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true,
}

// monthShort are the months as dates shorten them ("by Feb. 3"), which
// name no one either.
var monthShort = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// MonthShort reports whether w, in lower case and without its stop, is
// a month as dates shorten it: "jan", "sept".
func MonthShort(w string) bool { return monthShort[w] }

// nameWords are the words of the names in s. A single capitalised word
// that opens the sentence is left out: "Firefighters" and "Crews" are
// capitalised there for the sentence, not as names.
func nameWords(s string) []string {
	var out []string
	for k, n := range text.Names(s) {
		if k == 0 && !strings.Contains(n, " ") && strings.HasPrefix(strings.TrimLeft(s, `"'“‘(`), n) {
			continue
		}
		// one word for every way of writing a country or body: "U.S."
		// and "United States" share it
		toks := text.Tokens(n)
		if joined := strings.Join(toks, " "); len(text.Aliases(joined)) > 1 {
			toks = []string{strings.ReplaceAll(text.CanonicalName(joined), " ", "")} // "unitedstates": no word shared with "United Kingdom"
		}
		for _, w := range toks {
			if !calendar[w] && !monthShort[w] && !text.IsStopWord(w) {
				out = append(out, w)
			}
		}
	}
	return text.UniqueSorted(out)
}

// opinionMarkers, outside quotation marks and without a speaker, show a
// writer's own judgment rather than a report.
var opinionMarkers = []string{
	"clearly", "obviously", "of course", "undoubtedly", "surely", "needless to say",
	"make no mistake", "it is time", "it's time", "let us", "let's", "ought to",
	"no doubt", "frankly", "sadly", "thankfully", "fortunately", "unfortunately",
	"to be clear", "to be fair", "to be sure", "honestly", "admittedly", "arguably", "ironically",
	"really", "anyone's guess", "anybody's guess", "alas", "luckily", "mercifully", "regrettably",
}

// firstPerson words put the outlet itself in the sentence. "US" is
// excluded by matching the lower-case form only.
var firstPerson = map[string]bool{"I": true, "we": true, "We": true, "our": true, "Our": true, "ours": true, "us": true, "my": true, "My": true, "me": true, "mine": true, "myself": true, "ourselves": true,
	"I'm": true, "I've": true, "I'd": true, "I'll": true, "we're": true, "We're": true, "we've": true, "We've": true,
	"we'd": true, "We'd": true, "we'll": true, "We'll": true, "let's": true, "Let's": true}

// firstPersonAt reports whether words[i] is a word of firstPerson: not
// an "I" that numbers the name of two capitalised words or more before
// it ("World War I", "Queen Ilse I"), with nothing between them, unless
// a verb follows it, as one follows a speaker's "I" after a place ("In
// Dunmere Harbour I walked ..."). One capitalised word before "I" is
// more often a time or a place that opens the sentence ("On Monday I
// ...", "Yesterday I ...").
func firstPersonAt(words []string, i int) bool {
	core := strings.Trim(words[i], `.,;:!?()'"`)
	if core == "I" && i >= 2 && nameWord(words[i-2]) && nameWord(words[i-1]) &&
		(i+1 == len(words) || !verbAfterI(words[i], words[i+1])) {
		return false
	}
	return firstPerson[core]
}

// verbAfterI reports whether next, the word after an "I" written as w,
// may be the verb of "I": nothing closes a phrase after the "I", and next
// is in lower case and a past form in -ed or a common verb.
func verbAfterI(w, next string) bool {
	if strings.ContainsAny(w, `.,;:!?)'"`) {
		return false
	}
	low := strings.Trim(next, `.,;:!?()'"`)
	if low == "" || strings.ToLower(low) != low {
		return false
	}
	return strings.HasSuffix(low, "ed") || firstPersonVerbs[low]
}

// firstPersonVerbs are common verbs after a speaker's "I".
var firstPersonVerbs = map[string]bool{"am": true, "was": true, "have": true, "had": true, "do": true, "did": true,
	"will": true, "would": true, "can": true, "could": true, "think": true, "thought": true, "know": true, "knew": true,
	"saw": true, "went": true, "met": true, "felt": true, "feel": true, "got": true, "made": true, "took": true,
	"told": true, "said": true, "say": true, "want": true, "remember": true, "believe": true, "never": true, "also": true}

// nameWord reports whether w may be a word of a name: capitalised, no
// stop word, and nothing that ends a phrase after it.
func nameWord(w string) bool {
	return isCap(w) && !strings.ContainsAny(w, `.,;:!?()'"`) && !text.IsStopWord(strings.ToLower(w))
}

// readerWords address the reader, or stand for the outlet, outside
// quotation marks: "you", "your", "here is what".
var readerWords = map[string]bool{"you": true, "You": true, "your": true, "Your": true, "yours": true, "you're": true, "You're": true, "you've": true, "You've": true}

// addressOpeners open a sentence that tells the reader what to think of
// or remember: "Recall that ...", "Note that ...", "Make no mistake".
var addressOpeners = map[string]bool{
	"recall": true, "remember": true, "note": true, "consider": true, "imagine": true, "notice": true,
	"bear in": true, "keep in": true, "make no": true, "mind you": true, "don't forget": true, "don’t forget": true,
	"never forget": true, "think about": true, "take note": true,
	"be wary": true, "be careful": true, "be sure": true, "be aware": true, "be prepared": true,
	"be warned": true, "beware of": true, "do not": true, "don't be": true, "don’t be": true,
	"ask yourself": true,
}

// selfNouns, after "this", are how a report's author speaks of
// themself in the third person: "this writer", "this reporter".
var selfNouns = map[string]bool{
	"writer": true, "reporter": true, "author": true, "columnist": true, "correspondent": true, "newspaper": true,
}

// personal reports whether the text outside quotation marks speaks in
// the first person, of its author as "this writer", or to the reader.
func personal(outside string) bool {
	words := strings.Fields(outside)
	if len(words) > 1 {
		first, second := strings.ToLower(strings.Trim(words[0], `"'“‘(`)), strings.ToLower(strings.Trim(words[1], `.,;:!?()'"`))
		if addressOpeners[first] && (second == "that" || addressOpeners[first+" "+second]) || addressOpeners[first+" "+second] {
			return true // "Recall that ...", "Bear in mind ...": told to the reader
		}
	}
	for i, w := range words {
		core := strings.Trim(w, `.,;:!?()'"`)
		head, _, _ := strings.Cut(core, "'") // "you'll", "we'd": the pronoun and its verb
		if firstPersonAt(words, i) || readerWords[core] || readerWords[head] {
			return true
		}
		low := strings.ToLower(core)
		if low == "this" && i+1 < len(words) && selfNouns[text.Unpossessive(strings.ToLower(strings.Trim(words[i+1], `.,;:!?()'"`)))] {
			return true // "like this writer": the report's author of themself
		}
		if (low == "here" || low == "here's") && i+1 < len(words) {
			next := strings.ToLower(strings.Trim(words[i+1], `.,;:!?()'"`))
			if low == "here's" || next == "is" || next == "are" {
				return true // "here is what is going on"
			}
		}
	}
	return false
}

func opinionated(outside string) bool {
	words := strings.Fields(outside)
	for i := range words {
		if firstPersonAt(words, i) {
			return true
		}
	}
	low := " " + strings.Join(text.Tokens(outside), " ") + " "
	for _, m := range opinionMarkers {
		if strings.Contains(low, " "+m+" ") {
			return true
		}
	}
	return gradingCleft.MatchString(strings.TrimSpace(outside)) || conjecture(outside)
}

// conjecture reports whether a sentence opens on the writer's guess:
// "Maybe ..." or "Perhaps ..." ("Perhaps the council never meant to
// mend the pier"), not before an amount that it only hedges ("Perhaps 200
// people were on the pier", "Perhaps as many as 200 ...").
func conjecture(outside string) bool {
	words := strings.Fields(strings.TrimSpace(outside))
	if len(words) < 2 {
		return false
	}
	switch strings.ToLower(strings.TrimRight(words[0], ",")) {
	case "maybe", "perhaps":
	default:
		return false
	}
	next := strings.ToLower(strings.Trim(words[1], `,"“`))
	if r, _ := utf8.DecodeRuneInString(next); unicode.IsDigit(r) || hedgedAmounts[next] {
		return false
	}
	return next != "as" || len(words) < 3 || !hedgedAmounts[strings.ToLower(words[2])]
}

// hedgedAmounts open an amount after "perhaps": "perhaps a dozen",
// "perhaps as many as".
var hedgedAmounts = map[string]bool{
	"a": true, "an": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "dozens": true, "hundreds": true,
	"thousands": true, "millions": true, "billions": true, "half": true, "many": true, "much": true, "few": true,
}

// CalendarWord reports whether a lower-case word names a weekday or a
// month: capitalised, but no actor.
func CalendarWord(w string) bool { return calendar[w] }

// OpinionCues returns what marks a sentence, in its own voice, as an
// opinion rather than a report: a first- or second-person word, an
// opinion marker ("clearly", "of course") or a question mark, each as
// written; nil when there is none. The writer publishes no such sentence.
func OpinionCues(sentence string) []string {
	outside := OwnVoice(sentence)
	var out []string
	words := strings.Fields(outside)
	for i, w := range words {
		core := strings.Trim(w, `.,;:!?()'"`)
		if firstPersonAt(words, i) || readerWords[core] {
			out = append(out, core)
		}
	}
	low := " " + strings.Join(text.Tokens(outside), " ") + " "
	for _, m := range opinionMarkers {
		if strings.Contains(low, " "+m+" ") {
			out = append(out, m)
		}
	}
	if strings.Contains(outside, "?") {
		out = append(out, "?")
	}
	if m := gradingCleft.FindString(strings.TrimSpace(outside)); m != "" {
		out = append(out, strings.TrimSpace(m))
	}
	if conjecture(outside) {
		first, _, _ := strings.Cut(strings.TrimSpace(outside), " ")
		out = append(out, strings.TrimRight(first, ","))
	}
	return out
}

// gradingCleft matches a sentence that opens by grading what it goes on
// to name: "What is most worrying about the plan is ...", "What's
// especially striking is ...". A report tells what happened; ranking it
// so is the writer's view.
var gradingCleft = regexp.MustCompile(`^(?i:what(?:'s|’s| is| was) (?:most|more|especially|particularly|truly|really|so) [\p{L}-]+)`)
