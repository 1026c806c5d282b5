package analyze

import (
	"regexp"
	"strings"
	"time"
)

// relativeDay matches a word that tells a day by the day a report was
// written ("yesterday", "tonight", "last night", "this morning"), and the
// possessive after it.
var relativeDay = regexp.MustCompile(`\b(?i:yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening|today)\b(['’]s)?`)

// pastDated are verbs in the past that "today" after them dates: "said
// today", "announced today" tell of one day; "today" alone is as often
// "nowadays".
var pastDated = map[string]bool{
	"said": true, "told": true, "made": true, "met": true, "held": true, "took": true, "gave": true,
	"won": true, "lost": true, "began": true, "rose": true, "fell": true, "left": true, "sent": true,
}

// todayDated reports whether a "today" after the words before and
// before the text after tells the day a report was written: a verb in
// the past stands before it in the same clause, at most three words
// back ("said today", "made public today", "accepted his resignation
// today"), or it follows "the day" ("for most of the day today"), or it
// opens the sentence before a date ("Today, June 11, ...").
func todayDated(before []string, after string) bool {
	if len(before) == 0 {
		return datedAfter.MatchString(after)
	}
	n := len(before)
	if n >= 2 && strings.EqualFold(before[n-2], "the") && strings.EqualFold(before[n-1], "day") {
		return true
	}
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		w := strings.ToLower(strings.Trim(before[k], `"'“‘(`))
		if k < n-1 && strings.ContainsAny(w, ",;:") {
			return false
		}
		if w = strings.Trim(w, ",;:"); pastDated[w] || edForm(w) {
			return true
		}
		if k < n-1 && (w == "than" || w == "that" || w == "who" || w == "which" || beForms[w]) {
			return false // "... more often today than", "... who are here today"
		}
	}
	return false
}

// datedAfter matches the comma and the date after a "Today" that opens a
// sentence: "Today, June 11, ...".
var datedAfter = regexp.MustCompile(`^,\s+(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}\b`)

// dayPrepositions may stand before a day with no "on": "since Monday",
// "until Friday".
var dayPrepositions = map[string]bool{
	"until": true, "till": true, "since": true, "by": true, "from": true, "before": true,
	"after": true, "of": true, "for": true, "through": true, "on": true, "as": true,
}

// DatedDays returns s, a sentence of a report written at at, with the
// day of the week where, in its own voice, it tells a day by the day it
// was written: "filed a claim yesterday" is "filed a claim on Tuesday",
// "Yesterday, the council voted" is "On Tuesday, the council voted",
// "which sails tonight" is "which sails on Wednesday night" and
// "yesterday's vote" is "Tuesday's vote". A page is read on other days
// than its reports were written, and its date line is the story's. Words
// in quotation marks are someone's, and stay; s stays whole when at is
// unknown. "Today" is a day only after a verb in the past ("announced
// today" is "announced on Wednesday", see todayDated) or before a date,
// which then tells the day alone ("Today, June 11, ..." is "On June 11,
// ..."); elsewhere it is as often "nowadays", and stays.
func DatedDays(s string, at time.Time) string {
	if at.IsZero() {
		return s
	}
	return replaceOwn(s, relativeDay, func(m []int) (string, int, bool) {
		word := strings.ToLower(s[m[0]:m[1]])
		if m[2] >= 0 {
			word = strings.ToLower(s[m[0]:m[2]])
		}
		before := strings.Fields(s[:m[0]])
		prev := ""
		if len(before) > 0 {
			prev = strings.ToLower(strings.Trim(before[len(before)-1], `,;:"'“‘(`))
		}
		if word == "today" && (m[2] >= 0 || !todayDated(before, s[m[1]:])) {
			return "", 0, false
		}
		if word == "today" && len(before) == 0 {
			return "On", m[1] + 1, true // "Today, June 11, ..." is "On June 11, ...": the date says which day
		}
		day, part := at, ""
		switch word {
		case "yesterday":
			day = at.AddDate(0, 0, -1)
		case "last night":
			day, part = at.AddDate(0, 0, -1), " night"
		case "tomorrow":
			day = at.AddDate(0, 0, 1)
		case "tonight":
			part = " night"
		case "today": // the day itself
		default: // "this morning", "this afternoon", "this evening"
			part = " " + strings.Fields(word)[1]
		}
		name := day.Weekday().String() + part
		switch {
		case m[2] >= 0: // "yesterday's vote"
			name += s[m[2]:m[3]]
		case m[0] == 0:
			name = "On " + name
		case !dayPrepositions[prev]:
			name = "on " + name
		}
		return name, m[1], true
	})
}
