package write

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
)

// Outlets state one fact in their own words, each with details of its
// own: "Lena Marsh, the port's longest-serving pilot, will return to
// the harbour board in a new role" and "Lena Marsh is set to return to
// the harbour board, officials said on Monday". Neither sentence is
// backed whole by the other report, but their common core is, and that
// core is a fact the desk can state in its own voice, cited to both.
//
// useAgreedForms finds such cores among the shorter wordings of each
// sentence that a sub-editor would make (see agreedForms) and publishes
// the one that the most outlets back, when that is more outlets than
// back the whole sentence. Citations are checked as for any sentence
// (draft.cites), so a core is only cited to a report that states it.
func (d *draft) useAgreedForms() {
	all := map[int64]bool{}
	for ri, r := range d.a.Reports {
		if r.Independent {
			all[d.outlets[ri]] = true
		}
	}
	key := d.keyStems()
	for i := range d.a.Sentences {
		t, ok := d.usable(i, asFact)
		if !ok {
			continue
		}
		var forms []string
		for _, f := range agreedForms(t) {
			if !d.dropsKey(t, f, key) {
				forms = append(forms, f)
			}
		}
		if len(forms) == 0 {
			continue
		}
		mates := d.claimMates(i)
		best := len(d.cites(i, t, mates...))
		if best >= len(all) {
			continue
		}
		// judging a form remembers verdicts on what the story says with
		// the form in place; only the chosen form's may stay
		whole, verdicts := d.a.Sentences[i], maps.Clone(d.usableCache)
		var agreed *analyze.Sentence
		agreedText := ""
		for _, f := range forms {
			d.a.Sentences[i] = analyze.Reworded(whole, f)
			ft, why := d.judge(i, asFact)
			if why != "" {
				continue
			}
			if n := len(d.cites(i, ft, mates...)); n > best {
				s := d.a.Sentences[i]
				best, agreed, agreedText = n, &s, ft
			}
		}
		d.a.Sentences[i], d.usableCache = whole, verdicts
		d.introCache, d.fullCache, d.givenCache, d.textIndex = nil, nil, nil, nil
		if agreed != nil {
			d.a.Sentences[i] = *agreed
			for k := range d.usableCache {
				if k[0] == i {
					delete(d.usableCache, k)
				}
			}
			d.usableCache[[2]int{i, int(asFact)}] = verdict{agreedText, ""}
		}
	}
}

// dropsKey reports whether the shorter wording f of t leaves out too
// many words of the main event (see keyStems and agreedKeyShare): "The
// officer fired through a window" for "..., killing a woman inside"
// leaves out what the titles are about.
func (d *draft) dropsKey(t, f string, key map[string]bool) bool {
	kept := d.stemsOf(f)
	has, keeps := 0, 0
	for _, st := range d.stemsOf(t) {
		if key[st] {
			has++
			if slices.Contains(kept, st) {
				keeps++
			}
		}
	}
	return float64(keeps) < agreedKeyShare*float64(has)
}

// agreedKeyShare is the least share of a sentence's key words (see
// keyStems) that a shorter wording of it keeps: all of them. Fitted on
// the even-numbered clusters of the two summary sets (`unbiased eval
// fit`, from 0.5 to 1), 0.6 scored best (objective 32.43 against 32.35;
// 31.36 against 31.31 on the odd ones): a gain within noise, so the
// rule stays as strict as it was. A shorter wording takes the place of
// its sentence, whose fuller words the lead can then no longer use.
const agreedKeyShare = 1.0

// agreedForms returns the shorter wordings of the fact t that keep what
// it says of whom, longest first, each a sentence of at least
// minCutWords words with its full stop: t without an aside (see
// withoutAsides); without the clauses that trail its main clause (see
// analyze.Cuts) unless they turn it ("..., while critics ..."), which
// would leave one side out; without a clause of time after its main
// clause ("... after the vote"); without the second of two things its
// subject did ("... and fired two officials"); or without a phrase of
// place, time or manner at its end that holds no verb of its own ("...
// in a new role").
//
// What t attributes stays: no form drops "officials said", and none
// cuts inside a quotation, a parenthesis or a clause that needs its
// verb.
func agreedForms(t string) []string {
	if !strings.HasSuffix(t, ".") || !analyze.Balanced(t) {
		return nil
	}
	var forms []string
	for _, base := range withoutAsides(dropStop(t)) {
		forms = append(forms, base)
		for _, c := range analyze.Cuts(analyze.Sentence{Text: base + "."}) {
			rest := strings.Fields(strings.TrimLeft(base[len(dropStop(c.Text)):], " ,;"))
			// a dash may open an aside that the main clause goes on after
			if len(rest) > 0 && !turning[strings.ToLower(strings.Trim(rest[0], `,;"'“‘(`))] && strings.Trim(rest[0], "-—–") != "" {
				forms = append(forms, dropStop(c.Text))
			}
		}
		forms = append(forms, tailCuts(base)...)
	}
	var out []string
	seen := map[string]bool{dropStop(t): true}
	for _, f := range forms {
		f = strings.TrimRight(f, " ,;:")
		if seen[f] || len(strings.Fields(f)) < minAgreedWords || !analyze.Balanced(f) || analyze.OpeningAlone(f) ||
			strings.HasSuffix(f, "—") || strings.HasSuffix(f, "–") || strings.HasSuffix(f, "-") || !hasVerb(f) || verblessLast(f) {
			continue
		}
		seen[f] = true
		if !strings.HasSuffix(f, ".") {
			f += "." // "... before 11 p.m." ends on its abbreviation's stop
		}
		out = append(out, f)
	}
	sort.SliceStable(out, func(x, y int) bool { return len(out[x]) > len(out[y]) })
	return out
}

