package analyze

import (
	"regexp"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// An outlook line must look ahead in what its speaker says, not in a
// side clause: "Shares fell after the company said the fine would cost
// $40m" reports a fall, and "Builders will pay, and critics say fishers
// deserve a voice" attributes the wrong half. Nor is advice
// ("residents should limit their time outdoors"), a past modal ("may
// never have been built") or a past plan ("we have planned for it")
// a statement about the future. lookingAhead finds the attribution of
// the sentence's main clause, takes what the speaker says, and looks
// for a future marker in that statement's own main clause.

// subordinators open a clause that hangs on another; a speaker found
// inside one is not the sentence's own attribution, and a statement's
// main clause ends where one begins.
var subordinators = map[string]bool{
	"after": true, "because": true, "since": true, "when": true, "while": true, "although": true,
	"though": true, "if": true, "unless": true, "once": true, "until": true, "which": true,
	"who": true, "whom": true, "whose": true, "where": true, "before": true, "that": true,
	"whereas": true, "whether": true, "how": true, "why": true,
}

// leadingSubordinators may open a statement with a side clause that a
// comma closes ("If everything is built, the turbines could ...").
var leadingSubordinators = map[string]bool{
	"if": true, "when": true, "once": true, "after": true, "before": true, "unless": true,
	"while": true, "although": true, "though": true, "because": true, "as": true, "until": true,
}

// aheadVerbs look ahead by themselves when the speaker is their subject
// and they are not in a perfect tense: "Brandt expects the survey to
// finish", "the union vowed to strike again".
var aheadVerbs = map[string]bool{
	"expects": true, "expect": true, "plans": true, "plan": true, "intends": true, "intend": true,
	"aims": true, "aim": true, "hopes": true, "hope": true, "predicts": true, "predict": true,
	"forecasts": true, "forecast": true, "projects": true, "pledged": true, "pledges": true,
	"promised": true, "promises": true, "vowed": true, "vows": true,
}

// normative words give advice or a duty, not a forecast.
var normative = map[string]bool{"should": true, "shouldn't": true, "ought": true, "must": true, "mustn't": true}

// statives after "may" or "might" describe what already is ("the data
// may include names"), not what will be.
var statives = map[string]bool{"include": true, "contain": true, "involve": true, "number": true, "exceed": true}

// hedges may stand between a modal and its verb.
var hedges = map[string]bool{"not": true, "never": true, "also": true, "still": true, "only": true, "probably": true, "likely": true, "eventually": true, "now": true, "soon": true, "ultimately": true}

// timeAhead are the nouns that "next" or "coming" point ahead with.
var timeAhead = map[string]bool{
	"week": true, "month": true, "year": true, "season": true, "spring": true, "summer": true,
	"autumn": true, "fall": true, "winter": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "meeting": true,
	"session": true, "weeks": true, "months": true, "years": true, "days": true, "decade": true,
}

// tailStarts open what may follow the verb of an attribution placed
// after its statement: "..., the authority said in a statement".
var tailStarts = map[string]bool{
	"in": true, "at": true, "on": true, "during": true, "after": true, "before": true, "from": true,
	"by": true, "last": true, "this": true, "earlier": true, "later": true, "yesterday": true,
	"today": true, "tonight": true, "reporters": true, "told": true, "late": true, "when": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "via": true, "through": true, "while": true, "as": true,
}

// IsOutlook reports whether a sentence may appear under WHAT THIS MIGHT
// MEAN: someone named says something about the future in the main
// clause. The attribution is a speaker next to a speech verb or
// "according to", not inside a side clause ("after the company said",
// "which the government says"); what the speaker says must look ahead in
// its own main clause (will, would, could, may, might, is likely to, is
// expected to, is due to, is set to, plans to, next week, ...), or the
// speaker's verb must (expects, plans, intends, vowed). Advice and duty
// (should, ought, must), past modals (may never have been built), perfect
// plans (have planned, had expected) and "may include" do not count,
// and neither does an unattributed prediction, nor one that the sentence
// dates months or years back ("A year ago, Lowe said the pier would
// reopen by spring"): that was the outlook then.
func IsOutlook(sentence string) bool {
	return lookingAhead(text.Normalize(sentence), false)
}

// OpensOnPast reports whether a sentence opens on a phrase that dates
// what follows months or years back (see staleOpening): "Two years ago,
// Lowe built the pier" tells background, not the news.
func OpensOnPast(sentence string) bool { return staleOpening.MatchString(text.Normalize(sentence)) }

// staleOpening matches an opening phrase that dates what follows months
// or years back: "Roughly a month ago, ...", "Two years ago, ...", "Last
// year, ...", "Earlier this year, ...".
var staleOpening = regexp.MustCompile(`^(?i)(?:[^,]{0,30}\b(?:months?|years?|decades?) ago|last (?:month|year|spring|summer|autumn|fall|winter)|earlier this year)\b[^,]{0,40},`)

// AheadInMainClause reports whether a sentence's own main clause looks
// ahead (see aheadClause), whoever says it: "The council will vote on
// Tuesday" does, "The council blocked a planned vote" and "Lowe quit
// but will stay on the board until May" do not: there the news has
// happened.
func AheadInMainClause(sentence string) bool {
	return aheadClause(mainView(text.Normalize(sentence)), false)
}

// mainView is quoteView of a normalised sentence up to a "but" that
// opens a second main clause: the first tells the news.
func mainView(n string) []string {
	view, _ := quoteView(n, false)
	for k, w := range view {
		if k > 0 && w == "but" {
			return view[:k]
		}
	}
	return view
}

// aheadUnsaid reports whether a normalised sentence that names no one
// looking ahead still does so in its own main clause, by a firm marker
// of the future (see firmFutureAt): "The council will vote on Tuesday",
// "Repairs are expected to take a month". It opens on nothing that
// dates it months or years back (see staleOpening). Without a speaker,
// "would", "could", "may" and "might" tell what used to happen ("Lowe
// would call the quay each night"), what was seen ("crews could be seen
// on the pier") or what is imagined as often as what will come, and
// "soon" or "upcoming" a past sequence or a thing's name as often as a
// date ahead.
func aheadUnsaid(n string) bool {
	return !staleOpening.MatchString(n) && aheadClauseWith(mainView(n), false, firmFutureAt)
}

// firmFutureAt is futureAt without the markers that, unattributed, do
// not surely look ahead (see aheadUnsaid): besides those, "later in"
// tells a past sequence as often ("years later in Tarrow, ..."), "did
// not expect to" a past view, and "will" after a pronoun after a noun
// opens a clause that describes the noun ("the skills they will need").
func firmFutureAt(ws []string, j int) bool {
	switch lw := at(ws, j); {
	case lw == "would", lw == "could", lw == "may", lw == "might", lw == "wouldn't", lw == "soon", lw == "upcoming", lw == "coming":
		return false
	case lw == "later" && at(ws, j+1) == "in":
		return false
	case at(ws, j-1) == "didn't" || at(ws, j-1) == "not" && at(ws, j-2) == "did":
		return false // "did not expect to be": what was expected then
	case lw == "will" && j >= 2 && subjectPronouns[at(ws, j-1)] && describedNoun(ws[j-2]):
		return false
	}
	return futureAt(ws, j)
}

// subjectPronouns open a clause as its subject.
var subjectPronouns = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "it": true, "they": true}

