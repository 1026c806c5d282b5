package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// Cuts returns the shorter sentences that s still makes when the clauses
// that trail its main clause are left out, longest first: "The board
// approved the plan on Monday, a move that critics called reckless"
// gives "The board approved the plan on Monday." Each cut ends where the
// report puts a comma, a semicolon or a dash, and what follows it is an
// aside that the main clause does not need: a relative clause ("which",
// "who") that runs to the end, an appositive that comments ("a move
// that"), a participle ("saying", "citing"), a clause of time, cause or
// concession ("after", "as", "despite"), a closing "with" and what it
// brings along ("..., with members voting late at night"), or anything
// after a semicolon or a dash. What the sentence attributes ("...,
// according to officials") and what it turns on ("..., but ...") are
// never cut; a cut never leaves a quotation, a parenthesis or an aside
// between dashes open, never ends in a list after a colon or after a
// relative clause (the main clause may go on after it), and a sentence
// that opens with a subordinate clause ("After the vote, ...") is never
// cut to that clause alone. The cuts keep s's place in its report, its
// matches and its scores; what they say is analysed again.
//
// A cut is how a desk uses the part of a long sentence that it can stand
// behind, or the whole of a sentence that a feed's excerpt broke off.
func Cuts(s Sentence) []Sentence {
	if !statementToCut(s) {
		return nil
	}
	head, words := datelineWords(s.Text)
	var out []Sentence
	for k := len(words) - 1; k >= minCutWords; k-- {
		w := words[k-1]
		next := strings.ToLower(strings.Trim(words[k], `"'“‘(`))
		var body string
		switch {
		case strings.HasSuffix(w, ",") && trailingAside(next, words[k:]) && !resumes(words[k:]) && !(relativePronouns[next] && hasComma(words[k:])) && !participleChoices(words[k:]):
			body = strings.Join(words[:k], " ")
			body = strings.TrimSuffix(body, ",")
		case strings.HasSuffix(w, ";"):
			body = strings.TrimSuffix(strings.Join(words[:k], " "), ";")
		case isDash(words[k]) && k+1 < len(words) && !asideCloses(words[k+1:]):
			body = strings.Join(words[:k], " ")
		default:
			continue
		}
		body = strings.TrimRight(body, " ,;:")
		if !mainClauseStands(words, k, body) {
			continue
		}
		last := strings.ToLower(strings.Trim(words[k-1], `,;:"'`))
		if len(strings.Fields(body)) < minCutWords || text.IsStopWord(last) && !saidEnd(body) {
			continue
		}
		end := "."
		if strings.HasSuffix(body, ".") {
			// "at 7 a.m., beginning ...": an abbreviation's full stop
			// ends the cut
			if !strings.Contains(strings.TrimSuffix(last, "."), ".") {
				continue
			}
			end = ""
		}
		out = append(out, Reworded(s, head+body+end))
	}
	return out
}

// saidEnd reports whether body ends on who said it, after a comma and
// within a few words ("..., officials familiar with the talks said"):
// "said" is a word a cut may end on there, as the sentence itself does.
func saidEnd(body string) bool {
	k := strings.LastIndex(body, ", ")
	if k < 0 {
		return false
	}
	tail := strings.Fields(body[k+2:])
	if len(tail) < 2 || len(tail) > MaxSaidWords {
		return false
	}
	switch strings.ToLower(tail[len(tail)-1]) {
	case "said", "says", "say":
		return true
	}
	return false
}

// MaxSaidWords is the most words of a speaker's closing tag, its verb
// with them ("..., officials familiar with the talks said"): what saidEnd
// takes for the attribution that ends a cut, and what a page takes for
// a sentence's own speaker. A longer one reads better where the report
// put it.
const MaxSaidWords = 8

// datelineWords splits t into the wire dateline it opens with ("DUNMERE
// — ", see text.Dateline), "" when none, and the words after it: where
// a sentence may be cut is found in its own words, so that the
// dateline's dash opens no aside.
func datelineWords(t string) (string, []string) {
	rest, _, _ := text.Dateline(t)
	return t[:len(t)-len(rest)], strings.Fields(rest)
}

