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
// today" is "announced on Wednesday"); elsewhere it is as often
// "nowadays", and stays.
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
		if word == "today" && (m[2] >= 0 || !pastDated[prev] && !edForm(prev)) {
			return "", 0, false
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