// describedNoun reports whether a word, written before a pronoun that
// opens a clause, is a noun the clause may describe: a word in lower
// case with nothing after it, and no word of a verb, conjunction or
// preposition that would make the pronoun the subject of a clause of
// its own.
func describedNoun(w string) bool {
	if strings.ContainsAny(w, ",;:.\"'") || w == "" || w != strings.ToLower(w) {
		return false
	}
	lw := trimPunct(w)
	return !text.IsStopWord(lw) && !speechVerbs[lw] && !thatVerbs[lw] && !pastForm(lw)
}

// lookingAhead is IsOutlook on a normalised sentence; open says whether
// the sentence starts inside a quotation.
func lookingAhead(n string, open bool) bool {
	if !open && staleOpening.MatchString(n) {
		return false
	}
	view, quoted := quoteView(n, open)
	// span is view[from:to] with every quotation spelled out.
	span := func(from, to int) []string {
		var out []string
		for k := from; k < to; k++ {
			if q, ok := quoted[k]; ok {
				out = append(out, q...)
				continue
			}
			out = append(out, view[k])
		}
		return out
	}
	for i, w := range view {
		core := trimPunct(w)
		lw := strings.ToLower(core)
		if lw == "according" && i+1 < len(view) && strings.ToLower(trimPunct(view[i+1])) == "to" {
			sp, end := speakerAfterAt(view, i+2)
			if sp == "" || subordinate(view, i) {
				continue
			}
			// "According to X, ..." leads its statement; "..., according
			// to X" closes it; "..., according to X, ..." may do either.
			if i > 0 && aheadClause(span(0, i), true) {
				return true
			}
			if (i == 0 || strings.HasSuffix(view[end], ",")) && aheadClause(span(end+1, len(view)), false) {
				return true
			}
			continue
		}
		if core != lw || !speechVerbs[lw] && !aheadVerbs[lw] {
			continue
		}
		if sp, start := speakerBeforeAt(view, i); sp != "" {
			if subordinate(view, start) {
				continue
			}
			if aheadVerbs[lw] && !perfect(view[start:i]) && (lw != "pledged" && lw != "promised" && lw != "vowed" || at(view, i+1) == "to") {
				return true
			}
			content, tail := span(i+1, len(view)), isTail(view[i+1:])
			if tail {
				content = span(0, start)
			}
			if aheadClause(content, tail) {
				return true
			}
			continue
		}
		if inverted[lw] && i > 0 && (view[i-1] == "\x00" || strings.HasSuffix(view[i-1], ",")) {
			if sp, _ := speakerAfterAt(view, i+1); sp != "" && aheadClause(span(0, i), true) {
				return true
			}
		}
	}
	return false
}

