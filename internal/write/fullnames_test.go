package write

import (
	"slices"
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// marshStory is a story whose first report calls its main person by
// surname in its opening sentence and gives the full name only in a
// question, which the page may not carry.
func marshStory(secondFirstName string) []news.ArticleRef {
	second := "Marsh filed a $2 million lawsuit against the harbour club on Thursday over the fight last week.\n\n"
	if secondFirstName != "" {
		second = secondFirstName + " Marsh filed a $2 million lawsuit against the harbour club on Thursday over the fight last week.\n\n"
	}
	return []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"Why did winger Lena Marsh sue the harbour club?\n\n"+
				"Marsh says she was cut by flying glass when bottles were thrown in the fight at the harbour club last week.\n\n"+
				"Marsh is in the middle of a $5 million contract with the Dunmere Rovers.\n\n"+
				"A representative for the harbour club declined to comment."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			second+
				"The suit says Marsh was not sitting with either group when the bottles were thrown.\n\n"+
				"A representative for the harbour club declined to comment."),
	}
}

// TestNamesInFull: where a reader first meets a person the reports name
// in full, the page names them in full, and the page still passes Verify;
// when the reports give two first names for one surname, the page
// invents neither.
func TestNamesInFull(t *testing.T) {
	arts := marshStory("")
	p, err := Writer{}.Write("gala", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Fatalf("the page fails Verify: %v", probs)
	}
	first := ""
	ForEachSentence(p, func(_ string, s news.Sentence) {
		if first == "" && strings.Contains(s.Text, "Marsh") {
			first = s.Text
		}
	})
	if !strings.Contains(first, "Lena Marsh") {
		t.Errorf("the first sentence about her does not name her in full: %q\n%s", first, PlainText(p))
	}
	if n := strings.Count(PlainText(p), "Lena Marsh"); n != 1 {
		t.Errorf("the page names her in full %d times, want once:\n%s", n, PlainText(p))
	}

	arts = marshStory("Paul")
	p, err = Writer{}.Write("gala", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	ForEachSentence(p, func(where string, s news.Sentence) {
		if strings.Contains(s.Text, "Lena Marsh") || strings.Contains(s.Text, "Paul Marsh says") {
			t.Errorf("%s: %q gives a first name that the reports do not settle", where, s.Text)
		}
	})
}

// TestNameFromTitle: a report that names a person in full only in its
// headline still gives the name, so the page names her in full in a
// sentence cited to it, and the page passes Verify.
func TestNameFromTitle(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Harbour chair Lena Marsh blocks the east pier bill",
			"Councillor Paul Lowe vowed to oppose every harbour budget until the council votes on the east pier bill, putting pressure on Marsh to change her mind."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Councillors clash with the harbour chair over the pier",
			"Two councillors, defying the harbour chair Lena Marsh, vowed on Wednesday to push for a council vote on the east pier bill."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Fatalf("the page fails Verify: %v", probs)
	}
	ForEachSentence(p, func(where string, s news.Sentence) {
		if strings.Contains(s.Text, "pressure on") && !strings.Contains(s.Text, "pressure on Lena Marsh") {
			t.Errorf("%s: %q calls her by surname alone, though its report's headline names her in full", where, s.Text)
		}
	})
	if !strings.Contains(PlainText(p), "pressure on") {
		t.Errorf("the page does not carry the sentence about the pressure:\n%s", PlainText(p))
	}
}

// TestSurnameAlsoAWordInFull: a surname the story also writes as a
// word ("Wells", "a well") is still named in full where a reader first
// meets it.
func TestSurnameAlsoAWordInFull(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"Diver Lena Marsh and her co-author, engineer Taylor M. Wells of the harbour board, surveyed the piles of the east pier.\n\n"+
				"Using sonar readings from 40 piles, Marsh and Wells found that nine of the wooden piles of the east pier had rotted through.\n\n"+
				"The harbour board said the pier would stay shut as well."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"Nine of the wooden piles of the east pier have rotted through, a survey by two harbour engineers found.\n\n"+
				"The harbour board said it would close the east pier for the winter."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Fatalf("the page fails Verify: %v", probs)
	}
	first := ""
	ForEachSentence(p, func(where string, s news.Sentence) {
		if first == "" && strings.Contains(s.Text, "Wells") {
			first = s.Text
		}
	})
	if first == "" {
		t.Fatalf("the page does not name the engineer:\n%s", PlainText(p))
	}
	if !strings.Contains(first, "Taylor M. Wells") {
		t.Errorf("%q, where a reader first meets him, calls him by surname alone", first)
	}
}

