package analyze

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

func TestQuantities(t *testing.T) {
	tests := []struct {
		in   string
		want []quantity
	}{
		{"The storm cut power to about 2,000 homes.", []quantity{{"2000", "home"}}},
		{"About 30,000 vehicles cross the bridge each day.", []quantity{{"30000", "vehicl"}}},
		{"The council will consider $12 million for repairs.", []quantity{{"12", "million repair"}}},
		{"The budget fell from $4.1 million to $2.6 million.", nil},
		{"The bridge opened in 1968 and closed at 6 p.m. on Sunday.", nil},
		{"Engineers need three weeks.", nil},
		{"Cracks in two steel supports.", []quantity{{"2", "steel"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, quantities(text.Normalize(tt.in)), cmp.AllowUnexported(quantity{})); diff != "" {
			t.Errorf("quantities(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestAgeIsNoFigure: "68-year-old" tells an age, not a count.
func TestAgeIsNoFigure(t *testing.T) {
	s := newSentence("The 68-year-old harbour master counted 12 boats.", false)
	if len(s.Figures) != 1 || s.Figures[0] != "12 boat" {
		t.Errorf("Figures = %q, want only the boats", s.Figures)
	}
}