// quoteView is the sentence's words with each quotation replaced by one
// NUL word, as speaker detection reads them, and the words of each
// quotation by the index of its NUL word.
func quoteView(n string, open bool) ([]string, map[int][]string) {
	var view []string
	quoted := map[int][]string{}
	inside := open
	for _, part := range strings.Split(n, `"`) {
		if inside {
			quoted[len(view)] = strings.Fields(part)
			view = append(view, "\x00")
		} else {
			view = append(view, strings.Fields(part)...)
		}
		inside = !inside
	}
	return view, quoted
}

// subordinate reports whether the word at i sits in a side clause: a
// subordinator stands between it and the start of its clause (the start
// of the sentence, a comma, a semicolon or a quotation).
func subordinate(view []string, i int) bool {
	for k := i - 1; k >= 0; k-- {
		w := view[k]
		if w == "\x00" || strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") || strings.HasSuffix(w, ":") {
			return false
		}
		if subordinators[strings.ToLower(trimPunct(w))] {
			return true
		}
	}
	return false
}

// isTail reports whether the words after an attribution's verb add no
// statement of their own: nothing, or a short phrase of place, time or
// audience ("in a statement", "on Tuesday", "told reporters").
func isTail(rest []string) bool {
	if len(rest) == 0 {
		return true
	}
	return len(rest) <= 8 && tailStarts[strings.ToLower(trimPunct(rest[0]))]
}

// perfect reports whether the words between a speaker and its verb make
// the verb perfect: "had expected", "have planned".
func perfect(between []string) bool {
	for _, w := range between {
		switch strings.ToLower(trimPunct(w)) {
		case "has", "have", "had":
			return true
		}
	}
	return false
}

func at(ws []string, i int) string {
	if i < 0 || i >= len(ws) {
		return ""
	}
	return strings.ToLower(trimPunct(ws[i]))
}

// aheadClause reports whether a statement looks ahead in its main
// clause: a leading side clause closed by a comma is skipped, an opening
// "that" is dropped, and the main clause runs to the first subordinator
// or semicolon. Advice or duty before any future marker disqualifies it,
// after an "if" clause in the past ("If a shop lost $5,000, someone
// would be fired") "would", "could" and "might" imagine rather
// than forecast, and after a past report ("We were told the savings
// would not touch safety work") they tell what was expected then.
//
// Before an attribution that closes it ("..., the police said"), a
// statement's "would" tells what someone used to do as often as what
// will come ("Marsh would take a cut of the money, the police said"), so
// there it counts only beside another marker of the future.
func aheadClause(ws []string, beforeSpeaker bool) bool {
	return aheadClauseWith(ws, beforeSpeaker, futureAt)
}

