package write

import (
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

func TestNeutral(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"Port Calder closes North Bridge after inspectors find cracks in steel supports", true},
		{"State audit faults oversight of Youth Pathways grants", true},
		{"Harbor Authority shuts North Bridge; council weighs $12 million repair bill", true},
		{"Reckless neglect: Halvorsen's bridge fiasco leaves commuters stranded", false}, // loaded
		{`Mayor calls bridge plan "reckless"`, false},                                    // loaded, even quoted
		{"Is the North Bridge safe?", false},                                             // question
		{"Bridge closed!", false},                                                        // exclamation
		{"Here's why the North Bridge closed", false},                                    // teaser
		{"What we know about the North Bridge closure", false},                           // teaser
		{"BREAKING: North Bridge closed", false},                                         // label
		{"Watch: Crews inspect the North Bridge", false},                                 // label
		{"Audit: $4.2 million in youth jobs money unaccounted for", false},               // label
		{"NORTH BRIDGE CLOSED AFTER INSPECTION", false},                                  // all capitals
		{"5 things to know about the bridge closure", false},                             // list teaser
		{"The Harbor Authority closed the North Bridge on Tuesday after inspectors found cracks in two of its steel supports, officials said", false}, // too long
	}
	for _, tt := range tests {
		if got := Neutral(tt.title); got != tt.want {
			t.Errorf("Neutral(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

func TestTrimOutlet(t *testing.T) {
	o := news.Outlet{Name: "The Harbor Ledger", Slug: "harbor-ledger"}
	tests := []struct{ in, want string }{
		{"North Bridge closure follows cuts | The Harbor Ledger", "North Bridge closure follows cuts"},
		{"North Bridge closure follows cuts - Harbor Ledger", "North Bridge closure follows cuts"},
		{"North Bridge closure follows cuts — harbor-ledger", "North Bridge closure follows cuts"},
		{"Ferries run late - and riders wait", "Ferries run late - and riders wait"},
		{"North Bridge closed", "North Bridge closed"},
	}
	for _, tt := range tests {
		if got := trimOutlet(tt.in, o); got != tt.want {
			t.Errorf("trimOutlet(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHeadlineFrom(t *testing.T) {
	long := "The Harbor Authority closed the North Bridge to all traffic on Tuesday after a routine inspection found cracks, officials said."
	got := headlineFrom(long)
	if len(got) > maxHeadline || got == "" || got[len(got)-1] == '.' {
		t.Errorf("headlineFrom(long) = %q", got)
	}
	if got := headlineFrom("Ferries add evening crossings."); got != "Ferries add evening crossings" {
		t.Errorf("headlineFrom(short) = %q", got)
	}
}

func TestAnchor(t *testing.T) {
	used := map[string]bool{}
	for _, tt := range []struct{ title, want string }{
		{"Eastgate Tunnel", "eastgate-tunnel"},
		{"Eastgate Tunnel", "eastgate-tunnel-2"},
		{"Highlights", "highlights-2"},
		{"What Reyes, Delgado and Pruitt said", "what-reyes-delgado-and-pruitt-said"},
		{"Café & Co.", "caf-co"},
		{"!!!", "section"},
	} {
		if got := anchor(tt.title, used); got != tt.want {
			t.Errorf("anchor(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestParagraphSizes(t *testing.T) {
	for n, want := range map[int][]int{1: {1}, 4: {4}, 5: {3, 2}, 7: {4, 3}, 9: {3, 3, 3}} {
		got := paragraphSizes(n)
		if len(got) != len(want) {
			t.Errorf("paragraphSizes(%d) = %v, want %v", n, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("paragraphSizes(%d) = %v, want %v", n, got, want)
			}
		}
	}
}
