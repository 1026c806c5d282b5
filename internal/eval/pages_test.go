package eval

import (
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestCheckPagesFindsEachDefect writes a page with one defect of each
// kind and wants each found once, and a clean page to be found clean.
func TestCheckPagesFindsEachDefect(t *testing.T) {
	at := time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)
	report := func(id int64, outlet, title, text string) news.ArticleRef {
		return news.ArticleRef{
			Article: news.Article{ID: id, URL: "https://" + outlet + ".test/a", Title: title, Text: text, Published: at},
			Outlet:  news.Outlet{ID: id, Name: outlet},
		}
	}
	reports := []news.ArticleRef{
		report(1, "Ledger", "Council shuts east pier after divers find rot",
			"The town council voted 7-2 on Monday to close the east pier after divers found rot in nine piles.\n\n"+
				"Harbour master Ilse Brandt said the ferry would move to the west quay.\n\n"+
				"Brandt said the repairs would take a year.\n\n"+
				"It's the second closure in a decade.\n\n"+
				"We visited the pier on Sunday.\n\n"+
				"In this file photo, the pier is seen from the beach.\n\n"+
				"The council slammed the harbour trust.\n\n"+
				"Councillor Pavel Orr spoke first.\n\n"+
				"Orr said the trust had ignored warnings."),
		report(2, "Courier", "Pier closed for repairs",
			"The town council voted 7-2 on Monday to shut the east pier after divers found rot in nine of its piles.\n\n"+
				"The pier was built in 1911."),
	}
	sources := []news.Source{
		{Ref: 1, ArticleID: 1, Outlet: "Ledger", URL: reports[0].URL, Title: reports[0].Title},
		{Ref: 2, ArticleID: 2, Outlet: "Courier", URL: reports[1].URL, Title: reports[1].Title},
	}
	s := func(text string, cites ...int) news.Sentence { return news.Sentence{Text: text, Cites: cites} }
	attributed := func(text string) news.Sentence {
		return news.Sentence{Text: news.Attribution("Ledger") + text, Cites: []int{1}, AttributedTo: "Ledger"}
	}
	clean := news.Page{StoryID: "clean", Headline: "Town council votes 7-2 to close the east pier", Sources: sources,
		Highlights: []news.Sentence{s("The town council voted 7-2 on Monday to close the east pier after divers found rot in nine piles.", 1, 2)},
		Lead:       []news.Sentence{attributed("harbour master Ilse Brandt said the ferry would move to the west quay.")},
		Outlook:    news.Outlook{Sentences: []news.Sentence{attributed("Brandt said the repairs would take a year.")}},
	}
	rep := CheckPages([]CheckedPage{{Page: clean, Reports: reports}})
	for _, d := range rep.Defects {
		t.Errorf("clean page: %s %s: %s: %q", d.Where, d.Kind, d.Detail, d.Text)
	}
	if rep.Citations != 4 || rep.CitationPrecision() != 1 {
		t.Errorf("clean page: %d citations, precision %v; want 4 and 1", rep.Citations, rep.CitationPrecision())
	}

	bad := news.Page{StoryID: "bad", Headline: "Council shuts east pier after divers find rot", Sources: sources,
		Highlights: []news.Sentence{
			s("The pier was built in 1911.", 2, 1),                                         // citation: the Ledger never says so
			s("Harbour master Ilse Brandt said the ferry would move to the west quay.", 1), // one outlet, desk's voice
		},
		Lead: []news.Sentence{
			attributed("Orr said the trust had ignored warnings."), // lost context: surname, never in full
			s("The council voted 7-2 to close the east pier."),     // no citation
		},
		Sections: []news.Section{{Title: "More", Paragraphs: [][]news.Sentence{{
			attributed("it's the second closure in a decade."),                 // lost context: contraction
			attributed("we visited the pier on Sunday."),                       // first person
			attributed("in this file photo, the pier is seen from the beach."), // furniture
			attributed("the council slammed the harbour trust."),               // loaded
		}}}},
		// no look ahead, and the Ledger never says so
		Outlook: news.Outlook{Sentences: []news.Sentence{attributed("the pier was built in 1911.")}},
	}
	rep = CheckPages([]CheckedPage{{Page: bad, Reports: reports}})
	want := map[string]int{
		DefectCitation: 2, DefectDeskVoice: 1, DefectContext: 2, DefectPerson: 1, DefectFurniture: 1,
		DefectLoaded: 1, DefectOutlook: 1, DefectHeadline: 1, DefectUnverified: 1,
	}
	for _, k := range DefectKinds {
		if rep.Counts[k] != want[k] {
			t.Errorf("%s: %d defects, want %d", k, rep.Counts[k], want[k])
		}
	}
	if t.Failed() {
		for _, d := range rep.Defects {
			t.Logf("%s %s: %s: %q", d.Where, d.Kind, d.Detail, d.Text)
		}
	}
}