// verblessLast reports whether the last clause that ", and" or ", but"
// opens has no verb: "..., and in filings in the bankruptcy court" was
// cut before the clause's subject and verb.
func verblessLast(f string) bool {
	i := max(strings.LastIndex(f, ", and "), strings.LastIndex(f, ", but "))
	return i >= 0 && !hasVerb(f[i+6:])
}

// minAgreedWords is the fewest words of a shorter wording: fewer rarely
// say who did what.
const minAgreedWords = 8

// turning open a clause that turns the main clause or qualifies it: left
// out, the sentence would keep one side of what it weighs.
var turning = map[string]bool{
	"while": true, "though": true, "although": true, "despite": true, "even": true,
	"whereas": true, "but": true, "yet": true, "however": true,
}

// tailPhrase open a phrase at the end of a sentence that its main clause
// can do without: where or when. Prepositions that a verb may want
// ("prevent them from", "charged with", "called on", "blamed for") are
// not among them; "on" is, before a day.
var tailPhrase = map[string]bool{
	"in": true, "at": true, "during": true, "near": true, "across": true, "amid": true,
	"between": true, "throughout": true,
}

// innerClause reports whether the words hold a clause inside the
// sentence (see opensInnerClause), other than what someone said ("said
// that ..."): a cut after it may leave that clause without the words
// its verb wants ("a bill that would prevent police officers").
func innerClause(words []string) bool {
	for k, w := range words {
		low := strings.ToLower(strings.Trim(w, `"'“‘(),;:`))
		if k > 0 && opensInnerClause[low] && !(low == "that" && reportsThat(words[max(0, k-2):k])) {
			return true
		}
	}
	return false
}

// tailCuts returns s cut before a clause of time that follows its main
// clause, before the second verb phrase of its subject, and before a
// phrase at its end (see tailPhrase). The words left out hold no verb,
// no comma and no quotation, so no clause loses its verb and no list
// its end; the words kept end as a whole cut does (see wholeCut) and not
// within three words of "to", which may want the verb or the place that
// followed ("plans to withdraw", "moved to").
func tailCuts(s string) []string {
	words := strings.Fields(s)
	var out []string
	for k := minAgreedWords; k < len(words); k++ {
		prev := strings.ToLower(strings.Trim(words[k-1], `"'“”‘’()`))
		head := strings.Join(words[:k], " ")
		if attributes(words[k:]) {
			break // what the sentence attributes stays with it
		}
		if keptPhrase(words, k) || casualtyEnd(head) || reasonLeftOut(words[:k], strings.Join(words[k:], " ")) {
			continue
		}
		opener := tailOpener(words[k:])
		if (opener == tailTime || opener == tailPlace) && analyze.Negated(head) {
			// a claim that something did not happen says more without
			// its phrase of time or place, not less: "divers have not
			// found rot in the piles of the east pier" is no "divers
			// have not found rot"
			continue
		}
		switch opener {
		case tailTime, tailVerb:
			if announcesNext(head) || opener == tailVerb && !pastOrAux(head) {
				continue // a second verb phrase wants a first
			}
			if opener == tailVerb && sharedObject(words[:k], words[k:]) {
				continue // "revealed | and introduced the bill": the first verb shares the second's object
			}
			// "until after the vote" is one phrase: the cut would end on
			// "until"; "made his first appearance | before the committee"
			// names an audience (wholeCut asks the same of a place)
			// "it could be a decade or more | before ...": the span
			// goes with the clause that it measures
			if !strings.Contains(head, ",") && !holdsRelative(head) && !timeWords[prev] && analyze.TimeMeasure(words[:k]) == 0 && !dangles[prev] && !opensInnerClause[prev] && !phraseWords[prev] &&
				!completesVerb(words[:k], words[k]) && !verbAfterCut(head, strings.Join(words[k:], " ")) {
				out = append(out, head)
			}
		case tailPlace:
			if !openingComma(words[:k]) && plainTail(words[k:]) && !nearTo(words[:k]) && !innerClause(words[:k]) && !unboundPeople(words[:k]) &&
				wholeCut(head, strings.Join(words[k:], " ")) && !dangles[prev] && !phraseWords[prev] && !timeWords[prev] {
				out = append(out, head)
			}
		}
	}
	return out
}

