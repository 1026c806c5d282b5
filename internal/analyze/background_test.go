package analyze

import "testing"

func TestBackInMainClause(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Lowe and his ferry firm had previously been barred from the harbour in 2019.", true},
		{"The ferry previously ran at a loss, the council said.", true},
		{"According to the council, Brandt had left the board in May.", true},
		{"Ilse Brandt had not been told of the vote.", true},
		{"Paul Lowe had just bought the harbour master a ferry ticket.", true},
		{"The crews had already left the pier when the storm hit.", true},
		{"After the divers had found rot, the council closed the east pier.", false},
		{"Brandt said the divers had found rot in nine piles.", false},
		{"The harbour master, Paul Lowe, conceded on Friday he had closed the pier too soon.", false},
		{"The council closed the pier, which had been rebuilt in 1987.", false},
		{"The council had a majority of seven to two on Monday.", false},
		{"The crews had to leave the pier on Monday.", false},
		{"The storm has already killed 12 people in Dunmere.", false},
		{`Lowe called it "a pier that had been left to rot" on Monday.`, false},
		{"At 17:30 on Monday the ferry had carried 4,000 riders, more than in any year.", false},
		{"By Tuesday the council had closed both piers.", false},
		{"The council voted 7-2 on Monday to close the east pier.", false},
	} {
		if got := BackInMainClause(c.s); got != c.want {
			t.Errorf("BackInMainClause(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
