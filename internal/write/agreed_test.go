package write

import (
	"slices"
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

func TestAgreedForms(t *testing.T) {
	tests := []struct {
		in        string
		want, not []string
	}{
		{
			// a form that ends on an abbreviation ends on its stop alone
			in:   "The fire at the Tarrow depot broke out shortly before 11 p.m. in the east yard.",
			want: []string{"The fire at the Tarrow depot broke out shortly before 11 p.m."},
			not:  []string{"The fire at the Tarrow depot broke out shortly before 11 p.m.."},
		},
		{
			in:   "Lena Marsh, the port's longest-serving pilot, will return to the harbour board in a new role.",
			want: []string{"Lena Marsh will return to the harbour board in a new role.", "Lena Marsh will return to the harbour board."},
			// a cut after the apposition's comma would end inside it
			not: []string{"Lena Marsh, the port's longest-serving pilot, will return to the harbour board."},
		},
		{
			in:   "Tarrow said it would begin dredging the channel beyond the limits of a 2015 plan, marking the second breach in a week.",
			want: []string{"Tarrow said it would begin dredging the channel beyond the limits of a 2015 plan."},
		},
		{
			// the phrase a verb wants stays ("prevent owners from")
			in:  "The council approved a bill that would prevent owners from renting rooms to visitors.",
			not: []string{"The council approved a bill that would prevent owners."},
		},
		{
			// a noun keeps what it is in, on or for: confidence in whom?
			in:   "The mayor's office said the mayor had full confidence in the harbour master on Monday.",
			want: []string{"The mayor's office said the mayor had full confidence in the harbour master."},
			not:  []string{"The mayor's office said the mayor had full confidence."},
		},
		{
			in:  "The council imposed a ban on ferry traffic across the harbour.",
			not: []string{"The council imposed a ban."},
		},
		{
			// a clause that weighs the other side stays
			in:  "The board voted to cut ferry fares for residents of the harbour, while critics warned of closures.",
			not: []string{"The board voted to cut ferry fares for residents of the harbour."},
		},
		{
			// a number is a fact of its own; what the sentence attributes stays
			in:   "The east pier in Dunmere was closed in 2011 after divers found rot in its piles, the council said.",
			not:  []string{"The east pier in Dunmere was closed.", "The east pier in Dunmere was closed in 2011."},
			want: nil,
		},
		{
			// "until after" is one phrase
			in:  "The mayor urged the council to drop its plan to sell the east pier until after the elections in May.",
			not: []string{"The mayor urged the council to drop its plan to sell the east pier until."},
		},
		{
			// no form without a verb
			in:  "The search warrant for the harbour master's office — served the day the pier closed — was filed under seal on Thursday.",
			not: []string{"The search warrant for the harbour master's office."},
		},
	}
	for _, tt := range tests {
		got := agreedForms(tt.in)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("agreedForms(%q) = %q, want it to hold %q", tt.in, got, w)
			}
		}
		for _, n := range tt.not {
			if slices.Contains(got, n) {
				t.Errorf("agreedForms(%q) = %q, want no %q", tt.in, got, n)
			}
		}
		for _, f := range got {
			if !strings.HasSuffix(f, ".") || len(strings.Fields(f)) < minAgreedWords {
				t.Errorf("agreedForms(%q) gave %q: want a sentence of %d words or more", tt.in, f, minAgreedWords)
			}
		}
	}
}