func TestPersonalWordContractions(t *testing.T) {
	for in, want := range map[string]string{
		"I’ve never seen the pier so full.":              "I've",
		"Let's hope the ferry runs on time.":             "Let's",
		"It is the worst crossing we’ve had.":            "we've",
		`"We’ve never seen it," the harbourmaster said.`: "",
		"The ferry runs twice a day.":                    "",
	} {
		if got := personalWord(in); got != want {
			t.Errorf("personalWord(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPartialName: a surname alone is lost context unless the page named
// the person before or uses the surname for a thing named after them.
func TestPartialName(t *testing.T) {
	people := map[string]bool{"Ramos": true}
	tests := []struct {
		s      string
		before []string
		want   string
	}{
		{"The council said Ramos would resign.", nil, "Ramos"},
		{"The council said Ramos would resign.", []string{"Mayor Lena Ramos opened the pier."}, ""},
		{"The council sued the Ramos administration.", nil, ""},
		{"The council said a Ramos fan posted the video.", nil, ""},
		{"The Ramos administration said Ramos would resign.", nil, "Ramos"},
		{"The court sentenced a wealthy de Ramos heir.", nil, ""},
	}
	for _, tt := range tests {
		if got := partialName(tt.s, tt.before, people, map[string]bool{}); got != tt.want {
			t.Errorf("partialName(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestPersonWords: possessives, list items and titles before a word do
// not make it a surname, nor does a team's name ("the Rovers"), nor a
// capital that only opens a sentence ("Fellow Tarrowmen").
func TestPersonWords(t *testing.T) {
	text := "Winger Lena Ramos joined. Dunmere's Harbour opened. Fenlow Inc., Carrow and Tarrow Ltd. bid. Maj. Gen made a speech. " +
		"The Tarrow Rovers lost, and the Rovers' coach left. Fellow Tarrowmen cheered the crews, and a fellow diver waved. Seven Dunmerians voted. " +
		"Mainly Dunmeri-speaking towns voted no."
	got := personWords([]news.ArticleRef{{Article: news.Article{Text: text}}})
	if !got["Ramos"] {
		t.Error("Ramos is not a surname")
	}
	for _, w := range []string{"Harbour", "Carrow", "Gen", "Rovers", "Tarrowmen", "Dunmerians", "Dunmeri-speaking"} {
		if got[w] {
			t.Errorf("%q is taken for a surname", w)
		}
	}
}

// TestNotASurname: a country, a body or a group that speaks alone is no
// person the page failed to introduce; a person's surname is.
func TestNotASurname(t *testing.T) {
	reports := []news.ArticleRef{{Article: news.Article{Text: "Tarrow said it would raise its harbour fees.\n\n" +
		"The CEO of Fenwick spoke at the harbour.\n\nSupporters of Dunmere cheered the vote.\n\n" +
		"Fenwick and Dunmere agreed to the fees.\n\nHarbour master Lena Marsh said the fees would rise."}}}
	people, lower := personWords(reports), lowerWords(reports)
	for _, w := range []string{"Fenwick", "Dunmere", "Tarrow"} {
		if people[w] {
			t.Errorf("%q is taken for a surname", w)
		}
	}
	if !people["Marsh"] {
		t.Errorf("Marsh is not taken for a surname: %v", people)
	}
	if why := lostContext("Tarrow said it would raise its harbour fees.", nil, people, lower); why != "" {
		t.Errorf("a place that speaks: %s", why)
	}
	if why := lostContext("Marsh said the fees would rise.", nil, people, lower); why == "" {
		t.Errorf("a surname never given in full is not lost context")
	}
	// the name given in full before, with its accents or without
	before := []string{"Harbour master Lena Marsh said the fees would rise."}
	if why := lostContext("Marsh said the pier would close.", before, people, lower); why != "" {
		t.Errorf("a surname given in full before: %s", why)
	}
	people["Marsé"] = true
	if why := lostContext("Marsé said the pier would close.", before, people, lower); why == "" {
		t.Errorf("a surname given in full only as another name is not lost context")
	}
	before = append(before, "Harbour master Lena Marse said the fees would rise.")
	if why := lostContext("Marsé said the pier would close.", before, people, lower); why != "" {
		t.Errorf("a surname given in full before without its accent: %s", why)
	}
}

// TestFurnitureOfPrintedText: a note's number glued to a full stop and
// a report's opening left in capitals are furniture on a page; acronyms
// and a figure that ends a sentence are not.
func TestFurnitureOfPrintedText(t *testing.T) {
	for s, want := range map[string]bool{
		"Members no longer ferry at night.54 Under the new rules, the board closed the pier.": true,
		"Members no longer ferry at night.54":                                                 true,
		"DIVERS WORKING IN the cold found rot in nine piles.":                                 true,
		"According to Lowland Press, DIVERS WORKING IN the cold found rot.":                   true,
		"CIA and FBI agents joined the survey of the east pier.":                              false,
		"HPA inspectors said the pier would reopen in spring.":                                false,
		"The fare rose to 2.50 on Sunday.":                                                    false,
		"The crossing now takes 45 minutes, up from 30.":                                      false,
		"Divers working in the cold found rot in nine piles of the east pier.":                false,
	} {
		if got := furnitureOf(s) != ""; got != want {
			t.Errorf("furnitureOf(%q) = %q, want furniture %v", s, furnitureOf(s), want)
		}
	}
}

// TestHeadlineForm: a headline cut where its clause's comma stays, or
// that leaves a quotation or a parenthesis open, is a defect of form; a
// headline that ends on a quotation's own question mark is not.
func TestHeadlineForm(t *testing.T) {
	for h, want := range map[string]string{
		"Ferries resume after harbour's “safety stop,”":         "ends on a clause's punctuation",
		"Harbour board closes east pier for repairs,":           "ends on a clause's punctuation",
		`Harbour master calls levy "reckless`:                   "a quotation mark without its pair",
		"Harbour master (Tarrow closes east pier":               "a parenthesis without its pair",
		"Ferries resume after harbour's “safety stop”":          "",
		`Harbour master asks "Who will pay for the pier?"`:      "",
		"Harbour board closes east pier, Lowland Press reports": "",
	} {
		if got := headlineForm(h); got != want {
			t.Errorf("headlineForm(%q) = %q, want %q", h, got, want)
		}
	}
	// a source's mixed marks still pair; marks turned the wrong way do not
	if got := headlineForm(`Harbour master calls for a "quiet season" to fix the "mess” at the quay`); got != "" {
		t.Errorf("mixed marks that pair: %q", got)
	}
	if got := headlineForm("Harbour master calls levy ”reckless“"); got != "a quotation mark without its pair" {
		t.Errorf("marks turned the wrong way: %q", got)
	}
	rep := CheckPages([]CheckedPage{{Page: news.Page{StoryID: "s", Headline: "Ferries resume after harbour's “safety stop,”"}}})
	if rep.Counts[DefectHeadlineForm] != 1 {
		t.Errorf("CheckPages counted %d headline_form defects, want 1: %v", rep.Counts[DefectHeadlineForm], rep.Defects)
	}
}
