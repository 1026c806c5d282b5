package analyze

import (
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// forwardWords mark a statement about what is to come. Each is matched
// on the lower-case word as written, so the month "May" and the name
// "Will" do not count.
var forwardWords = map[string]bool{
	"will": true, "would": true, "could": true, "may": true, "might": true, "shall": true,
	"should": true, "expect": true, "expects": true, "expected": true, "expecting": true,
	"plan": true, "plans": true, "planned": true, "planning": true, "next": true,
	"future": true, "upcoming": true, "likely": true, "forecast": true, "forecasts": true,
	"predict": true, "predicts": true, "predicted": true, "intend": true, "intends": true,
	"aim": true, "aims": true, "hope": true, "hopes": true, "soon": true, "tomorrow": true,
	"prospects": true, "outlook": true, "won't": true, "vow": true, "vows": true, "vowed": true,
	"pledge": true, "pledges": true, "pledged": true,
}

// dueVerbs may follow "due to" when it announces a scheduled event
// ("due to reopen") rather than a cause ("due to rain").
var dueVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`be begin start open reopen close end finish meet vote arrive
		take come return resume report publish rule decide sign launch expire hold go make appear
		testify face announce release present deliver complete submit issue hear debate travel
		visit leave retire step run hand receive review consider approve sit conclude enter`) {
		dueVerbs[w] = true
	}
}

// refusals follow "would not" when it reports a refusal in the past.
var refusals = map[string]bool{
	"say": true, "comment": true, "confirm": true, "disclose": true, "discuss": true,
	"give": true, "reveal": true, "answer": true, "speculate": true, "name": true, "elaborate": true,
	"substantiate": true, "specify": true, "identify": true, "divulge": true, "detail": true,
	"characterize": true, "characterise": true, "respond": true,
}

// scheduleWords, after a form of "be" and before "to", announce what is
// to come: "is going to", "is set to", "is scheduled to", "are poised
// to", "is slated to", "is about to".
var scheduleWords = map[string]bool{"going": true, "set": true, "scheduled": true, "poised": true, "slated": true, "about": true}

// seemForms before one of scheduleWords guess at what is to come:
// "seems poised to", "looks set to", "appears about to" look ahead, and
// are speculative where "is poised to" is not.
var seemForms = map[string]bool{"seems": true, "seem": true, "seemed": true, "appears": true, "appear": true,
	"appeared": true, "looks": true, "look": true, "looked": true}

// beForms precede "going to" and "set to" when they announce the future.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "am": true, "been": true, "it's": true, "they're": true, "we're": true}

// Forward reports whether a sentence looks ahead: it uses a modal or
// future word (will, would, could, may, might, should, shall, expect,
// plan, next, future, upcoming, likely, forecast, predict, intend, aim,
// hope, soon, tomorrow, prospects, outlook), "later" before a time ("later
// this year"), one of scheduleWords and "to" after a form of "be" or of
// "seem" ("is set to", "is scheduled to", "seems poised to"), or "due to"
// before a verb ("due to reopen", not "due to rain"). "Next to" and "soon
// after" describe place and sequence, "could not" a past inability,
// "would not say" a past refusal and "may have been" a guess about the
// past; they do not count. "Should have" still counts: advice about the
// past is no fact either.
func Forward(sentence string) bool { return looksAhead(sentence, forwardWords, true) }

// speculativeWords guess at what may happen or be: hedged modals and
// words of expectation, as opposed to the plain "will" of a decision or
// a schedule.
var speculativeWords = map[string]bool{
	"would": true, "could": true, "may": true, "might": true, "should": true, "likely": true,
	"probably": true, "possibly": true, "perhaps": true, "expect": true, "expects": true,
	"expected": true, "expecting": true, "forecast": true, "forecasts": true, "predict": true,
	"predicts": true, "predicted": true, "hope": true, "hopes": true, "prospects": true,
	"outlook": true, "unlikely": true,
}

