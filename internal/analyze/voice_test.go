package analyze

import (
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

func TestSpeakerStanceAndPassive(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Councillor Ada Lusk defended the budget as a fair deal.", "Councillor Ada Lusk"},
		{"Union leader Piet Horn has threatened further walkouts.", "Piet Horn"},
		{"Health economists warn that fixed ratios carry costs.", "Health economists"},
		{"The board deferred the upgrade twice, records show.", "records"},
		{"The ruling was welcomed by campaigners in the valley.", "campaigners"},
		{"The ruling was welcomed across the valley.", ""},
		{"The board deferred the upgrade twice.", ""},
	}
	for _, tt := range tests {
		if got := Speaker(tt.in); got != tt.want {
			t.Errorf("Speaker(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPersonal(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"If you take the 9 bus, you have seen the bags over the ticket machines.", true},
		{"Here is what is going on at the depot.", true},
		{"Our neighbour Jo Penn told us to ignore the refund emails.", true},
		{"We asked the agency, and a spokesperson said it did not know.", true},
		{`"We will rebuild the hall," the mayor said.`, false},
		{"The US Senate voted 51-49 on Tuesday.", false},
		{"The ferry stopped here twice a day.", false},
		{"I’ve never seen the pier so full, to be honest.", true},
		{"Let’s hope the second half is as good as the first.", true},
		{`"I’ve never seen it so full," Lowe said.`, false},
		{"Recall that a similar storm closed the pier last winter.", true},
		{"Bear in mind that the pier is a century old.", true},
		{"Note that the council has not voted yet.", true},
		{"Note holders will be repaid in full by the harbour board.", false},
		{"Be wary of those who promise a new pier by the spring.", true},
		{"Do not expect the east pier to reopen before May.", true},
		{"Be Kell Ltd said it would bid for the pier repairs.", false},
		{"Remembering the storm, the council closed the pier early.", false},
		{"Today there are ferry pilots, like this writer, who never learned to row.", true},
		{"The harbour board told this reporter that the pier would close.", true},
		{"The harbour board said this writer's account of the storm was wrong.", true},
		{"The board named a writer to tell the story of this pier.", false},
		{"You’ll also hear from the crews who rebuilt the pier.", true},
		{"If the ferry is late, you’d better take the bus.", true},
		// "I" that numbers what a name before it names is no one speaking
		{"She was born in the Tarrow hills after her family fled the fighting of World War I.", false},
		{"The pier opened under Queen Ilse I in 1911.", false},
		{"Her father fought in World War I, and her brother in the next one.", false},
		{"Yesterday I walked the length of the pier.", true},
		{"On Monday I walked the length of the pier.", true},
		{"In Dunmere Harbour I walked the length of the pier.", true},
		{"Marsh and I walked the length of the pier.", true},
	}
	for _, tt := range tests {
		s := newSentence(tt.in, false)
		if s.Opinion != tt.want && !tt.want {
			t.Errorf("Opinion(%q) = %v, want false", tt.in, s.Opinion)
		}
		if s.Personal != tt.want {
			t.Errorf("Personal(%q) = %v, want %v", tt.in, s.Personal, tt.want)
		}
	}
}

func TestWire(t *testing.T) {
	wire := report(1, 1, news.LeanRight, 0, "DUNMERE (Lowland Press) — The Dunmere council shut the east pier on Monday after divers found rot in its piles.\n\nThe pier carries 4,000 walkers a day.")
	copied := report(2, 2, news.Left, 1, "Crews in Dunmere began clearing the storm drains on Monday after a week of rain flooded 40 homes.\n\nThe council said it would pay for the repairs.")
	original := report(3, 3, news.Right, 0, copied.Text)
	copied.CopyOf = 3
	centre := report(4, 4, news.Center, 2, "Dunmere's harbour office counted 61 boats moored in the inner basin on Sunday, its highest tally this year.")
	unrated := report(5, 5, news.Unrated, 3, "Volunteers at the Dunmere lifeboat station painted the slipway over the weekend before the spring open day.")
	left := report(6, 6, news.LeanLeft, 4, "The Dunmere school board approved a new bus route for pupils on the north estate at its Thursday meeting.")
	a := Analyze([]news.ArticleRef{wire, copied, original, centre, unrated, left})
	want := map[int64]bool{1: true, 2: true, 3: true, 4: false, 5: false, 6: false}
	for _, r := range a.Reports {
		if r.Wire != want[r.ID] {
			t.Errorf("report %d (%s): wire=%v, want %v", r.ID, r.Outlet.Rating.Lean, r.Wire, want[r.ID])
		}
	}
}