// Reworded is s written as t, a shorter wording of it: what t says is
// analysed again, and it keeps s's place in its report, its matches and
// its scores.
func Reworded(s Sentence, t string) Sentence {
	c := newSentence(t, false)
	c.Report, c.Para, c.Pos, c.Index, c.Rel = s.Report, s.Para, s.Pos, s.Index, s.Rel
	c.Matches, c.Similar, c.Centrality, c.Rank, c.Disputed = s.Matches, s.Similar, s.Centrality, s.Rank, s.Disputed
	return c
}

// brokenClauseOpeners open a closing clause of time, cause or
// concession that a sentence broken off at its end may be cut before.
var brokenClauseOpeners = map[string]bool{
	"after": true, "before": true, "while": true, "because": true, "although": true, "though": true,
	"even": true, "despite": true, "amid": true,
}

// OpensClosingClause reports whether first and second, two lower-case
// words that follow a main clause, open a clause of time, cause or
// concession that the main clause stands without ("although she had
// left", "even after the vote"): what BrokenOffCuts cuts before, and so
// what a check of a cut sentence against its report may find after it.
// A condition ("if", "unless", "when") is not one: without it the main
// clause says more than the report.
func OpensClosingClause(first, second string) bool {
	if first == "even" {
		return evenClause[second]
	}
	return brokenClauseOpeners[first]
}

// BrokenOffCuts returns, for a text that a feed's excerpt broke off in
// the middle of a closing clause of time, cause or concession (it ends
// on a word, with no stop, and no comma comes before the clause: "...
// checked the tide tables although she had left the"), the main clause before
// that clause, longest first. The caller asks it only of a report's
// last sentence: elsewhere a line without a stop is a list item or a
// label, not an excerpt that stopped.
func BrokenOffCuts(s Sentence) []Sentence {
	t := strings.TrimSpace(s.Text)
	last, _ := utf8.DecodeLastRuneInString(t)
	if s.InQuote || t == "" || !unicode.IsLetter(last) && !unicode.IsDigit(last) || strings.Contains(t, "...") || strings.Contains(t, "…") {
		return nil
	}
	head, words := datelineWords(t)
	var out []Sentence
	for k := len(words) - 1; k >= minCutWords; k-- {
		w, next := words[k-1], strings.ToLower(strings.Trim(words[k], `"'“‘(`))
		second := ""
		if k+1 < len(words) {
			second = strings.ToLower(words[k+1])
		}
		if !OpensClosingClause(next, second) || strings.ContainsAny(w, ",;:") || hasComma(words[k:]) {
			continue // "even" only before a clause: "even after", "even though"
		}
		body := strings.Join(words[:k], " ")
		if !mainClauseStands(words, k, body) || endsOnStopWord(strings.ToLower(w)) {
			continue // "... told the | while": the main clause too is broken
		}
		out = append(out, Reworded(s, head+body+"."))
	}
	return out
}

// ClosingClauseCuts returns the main clause of a whole sentence before
// a closing clause of time or cause that no comma sets off and that
// names nobody and nowhere ("Lowe was barred from the quay for 30 days
// after the pilots' union accused him of ...", "The board is reviewing
// the ferry contract because of the scandal"), longest first. A measure
// of time before "after" or "before" goes with the clause ("reopened
// three weeks after the storm" is "reopened"), unless "for" makes it the
// main clause's own length ("for 30 days"). A clause of contrast or
// concession ("while", "although") stays: without it the main clause
// says more than the report. The caller asks it of a sentence that may
// not stand whole: the clause may hold what the page may not say.
func ClosingClauseCuts(s Sentence) []Sentence {
	if !statementToCut(s) {
		return nil
	}
	head, words := datelineWords(strings.TrimSpace(s.Text))
	var out []Sentence
	for k := len(words) - 1; k >= minCutWords; k-- {
		next := strings.ToLower(strings.Trim(words[k], `"'“‘(`))
		if !closingOpeners[next] || strings.ContainsAny(words[k-1], ",;:—") {
			continue
		}
		cut := k
		if next == "after" || next == "before" {
			if !clauseFollows(words[k+1:]) {
				continue // "stood before the council", "was going after her rival": no clause
			}
			cut = k - TimeMeasure(words[:k])
		}
		if cut < minCutWords {
			continue
		}
		body := strings.Join(words[:cut], " ")
		w := strings.ToLower(strings.Trim(words[cut-1], `"'“”‘’(),;:`))
		if !mainClauseStands(words, cut, body) || endsOnStopWord(w) || wantsClause(words[:cut]) || namesIn(words[cut:]) {
			continue
		}
		if Negated(body) {
			// "Lowe did not resign because of the audit" is no "Lowe
			// did not resign": what a negated clause denies may be
			// only its time or cause
			continue
		}
		out = append(out, Reworded(s, head+body+"."))
	}
	return out
}

