package analyze

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLoaded(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain report", "The council voted 5-4 on Tuesday to close the north bridge for repairs.", nil},
		{"attack verb", "The mayor slammed the council's decision on Tuesday.", []string{"slammed"}},
		{"other inflection by stem", "Critics keep slamming the plan.", []string{"slamming"}},
		{"label", "A radical proposal from the far-left bloc passed.", []string{"radical", "far-left"}},
		{"phrase", "Opponents called it a power grab by the board.", []string{"power grab"}},
		{"so-called", "The so-called reform adds a fee.", []string{"so-called"}},
		{"judging adverb", "The notoriously slow ferry left the quay late.", []string{"notoriously"}},
		{"inside straight quotes", `The mayor called the vote "a reckless giveaway to developers."`, nil},
		{"inside curly quotes", "Reyes said the plan was \u201cdisastrous and draconian\u201d for renters.", nil},
		{"outside and inside", `The reckless plan was, in her words, "a shameful scheme."`, []string{"reckless"}},
		{"open quote runs to the end", `He added: "This is chaos and everyone knows it.`, nil},
		{"exact entry does not match its stem", "Waste collection resumed after the shock of the storm.", nil},
		{"exact entry matches", "The shocking figures drew a wasteful response.", []string{"shocking", "wasteful"}},
		{"blast the noun is not loaded", "The blast damaged two warehouses near the port.", nil},
		{"blasted the verb is", "The senator blasted the plan.", []string{"blasted"}},
		{"longest phrase wins", "The far right rally drew hundreds.", []string{"far right"}},
		{"repeats once", "Chaos, more chaos.", []string{"chaos"}},
		{"case folded", "DRACONIAN rules, said the headline.", []string{"draconian"}},
		{"extreme weather is plain", "Extreme heat closed schools for two days.", nil},
		{"a feeling told as fact", "The harbour master was humiliated when the owner booted him from the quay.", []string{"humiliated", "booted"}},
		{"the boot the noun is plain", "A boot was found on the quay.", nil},
		{"a threat reported is plain", "The crews threatened to strike if the pier stayed shut.", nil},
		{"a punishment is plain", "The punishment for a first offence is a fine of 500 crowns.", nil},
		{"a punishing schedule sells", "The crews kept a punishing schedule all winter.", []string{"punishing"}},
		{"naked is plain", "Divers found the statue naked on the seabed.", nil},
		{"an astronomer is plain", "An astronomer at the Tarrow observatory found the comet.", nil},
		{"an excess is plain", "Fares rose in excess of 10 percent.", nil},
		{"astronomical sells", "The pier's repair bill is astronomical.", []string{"astronomical"}},
		{"nakedly sells", "The plan was a nakedly political move.", []string{"nakedly"}},
		{"a hyphenated judgment", "The film is known for its over-the-top violence.", []string{"over-the-top"}},
		{"a report judged as it is cited", "The council hid the cost, according to a damning audit.", []string{"damning"}},
		{"the verb is plain", "The heat will blister the paint on the quay.", nil},
		{"a label for a person", "The board banned a conspiracy theorist from the quay.", []string{"conspiracy theorist"}},
		{"a feeling sold as fact", "Crews shared a heartwarming photo of the rescue.", []string{"heartwarming"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Loaded(tt.in)); diff != "" {
				t.Errorf("Loaded(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestLoadedAnywhereCountsQuotes(t *testing.T) {
	got := LoadedAnywhere(`Mayor calls plan "reckless"`)
	if diff := cmp.Diff([]string{"reckless"}, got); diff != "" {
		t.Errorf("LoadedAnywhere (-want +got):\n%s", diff)
	}
}

// TestLexiconSize guards against a list that was cut by mistake or grew
// without review.
func TestLexiconSize(t *testing.T) {
	if n := LexiconSize(); n < 300 || n > 600 {
		t.Errorf("lexicon has %d entries, want 300 to 600", n)
	}
}

// Speech verbs that judge what is said, and words that condemn, are
// loaded in a sentence's own voice; in a quotation they are the
// speaker's.
func TestLoadedJudgingVerbs(t *testing.T) {
	for s, want := range map[string]string{
		"The senator claimed the raise would help 640,000 workers.":            "claimed",
		"Union president Delphine Marsh insisted the strike was for patients.": "insisted",
		"The union wants rigid staffing ratios.":                               "rigid",
		"Rioters broke into the building.":                                     "rioters",
		"Critics note that the plan costs more.":                               "critics note",
	} {
		if got := Loaded(s); !slices.Contains(got, want) {
			t.Errorf("Loaded(%q) = %q, want %q among them", s, got, want)
		}
	}
	if got := Loaded(`"They insisted on it," the senator said.`); len(got) != 0 {
		t.Errorf("a quoted judging verb counted: %q", got)
	}
}

// Neutral news sentences must come out clean: a false positive costs a
// good factual sentence.
func TestLoadedNeutralSentences(t *testing.T) {
	for _, s := range []string{
		"Inspectors found cracks in two steel supports of the bridge.",
		"The storm knocked out power to 40,000 homes across the county.",
		"The board approved a budget of $2.3 million for the coming year.",
		"Police said the blast was caused by a gas leak.",
		"The landmark ruling was handed down by a panel of three judges.",
		"Waste water treatment will resume on Monday, officials said.",
		"Turnout rose to 61 percent, the highest since 2008.",
		"The left lane will stay closed while crews repair the deck.",
		"Ferry operators added evening crossings for commuters.",
		"The elite squad trained for six weeks before the final.",
	} {
		if got := Loaded(s); len(got) > 0 {
			t.Errorf("Loaded(%q) = %q, want none", s, got)
		}
	}
}

// TestNeutralPhrases: a plain phrase that holds a listed word is not
// loaded, and the word alone still is.
func TestNeutralPhrases(t *testing.T) {
	if got := Loaded("The group claimed responsibility for the attack on Sunday."); len(got) != 0 {
		t.Errorf("claimed responsibility: Loaded = %v, want none", got)
	}
	if got := Loaded("The senator claimed the raise would help 640,000 workers."); len(got) != 1 {
		t.Errorf("claimed: Loaded = %v, want one word", got)
	}
}

func TestQuoteLoaded(t *testing.T) {
	for in, want := range map[string]string{
		"The harbour master was humiliated when the owner booted him from the quay.": "The harbour master was “humiliated” when the owner “booted” him from the quay.",
		"Opponents called it a power grab by the board.":                             "Opponents called it a “power grab” by the board.",
		`The mayor slammed the plan, calling it "a reckless giveaway."`:              "The mayor “slammed” the plan, calling it \"a reckless giveaway.\"",
		"The council voted 5-4 on Tuesday to close the bridge.":                      "",
	} {
		got, ok := QuoteLoaded(in)
		if ok != (want != "") || got != want {
			t.Errorf("QuoteLoaded(%q) = %q, %v; want %q", in, got, ok, want)
		}
		if ok && len(Loaded(got)) > 0 {
			t.Errorf("QuoteLoaded(%q) = %q still uses loaded words in its own voice: %v", in, got, Loaded(got))
		}
	}
}

// TestDropSellingModifiers: the words that sell a plain noun go, with
// the quotation marks the writer put around them, and the article
// before them agrees with the noun; other loaded words and plain text
// stay.
func TestDropSellingModifiers(t *testing.T) {
	for in, want := range map[string]string{
		"The office denied an explosive report by the Ledger":          "The office denied a report by the Ledger",
		"The office denied an “explosive report” by the Ledger":        "The office denied a report by the Ledger",
		"The office denied an “explosive report by the Ledger”":        "The office denied a “report by the Ledger”",
		"An explosive report named the builder":                        "A report named the builder",
		"The board answered the explosive allegations, Ledger reports": "The board answered the allegations, Ledger reports",
		"Divers found an explosive device near the pier":               "Divers found an explosive device near the pier",
		"The mayor slammed the report":                                 "The mayor slammed the report",
		"The mayor launched a fierce attack on the harbour board":      "The mayor launched an attack on the harbour board",
		"The board drew a stinging rebuke from the ferry crews":        "The board drew a rebuke from the ferry crews",
		"Lena Marsh, a fierce critic of the board, spoke first":        "Lena Marsh, a fierce critic of the board, spoke first",
		"Crews fought a fierce fire on the pier":                       "Crews fought a fierce fire on the pier",
	} {
		if got := DropSellingModifiers(in); got != want {
			t.Errorf("DropSellingModifiers(%q) = %q, want %q", in, got, want)
		}
	}
	if l := Loaded("The office denied an explosive report."); len(l) != 1 {
		t.Errorf("Loaded: %q, want the phrase", l)
	}
}