// aheadClauseWith is aheadClause with future as the test of a marker of
// the future.
func aheadClauseWith(ws []string, beforeSpeaker bool, future func([]string, int) bool) bool {
	k := 0
	hypothetical := false
	if len(ws) > 0 && leadingSubordinators[at(ws, 0)] {
		for k < len(ws) && !strings.HasSuffix(ws[k], ",") {
			hypothetical = hypothetical || at(ws, 0) == "if" && pastForm(at(ws, k))
			k++
		}
		k++
	}
	if at(ws, k) == "that" {
		k++
	}
	reported := false // a past report before the modal: "we were told it would"
	for j := k; j < len(ws); j++ {
		lw := at(ws, j)
		if j > k && subordinators[lw] {
			return false
		}
		if normative[lw] {
			return false
		}
		if future(ws, j) && !((hypothetical || reported || pastIfAfter(ws, j)) && conditionalModal[lw]) && !(beforeSpeaker && (lw == "would" || lw == "wouldn't")) && !doneAfter(ws, j) {
			return true
		}
		// "we were told", "I thought": a report of what was expected then;
		// "... and said he would" is the speaker's own statement going on.
		prev := at(ws, j-1)
		reported = reported || pastReport[lw] && (beForms[prev] || prev == "we" || prev == "i")
		if strings.HasSuffix(ws[j], ";") {
			return false
		}
	}
	return false
}

// doneAfter reports whether the clause goes on, after the marker of the
// future at j, to say that the thing is done: "already" after a form of
// "have" or "be" ("the plan to widen the quay has already been carried
// out"). The plan was a plan; the clause tells of its end.
func doneAfter(ws []string, j int) bool {
	for m := j + 1; m < len(ws); m++ {
		if subordinators[at(ws, m)] || strings.HasSuffix(ws[m-1], ";") {
			return false
		}
		if at(ws, m) == "already" {
			switch at(ws, m-1) {
			case "has", "have", "had", "is", "are", "was", "were":
				return true
			}
		}
	}
	return false
}

// pastIfAfter reports whether an "if" clause in the past follows the
// word at j ("would close the quay if the crews struck"): a modal
// before it imagines, or tells what someone used to do, as after a
// leading "if" clause in the past.
func pastIfAfter(ws []string, j int) bool {
	for k := j + 1; k < len(ws); k++ {
		if at(ws, k) != "if" {
			continue
		}
		if askIf[at(ws, k-1)] {
			return false // "to see if ...": whether, not a condition
		}
		for m := k + 1; m < len(ws) && m <= k+4; m++ {
			if pastForm(at(ws, m)) {
				return true
			}
		}
		return false
	}
	return false
}

// pastModal reports whether a modal, with the two words after it,
// tells of the past or of a refusal rather than of what may come: a
// past inability ("could not find"), a refusal ("would not say") or a
// habit ("would often call"). Forward, Speculative and IsOutlook all
// read modals so.
func pastModal(modal, next, after string) bool {
	switch modal {
	case "could":
		return next == "not"
	case "would":
		return next == "not" && refusals[after] || habitual[next]
	}
	return false
}

// habitual are the adverbs of frequency after which "would" tells what
// someone used to do ("would often call the harbour master"), not what
// is to come.
var habitual = map[string]bool{"repeatedly": true, "often": true, "routinely": true, "regularly": true,
	"frequently": true, "sometimes": true, "usually": true, "occasionally": true, "constantly": true,
	"typically": true}

// askIf are the words after which "if" means "whether": "to see if",
// "asked if", "unclear if".
var askIf = map[string]bool{"see": true, "ask": true, "asks": true, "asked": true, "asking": true, "know": true,
	"check": true, "determine": true, "decide": true, "learn": true, "tell": true, "wonder": true, "out": true,
	"unclear": true, "sure": true, "whether": true, "assess": true, "gauge": true, "test": true}