// closingOpeners open the closing clauses of time and cause that
// ClosingClauseCuts cuts before.
var closingOpeners = map[string]bool{"after": true, "before": true, "because": true, "amid": true}

// clauseFollows reports whether words, after an "after" or a "before",
// hold the verb of a clause of their own before any comma and within
// a few words ("after the union accused him", "before she had left"):
// otherwise the word is a preposition of the main clause ("stood
// before the council", "going after a rival").
func clauseFollows(words []string) bool {
	for k, w := range words {
		if k >= 8 {
			return false
		}
		low := strings.ToLower(strings.Trim(w, `"'“”‘’(),;:.`))
		if tenseWords[low] || low == "been" || k > 0 && edForm(low) {
			return true
		}
		if strings.ContainsAny(w, ",;:") {
			return false
		}
	}
	return false
}

// namesIn reports whether words hold a name (a day or a month is none):
// a clause that names someone or somewhere tells more than why or when ("... after its
// owner turned Lena Marsh away"), and is the news as often as not.
func namesIn(words []string) bool {
	for _, w := range words {
		core := strings.Trim(w, `"'“”‘’(),;:.`)
		if r, _ := utf8.DecodeRuneInString(core); unicode.IsUpper(r) && !CalendarWord(strings.ToLower(core)) {
			return true
		}
	}
	return false
}

// wantsClause reports whether a main clause cut to words leaves its verb
// without what it governs: a verb of speech or telling with no verb of
// what was said after it ("told the pilots at the quay | before the
// vote that ..."), or a last word that is only complete with the clause
// ("comes | after ...", "was | before ...").
func wantsClause(words []string) bool {
	for k := len(words) - 1; k >= 0; k-- {
		w := strings.ToLower(strings.Trim(words[k], `"'“”‘’(),;:.`))
		if tenseWords[w] || edForm(w) && !speechVerbs[w] {
			break // what was said has its verb
		}
		if speechVerbs[w] {
			return true
		}
	}
	switch strings.ToLower(strings.Trim(words[len(words)-1], `"'“”‘’(),;:.`)) {
	case "comes", "came", "come", "coming", "is", "was", "are", "were", "be", "been", "happened", "occurred", "took", "followed", "follows":
		return true
	}
	return false
}

// ClosingClauseAhead reports whether words, the words a cut leaves out,
// open a closing clause of time, cause or concession (see
// OpensClosingClause), or a measure of time and the "after" or "before"
// that opens such a clause ("three weeks after the storm", "just days
// before the vote"): what ClosingClauseCuts and BrokenOffCuts cut
// before, and so what a check of a cut sentence against its report may
// find after it.
func ClosingClauseAhead(words []string) bool {
	if n := measureAhead(words, `"'“”‘’(),;:`); n > 0 {
		low := strings.ToLower(strings.Trim(words[n], `"'“”‘’(),;:`))
		return low == "after" || low == "before"
	}
	return len(words) > 1 && OpensClosingClause(strings.ToLower(words[0]), strings.ToLower(words[1]))
}

// measureAhead returns how many of the first words of ws, each trimmed
// of the characters of cut, measure a time ("three weeks", "shortly",
// "a day"): maxLeadTime at most, and never all of ws, since an opener
// must follow them; 0 when none do.
func measureAhead(ws []string, cut string) int {
	n := 0
	for n < len(ws)-1 && n < maxLeadTime && numberOrLeadTime(strings.ToLower(strings.Trim(ws[n], cut))) {
		n++
	}
	return n
}

// numberOrLeadTime reports whether a lower-case word measures a time
// before "after" or "before": a count or a word of leadTime.
func numberOrLeadTime(w string) bool { return leadTime[w] || numberWord(w) }

