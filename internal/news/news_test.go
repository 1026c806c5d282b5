package news

import (
	"strconv"
	"strings"
	"testing"
)

func TestParseLean(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Lean
	}{{"lean_left", LeanLeft}, {"Lean Left", LeanLeft}, {"LEAN-RIGHT", LeanRight}, {" center ", Center}, {"unrated", Unrated}} {
		got, err := ParseLean(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseLean(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	if _, err := ParseLean("centre-ish"); err == nil {
		t.Error("ParseLean accepted an unknown lean")
	}
}

func TestLeanLabelsAndSides(t *testing.T) {
	want := map[Lean]struct {
		label string
		side  Side
	}{
		Left: {"Left", SideLeft}, LeanLeft: {"Lean Left", SideLeft}, Center: {"Center", SideCenter},
		LeanRight: {"Lean Right", SideRight}, Right: {"Right", SideRight}, Unrated: {"Unrated", SideNone},
	}
	for _, l := range Leans {
		if l.Label() != want[l].label || l.Side() != want[l].side {
			t.Errorf("%s: label %q side %v; want %q %v", l, l.Label(), l.Side(), want[l].label, want[l].side)
		}
	}
}

func TestSummary(t *testing.T) {
	p := Page{StoryID: "abc", Headline: "H", Byline: Byline{Articles: 3, Outlets: 2},
		Lead: []Sentence{{Text: "First.", Cites: []int{1}}, {Text: "Second.", Cites: []int{2}}}}
	s := p.Summary()
	if s.URL != "/stories/abc" || s.Lead != "First." || s.Articles != 3 || s.Outlets != 2 {
		t.Errorf("Summary = %+v", s)
	}
}

func TestUnattributed(t *testing.T) {
	tests := []struct {
		s    Sentence
		want string
		ok   bool
	}{
		{Sentence{Text: "The pier closed."}, "The pier closed.", true},
		{Sentence{Text: "According to The Ledger, the pier closed.", AttributedTo: "The Ledger"}, "the pier closed.", true},
		{Sentence{Text: "According to the mayor, the pier closed, The Ledger reported.", AttributedTo: "The Ledger"}, "According to the mayor, the pier closed.", true},
		{Sentence{Text: "The pier closed, The Ledger reported, citing the harbour police.", AttributedTo: "The Ledger"}, "The pier closed, according to the harbour police.", true},
		{Sentence{Text: "The pier closed, The Courier reported, citing the harbour police.", AttributedTo: "The Ledger"}, "", false},
		{Sentence{Text: "The pier closed, Coastal Radio reported, according to The Ledger.", AttributedTo: "The Ledger"}, "The pier closed, Coastal Radio reported.", true},
		{Sentence{Text: "In a commentary, The Ledger wrote that the pier was never safe.", AttributedTo: "The Ledger"}, "the pier was never safe.", true},
		{Sentence{Text: "The pier was never safe, The Ledger wrote in a commentary.", AttributedTo: "The Ledger"}, "The pier was never safe.", true},
		{Sentence{Text: "In a commentary, The Courier wrote that the pier was never safe.", AttributedTo: "The Ledger"}, "", false},
	}
	for _, tt := range tests {
		got, ok := Unattributed(tt.s)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Unattributed(%q) = %q, %v; want %q, %v", tt.s.Text, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCount(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{0, "0 reports"}, {1, "1 report"}, {2, "2 reports"}} {
		if got := Count(tc.n, "report", "reports"); got != tc.want {
			t.Errorf("Count(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

// TestTally: counts are listed largest first, equal counts in the keys'
// order, each key by the name given.
func TestTally(t *testing.T) {
	got := Tally(map[int]int{3: 1, 1: 1, 2: 4}, func(k int) string { return "event-" + strconv.Itoa(k) })
	if want := "event-2 4, event-1 1, event-3 1"; got != want {
		t.Errorf("Tally = %q, want %q", got, want)
	}
	if got := Tally(map[string]int{}, func(k string) string { return k }); got != "" {
		t.Errorf("Tally of nothing = %q, want \"\"", got)
	}
}

// TestSideHeading: a side of the framing is headed by the leans of its
// outlets as the page's sources give them, so that it agrees with the
// coverage by lean; unrated and unlisted outlets change nothing.
func TestSideHeading(t *testing.T) {
	p := Page{Sources: []Source{
		{Outlet: "Dunmere Voice", Lean: Left},
		{Outlet: "Lowland Press", Lean: LeanLeft},
		{Outlet: "Coastal Standard", Lean: LeanRight},
		{Outlet: "Kell Wire", Lean: Unrated},
	}}
	for _, tc := range []struct {
		f    Framing
		want string
	}{
		{Framing{Side: "Left", Outlets: []string{"Lowland Press", "Dunmere Voice"}}, "Left and Lean Left"},
		{Framing{Side: "Left", Outlets: []string{"Dunmere Voice"}}, "Left"},
		{Framing{Side: "Right", Outlets: []string{"Coastal Standard", "Kell Wire"}}, "Lean Right"},
		{Framing{Side: "Center", Outlets: []string{"Tarrow Post"}}, "Center"},
	} {
		if got := p.SideHeading(tc.f); got != tc.want {
			t.Errorf("SideHeading(%v) = %q, want %q", tc.f.Outlets, got, tc.want)
		}
	}
}

// TestFramingNote: a page that shows no side's framing says why: no
// rated outlet, one side alone (a copy of another side's report counts
// for none), or sides whose wording did not differ; a page that shows
// some says nothing more.
func TestFramingNote(t *testing.T) {
	left := Source{Ref: 1, Outlet: "Dunmere Voice", Lean: Left}
	leanLeft := Source{Ref: 2, Outlet: "Lowland Press", Lean: LeanLeft}
	right := Source{Ref: 3, Outlet: "Coastal Standard", Lean: Right}
	unrated := Source{Ref: 4, Outlet: "Kell Wire", Lean: Unrated}
	copied := Source{Ref: 5, Outlet: "Tarrow Post", Lean: Right, CopyOf: 1}
	for _, tc := range []struct {
		sources []Source
		framing []Framing
		want    string
	}{
		{[]Source{unrated}, nil, "no sides to compare"},
		{[]Source{left, leanLeft, unrated}, nil, "one side of the spectrum"},
		{[]Source{left, copied}, nil, "one side of the spectrum"},
		{[]Source{left, right}, nil, "did not differ enough"},
		{[]Source{left, right}, []Framing{{Side: "Left", LoadedWords: []string{"grab"}}}, ""},
	} {
		got := Page{Sources: tc.sources, Framing: tc.framing}.FramingNote()
		if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
			t.Errorf("FramingNote(%d sources, %d sides shown) = %q, want it to say %q", len(tc.sources), len(tc.framing), got, tc.want)
		}
	}
}
