package analyze

import (
	"regexp"
	"strings"
	"time"
)

// relativeDay matches a word that tells a day by the day a report was
// written ("yesterday", "tonight", "last night", "this morning"), and the
// possessive after it.
var relativeDay = regexp.MustCompile(`\b(?i:yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening)\b(['’]s)?`)

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
// unknown. "Today" stays too: it is as often "nowadays" as a day.
func DatedDays(s string, at time.Time) string {
	if at.IsZero() {
		return s
	}
	return replaceOwn(s, relativeDay, func(m []int) (string, int, bool) {
		word := strings.ToLower(s[m[0]:m[1]])
		if m[2] >= 0 {
			word = strings.ToLower(s[m[0]:m[2]])
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
		default: // "this morning", "this afternoon", "this evening"
			part = " " + strings.Fields(word)[1]
		}
		name := day.Weekday().String() + part
		before := strings.Fields(s[:m[0]])
		prev := ""
		if len(before) > 0 {
			prev = strings.ToLower(strings.Trim(before[len(before)-1], `,;:"'“‘(`))
		}
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
