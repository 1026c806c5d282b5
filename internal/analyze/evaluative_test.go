package analyze

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEvaluative(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"long overdue", "The council approved a long overdue repair of the Tollgate Pier.", []string{"long overdue"}},
		{"finally", "After six years the Tollgate Pier finally reopened to boats.", []string{"finally"}},
		{"only months", "The first rise comes in March, leaving landlords only months to comply.", []string{"only months"}},
		{"just two weeks", "The fee was dropped just two weeks after the hearing.", []string{"just two weeks"}},
		{"a mere three days", "Tenants had a mere three days to leave.", []string{"a mere three days"}},
		{"sweetheart deal", "Quarry owners walked away with a sweetheart deal.", []string{"sweetheart"}},
		{"latest example", "The closure is the latest example of city hall ignoring the east side.", []string{"latest example"}},
		{"putting X ahead of Y", "Critics of the board accuse it of putting profits ahead of safety every year.", []string{"putting profits ahead of"}},
		{"put X first", "The plan finally puts riders first.", []string{"finally", "puts riders first"}},
		{"working families", "Working families across Dunmere will pay more for water.", []string{"working families"}},
		{"normative deserve", "Fishing crews deserve a say in the plans.", []string{"deserve"}},
		{"grading adjectives", "The harbour had a horrible week and a terrible month.", []string{"horrible", "terrible"}},
		{"quoted words are the speaker's", `"This is long overdue," the harbourmaster said.`, nil},
		{"frequency is a rule, not a complaint", "Gardens may be watered only two days a week.", nil},
		{"only before a count", "Only 3 of the 10 pumps were working on Friday.", nil},
		{"just after a time", "Crews arrived just after 9 p.m. on Friday.", nil},
		{"the only day", "Monday was the only day the ferry ran.", nil},
		{"first as an ordinal", "The first payment of $40 arrives on March 1.", nil},
		{"put before a committee", "The bill was put before the committee on Tuesday.", nil},
		{"put ahead of a deadline", "The board put the vote ahead of the deadline.", nil},
		{"long as distance", "The queue ran long into the night at the depot.", nil},
		{"graded predicate", "The timing of the harbour vote is revealing.", []string{"is revealing"}},
		{"graded predicate with its reason", "The timing was particularly striking because the pier had just reopened.", []string{"was particularly striking"}},
		{"graded word as a verb", "The harbour master was telling reporters about the pier.", nil},
		{"graded word before a noun", "The survey is revealing cracks in the pier every week.", nil},
		{"let decay", "For years the board let the old ferry terminal crumble.", []string{"let the old ferry terminal crumble"}},
		{"allowed to decay", "The owners allowed the harbour wall to rot.", []string{"allowed the harbour wall to rot"}},
		{"let go ahead", "The judge let the trial go ahead in May.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Evaluative(tt.in)); diff != "" {
				t.Errorf("Evaluative(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// Plain factual sentences must come out clean: an evaluative false
// positive keeps a good fact off the page.
func TestEvaluativePlainSentences(t *testing.T) {
	for _, s := range []string{
		"The state Assembly voted 40-22 to raise the tobacco tax from $2 to $3 a pack by 2029.",
		"The first increase, to $2.50, takes effect on July 1.",
		"About 1,300 nurses at Fenwick Regional walked off the job at 6 a.m.",
		"The authority ordered households to cut water use by 12 percent.",
		"Inspectors found cracks in two of the pier's steel piles.",
		"The company said the change would take effect in 90 days.",
	} {
		if got := Evaluative(s); len(got) > 0 {
			t.Errorf("Evaluative(%q) = %q, want none", s, got)
		}
	}
}