// What the words after a cut open, as tailOpener tells.
const (
	tailNone  = iota
	tailTime  // a clause of time: "after the vote"
	tailVerb  // the second verb phrase of the subject: "and fired two officials"
	tailPlace // a phrase of place or time: "in a new role", "on Monday"
)

// tailOpener tells what the words after a cut open: a clause of time, a
// second verb phrase ("and" before a past form), a phrase of place or
// time (see tailPhrase; "on" before a day), or nothing a cut may leave
// out.
func tailOpener(rest []string) int {
	if len(rest) < 2 {
		return tailNone
	}
	low, next := strings.ToLower(rest[0]), strings.ToLower(strings.Trim(rest[1], `,.;:`))
	switch {
	case low == "after" || low == "before" || low == "following":
		return tailTime
	case low == "and" && pastForm(next) && len(rest) > 2 && !isCapitalised(strings.Trim(rest[1], `"'“‘(`)):
		// not "and | United Harbours reports", nor a lone last word
		// ("pale | and exhausted."), which describes
		return tailVerb
	case tailPhrase[low] || low == "on" && weekday(rest[1]):
		return tailPlace
	case low == "for" && spanOfTime(rest[1:]):
		return tailPlace // "for most of the day", "for several hours"
	}
	return tailNone
}

// spanOfTime reports whether words, after "for", open by telling for how
// long: an article, a quantifier or "most of the", then a unit of time
// ("most of the day", "several hours", "the weekend").
func spanOfTime(words []string) bool {
	k := 0
	for k < len(words) && k < 3 {
		switch strings.ToLower(words[k]) {
		case "most", "much", "part", "of", "the", "a", "an", "several", "many", "some", "few":
			k++
			continue
		}
		break
	}
	if k == 0 || k >= len(words) {
		return false
	}
	unit := strings.ToLower(strings.Trim(words[k], ",.;:"))
	return spanUnits[unit]
}

// spanUnits are the units of time that spanOfTime takes.
var spanUnits = map[string]bool{"day": true, "days": true, "night": true, "nights": true, "hour": true, "hours": true,
	"week": true, "weeks": true, "weekend": true, "month": true, "months": true, "morning": true, "afternoon": true, "evening": true}

// openingComma reports whether the words hold a comma other than the one
// that closes an opening phrase ("At one stop, the van ..."): a cut
// after such a comma may end inside an aside or a list.
func openingComma(words []string) bool {
	opening := analyze.OpeningAlone(strings.Trim(words[0], ","))
	for _, w := range words {
		if !strings.HasSuffix(w, ",") {
			continue
		}
		if !opening {
			return true
		}
		opening = false
	}
	return false
}

// attributes reports whether the words say who says so: a verb of
// speech or "according to".
func attributes(words []string) bool {
	for _, w := range words {
		low := strings.ToLower(strings.Trim(w, `"'“”‘’(),;:.`))
		if speechVerb(low) || low == "according" || low == "reported" {
			return true
		}
	}
	return false
}

// plainTail reports whether the words a cut leaves out are one phrase
// that states no fact of its own: no verb, no comma, no quotation and
// no number among them ("in 2011", "for 30 days" tell when and how
// long). The one comma a place may hold before its last word, that of
// the state or country it lies in ("in Dunmere, Kell"), is no clause.
func plainTail(tail []string) bool {
	for k, w := range tail {
		low := strings.ToLower(strings.Trim(w, `"'“”‘’(),;:.`))
		if k == len(tail)-2 && strings.HasSuffix(w, ",") && isCapitalised(w) && isCapitalised(tail[k+1]) {
			w = strings.TrimSuffix(w, ",")
		}
		if finiteWord(low) || beForms[low] || strings.ContainsAny(w, `,;:"“”()—0123456789`) {
			return false
		}
	}
	return true
}

// nearTo reports whether one of the last three words is "to".
func nearTo(words []string) bool {
	for _, w := range words[max(0, len(words)-3):] {
		if strings.ToLower(w) == "to" {
			return true
		}
	}
	return false
}

// weekday reports whether w names a day of the week.
func weekday(w string) bool {
	switch strings.Trim(w, ",.;:") {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	return false
}