func TestWithFullName(t *testing.T) {
	tests := []struct {
		in, outlet, want string
	}{
		{"Marsh says she was cut by glass.", "", "Lena Marsh says she was cut by glass."},
		{"According to Lowland Press, Marsh's lawyer filed the suit.", "Lowland Press", "According to Lowland Press, Lena Marsh's lawyer filed the suit."},
		{`The club said "Marsh was never there," and Marsh denied it.`, "", `The club said "Marsh was never there," and Lena Marsh denied it.`},
		{"The suit names Ms. Marsh as the injured party.", "", ""},
		{"The Marshes sued the club.", "", ""},
		{"Rovers winger Marsh sued the club.", "", "Rovers winger Lena Marsh sued the club."},
		{"Rovers Marsh sued the club.", "", ""},
		{"The club sued the Marsh administration.", "", ""},
		{"Ilse del Marsh sued the club.", "", ""},
		{"Marsh Lowe will give his first interview to Lena on Monday.", "", ""},
		{"The club sued Marsh, Lowe and Brandt.", "", "The club sued Lena Marsh, Lowe and Brandt."},
		{"According to Lowland Press, lena Marsh sued the club.", "Lowland Press", ""},
	}
	for _, tt := range tests {
		got, ok := withFullName(tt.in, tt.outlet, "Marsh", "Lena Marsh")
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("withFullName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFullForm: a full name is a first name and a surname, with titles
// left out and initials kept as the report writes them.
func TestFullForm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Lena Marsh", "Lena Marsh"},
		{"Mayor Lena B. Marsh's", "Lena B. Marsh"},
		{"Harbour Sgt. Lena Marsh", "Lena Marsh"},
		{"North Marsh", ""},
		{"Harbour Club Marsh", ""},
		{"Ms. Marsh", ""},
		{"Marsh", ""},
		{"Lena Marsh Jr.", "Lena Marsh"},
		{"Harbour's Marsh", ""},
		{"Former Marsh", ""},
		{"Del Marsh", ""},
		{"Neither Marsh", ""},
		{"Either Marsh", ""},
		{"Unlike Marsh", ""},
		{"I'm Marsh", ""},
		{"I’m Marsh", ""},
		{"O'Neil Marsh", ""},
	}
	for _, tt := range tests {
		if got := fullForm(tt.in, "Marsh"); got != tt.want {
			t.Errorf("fullForm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestVerifyNamedInFull: Verify accepts a sentence whose surname the
// writer gave in full only when its primary report gives that full name,
// and checks its other cites against the report's own words.
func TestVerifyNamedInFull(t *testing.T) {
	r := newReport(news.ArticleRef{Article: news.Article{Text: "Winger Lena Marsh joined in 2024.\n\nMarsh says she was cut by glass."}}, "", false)
	if got := r.containsNamed("Lena Marsh says she was cut by glass."); got != "Marsh says she was cut by glass." {
		t.Errorf("containsNamed = %q, want the report's own sentence", got)
	}
	// among the many names of a long sentence
	busy := newReport(news.ArticleRef{Article: news.Article{Text: "Winger Lena Marsh joined the Dunmere Harbour Rowing Club in 2024.\n\n" +
		"Paul Lowe and Ilse Brandt of the Tarrow Sea Scouts met Jake Wente, Ruth Hale and Marsh at the Dunmere Harbour Rowing Club."}}, "", false)
	if got := busy.containsNamed("Paul Lowe and Ilse Brandt of the Tarrow Sea Scouts met Jake Wente, Ruth Hale and Lena Marsh at the Dunmere Harbour Rowing Club."); !strings.HasSuffix(got, "Ruth Hale and Marsh at the Dunmere Harbour Rowing Club.") {
		t.Errorf("containsNamed = %q, want the report's own sentence", got)
	}
	other := newReport(news.ArticleRef{Article: news.Article{Text: "Marsh says she was cut by glass.\n\nThe club said nothing."}}, "", false)
	if got := other.containsNamed("Lena Marsh says she was cut by glass."); got != "" {
		t.Errorf("a full name the report never gives is accepted in its primary source: %q", got)
	}

	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "", "Winger Lena Marsh joined in 2024.\n\nMarsh says she was cut by flying glass at the harbour club."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "", "Marsh says she was cut by flying glass at the harbour club.\n\nThe club said nothing."),
		pierArticle(3, "dunmere-voice", "Dunmere Voice", news.Left, 2, "", "The club said nothing about the fight."),
	}
	page := news.Page{
		Sources: []news.Source{{Ref: 1, ArticleID: 1, Outlet: "Lowland Press"}, {Ref: 2, ArticleID: 2, Outlet: "Coastal Standard"}, {Ref: 3, ArticleID: 3, Outlet: "Dunmere Voice"}},
		Lead:    []news.Sentence{{Text: "Lena Marsh says she was cut by flying glass at the harbour club.", Cites: []int{1, 2}}},
	}
	if probs := Verify(page, arts); len(probs) > 0 {
		t.Errorf("a surname given in full fails Verify: %v", probs)
	}
	page.Lead[0].Cites = []int{2, 1}
	if probs := Verify(page, arts); len(probs) == 0 {
		t.Error("a full name that the primary source never gives passes Verify")
	}
	page.Lead[0].Cites = []int{1, 3}
	if probs := Verify(page, arts); len(probs) == 0 {
		t.Error("a second cite that does not hold the claim passes Verify")
	}
}

// TestHeadlineInFull: the headline, where a reader meets a person first,
// names them in full when the story settles the name and the headline
// stays short enough.
func TestHeadlineInFull(t *testing.T) {
	d := newDraft(analyze.Analyze(marshStory("")), DefaultMaxWordsPerSource)
	long := "Marsh says she was cut by flying glass when bottles were thrown in the fight at the harbour club last week"
	for in, want := range map[string]string{
		"Marsh says she was cut by flying glass":                "Lena Marsh says she was cut by flying glass",
		"Marsh sues the harbour club, Coastal Standard reports": "Lena Marsh sues the harbour club, Coastal Standard reports",
		"Winger Lena Marsh sues the harbour club":               "Winger Lena Marsh sues the harbour club",
		`The club says "Marsh was never there"`:                 `The club says "Marsh was never there"`,
		long:                                                    long,
	} {
		if got := d.headlineInFull(in); got != want {
			t.Errorf("headlineInFull(%q) = %q, want %q", in, got, want)
		}
	}
	for _, w := range []string{"StEP", "NASA"} {
		if !acronymLike(w) {
			t.Errorf("acronymLike(%q) = false", w)
		}
	}
	for _, w := range []string{"Marsh", "McKay", "DeLuca"} {
		if acronymLike(w) {
			t.Errorf("acronymLike(%q) = true", w)
		}
	}
	d = newDraft(analyze.Analyze(marshStory("Paul")), DefaultMaxWordsPerSource)
	if got := d.headlineInFull("Marsh says she was cut by flying glass"); got != "Marsh says she was cut by flying glass" {
		t.Errorf("with two first names for Marsh, the headline became %q", got)
	}
}

// TestFullNameKeepsMiddleName: a name whose first word always comes after
// the same other name gives both ("Lena Ilse Marsh", never "Ilse
// Marsh"); a rank or a side before it does not join it.
func TestFullNameKeepsMiddleName(t *testing.T) {
	for _, tt := range []struct{ before, want string }{
		{"Harbour Judge Lena", "Lena Ilse Marsh"},
		{"Harbour Chief Deputy", "Ilse Marsh"},
		{"Democrat", "Ilse Marsh"},
	} {
		arts := []news.ArticleRef{
			pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
				tt.before+" Ilse Marsh closed the east pier on Monday.\n\nMarsh said the piles had rotted."),
			pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
				tt.before+" Ilse Marsh shut the pier to ferries.\n\nMarsh said repairs would take a year."),
		}
		d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
		if got := d.fullName("Marsh"); got != tt.want {
			t.Errorf("after %q, fullName(Marsh) = %q, want %q", tt.before, got, tt.want)
		}
	}
}

// TestFullNameWithAndWithoutMiddleName: a report that gives the name
// with a middle name ("Lena Ilse Marsh") and one that leaves it out
// ("Lena Marsh") name one person, whom the page names in full.
func TestFullNameWithAndWithoutMiddleName(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"Police are looking for Lena Ilse Marsh after the fire on the east pier.\n\nLena Ilse Marsh was last seen in Dunmere."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"Lena Marsh is wanted over a fire on the pier.\n\nPolice said Marsh left Tarrow on Monday."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	if got := d.fullName("Marsh"); got != "Lena Ilse Marsh" {
		t.Errorf("fullName(Marsh) = %q, want \"Lena Ilse Marsh\"", got)
	}
}

// TestFullNameSkipsSentenceOpeners: a capital that only opens a sentence
// before a surname ("Now Marsh says ...") is no first name beside the
// one the reports give ("Lena Marsh"), and a name already given whole,
// its first word lowered after an attribution, is not given twice.
func TestFullNameSkipsSentenceOpeners(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"Harbour master Lena Marsh closed the east pier on Monday.\n\nNow Marsh says the piles have rotted."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"The harbour master, Lena Marsh, shut the pier to ferries.\n\nMarsh said repairs would take a year."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	if got := d.fullName("Marsh"); got != "Lena Marsh" {
		t.Errorf("fullName(Marsh) = %q, want \"Lena Marsh\"", got)
	}
}

// TestFullNameLeavesTitledNamesakeBare: when a sentence calls someone
// "Mayor Marsh" beside a harbour master it names in full with that
// surname, the mayor is another person, and no bare "Marsh" becomes
// "Ilse Marsh"; a title in another sentence names no second person.
func TestFullNameLeavesTitledNamesakeBare(t *testing.T) {
	for _, tt := range []struct{ first, want string }{
		{"Mayor Marsh and harbour master Ilse Marsh walked along the east pier on Monday.", ""},
		{"Sen. Marsh and harbour master Ilse Marsh walked along the east pier on Monday.", ""},
		{"Harbour master Ilse Marsh walked along the east pier on Monday.", "Ilse Marsh"},
		{"Sen. Ilse Marsh asked for a law so that Ms. Marsh can run for both seats.", "Ilse Marsh"},
		{"Ms. Marsh and harbour master Ilse Marsh walked along the east pier on Monday.", "Ilse Marsh"},
	} {
		arts := []news.ArticleRef{
			pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
				tt.first+"\n\nMarsh said the piles had rotted."),
			pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
				"Crowds waved flags as Mayor Marsh arrived at the pier.\n\nMarsh said repairs would take a year."),
		}
		d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
		if got := d.fullName("Marsh"); got != tt.want {
			t.Errorf("after %q, fullName(Marsh) = %q, want %q", tt.first, got, tt.want)
		}
	}
}

