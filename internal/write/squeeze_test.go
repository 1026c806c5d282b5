package write

import (
	"slices"
	"testing"
)

func TestSqueezeSteps(t *testing.T) {
	for _, tt := range []struct {
		name string
		step func(string) string
		in   string
		want string // "" when the step does not apply
	}{
		{"opening phrase", withoutOpening, "In April, the Tarrow port authority added 164 berths to its harbour", "The Tarrow port authority added 164 berths to its harbour"},
		{"opening participle", withoutOpening, "Facing fierce opposition, the council dropped its plan to close the ferry", "The council dropped its plan to close the ferry"},
		{"opening adverb", withoutOpening, "Recently, the Tarrow port authority added 164 berths to its harbour", "The Tarrow port authority added 164 berths to its harbour"},
		{"opening adverb without a comma", withoutOpening, "Now the Dunmere council has a final decision on the ferry", "The Dunmere council has a final decision on the ferry"},
		{"adverb before no clause", withoutOpening, "Meanwhile, in Tarrow, the ferry ran late", ""},
		{"no opening phrase", withoutOpening, "The council dropped its plan to close the ferry", ""},
		{"opening clause is not a phrase", withoutOpening, "After the vote, the council dropped its plan", ""},
		{"what follows is no clause", withoutOpening, "In Tarrow, where the ferry runs, the council met", ""},
		{"a plain noun for subject", withoutOpening, "In a short written reply, divers from Tarrow disputed the harbour board's report", "Divers from Tarrow disputed the harbour board's report"},
		{"a verb after the phrase is no subject", withoutOpening, "In a short written reply, disputed the harbour board's report on the pier", ""},
		{"a pronoun after the phrase is no subject", withoutOpening, "In a short written reply, they disputed the harbour board's report", ""},
		{"said that", saysForm, "Mayor Lena Marsh said on Monday that the port would close for a week", "Mayor Lena Marsh says the port would close for a week"},
		{"announced that", saysForm, "The Dunmere health ministry announced that it will send 150 million tests to the regions", "The Dunmere health ministry says it will send 150 million tests to the regions"},
		{"the auxiliary of a perfect", saysForm, "Harbour master Paul Lowe has announced that he will close the east pier in May", "Harbour master Paul Lowe says he will close the east pier in May"},
		{"a perfect with also", saysForm, "The Dunmere port board had also said that the ferry would run twice a day", "The Dunmere port board says the ferry would run twice a day"},
		{"that left out before a pronoun", saysForm, "Postmaster Lena Marsh said Friday she has no plans to reopen the east pier", "Postmaster Lena Marsh says she has no plans to reopen the east pier"},
		{"that left out before a noun", saysForm, "Postmaster Lena Marsh said Friday the east pier would stay shut", ""},
		{"a denial", saysForm, "Harbour master Paul Lowe never said that the east pier would close in May", ""},
		{"no speaker", saysForm, "The port would close, she said on Monday", ""},
		{"a clause before the speech", saysForm, "After the storm passed, Lena Marsh said that the port would close", ""},
		{"day before the verb", withoutInnerTime, "The council on Tuesday approved a new ferry timetable", "The council approved a new ferry timetable"},
		{"day that a participle leans on", withoutInnerTime, "An audit released on Monday found gaps", ""},
		{"apposition inside", withoutInnerApposition, "The ministry blocked a deposition from Paul Lowe, the ambassador to Tarrow and a central figure in the inquiry, according to his lawyer", "The ministry blocked a deposition from Paul Lowe, according to his lawyer"},
		{"apposition before the verb", withoutInnerApposition, "A letter from Paul Lowe, the harbour master, was read to the council", "A letter from Paul Lowe was read to the council"},
		{"apposition at the end", withoutInnerApposition, "The council named a new harbour master, Paul Lowe, the former head of the Tarrow pilots", "The council named a new harbour master, Paul Lowe"},
		{"a list is no apposition", withoutInnerApposition, "The council thanked Lena Marsh, the pilots and the ferry crews, who worked all night", ""},
		{"who said so is no apposition", withoutInnerApposition, "The port will close in Tarrow, the mayor said", ""},
		{"attribution at the end", withoutAccording, "The ministry blocked a deposition from Paul Lowe, according to his lawyer", "The ministry blocked a deposition from Paul Lowe"},
		{"titles before a name", withoutTitle, "Dunmere Harbour Secretary Lena Marsh defended her decision to close the pier", "Lena Marsh defended her decision to close the pier"},
		{"abbreviated place and title", withoutTitle, "U.S. Harbour Secretary Lena Marsh defended her decision", "Lena Marsh defended her decision"},
		{"a name with no title", withoutTitle, "Lena Anne Marsh defended her decision to close the pier", ""},
		{"no name", withoutTitle, "The harbour board defended its decision to close the pier", ""},
		{"description beside a name", withoutDescription, "The mayor’s choice for harbour master, Lena Marsh, vowed to protect the pier from developers", "Lena Marsh vowed to protect the pier from developers"},
		{"a clause is no description", withoutDescription, "When the storm passed, Lena Marsh, the harbour master, reopened the pier", ""},
		{"no verb after the name", withoutDescription, "Two harbour masters, Lena Marsh and Paul Lowe, both of Dunmere, met", ""},
		{"a list is no description", withoutDescription, "Ferries, Tarrow Boats, and the pilots met", ""},
	} {
		if got := tt.step(tt.in); got != tt.want {
			t.Errorf("%s: %q\n got %q\nwant %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestHeadlineFormsSqueeze checks that a long lede whose main clause
// holds a day, an apposition and an attribution still gives a headline:
// the sub-editor's steps combine.
func TestHeadlineFormsSqueeze(t *testing.T) {
	s := "The Dunmere transport ministry on Tuesday blocked a planned deposition from Paul Lowe, the ambassador to Tarrow and a central figure in the ferry inquiry, according to a statement by his lawyer."
	forms := headlineForms(s)
	want := "Dunmere transport ministry blocked a planned deposition from Paul Lowe"
	if !slices.Contains(forms, want) {
		t.Errorf("headlineForms(%q) = %q, want it to hold %q", s, forms, want)
	}
	s = "Mayor Lena Marsh said on Monday that the Tarrow ferry would stop running while the old pier is repaired by the navy."
	if forms := headlineForms(s); !slices.Contains(forms, "Mayor Lena Marsh says the Tarrow ferry would stop running") {
		t.Errorf("headlineForms(%q) = %q, want a form in the present of headlines", s, forms)
	}
}

func TestFirstClauses(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"The Dunmere economy added 12,000 jobs in May and the jobless rate rose to 3.6 percent", []string{"The Dunmere economy added 12,000 jobs in May"}},
		{"The council ordered the closure of the pier and the sale of the ferry", nil},
		{"Paul Lowe and Lena Marsh were elected to the harbour board", nil},
		{"Police said the pier was closed and Lena Marsh was taken to hospital", []string{"Police said the pier was closed"}},
		// "and" joins the subject of what the governor says
		{"The governor of Kell says all 12 crew and their skipper have been found alive on the island", nil},
		{"Harbour master Lena Marsh said on Monday the two ferries and their crews were safe in Tarrow", nil},
	} {
		if got := firstClauses(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("firstClauses(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