// futureAt reports whether ws[j] marks the future: a future or modal
// verb that is not past ("could have"), a refusal ("would not say"), a
// past inability ("could not") or a description ("may include"); "going
// to" or "set to" after a form of "be"; "due to" before a verb;
// "expected", "likely", "scheduled", "poised" or "slated" before "to";
// "plans to", "intends to", "aims to", "hopes to" not in a perfect tense;
// "is planned"; "next week", "in the coming months", "later this year",
// "soon", "tomorrow", "upcoming".
func futureAt(ws []string, j int) bool {
	raw := strings.Trim(ws[j], `,.;:!?()"'`)
	lw := at(ws, j)
	// next is the verb after the modal, past any hedge ("may never have").
	next := func() string {
		k := j + 1
		for k < len(ws) && hedges[at(ws, k)] {
			k++
		}
		return at(ws, k)
	}
	switch {
	case strings.HasSuffix(lw, "'ll"), lw == "won't", lw == "shall":
		return true
	case lw == "will" && raw == "will":
		prev := "" // as written: at drops a possessive's "'s"
		if j > 0 {
			prev = strings.ToLower(strings.Trim(ws[j-1], `,.;:!?()"`))
		}
		return !willNoun(prev)
	case lw == "would" || lw == "could" || lw == "may" && raw == "may" || lw == "might":
		v := next()
		switch {
		case v == "have":
			return false // a past modal: "may never have been built"
		case pastModal(lw, at(ws, j+1), at(ws, j+2)):
			return false // "could not", "would not say", "would routinely call"
		case (lw == "may" || lw == "might") && statives[v]:
			return false // "the data may include names"
		case lw == "may" && optativeSubjects[at(ws, j+1)] && (j == 0 || at(ws, j-1) == "long" || at(ws, j-1) == "and"):
			return false // a wish: "long may she reign", "may he rest in peace"
		case concessive(ws, j):
			return false // "hard as it may be": granted, not foreseen
		}
		return v != ""
	case lw == "wouldn't":
		v := next()
		return !refusals[v] && v != "have"
	case (lw == "going" || lw == "set") && at(ws, j+1) == "to":
		prev := at(ws, j-1)
		return beForms[prev] || seemForms[prev] || prev == "not" && beForms[at(ws, j-2)]
	case lw == "due" && at(ws, j+1) == "to":
		return dueVerbs[at(ws, j+2)]
	case (lw == "expected" || lw == "likely" || lw == "unlikely" || lw == "scheduled" || lw == "poised" || lw == "slated") && at(ws, j+1) == "to":
		prev := at(ws, j-1)
		return prev != "had" && !(prev == "been" && at(ws, j-2) == "had") && prev != "was" && prev != "were"
	case aheadVerbs[lw] && at(ws, j+1) == "to" || lw == "planning" && at(ws, j+1) == "to":
		prev := at(ws, j-1)
		return prev != "had" && prev != "has" && prev != "have" && prev != "was" && prev != "were"
	case lw == "planned" && (at(ws, j-1) == "is" || at(ws, j-1) == "are" || at(ws, j-1) == "be"):
		return true
	case lw == "next" || lw == "coming" || lw == "upcoming":
		return timeAhead[at(ws, j+1)] || lw == "upcoming"
	case lw == "later" && (at(ws, j+1) == "this" || at(ws, j+1) == "next" || at(ws, j+1) == "in"):
		return true
	case lw == "soon" && at(ws, j+1) != "after", lw == "tomorrow":
		return true
	}
	return false
}

// optativeSubjects follow "may" that opens a wish: "long may she
// reign", "may God bless them".
var optativeSubjects = map[string]bool{"she": true, "he": true, "they": true, "it": true, "we": true,
	"you": true, "god": true}

// conditionalModal are the modals of an imagined outcome.
var conditionalModal = map[string]bool{"would": true, "could": true, "might": true, "wouldn't": true}

// pastForm reports whether a lower-case word is a past verb form: one in
// -ed, or a common irregular one.
func pastForm(w string) bool {
	if len(w) > 3 && strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "was", "were", "had", "did", "lost", "made", "took", "gave", "went", "came", "knew", "thought",
		"found", "left", "kept", "spent", "paid", "sold", "told", "got", "ran", "saw", "won", "fell",
		"bought", "brought", "caught", "sent", "built", "held", "met", "led", "struck", "began", "begun",
		"fought", "sought", "felt", "heard", "meant", "done", "seen":
		return true
	}
	return false
}

// pastReport are past verbs of saying and believing; a "would" after one
// is the future as it was seen then.
var pastReport = map[string]bool{
	"told": true, "said": true, "promised": true, "assured": true, "thought": true, "believed": true,
	"knew": true, "claimed": true, "insisted": true,
}

// concessive reports whether the modal at j grants a quality in the
// concessive "as" ("hard as it may be", "painful as they might seem"):
// "as" and a pronoun before it, and a verb of being or seeming after it
// that ends the clause.
func concessive(ws []string, j int) bool {
	if j < 2 || at(ws, j-2) != "as" || !concessiveSubjects[at(ws, j-1)] || j+2 > len(ws) {
		return false
	}
	switch at(ws, j+1) {
	case "be", "seem", "sound", "appear", "look", "feel":
	default:
		return false
	}
	return j+2 == len(ws) || strings.ContainsAny(ws[j+1], ",;:.!?")
}

// concessiveSubjects are the pronouns of a concessive "as" clause.
var concessiveSubjects = map[string]bool{"it": true, "they": true, "this": true, "that": true, "he": true, "she": true, "these": true, "those": true}