// TestFirstNameInFull: someone a feature calls by first name, and who
// speaks under it, is named in full where the page first mentions them,
// and the page passes Verify; a place's name that opens a longer name
// ("Dunmere" of "Dunmere Harbour") stays as it is.
func TestFirstNameInFull(t *testing.T) {
	body := "Ferry pilot Lena Ramos has steered the Dunmere night ferry for thirty years without a single missed crossing.\n\n" +
		"Lena now trains the harbour's new pilots three mornings a week on the Dunmere quay before the first crossing.\n\n" +
		"“The sea decides, not us,” Lena said after Monday's training run on the east pier.\n\n" +
		"Dunmere Harbour says the night ferry will keep running all winter despite the storms."
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Thirty years at the helm", body),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Pilot marks thirty years",
			"For thirty years Lena Ramos has piloted the night ferry out of Dunmere, and she has never missed a crossing.\n\n"+
				"Lena now trains new pilots on the Dunmere quay three mornings a week, the harbour said."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	if got := d.givenFullName("Lena"); got != "Lena Ramos" {
		t.Errorf("givenFullName(Lena) = %q, want Lena Ramos", got)
	}
	if got := d.givenFullName("Dunmere"); got != "" {
		t.Errorf("givenFullName(Dunmere) = %q, want none: a place never speaks", got)
	}
	// who was told something did not speak: "told Kellwire"
	told := newDraft(analyze.Analyze([]news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Ferry sinks", "The harbour office told Kellwire on Monday that the night ferry had sunk at its mooring.\n\nKellwire Desk staff saw the wreck from the east quay on Monday."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Night ferry sinks", "The night ferry sank at its mooring on Monday, the harbour office said."),
	}), DefaultMaxWordsPerSource)
	if told.speaksAlone("Kellwire") {
		t.Errorf("speaksAlone(Kellwire) after \"told Kellwire\", want false: Kellwire heard, it did not speak")
	}
	p, err := Writer{}.Write("pilot", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Fatalf("the page fails Verify: %v", probs)
	}
	// before the page names her in full, "Lena" alone is expanded; after
	// it, "Lena" alone is she, as the reports write it
	named := false
	ForEachSentence(p, func(where string, s news.Sentence) {
		if strings.Contains(s.Text, "Lena now trains") && !named {
			t.Errorf("%s: %q calls her by first name, which the page never gave in full", where, s.Text)
		}
		if named && (strings.Contains(s.Text, "Lena Ramos now") || strings.Contains(s.Text, "Lena Ramos said")) {
			t.Errorf("%s: %q names her in full again", where, s.Text)
		}
		named = named || strings.Contains(s.Text, "Lena Ramos")
	})
}