// Speculative reports whether a sentence guesses at what may come or be
// ("could", "might", "is likely to", "is expected to") with the same
// exceptions as Forward, where a plain future ("will", "is set to",
// "plans to") reports a decision or a schedule and does not count. A
// modal whose subject is a relative pronoun after a noun describes the
// noun, not the sentence's claim: "Crews shored up piles that could
// give way" tells what the crews did; so does a modal in what the
// sentence says someone said or decided (see reportedModal): "Engineers
// warned the piles could give way" tells what the engineers did.
func Speculative(sentence string) bool { return looksAhead(sentence, speculativeWords, false) }

// relativeModal reports whether the modal at i opens a relative clause
// as its verb: "that", "which" or "who" right before it (past an
// adverb: "that could quickly"), after a noun with no comma between
// them. After a verb of saying or thinking "that" opens what is said
// ("warned that floods could" tells a guess), and after a comma the
// clause is a claim of its own ("the pier, which may stay shut").
func relativeModal(fields []string, at func(int) string, i int) bool {
	k := i - 1
	if strings.HasSuffix(at(k), "ly") {
		k--
	}
	prev := at(k - 1)
	if prev == "" || strings.HasSuffix(fields[k-1], ",") {
		return false // "the pier, which may stay shut": a claim of its own
	}
	switch at(k) {
	case "which", "who":
		return true
	case "that":
		return !thatVerbs[prev] && !text.IsStopWord(prev)
	}
	return false
}

// reportedModal reports whether the word at i stands in what the
// sentence reports someone said, warned or decided ("The court ruled that
// tenants may stay", "Engineers warned the piles could give way"), or in
// what a word of saying holds ("an assessment that the ferry could sail"):
// the sentence's own claim is that they said it, which is no guess. The
// word of saying comes before it in the same clause (no "but", no
// semicolon, no comma before "and" between them), and has a subject: a
// passive ("it was said that ...") or a sentence that opens on it tells
// no one's words.
func reportedModal(fields []string, at func(int) string, i int) bool {
	for j := i - 1; j >= 1; j-- {
		w := at(j)
		if w == "but" || strings.HasSuffix(fields[j], ";") || strings.HasSuffix(fields[j], ",") && (at(j+1) == "and" || at(j+1) == "but") {
			return false
		}
		if reportingVerbs[w] || reportedNouns[w] && at(j+1) == "that" {
			// a quotation after the verb is what was said, and the
			// words after it are no longer theirs
			return !beForms[at(j-1)] && at(j-1) != "been" && fields[j+1] != "\x00"
		}
	}
	return false
}

// pastBelief reports whether the modal at i stands in what someone
// believed in the past ("Lowe thought the pier would last", "she had
// assumed it would reopen"): the verb of belief comes before it in the
// same clause. What was once expected of the past tells nothing ahead.
func pastBelief(fields []string, at func(int) string, i int) bool {
	switch at(i) {
	case "would", "could", "might", "should":
	default:
		return false
	}
	for j := i - 1; j >= 1 && j >= i-8; j-- {
		w := at(j)
		if w == "but" || strings.ContainsAny(fields[j], ";,") {
			return false
		}
		switch w {
		case "thought", "believed", "assumed", "imagined", "figured", "felt", "supposed":
			return true
		}
	}
	return false
}

// reportingVerbs are verb forms of saying, warning and deciding that are
// not also nouns; reportedNouns name what someone said, which "that"
// then tells.
var reportingVerbs, reportedNouns = map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields(`said says say saying told warned argued suggested believed thought
		insisted claimed acknowledged admitted announced noted added stated wrote concluded ruled decided
		signaled signalled agreed indicated cautioned conceded explained testified stressed confirmed
		feared worried maintained contended asserted declared found convince convinced persuade
		persuaded assured`) {
		reportingVerbs[w] = true
	}
	for _, w := range strings.Fields(`assessment claim claims warning warnings fear fears concern concerns
		suggestion argument belief view promise pledge assurance assurances statement ruling decision
		finding findings report reports`) {
		reportedNouns[w] = true
	}
}