// TimeMeasure returns how many of the last words of ws measure a time
// that a clause of "after" or "before" goes on to place ("three weeks",
// "shortly", "a day", "a decade or more"): 0 when none do, or when
// "for" before them makes the measure a length of its own ("for 30
// days").
func TimeMeasure(ws []string) int {
	n := 0
	for n < len(ws) && n < maxLeadTime {
		if !numberOrLeadTime(strings.ToLower(strings.Trim(ws[len(ws)-1-n], `"'“”‘’()`))) {
			break
		}
		n++
	}
	if n > 0 && n < len(ws) && strings.EqualFold(ws[len(ws)-1-n], "for") {
		return 0
	}
	return n
}

// numberWord reports whether w is a count in digits or in words: "30",
// "three".
func numberWord(w string) bool { return text.IsNumber(w) || IsNumberWord(w) }

// statementToCut reports whether s may be cut at all: a statement
// outside a quotation that spans sentences, not a question or an
// exclamation.
func statementToCut(s Sentence) bool {
	end := strings.TrimRight(s.Text, `"'”’)`)
	return !s.InQuote && !strings.HasSuffix(end, "?") && !strings.HasSuffix(end, "!")
}

// mainClauseStands reports whether body, words up to word k, is a main
// clause a cut may keep: it closes every quotation, parenthesis and
// aside it opens, does not stop inside the subordinate clause or phrase
// the sentence opens with (see opensSubordinate), holds no colon, and
// does not end after a relative clause that the main clause may go on
// past (see endsInRelative).
func mainClauseStands(words []string, k int, body string) bool {
	return Balanced(body) && !opensSubordinate(words, k) && !strings.Contains(body, ":") && !endsInRelative(body)
}

// endsOnStopWord reports whether low, a cut's last word in lower case,
// is a word of grammar that leaves the clause broken ("told the"); an
// object pronoun ends one ("asked him").
func endsOnStopWord(low string) bool { return text.IsStopWord(low) && !objectPronouns[low] }

// objectPronouns may end a main clause ("asked him"), though they are
// stop words.
var objectPronouns = map[string]bool{"him": true, "her": true, "them": true, "it": true, "us": true, "me": true}

// evenClause are the words after "even" that open a clause.
var evenClause = map[string]bool{"after": true, "before": true, "though": true, "as": true, "while": true}

// minCutWords is the fewest words a cut keeps: fewer rarely say who did
// what.
const minCutWords = 8

// asideOpeners open what may trail a main clause after a comma and be
// left out without changing what the main clause says.
var asideOpeners = map[string]bool{
	"which": true, "who": true, "whom": true, "whose": true, "where": true,
	"after": true, "before": true, "as": true, "while": true, "despite": true, "amid": true,
	"though": true, "although": true, "even": true, "including": true, "following": true,
	"prompting": true, "sparking": true, "saying": true, "adding": true, "citing": true,
	"calling": true, "leaving": true, "bringing": true, "making": true, "marking": true,
	"ending": true, "raising": true, "setting": true, "urging": true, "arguing": true,
	"noting": true, "insisting": true, "claiming": true, "warning": true, "accusing": true,
	"describing": true, "drawing": true, "triggering": true, "allowing": true, "with": true,
}

// leadTime are the words that say how long before or after, ahead of
// the "after" or "before" that opens a clause of time: "shortly", "just",
// "hours", "a day", "three weeks".
var leadTime = map[string]bool{
	"shortly": true, "just": true, "soon": true, "only": true, "long": true, "immediately": true, "moments": true,
	"minutes": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true, "a": true, "an": true,
	"minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true, "few": true, "several": true,
	"seconds": true, "decade": true, "decades": true, "century": true, "centuries": true, "generation": true,
	"generations": true, "or": true, "more": true, "less": true,
}

// maxLeadTime is the most words of leadTime before the opener ("a
// decade or more before ...").
const maxLeadTime = 4

// asideNouns, after "a" or "an", make an appositive that comments on the
// whole main clause: "..., a move that ...", "..., a decision ...".
var asideNouns = map[string]bool{
	"move": true, "decision": true, "step": true, "sign": true, "development": true,
	"reversal": true, "setback": true, "blow": true, "victory": true, "win": true,
	"rebuke": true, "departure": true, "shift": true, "change": true, "measure": true,
}

