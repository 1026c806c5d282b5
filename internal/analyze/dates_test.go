package analyze

import (
	"testing"
	"time"
)

func TestDatedDays(t *testing.T) {
	at := time.Date(2031, 3, 12, 9, 0, 0, 0, time.UTC) // a Wednesday
	for in, want := range map[string]string{
		"The ferry line filed a claim against the board yesterday.":   "The ferry line filed a claim against the board on Tuesday.",
		"Yesterday, the council voted to close the pier.":             "On Tuesday, the council voted to close the pier.",
		"The night ferry sails tonight at 9.15pm from the west quay.": "The night ferry sails on Wednesday night at 9.15pm from the west quay.",
		"Crews worked late last night to clear the quay.":             "Crews worked late on Tuesday night to clear the quay.",
		"The board meets tomorrow to vote on the levy.":               "The board meets on Thursday to vote on the levy.",
		"Police closed the quay this morning after the storm.":        "Police closed the quay on Wednesday morning after the storm.",
		"Yesterday's vote ended a year of talks.":                     "Tuesday's vote ended a year of talks.",
		"The quay has been shut since yesterday.":                     "The quay has been shut since Tuesday.",
		`"We left yesterday," Lowe said of the crews.`:                `"We left yesterday," Lowe said of the crews.`,
		"Ferries run more often today than they did a decade ago.":    "Ferries run more often today than they did a decade ago.",
		"The board announced today that the pier would close.":        "The board announced on Wednesday that the pier would close.",
		"The harbour board said today it would close the pier.":       "The harbour board said on Wednesday it would close the pier.",
		"Today's ferries are larger than the old ones.":               "Today's ferries are larger than the old ones.",
		// a verb in the past a few words before, "the day", a date after
		"Harbour reports made public today show the pier was safe.":             "Harbour reports made public on Wednesday show the pier was safe.",
		"The mayor accepted Lowe's resignation today.":                          "The mayor accepted Lowe's resignation on Wednesday.",
		"The storm shut the quay for most of the day today.":                    "The storm shut the quay for most of the day on Wednesday.",
		"Today, March 12, the new levy takes effect.":                           "On March 12, the new levy takes effect.",
		"Ferries that sailed from Tarrow, the old port, carry more cars today.": "Ferries that sailed from Tarrow, the old port, carry more cars today.",
	} {
		if got := DatedDays(in, at); got != want {
			t.Errorf("DatedDays(%q) = %q, want %q", in, got, want)
		}
	}
	if got := DatedDays("The board meets tomorrow.", time.Time{}); got != "The board meets tomorrow." {
		t.Errorf("with no time known: %q", got)
	}
}