// marshReturnStory has three outlets report one appointment, each with a
// detail of its own: no report backs another's sentence whole, but each
// backs the core that they share.
func marshReturnStory() []news.ArticleRef {
	return []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0,
			"Lena Marsh returns to harbour board",
			"Lena Marsh, the port's longest-serving pilot and a former captain of the lifeboat crew, will return to the Dunmere harbour board in a new role.\n\n"+
				"The board oversees the east pier, the west quay and the ferry landing.\n\n"+
				"Marsh left the board two years ago to run the pilot service."),
		pierArticle(2, "dunmere-voice", "Dunmere Voice", news.Left, 1,
			"Marsh back on Dunmere harbour board",
			"Lena Marsh will return to the Dunmere harbour board after two years away running the pilot service, the harbour office confirmed in a statement.\n\n"+
				"She will chair the board's safety committee, which meets monthly.\n\n"+
				"The appointment runs for three years."),
		pierArticle(3, "coastal-standard", "Coastal Standard", news.Right, 2,
			"Pilot Lena Marsh rejoins harbour board",
			"Lena Marsh will return to the Dunmere harbour board at the start of next month to lead a review of the safety rules for night crossings, officials said.\n\n"+
				"Ilse Brandt, the harbour master, welcomed the appointment.\n\n"+
				"The ferry timetable for the winter was published on Friday."),
	}
}

// TestAgreedCoreInOwnVoice: the fact that all three outlets state, each
// in a sentence with details of its own, stands once in the page's own
// voice with their citations, in a shorter wording that each backs;
// Verify accepts the page.
func TestAgreedCoreInOwnVoice(t *testing.T) {
	arts := marshReturnStory()
	p, err := Writer{}.Write("marsh", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	var core *news.Sentence
	ForEachSentence(p, func(_ string, s news.Sentence) {
		if strings.Contains(s.Text, "Marsh will return to the Dunmere harbour board") && s.AttributedTo == "" {
			core = &s
		}
	})
	if core == nil {
		t.Fatalf("no sentence in the page's own voice says that Marsh returns to the board:\n%s", render(p))
	}
	if len(core.Cites) < 3 {
		t.Errorf("%q cites %v, want all three outlets", core.Text, core.Cites)
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Errorf("Verify: %v", probs)
	}
}

// TestCiteNeedsPredicate: a report that names the same people for
// another fact is not cited for this one, however many of the
// sentence's words are names.
func TestCiteNeedsPredicate(t *testing.T) {
	for _, c := range []struct {
		first, second, sentence, why string
	}{
		{"Ilse Brandt criticised Paul Lowe in a letter.", "Ilse Brandt has invited Paul Lowe to visit.",
			"Ilse Brandt criticised", "the other names the same people for another fact"},
		// a role before the name and a word of time are no shared fact
		{"Chief executive Lena Marsh said the company had been reviewing its fares for more than a year.",
			"Chief executive Lena Marsh took home $2 million last year.",
			"Chief executive Lena Marsh said", "the other says something else of the chief executive"},
		// nor is the role that comes with a name in the other report
		{"Lena Marsh is pacing the Tarrow coaching box.", "\"We never stopped,\" said Tarrow coach Lena Marsh.",
			"Lena Marsh is pacing", "the other gives Marsh's role, not what she is doing"},
	} {
		arts := []news.ArticleRef{
			pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "", c.first+"\n\nThe ferry runs hourly."),
			pierArticle(2, "dunmere-voice", "Dunmere Voice", news.Left, 1, "", c.second+"\n\nThe pier reopens in May."),
		}
		a := analyze.Analyze(arts)
		d := newDraft(a, DefaultMaxWordsPerSource)
		i := find(t, a, 1, c.sentence)
		if got := d.cites(i, a.Sentences[i].Text, a.Sentences[i].Matches...); len(got) != 1 {
			t.Errorf("%q: cites = %v, want only its own report: %s", c.first, got, c.why)
		}
	}
}

// TestCiteNeedsNegation: a report that tells most of a claim's words
// without its "not" says the opposite, or something else, and is not
// cited for it; one that says it with a negation of its own is.
func TestCiteNeedsNegation(t *testing.T) {
	claim := "Harbour master Ilse Brandt said divers have not found rot in the east pier piles."
	for _, c := range []struct {
		other string
		cited bool
	}{
		{"Harbour master Ilse Brandt said divers found rot in the east pier piles on Monday.", false},
		{"Divers found rot in the east pier piles, harbour master Ilse Brandt said.", false},
		{"Harbour master Ilse Brandt said divers did not find rot in the east pier piles.", true},
	} {
		arts := []news.ArticleRef{
			pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "", claim+"\n\nThe ferry runs hourly."),
			pierArticle(2, "dunmere-voice", "Dunmere Voice", news.Left, 1, "", c.other+"\n\nThe pier reopens in May."),
		}
		a := analyze.Analyze(arts)
		d := newDraft(a, DefaultMaxWordsPerSource)
		i := find(t, a, 1, "Harbour master Ilse Brandt said divers have not")
		if got := d.cites(i, a.Sentences[i].Text); (len(got) == 2) != c.cited {
			t.Errorf("with %q: cites = %v, want the other report cited: %v", c.other, got, c.cited)
		}
	}
}