// trailingAside reports whether the words after a comma, the first of
// them lowered as next, open an aside (see asideOpeners and asideNouns).
func trailingAside(next string, rest []string) bool {
	if asideOpeners[next] {
		return true
	}
	// a clause of time with how long before or after ahead of its
	// opener: ", shortly after the vote", ", two days before the race"
	if n := measureAhead(rest, `"'“‘(`); n > 0 {
		if o := strings.ToLower(rest[n]); o == "after" || o == "before" {
			return true
		}
	}
	// a participle: ", injuring two workers", ", sending smoke over ..."
	if participleAside(next) {
		return true
	}
	if (next == "a" || next == "an") && len(rest) > 1 {
		noun := strings.ToLower(strings.Trim(rest[1], `,.;:"'`))
		if asideNouns[noun] {
			return true
		}
		// "a long-expected move": one modifier before the noun
		if len(rest) > 2 && asideNouns[strings.ToLower(strings.Trim(rest[2], `,.;:"'`))] {
			return true
		}
	}
	return false
}

// resumes reports whether the words after a comma go back to the main
// clause at a later comma: "The agency, which was set up in 1990, said
// ..." has its verb after the aside, so the aside cannot be cut. A later
// comma that a capital, a number, a conjunction or another aside
// follows is taken for a list or a further aside; so is one that a
// preposition other than "to" follows inside a participle's aside
// ("..., turning the march past Tarrow, Dunmere and Kell, into a rout"):
// the participle takes the phrase as its own.
func resumes(rest []string) bool {
	participle := len(rest) > 0 && participleAside(strings.ToLower(strings.Trim(rest[0], `"'“‘(`)))
	for j := 0; j+1 < len(rest); j++ {
		if !strings.HasSuffix(rest[j], ",") {
			continue
		}
		next := strings.Trim(rest[j+1], `"'“‘(`)
		if next == "" {
			continue
		}
		low := strings.ToLower(next)
		if next != low || low[0] >= '0' && low[0] <= '9' || low == "and" || low == "or" || low == "but" || asideOpeners[low] {
			continue
		}
		if participle && participleObject[low] {
			continue
		}
		return true
	}
	return false
}

// participleAside reports whether w, the first word of an aside, is a
// participle in -ing ("turning", "sending").
func participleAside(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing") && w != "according"
}

// participleChoices reports whether the words after a comma, which open
// with a participle, go on to one more after ", or": they are items of
// a list of choices that began before the comma ("must avoid the quays,
// going to the market, eating out, or gathering in groups"), not an aside
// that tells what followed, which joins its participles with "and".
func participleChoices(rest []string) bool {
	if len(rest) == 0 || !participleAside(strings.ToLower(rest[0])) {
		return false
	}
	for j := 2; j+1 < len(rest); j++ {
		if strings.HasSuffix(rest[j-1], ",") && strings.EqualFold(rest[j], "or") && participleAside(strings.ToLower(rest[j+1])) {
			return true
		}
	}
	return false
}

// participleObject are the prepositions that carry on a participle's
// phrase after a list inside it ("turning A, B and C, into ...").
var participleObject = map[string]bool{
	"into": true, "onto": true, "from": true, "across": true, "through": true,
	"toward": true, "towards": true, "with": true, "of": true,
}

// relativePronouns open a relative clause. One that a later comma closes
// may have the main clause go on after it ("..., who dated her, as
// defendants"), so a cut before it needs the clause to run to the end.
var relativePronouns = map[string]bool{"who": true, "which": true, "whose": true, "whom": true, "where": true}

func hasComma(words []string) bool {
	for _, w := range words[:len(words)-1] {
		if strings.HasSuffix(w, ",") {
			return true
		}
	}
	return false
}

// endsInRelative reports whether a cut's words hold a relative clause
// after a comma ("..., who have both dated her"): the comma the cut is
// made at may close it and the main clause go on ("The suit does not
// name Brown, who dated her, as a defendant"), so only the cut before
// the relative clause is safe.
func endsInRelative(body string) bool {
	for r := range relativePronouns {
		if strings.Contains(body, ", "+r+" ") {
			return true
		}
	}
	return false
}