// TestTeamIsNoPerson: a team's name that opens with "New" ("the New
// Harbour Gulls") is no first name and surname, so the page does not
// "name in full" the fans it calls by the team's last word.
func TestTeamIsNoPerson(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Winger sorry for joke about Tarrow",
			"The Dunmere Rovers winger Paul Lowe upset fans in Tarrow on Wednesday night when he joked about a flood there.\n\n"+
				"Tarrow is the home of the New Harbour Gulls, where the Rovers have not won since 2000.\n\n"+
				"Gulls fans, understandably, did not take kindly to Lowe's remarks.\n\n"+
				"Lowe said on Thursday he was sorry for the joke."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Lowe sorry for joke",
			"Dunmere Rovers winger Paul Lowe said on Thursday he was sorry for a joke about a flood in Tarrow.\n\n"+
				"Gulls fans did not take kindly to the remarks."),
	}
	p, err := Writer{}.Write("gulls", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	text := PlainText(p)
	if !strings.Contains(text, "Gulls fans") {
		t.Fatalf("the page leaves out the fans:\n%s", text)
	}
	if strings.Contains(text, "Harbour Gulls fans") {
		t.Errorf("the page names the team's fans as a person in full:\n%s", text)
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Errorf("the page fails Verify: %v", probs)
	}
}