// TestCiteAcrossSpellings: a report that writes a name without its
// accents, or by its initials, is cited for a claim that spells it out.
func TestCiteAcrossSpellings(t *testing.T) {
	claim := "Harbour master Ilse Brandte said the Tarrow Harbour Authority found rot in the east pier piles."
	for _, other := range []string{
		"Harbour master Ilse Brandté said the Tarrow Harbour Authority found rot in the east pier piles on Monday.",
		"Harbour master Ilse Brandte said the THA found rot in the east pier piles on Monday.",
	} {
		arts := []news.ArticleRef{
			pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "", claim+"\n\nThe ferry runs hourly."),
			pierArticle(2, "dunmere-voice", "Dunmere Voice", news.Left, 1, "", other+"\n\nThe pier reopens in May."),
		}
		a := analyze.Analyze(arts)
		d := newDraft(a, DefaultMaxWordsPerSource)
		i := find(t, a, 1, "Harbour master Ilse Brandte said")
		if got := d.cites(i, a.Sentences[i].Text); len(got) != 2 {
			t.Errorf("with %q: cites = %v, want the other report cited too", other, got)
		}
	}
}

// TestHoldsShorterWording: a sentence is the report's words when it
// leaves out only an aside, or a phrase or clause after its main clause;
// words left out from the middle are not.
func TestHoldsShorterWording(t *testing.T) {
	art := pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
		"Lena Marsh, the port's longest-serving pilot, will return to the harbour board in a new role.\n\n"+
			"The pier (built in 1911) closed on Monday after divers found rot.\n\n"+
			"The crews kept working on the east pier even after the council voted to shut it\n\n"+
			"The board will close the quay unless the crews finish by May.\n\n"+
			"The harbour office will reopen the west quay when the divers are done.")
	r := newReport(art, "Lowland Press", false)
	for _, s := range []string{
		"Lena Marsh will return to the harbour board in a new role.",
		"Lena Marsh will return to the harbour board.",
		"The pier closed on Monday.",
		"The crews kept working on the east pier.", // before a clause of concession
	} {
		if !r.containsVerbatim(s) {
			t.Errorf("containsVerbatim(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"Lena Marsh will return to the board in a new role.",
		"The pier closed after divers found rot.",
		"The board will close the quay.",                // not without its condition
		"The harbour office will reopen the west quay.", // nor without when
	} {
		if r.containsVerbatim(s) {
			t.Errorf("containsVerbatim(%q) = true, want false", s)
		}
	}
}

// TestListIsNoApposition: the words between the commas after a name
// that opens a list are not an aside that may go.
func TestListIsNoApposition(t *testing.T) {
	s := "Tarrow, Wente and Dunmere crews launched a search along the coast, a response to a storm that sank two boats"
	for _, f := range withoutAsides(s) {
		if strings.HasPrefix(f, "Tarrow a response") {
			t.Errorf("withoutAsides(%q) gave %q", s, f)
		}
	}
	if got := withoutAsides("Lena Marsh, the port's longest-serving pilot, will return to the board"); !slices.Contains(got, "Lena Marsh will return to the board") {
		t.Errorf("withoutAsides dropped no apposition: %q", got)
	}
	// an adjective in -ed after a word of degree is no verb of a list
	if got := withoutAsides("Lena Marsh, one of the port's most trusted pilots, is returning to the board"); !slices.Contains(got, "Lena Marsh is returning to the board") {
		t.Errorf("withoutAsides dropped no apposition with a graded adjective: %q", got)
	}
	// a comma inside a relative clause closes an item of its list, not
	// the clause
	s = "Greer Jr., who was hurt in his chest, hip, thigh and elbow, was flown to the Dunmere hospital"
	for _, f := range withoutAsides(s) {
		if strings.HasPrefix(f, "Greer Jr. hip") {
			t.Errorf("withoutAsides(%q) gave %q", s, f)
		}
	}
	if got := withoutAsides("Greer Jr., who was hurt in the crash, was flown to the Dunmere hospital"); !slices.Contains(got, "Greer Jr. was flown to the Dunmere hospital") {
		t.Errorf("withoutAsides dropped no relative clause: %q", got)
	}
}

func TestPredicate(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Chief executive Helena Marchetti said the company had been reviewing its pricing for more than a year.", []string{"compani", "price", "review"}},
		{"Lowe blames harbour master Ilse Brandt for the delay.", []string{"blame", "delay", "harbour"}},
		{"Lowe blames Marchetti for the delay.", []string{"blame", "delay"}},
	} {
		got := d.predicate(tt.in, newClaim(tt.in))
		if !slices.Equal(got, tt.want) {
			t.Errorf("predicate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDropsKey: a shorter wording keeps the words of the main event.
func TestDropsKey(t *testing.T) {
	d := newDraft(analyze.Analysis{}, DefaultMaxWordsPerSource)
	keyOf := func(words string) map[string]bool {
		key := map[string]bool{}
		for _, st := range stemSet(words) {
			key[st] = true
		}
		return key
	}
	key := keyOf("Lena Marsh dies")
	if d.dropsKey("Lena Marsh, who led the Tarrow harbour board for 20 years, died at the age of 84.", "Lena Marsh died at the age of 84.", key) {
		t.Errorf("leaving out the board she led drops the event")
	}
	key = keyOf("officer kills woman")
	if !d.dropsKey("The officer fired through a window, killing a woman inside.", "The officer fired through a window.", key) {
		t.Errorf("leaving out the killing keeps the event")
	}
}

// TestCorroboratedCut: a sentence one outlet states whole, whose main
// clause a second outlet states too, stands cut to that clause, in the
// desk's voice and cited to both; a cut that leaves out too much of the
// sentence does not.
func TestCorroboratedCut(t *testing.T) {
	story := func(aside string) []news.ArticleRef {
		return []news.ArticleRef{
			pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Ferry fines go",
				"The Dunmere council will cancel $84,000 in fines owed by ferry crews for late sailings on the east route, "+aside+"\n\n"+
					"The fines were set after a winter of storms."),
			pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Council drops ferry fines",
				"The Dunmere council will cancel $84,000 in fines owed by ferry crews for late sailings on the east route, the mayor said on Thursday.\n\n"+
					"Crews had asked for two years to have the fines dropped."),
		}
	}
	const cut = "The Dunmere council will cancel $84,000 in fines owed by ferry crews for late sailings on the east route."
	for aside, want := range map[string]bool{
		"despite warnings from harbour master Ilse Brandt.":                                                                             true,
		"despite warnings from harbour master Ilse Brandt that the storms of the last three winters had left the crews with no choice.": false,
	} {
		d := newDraft(analyze.Analyze(story(aside)), DefaultMaxWordsPerSource)
		d.useCuts()
		i := d.a.Reports[0].Sentences[0]
		if d.a.Reports[0].Ref != 1 {
			i = d.a.Reports[1].Sentences[0]
		}
		got, ok := d.usable(i, asFact)
		if !ok {
			t.Fatalf("sentence %q not usable", d.a.Sentences[i].Text)
		}
		cites := d.cites(i, got, d.claimMates(i)...)
		if (got == cut && len(cites) == 2) != want {
			t.Errorf("aside %q: usable as %q, cited to %v; want the cut in the desk's voice: %v", aside, got, cites, want)
		}
	}
}
