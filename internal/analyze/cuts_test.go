package analyze

import (
	"slices"
	"strings"
	"testing"
)

// TestCuts: a sentence is cut before the asides that trail its main
// clause, longest cut first, and never inside an opening clause, a
// quotation, a list after a colon or an aside between dashes.
func TestCuts(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The council approved the harbour budget on Monday, a move that critics called reckless.",
			[]string{"The council approved the harbour budget on Monday."}},
		{"The board voted to close the old ferry terminal in March, which angered dock workers, who marched on Friday.", nil},
		// how long after or before, ahead of the clause of time
		{"The mayor signed a sweeping overhaul of harbour rules on Thursday, shortly after the council approved it.",
			[]string{"The mayor signed a sweeping overhaul of harbour rules on Thursday."}},
		{"Lena Marsh conceded the harbour seat on Friday, two days before the count was certified.",
			[]string{"Lena Marsh conceded the harbour seat on Friday."}},
		{"The mayor signed the harbour rules on Thursday, just as the council had asked.", nil},
		{"The board voted to close the old ferry terminal in March, which angered the dock workers.",
			[]string{"The board voted to close the old ferry terminal in March."}},
		// a comma after a relative clause may close it and the main
		// clause go on: no cut, neither after it nor before it
		{"The lawsuit does not name the two singers, who have both dated the same woman, as defendants in the case.", nil},
		// an excerpt broken off inside its last clause
		{"The ministry issued a rule Friday barring two groups from the $286 million grant program, a long-expected move",
			[]string{"The ministry issued a rule Friday barring two groups from the $286 million grant program."}},
		{"The senator introduced a bill on Thursday to ban the practice -- the kind of raid that led to the shooting.",
			[]string{"The senator introduced a bill on Thursday to ban the practice."}},
		{"On January 30, 2018, charges were dismissed against the two dock workers, who had always denied the theft.",
			[]string{"On January 30, 2018, charges were dismissed against the two dock workers."}},
		{"A fire destroyed a warehouse on the east pier overnight, injuring two workers and closing part of the port.",
			[]string{"A fire destroyed a warehouse on the east pier overnight."}},
		// a list inside a participle's aside, and the phrase it goes on
		// with, are the aside's
		{"A storm flooded the lower town late on Sunday night, turning the quays of Tarrow, Kell and Dunmere, into a scene of ruin.",
			[]string{"A storm flooded the lower town late on Sunday night."}},
		{"The mayor told reporters late on Sunday night, citing the flood, that the quays would close.", nil},
		// "At least" counts the subject: no opening phrase to keep whole
		{"At least nine people were hurt in the harbour fire on Sunday, prompting the port to close.",
			[]string{"At least nine people were hurt in the harbour fire on Sunday."}},
		{"About 2,800 nurses at two clinics walked off the job at 7 a.m., beginning a three-day strike.",
			[]string{"About 2,800 nurses at two clinics walked off the job at 7 a.m."}},
		// a closing "with" and what it brings along
		{"The harbour board debated the pier budget for nine hours on Monday, with members voting late at night to put off the decision.",
			[]string{"The harbour board debated the pier budget for nine hours on Monday."}},
		// what the main clause needs stays
		{"The harbour will close for two weeks in May, officials said.", nil},
		// the attribution before the aside stays with the main clause
		{"The board plans to ask the holdover pilots to resign, people familiar with the matter said, as the new owners move to put their stamp on the port.",
			[]string{"The board plans to ask the holdover pilots to resign, people familiar with the matter said."}},
		{"The board plans to ask the holdover pilots to resign, said Lena Marsh, as the new owners take over.",
			[]string{"The board plans to ask the holdover pilots to resign, said Lena Marsh."}},
		// "said" may end a cut only as the attribution after a comma
		{"The harbour master, who retires in May, said, as the ferries left, that the quay would close.", nil},
		{"The harbour will close for two weeks in May, according to the port authority.", nil},
		{"The harbour will close for two weeks in May, but the ferries will run as usual.", nil},
		{"The agency, which was set up in 1990 by the council, said on Tuesday that it would close.", nil},
		{"Although the harbour reopened on Monday, including the north quay, which had flooded, ships stayed away.", nil},
		{"Workers tried everything they could on Thursday to stop the leak: pumps, sandbags, even divers.", nil},
		{"Members of the council — including and especially its chair — must vote on the plan next week.", nil},
		{"Officials said their worry was that the efforts of the harbour crews to pump water out of four of the six tanks — including fire hoses and a barge — showed few signs of working.", nil},
		{"Will the council approve the harbour budget on Monday, as the mayor hopes?", nil},
		// a wire dateline's dash opens no aside: the cut keeps the
		// dateline, which the page leaves out as it does the whole's
		{"DUNMERE — Harbour master Lena Marsh said Friday she has no plans to reopen the east pier, sparking fresh questions over the ferries.",
			[]string{"DUNMERE — Harbour master Lena Marsh said Friday she has no plans to reopen the east pier."}},
		// participles that end on ", or" are choices of a list that
		// began before them, which no cut may break
		{"The mayor ordered that all residents must keep avoiding the quays, going to the market, eating in the harbour cafes, or gathering in groups of more than ten.", nil},
		// never after a preposition
		{"Waste water goes through a very long filtration process, before it is used again for - as it happens - drinking.",
			[]string{"Waste water goes through a very long filtration process."}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range Cuts(newSentence(tt.in, false)) {
			got = append(got, c.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Cuts(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestCutsAnalyseAgain: a cut keeps its sentence's place and matches,
// and what it says is judged afresh: the loaded word of the aside is
// gone.
func TestCutsAnalyseAgain(t *testing.T) {
	s := newSentence("The council approved the harbour budget on Monday, a move that critics slammed as reckless.", false)
	s.Report, s.Index, s.Matches = 2, 5, []int{7}
	if len(s.Loaded) == 0 {
		t.Fatalf("the whole sentence has no loaded word; the test needs one")
	}
	cs := Cuts(s)
	if len(cs) != 1 {
		t.Fatalf("Cuts gave %d cuts, want 1", len(cs))
	}
	c := cs[0]
	if c.Report != 2 || c.Index != 5 || !slices.Equal(c.Matches, []int{7}) {
		t.Errorf("cut lost its place: report %d index %d matches %v", c.Report, c.Index, c.Matches)
	}
	if len(c.Loaded) != 0 {
		t.Errorf("cut %q still has loaded words %v", c.Text, c.Loaded)
	}
}

// TestBrokenOffCuts: a text that a feed's excerpt broke off inside a
// closing clause of time or concession is cut to its main clause; one
// that ends on a stop, on an ellipsis or on a credit is not a broken-off
// excerpt.
func TestBrokenOffCuts(t *testing.T) {
	s := newSentence("Harbour master Lena Marsh checked the tide tables at the quay every morning although she had left the", false)
	got := BrokenOffCuts(s)
	if len(got) != 1 || got[0].Text != "Harbour master Lena Marsh checked the tide tables at the quay every morning." {
		t.Errorf("BrokenOffCuts = %v, want the main clause", got)
	}
	s = newSentence("DUNMERE — Harbour master Lena Marsh checked the tide tables at the quay every morning although she had left the", false)
	if got := BrokenOffCuts(s); len(got) != 1 || got[0].Text != "DUNMERE — Harbour master Lena Marsh checked the tide tables at the quay every morning." {
		t.Errorf("BrokenOffCuts of a sentence after a dateline = %v, want the main clause", got)
	}
	for _, in := range []string{
		"Harbour master Lena Marsh checked the tide tables at the quay every morning although she had left.",
		"Harbour master Lena Marsh greets the ferry crews at the quay while a crowd holds up the old... (Coastal Standard)",
		"Harbour master Lena Marsh checked the tide tables at the quay every morning, although she had left the",
	} {
		if got := BrokenOffCuts(newSentence(in, false)); len(got) != 0 {
			t.Errorf("BrokenOffCuts(%q) = %v, want none", in, got)
		}
	}
}

// TestClosingClauseCuts: a whole sentence is cut to its main clause
// before a closing clause of time, cause or concession that no comma
// sets off; a measure of time before "after" goes with the clause unless
// "for" makes it the main clause's length. A preposition is no clause,
// and a main clause whose verb wants what follows is not cut.
func TestClosingClauseCuts(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Harbour master Lena Marsh was barred from the east quay for 30 days after the pilots' union accused her of lying.",
			[]string{"Harbour master Lena Marsh was barred from the east quay for 30 days."}},
		{"The Dunmere council reopened the east pier to walkers three weeks after divers had found rot in its piles.",
			[]string{"The Dunmere council reopened the east pier to walkers."}},
		{"The Tarrow ferry board is reviewing every contract at the quay because of the scandal.",
			[]string{"The Tarrow ferry board is reviewing every contract at the quay."}},
		{"The harbour board said the east pier closed to walkers after the divers had found rot in it on Monday.",
			[]string{"The harbour board said the east pier closed to walkers."}},
		{"The Tarrow harbour board said the east pier closed after the divers had found rot in it.",
			[]string{"The Tarrow harbour board said the east pier closed."}},
		{"The harbour board closed the east pier to walkers after the divers had found rot in it near Tarrow.", nil},
		{"Harbour master Paul Lowe stood on the east quay before the crowd of ferry riders and pilots.", nil},
		{"The harbour master told the pilots at the quay before the vote was held that the pier would close.", nil},
		{"The council's second vote on the pier comes after the board was split for months over the repairs.", nil},
		{"Harbour master Lena Marsh was barred from the east quay, after the pilots' union accused her of lying.", nil},
		// the span the clause measures goes with it, however it is
		// counted: cut before it, the main clause says nothing
		{"Divers have barely begun their survey of the pier and it could be a decade or more before the repairs begin.", nil},
		{"The Tarrow ferry may run for decades before its hull needs work.", nil},
		// a negated clause denies what its clause of time or cause adds
		{"Harbour master Paul Lowe did not resign from the board because of the audit.", nil},
	} {
		var got []string
		for _, c := range ClosingClauseCuts(newSentence(tt.in, false)) {
			got = append(got, c.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("ClosingClauseCuts(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct {
		rest string
		want bool
	}{
		{"three weeks after divers had found rot", true},
		{"after the vote", true},
		{"just days before the vote", true},
		{"a decade or more before the repairs begin", true},
		{"in May", false},
	} {
		if got := ClosingClauseAhead(strings.Fields(tt.rest)); got != tt.want {
			t.Errorf("ClosingClauseAhead(%q) = %v, want %v", tt.rest, got, tt.want)
		}
	}
}