// thatVerbs take a clause in "that" as their object: after them "that"
// opens what is said or thought, not a relative clause.
var thatVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`said say says saying warned warn warns warning believe believes believed
		think thinks thought fear fears feared feel feels felt expect expects expected predicted predict
		predicts suggest suggests suggested suspect suspects suspected argue argues argued claim claims
		claimed worry worries worried noted note notes estimated estimate estimates added adds told
		concluded conclude concludes found find finds show shows showed indicate indicates indicated
		acknowledged acknowledge admit admits admitted insist insists insisted hope hopes hoped
		announced announce announces stated state states reported report reports wrote write writes
		signaled signalled signal signals means meant mean ensure ensures ensured concerned concern`) {
		thatVerbs[w] = true
	}
}

// looksAhead reports whether a sentence uses one of words as Forward
// describes, and with schedules also "later", "going to", "set to" and
// "due to" as Forward reads them.
func looksAhead(sentence string, words map[string]bool, schedules bool) bool {
	n := text.Normalize(sentence)
	fields := strings.Fields(n)
	low := make([]string, len(fields))
	for i, w := range fields {
		low[i] = strings.Trim(w, `,.;:!?()"`)
	}
	at := func(i int) string {
		if i < 0 || i >= len(low) {
			return ""
		}
		return strings.ToLower(low[i])
	}
	for i, w := range low {
		lw := strings.ToLower(w)
		switch {
		case strings.HasSuffix(lw, "'ll"):
			return schedules
		case lw == "next" && at(i+1) == "to", lw == "soon" && at(i+1) == "after":
			continue
		case lw == "will" && willNoun(at(i-1)):
			continue // the noun
		case pastModal(lw, at(i+1), at(i+2)), lw == "couldn't", lw == "wouldn't" && refusals[at(i+1)]:
			continue // "could not document how it was spent", "would not say when"
		case (lw == "would" || lw == "could" || lw == "may" || lw == "might") && (at(i+1) == "have" || hedges[at(i+1)] && at(i+2) == "have"):
			continue // a past modal: "may have been exposed", "may never have been built"
		case (lw == "could" || lw == "would" || lw == "can") && (at(i-1) == "than" || at(i-2) == "than" || at(i-3) == "than"):
			continue // a comparison: "more loyal than anyone else could be"
		case !schedules && relativeModal(fields, at, i):
			continue // a relative clause's modal describes its noun
		case !schedules && reportedModal(fields, at, i):
			continue // what someone said or ruled: the sentence tells that they did
		case pastBelief(fields, at, i):
			continue // "thought his stay would be longer": what someone once believed
		case words[w], i == 0 && lw != "may" && lw != "will" && words[lw]:
			return true // matched as written: "May" is a month
		case scheduleWords[lw] && at(i+1) == "to" && seemForms[at(i-1)]:
			return true // "seems poised to": a schedule, guessed at
		case !schedules:
		case lw == "later" && (at(i+1) == "this" || at(i+1) == "next" || at(i+1) == "in" || at(i+1) == "today" || at(i+1) == "tonight"):
			return true
		case scheduleWords[lw] && at(i+1) == "to" && (beForms[at(i-1)] || at(i-1) == "not" && beForms[at(i-2)]):
			return true
		case lw == "due" && at(i+1) == "to" && dueVerbs[at(i+2)]:
			return true
		}
	}
	return false
}

// willNoun reports whether "will" after the word prev is the noun: "the
// will", "political will", "the mayor's will", "his own will".
func willNoun(prev string) bool {
	switch prev {
	case "the", "a", "political", "good", "free", "own", "his", "her", "their", "its", "my", "our", "your", "last":
		return true
	}
	return text.Unpossessive(prev) != prev
}