// TestPlaceIsNoSurname: a capital that opens a sentence before a place
// ("Relative Tarrow newcomer ...") or before a word that describes
// ("Mainly Dunmeri-speaking ...") gives no one a first name, so the page
// writes neither "around Relative Tarrow" nor "its Mainly
// Dunmeri-speaking majority".
func TestPlaceIsNoSurname(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Storm brings a foot of snow to the coast",
			"A storm brought up to a foot of snow to the coast on Tuesday and closed the Dunmeri-speaking north's schools.\n\n"+
				"Schools around Tarrow closed on Tuesday as the snow piled up on the coast.\n\n"+
				"Relative Tarrow newcomer Josh Parsons asked: is this much snow normal?\n\n"+
				"Mainly Dunmeri-speaking towns in the north lost power on Tuesday night.\n\n"+
				"The council closed its Dunmeri-speaking schools for two days."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "A foot of snow on the coast",
			"Up to a foot of snow fell on the coast on Tuesday.\n\n"+
				"Schools around Tarrow closed on Tuesday as snow piled up on the coast.\n\n"+
				"The council closed its Dunmeri-speaking schools for two days."),
	}
	p, err := Writer{}.Write("snow", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	text := PlainText(p) + p.Headline
	if !strings.Contains(text, "Tarrow") || !strings.Contains(text, "Dunmeri-speaking") {
		t.Fatalf("the page leaves out the town or the schools:\n%s", text)
	}
	for _, wrong := range []string{"Relative Tarrow,", "around Relative Tarrow", "Mainly Dunmeri-speaking schools", "its Mainly"} {
		if strings.Contains(text, wrong) {
			t.Errorf("the page writes %q, a name no report gives:\n%s", wrong, text)
		}
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Errorf("the page fails Verify: %v", probs)
	}
}

// TestWithinCap: a report that names in full took past the word cap
// gives up its sentences from the end of the page back, never the lead,
// and the other reports keep theirs.
func TestWithinCap(t *testing.T) {
	d := &draft{cap: 16}
	s := func(ref int, text string) news.Sentence { return news.Sentence{Text: text, Cites: []int{ref}} }
	p := news.Page{
		Highlights: []news.Sentence{s(1, "Lena Marsh closed the east pier on Monday.")},
		Lead:       []news.Sentence{s(1, "The harbour board shut the pier for repairs.")},
		Sections: []news.Section{{Title: "Repairs", Paragraphs: [][]news.Sentence{{
			s(2, "Divers found rot in nine piles."),
			s(1, "Repairs will take a month."),
		}}}},
		Outlook: news.Outlook{Sentences: []news.Sentence{s(1, "The pier may reopen in May.")}},
	}
	got := d.withinCap(p)
	var kept []string
	ForEachSentence(got, func(_ string, s news.Sentence) { kept = append(kept, s.Text) })
	want := []string{"Lena Marsh closed the east pier on Monday.", "The harbour board shut the pier for repairs.", "Divers found rot in nine piles."}
	if !slices.Equal(kept, want) {
		t.Errorf("withinCap kept %q, want %q", kept, want)
	}
	d.cap = 4
	got = d.withinCap(p)
	if len(got.Lead) != 1 || len(got.Highlights) != 0 {
		t.Errorf("with a cap of 4: highlights %d, lead %d; want 0 and the lead kept", len(got.Highlights), len(got.Lead))
	}
}