// asideCloses reports whether the words after a dash hold a second dash
// with words after it: the two set an aside apart, and the main clause
// goes on after it ("a series of efforts — including water cannons —
// showed few signs of working"), so the first is no place to cut.
func asideCloses(rest []string) bool {
	for j, w := range rest[:max(len(rest)-1, 0)] {
		if isDash(w) && j > 0 {
			return true
		}
	}
	return false
}

func isDash(w string) bool { return w == "--" || w == "—" || w == "–" || w == "-" }

// Balanced reports whether s closes every quotation, parenthesis and
// aside between dashes that it opens.
func Balanced(s string) bool {
	n := text.Normalize(s)
	dashes := 0
	for _, w := range strings.Fields(n) {
		if isDash(w) {
			dashes++
		}
	}
	return strings.Count(n, `"`)%2 == 0 && strings.Count(n, "(") == strings.Count(n, ")") && dashes%2 == 0
}

// clauseOpeners open a subordinate clause; where such a clause that
// opens a sentence ends is not found by its commas, so such a sentence
// is not cut.
var clauseOpeners = map[string]bool{
	"after": true, "before": true, "when": true, "while": true, "if": true, "although": true,
	"though": true, "as": true, "because": true, "since": true, "unless": true, "until": true,
	"even": true, "despite": true, "once": true, "whether": true, "whereas": true, "to": true,
}

// OpensClause reports whether a sentence that opens with this word opens
// with a subordinate clause ("After the vote, ...", "When ..."), whose
// end a comma does not reliably show.
func OpensClause(first string) bool {
	return clauseOpeners[strings.ToLower(strings.Trim(first, `"'“‘(`))]
}

// OpeningAlone reports whether s is no more than the opening phrase or
// subordinate clause of a sentence: it opens as one ("With most votes
// counted", "After the vote") and no comma closes it, so the main clause
// is missing.
func OpeningAlone(s string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	low := strings.ToLower(strings.Trim(first, `"'“‘(`))
	return (phraseOpeners[low] || clauseOpeners[low]) && !strings.Contains(s, ",")
}

// phraseOpeners open a phrase ("In Paris, ...", "On January 30, 2018,
// ...") that a comma closes before the main clause.
var phraseOpeners = map[string]bool{
	"in": true, "on": true, "at": true, "with": true, "without": true, "for": true, "by": true,
	"during": true, "under": true, "over": true, "from": true, "according": true, "amid": true,
	"following": true, "within": true, "across": true, "among": true, "throughout": true,
	"upon": true, "through": true, "against": true, "besides": true, "beyond": true,
	"between": true, "toward": true, "towards": true, "inside": true, "outside": true, "alongside": true,
}

// OpensPhrase reports whether a sentence that opens with this lower-case
// word opens with a phrase that a comma closes before the main clause
// ("In Paris, ...", "On Monday, ...").
func OpensPhrase(word string) bool { return phraseOpeners[word] }

// maxOpeningPhrase is the most words an opening phrase may have for its
// sentence to be cut: longer ones may hold commas of their own.
const maxOpeningPhrase = 5

// opensSubordinate reports whether a cut at word k would keep an opening
// subordinate clause or phrase alone, or one whose end is uncertain: a
// sentence that opens with a subordinate clause is never cut, and one
// that opens with a short phrase is cut only after the phrase's comma
// and the next one.
func opensSubordinate(words []string, k int) bool {
	first := strings.ToLower(strings.Trim(words[0], `"'“‘(`))
	if clauseOpeners[first] {
		return true
	}
	if !phraseOpeners[first] || quantifierOpening(words) {
		return false
	}
	for j := 0; j < k-1 && j < maxOpeningPhrase; j++ {
		if strings.HasSuffix(words[j], ",") {
			// "On January 30, 2018, ..." closes at its second comma
			// when a year follows the first.
			if j+1 < len(words) && isYear(strings.TrimRight(words[j+1], ",")) {
				return j+1 >= k-1
			}
			return false
		}
	}
	return true
}

// quantifierOpening reports whether the words open with "At least" or
// "At most", which count the subject ("At least nine people were hurt")
// rather than open a phrase of place or time.
func quantifierOpening(words []string) bool {
	if len(words) < 2 || !strings.EqualFold(words[0], "at") {
		return false
	}
	second := strings.ToLower(words[1])
	return second == "least" || second == "most"
}

func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w >= "1800" && w <= "2199"
}
