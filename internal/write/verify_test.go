package write

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

func bridgePage(t *testing.T) (news.Page, []news.ArticleRef) {
	t.Helper()
	st := loadStory(t, filepath.Join("testdata", "north-bridge.txt"))
	p, err := Writer{}.Write(st.ID, analyze.Analyze(st.Arts), st.Now)
	if err != nil {
		t.Fatal(err)
	}
	return p, st.Arts
}

func TestVerifyAcceptsWrittenPages(t *testing.T) {
	for _, w := range writeAll(t) {
		if probs := Verify(w.p, w.st.Arts); len(probs) > 0 {
			t.Errorf("%s: Verify found problems on a written page: %v", w.name, probs)
		}
		// The pipeline re-checks a page read back from the store, where
		// sources carry no article IDs: URLs must be enough.
		js, _ := json.Marshal(w.p)
		var back news.Page
		if err := json.Unmarshal(js, &back); err != nil {
			t.Fatal(err)
		}
		if probs := Verify(back, w.st.Arts); len(probs) > 0 {
			t.Errorf("%s: Verify after a JSON round trip: %v", w.name, probs)
		}
	}
}

// TestVerifyRejectsTampering changes one thing on a good page at a time
// and expects Verify to name it.
func TestVerifyRejectsTampering(t *testing.T) {
	paywalledRef := 0
	{
		p, _ := bridgePage(t)
		for _, s := range p.Sources {
			if s.ArticleID == 106 {
				paywalledRef = s.Ref
			}
		}
	}
	tests := []struct {
		name   string
		tamper func(p *news.Page)
		reason string
	}{
		{"changed number", func(p *news.Page) {
			h := sentenceWith(t, p, "30,000")
			h.Text = strings.Replace(h.Text, "30,000", "35,000", 1)
		}, "not found in the text"},
		{"changed spelled number", func(p *news.Page) {
			h := &p.Highlights[0]
			h.Text = strings.Replace(h.Text, "two", "three", 1)
		}, "not found in the text"},
		{"invented quote", func(p *news.Page) {
			p.Lead[0].Text = `The bridge "will never reopen," officials said.`
		}, "quotation"},
		{"cited to the wrong report", func(p *news.Page) {
			// Progress Dispatch (5) never wrote the wire's sentence.
			p.Highlights[0].Cites = []int{5}
		}, "not found in the text"},
		{"supporting cite that does not support", func(p *news.Page) {
			// The Harbor Ledger's (3) sentence, which Calder Public Radio
			// (7) never reported.
			p.Lead[0] = news.Sentence{
				Text:  "Councillor Marta Ellison, who chairs the council's infrastructure committee, said the cuts had left the authority with too few inspectors.",
				Cites: []int{3, 7},
			}
		}, "does not support"},
		{"unknown source", func(p *news.Page) { p.Highlights[0].Cites = []int{42} }, "no known source"},
		{"one outlet's claim in the desk's voice", func(p *news.Page) {
			h := attributedSentence(t, p)
			h.Text, _ = unattributed(*h)
			h.AttributedTo = ""
		}, "must be attributed"},
		{"attributed to another outlet", func(p *news.Page) {
			h := attributedSentence(t, p)
			body, _ := unattributed(*h)
			h.AttributedTo = "Some Other Outlet"
			h.Text = news.Attribution(h.AttributedTo) + body
		}, "its primary source is"},
		{"attribution not at the start", func(p *news.Page) {
			h := attributedSentence(t, p)
			body, _ := unattributed(*h)
			h.Text = body + " " + news.Attribution(h.AttributedTo)
		}, "does not open with"},
		{"no citation", func(p *news.Page) { p.Highlights[0].Cites = nil }, "no citation"},
		{"paywalled primary", func(p *news.Page) {
			p.Highlights[0].Text = "Authority chief engineer Priya Anand said a full survey of the structure would take about three weeks."
			p.Highlights[0].Cites = []int{paywalledRef}
		}, "paywalled"},
		{"loaded word added", func(p *news.Page) {
			p.Highlights[0].Text = strings.Replace(p.Highlights[0].Text, "closed", "recklessly closed", 1)
		}, "loaded word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, arts := bridgePage(t)
			tt.tamper(&p)
			probs := Verify(p, arts)
			found := false
			for _, pr := range probs {
				found = found || strings.Contains(pr.Reason, tt.reason)
			}
			if !found {
				t.Errorf("Verify = %v, want a problem mentioning %q", probs, tt.reason)
			}
		})
	}
}

func TestContainsVerbatim(t *testing.T) {
	r := newReport(news.ArticleRef{Article: news.Article{Text: "The vote was close. But the council approved the plan on Monday.\n\nMeanwhile, ferries ran late, which angered commuters -- again.\n\nThe mayor did not attend the vote on the harbour budget.\n\nThe east tank — the oldest on the pier — is nearly empty, the board said."}}, "", false)
	tests := []struct {
		s    string
		want bool
	}{
		{"The vote was close.", true},
		{"The council approved the plan on Monday.", true}, // "But" trimmed
		{"Ferries ran late.", true},                        // "Meanwhile," trimmed, cut at the comma
		{"The council rejected the plan on Monday.", false},
		{"Council approved the plan on Monday.", false}, // only connectives may go
		// a sentence cut before its trailing clause
		{"Ferries ran late, which angered commuters.", true},
		{"The mayor did not.", false}, // a cut ends where a clause does
		{"The vote was.", false},      // not inside a sentence
		{"The mayor did not attend the vote on the harbour budget.", true},
		// a sentence printed without the aside its dashes set off
		{"The east tank is nearly empty, the board said.", true},
		{"The east tank the oldest on the pier is nearly empty, the board said.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := r.containsVerbatim(tt.s); got != tt.want {
			t.Errorf("containsVerbatim(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestPageText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"PORT CALDER — The authority closed the bridge.", "The authority closed the bridge."},
		{"But the council approved it.", "The council approved it."},
		{"Meanwhile, ferries ran late.", "Ferries ran late."},
		{"Butter prices rose.", "Butter prices rose."},
		{"The AP — a wire — said so.", "The AP — a wire — said so."},
		{"However Marsh remains in custody.", "Marsh remains in custody."},
		{"However, the pier stays shut.", "The pier stays shut."},
		{"For instance, Marsh once sailed the east pier route alone.", "Marsh once sailed the east pier route alone."},
		{"Sure enough, nine of the piles were rotten.", "Nine of the piles were rotten."},
		{"Of course, the ferry ran late.", "The ferry ran late."},
		{"The Dunmere captain (pictured) won the regatta for the third year.", "The Dunmere captain won the regatta for the third year."},
		{"Lena Marsh (Pictured left) and Ilse Brandt signed the lease.", "Lena Marsh and Ilse Brandt signed the lease."},
		{"Fares rose at Dunmere Ferries Inc. DUNF, -1.29% and at two rival lines.", "Fares rose at Dunmere Ferries Inc. and at two rival lines."},
		{"Shares of Tarrow Shipping TSC, +2.5%, rose on Monday.", "Shares of Tarrow Shipping rose on Monday."},
		{"Tarrow Ferries Corp. US:TFC cut its fares by a tenth.", "Tarrow Ferries Corp. cut its fares by a tenth."},
		{"Ferry fares rose 3% in May, up from 2%.", "Ferry fares rose 3% in May, up from 2%."},
	}
	for _, tt := range tests {
		if got := pageText(tt.in); got != tt.want {
			t.Errorf("pageText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// sentenceWith returns the first sentence of the page that holds s.
func sentenceWith(t *testing.T, p *news.Page, s string) *news.Sentence {
	t.Helper()
	for _, ss := range [][]news.Sentence{p.Highlights, p.Lead} {
		for i := range ss {
			if strings.Contains(ss[i].Text, s) {
				return &ss[i]
			}
		}
	}
	for _, sec := range p.Sections {
		for _, para := range sec.Paragraphs {
			for i := range para {
				if strings.Contains(para[i].Text, s) {
					return &para[i]
				}
			}
		}
	}
	t.Fatalf("no sentence of the page holds %q", s)
	return nil
}

// attributedSentence returns the page's first sentence attributed to one
// outlet.
func attributedSentence(t *testing.T, p *news.Page) *news.Sentence {
	t.Helper()
	all := [][]news.Sentence{p.Highlights, p.Lead, p.Outlook.Sentences}
	for _, sec := range p.Sections {
		all = append(all, sec.Paragraphs...)
	}
	for _, ss := range all {
		for i := range ss {
			if ss[i].AttributedTo != "" {
				return &ss[i]
			}
		}
	}
	t.Fatal("no attributed sentence on the page")
	return nil
}

// TestSupportNeedsNamesAndNumbers: a report supports a claim only when
// one of its sentences holds most of the claim's words, and that sentence
// or its neighbours give the claim's numbers and names, the names also in
// full somewhere in the report.
func TestSupportNeedsNamesAndNumbers(t *testing.T) {
	r := newReport(news.ArticleRef{Article: news.Article{Text: "Fox News reported the story first.\n\n" +
		"The company did not respond to requests for comment, a spokesman for Jane Ortiz said.\n\n" +
		"Crews repaired 12 pipes on Monday. The work cost $40,000.\n\n" +
		"The Harbour Board's inspectors closed the east pier.\n\n" +
		"Ferry traffic in the United States fell 12 percent in May.\n\n" +
		"Harbour master Paul Lowe inspected the Tarrow-Dunmere ferry pier.\n\n" +
		"Tarrowite councillors voted against the pier budget.\n\n" +
		"The board endorsed Senators Ilse Brandt and Nora Kell for the pier post.\n\n" +
		"Police commander Ruth Hale of Dunmere said the divers knew each other.\n\n" +
		"A judge sealed the warrant in the drowning case on Thursday.\n\n" +
		"The harbour chief resigned amid an inquiry by the Department of Fisheries.\n\n" +
		"Special counsel Ilse Brandt subpoenaed the harbour board.\n\n" +
		"The board said Lena Q. Marsh hired two divers.\n\n" +
		"The Kestov Marrowen plant leaked water into the harbour on Monday.\n\n" +
		"Divers from Tarrow, Conn., searched the wreck.\n\n" +
		"Ferry owner William Dunn sold the old ferry.\n\n" +
		"GOP councillors blocked the pier levy on Monday."}}, "Test", false)
	tests := []supportCase{
		{"Crews repaired 12 pipes on Monday.", ""},
		{"Crews repaired 12 pipes, at a cost of $40,000.", ""},
		{"Crews repaired 15 pipes on Monday.", "number 15"},
		{"Jane Ortiz did not respond to requests for comment.", ""},
		{"Mark Ortiz did not respond to requests for comment.", `name "mark ortiz"`},
		{"NBC News reported the story first.", `name "nbc news"`},
		{"Fox News reported the story first.", ""},
		{"The mayor opened a new library downtown.", "content words"},
		{"The Harbour Board's inspectors closed the east pier.", ""},
		{"Inspectors from the Harbour Board closed the east pier.", ""},
		{"The Valley Board's inspectors closed the east pier.", `name "valley board"`},
		{"U.S. ferry traffic fell 12 percent in May.", ""},
		{"Ferry traffic in the US fell 12 percent in May.", ""},
		{"U.K. ferry traffic fell 12 percent in May.", `name "u k"`},
		{"Harbour master Paul Lowe III inspected the Tarrow Dunmere ferry pier.", ""},
		{"Tarrowites voted against the pier budget.", ""},
		{"Harbour master Paul Lowe II inspected the Lowland-Coastal ferry pier.", `name "lowland-coastal"`},
		// a title's stop, or a sentence's first word, is no name of its own
		{"The board endorsed both Sens. Ilse Brandt (D-Tarr.) and Nora Kell (D-Dunm.) for the pier post.", ""},
		{"“The divers knew each other,” Dunmere police Cmdr. Ruth Hale said.", ""},
		{"Earlier Thursday, a judge sealed the warrant in the drowning case.", ""},
		// a name of a body ends on its last two words that are no stop word
		{"The harbour chief resigned amid an inquiry by the Department of Fisheries.", ""},
		{"The harbour chief resigned amid an inquiry by the Department of Harbours.", `name "department of harbours"`},
		// a place before a qualified title tells the role, not the name
		{"U.K. Special Counsel Ilse Brandt subpoenaed the harbour board.", ""},
		{"U.K. Attorney General Ilse Brandt subpoenaed the harbour board.", ""},
		{"Ruth Hale, U.K. deputy commander, said the divers knew each other.", ""},
		// a name written with a hyphen or without one
		{"The Kestov Marr-owen plant leaked water into the harbour on Monday.", ""},
		// other wordings of a department, a state and a given name
		{"The harbour chief resigned amid an inquiry by the Fisheries Department.", ""},
		{"Divers from Tarrow, Connecticut, searched the wreck.", ""},
		{"Ferry owner Bill Dunn sold the old ferry.", ""},
		{"Ferry owner Bob Dunn sold the old ferry.", `name "bob dunn"`},
		{"On Monday the Republican councillors blocked the pier levy.", ""},
		{"On Monday the Democratic councillors blocked the pier levy.", `name "democratic"`},
		// a middle initial the claim leaves out, but not another first name
		{"Lena Marsh hired two divers.", ""},
		{"Ruth Marsh hired two divers.", `name "ruth marsh"`},
	}
	checkSupports(t, r, tests)
}

// TestSupportsTitledName: "President Ramos" is the same person as
// "President Lena Ramos", and not "Minister Ramos" or "Lena Ramos" alone.
func TestSupportsTitledName(t *testing.T) {
	r := newReport(news.ArticleRef{Article: news.Article{Text: "President Lena Ramos signed the harbour order on Tuesday. President Paul Lowe's aides were there."}}, "", false)
	if why := r.supports(newClaim("Officials said President Ramos signed the harbour order on Tuesday.")); why != "" {
		t.Errorf("titled name: %s", why)
	}
	if why := r.supports(newClaim("President Lowe's aides were there.")); why != "" {
		t.Errorf("titled name in the possessive: %s", why)
	}
	if why := r.supports(newClaim("Officials said Minister Ramos signed the harbour order on Tuesday.")); why == "" {
		t.Errorf("another title is another person, but the claim was supported")
	}
}

// TestSupportsNameForms: a report that names the place supports a
// claim that uses its people's adjective, and back; another place does
// not. A claim that names a person by role and surname is backed by a
// report that names them in full, and one with a middle initial by a
// report without it; a report whose person of that surname holds
// another role, or has another given name, does not back it. A claim
// that names a person in full is backed by a report that names them by
// title and surname alone, unless it gives another first name with the
// surname. A day, a qualifier or a title cut off by its full stop beside
// a name is not part of it, and a body named only for the role of the
// person after it need not be named again.
func TestSupportsNameForms(t *testing.T) {
	report := func(s string) *report { return newReport(news.ArticleRef{Article: news.Article{Text: s}}, "", false) }
	for _, tc := range []struct {
		report, claim string
		supported     bool
	}{
		{"The navy of North Tarrovia closed the strait to ferries on Monday.", "The North Tarrovian navy closed the strait to ferries on Monday.", true},
		{"The North Tarrovian navy closed the strait to ferries on Monday.", "The navy of North Tarrovia closed the strait to ferries on Monday.", true},
		{"The Dunmeri navy closed the strait to ferries on Monday.", "The navy of Dunmer closed the strait to ferries on Monday.", true},
		{"The navy of North Dunmere closed the strait to ferries on Monday.", "The North Tarrovian navy closed the strait to ferries on Monday.", false},
		{"Paul Lowe signed the harbour order on Tuesday.", "President Lowe signed the harbour order on Tuesday.", true},
		{"President Paul Lowe signed the harbour order on Tuesday.", "President Lowe signed the harbour order on Tuesday.", true},
		{"Minister Paul Lowe signed the harbour order on Tuesday.", "President Lowe signed the harbour order on Tuesday.", false},
		{"On Tuesday Lowe signed the harbour order.", "President Lowe signed the harbour order on Tuesday.", false},
		{"Paul Lowe signed the harbour order on Tuesday.", "Officials said Paul J. Lowe signed the harbour order on Tuesday.", true},
		{"Paul J. Lowe signed the harbour order on Tuesday.", "Officials said Paul J. Lowe signed the harbour order on Tuesday.", true},
		{"Ilse Lowe signed the harbour order on Tuesday.", "Officials said Paul J. Lowe signed the harbour order on Tuesday.", false},
		// a person named in full, and by title and surname in the report
		{"President Lowe signed the harbour order on Tuesday, his office said.", "Paul Lowe signed the harbour order on Tuesday.", true},
		{"On Tuesday, Mr. Lowe's office said he signed the harbour order.", "Paul Lowe signed the harbour order on Tuesday.", true},
		{"President Lowe signed the harbour order on Tuesday, and Ann Lowe wrote it.", "Paul Lowe signed the harbour order on Tuesday.", false},
		{"On Tuesday Lowe signed the harbour order.", "Paul Lowe signed the harbour order on Tuesday.", false},
		// words beside a name in the sentence are no part of it
		{"Tarrow's governor, Paul Lowe, signed the harbour order on Tuesday.", "Tarrow Gov. Paul Lowe signed the harbour order on Tuesday.", true},
		{"Harbour officials closed the strait to ferries in Tarrow on Monday.", "Harbour officials closed the strait to ferries in Tarrow Monday.", true},
		{"Memos of the harbour board's director were released, the board said.", "Former Harbour Board director Paul Lowe's memos were released.", false},
		{"Memos of the Harbour Board's director, Paul Lowe, were released.", "Former Harbour Board director Paul Lowe's memos were released.", true},
		// a body named only for the role of the person after it
		{"Paul Lowe's memos were released to the press on Monday.", "Former Harbour Board director Paul Lowe's memos were released to the press.", true},
		{"Paul Lowe's memos were released to the press on Monday.", "The Harbour Board released Paul Lowe's memos to the press.", false},
		// a short first name for a long one, and back
		{"Lena B. Marsh signed the harbour order on Tuesday.", "Len Marsh signed the harbour order on Tuesday.", true},
		{"Len Marsh signed the harbour order on Tuesday.", "Officials said Lena B. Marsh signed the harbour order on Tuesday.", true},
		{"Lena Marsh signed the harbour order on Tuesday.", "Ilse Marsh signed the harbour order on Tuesday.", false},
		{"Al Marsh signed the harbour order on Tuesday.", "Alan Marsh signed the harbour order on Tuesday.", false},
		// a country named only for the post of the person after it
		{"President-elect Paul Lowe chose Lena Marsh to run the harbour board.", "U.S. President-elect Paul Lowe chose Lena Marsh to run the harbour board.", true},
		{"Paul Lowe chose Lena Marsh to run the harbour board.", "U.S. officials say Paul Lowe chose Lena Marsh to run the harbour board.", false},
		// the last word of a name in another of its forms
		{"Minutes show senior U.S. envoys met the harbour board twice about the strait.", "Senior US envoys met the harbour board twice about the strait.", true},
		{"Minutes show senior Tarrovian envoys met the harbour board twice about the strait.", "Senior US envoys met the harbour board twice about the strait.", false},
		// a name with its accents and without
		{"Ilse Brandté closed the strait to ferries on Monday.", "Ilse Brandte closed the strait to ferries on Monday.", true},
		{"Ilse Brandte closed the strait to ferries on Monday.", "Ilse Brandté closed the strait to ferries on Monday.", true},
		// a name and its initials
		{"The Tarrow Harbour Authority closed the strait to ferries on Monday.", "The THA closed the strait to ferries on Monday.", true},
		{"The THA closed the strait to ferries on Monday.", "The Tarrow Harbour Authority closed the strait to ferries on Monday.", true},
		{"The Department of Harbours and Ferries closed the strait to ferries on Monday.", "The DHF closed the strait to ferries on Monday.", true},
		{"The Tarrow Harbour Authority closed the strait to ferries on Monday.", "The TFA closed the strait to ferries on Monday.", false},
		{"The Harbour Authority closed the strait to ferries on Monday.", "The THA closed the strait to ferries on Monday.", false},
	} {
		if why := report(tc.report).supports(newClaim(tc.claim)); (why == "") != tc.supported {
			t.Errorf("%q supports %q: got %q, want supported %v", tc.report, tc.claim, why, tc.supported)
		}
	}
}

// TestLoadedWordsQuotedAsOutlets: a story that its reports tell only in
// loaded words is written with those words quoted as its outlets', each
// sentence attributed; the verifier holds such a sentence to the report's
// words, refuses it in the desk's own voice, and refuses quotation marks
// around words that are not loaded. A story that a neutral sentence can
// tell quotes no one's loaded words.
func TestLoadedWordsQuotedAsOutlets(t *testing.T) {
	neutral := pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Tarrow restaurant turns harbour master away",
		"Reviewers flooded a Tarrow restaurant's pages with one-star reviews after a waiter said the owner had refused to serve harbour master Lena Marsh.")
	loaded := pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Tarrow restaurant turns harbour master away",
		"Reviewers flooded the pages of a Tarrow restaurant after its owner booted harbour master Lena Marsh from the dining room on Friday.")
	other := pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Tarrow restaurant owner turns away harbour master",
		"Harbour master Lena Marsh and her family were humiliated on Friday night when the owner of a Tarrow restaurant booted them from the dining room.")

	arts := []news.ArticleRef{neutral, other}
	p, err := Writer{}.Write("marsh", analyze.Analyze(arts), arts[0].Article.Published)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(PlainText(p), "“") {
		t.Errorf("a story a neutral sentence tells quotes loaded words:\n%s", PlainText(p))
	}

	arts = []news.ArticleRef{loaded, other}
	p, err = Writer{}.Write("marsh", analyze.Analyze(arts), arts[0].Article.Published)
	if err != nil {
		t.Fatal(err)
	}
	var quoted *news.Sentence
	ForEachSentence(p, func(_ string, s news.Sentence) {
		if !strings.Contains(s.Text, "“booted”") || s.AttributedTo == "" {
			t.Errorf("%q attributed to %q: want its loaded words quoted, attributed", s.Text, s.AttributedTo)
		}
		if strings.Contains(s.Text, "humiliated") {
			quoted = &s
		}
	})
	if quoted == nil || !strings.Contains(quoted.Text, "“humiliated”") || quoted.AttributedTo != "Coastal Standard" {
		t.Fatalf("no sentence tells how the family were turned away, attributed to Coastal Standard: %q", PlainText(p))
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Errorf("Verify: %v", probs)
	}
	body, _ := news.Unattributed(*quoted)
	own := news.Sentence{Text: body, Cites: quoted.Cites}
	if probs := Verify(news.Page{Lead: []news.Sentence{own}, Sources: p.Sources}, arts); len(probs) == 0 {
		t.Errorf("%q in the desk's own voice passed the verifier", body)
	}
	// marks the report itself puts around a loaded word are its own: the
	// sentence may stand in the desk's voice where outlets agree on it
	said := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "", `Harbour master Lena Marsh called the Tarrow levy "reckless" on Monday.`),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "", `At a meeting in Kell, harbour master Lena Marsh called the Tarrow levy "reckless" on Monday, and the board took note.`),
	}
	agreed := news.Sentence{Text: `Harbour master Lena Marsh called the Tarrow levy "reckless" on Monday.`, Cites: []int{1, 2}}
	if probs := Verify(news.Page{Lead: []news.Sentence{agreed}, Sources: sources(analyze.Analyze(said))}, said); len(probs) > 0 {
		t.Errorf("a quotation its reports hold, in the desk's voice: %v", probs)
	}
	plain := *quoted
	plain.Text = strings.Replace(quoted.Text, "Tarrow restaurant", "“Tarrow” restaurant", 1)
	if probs := Verify(news.Page{Lead: []news.Sentence{plain}, Sources: p.Sources}, arts); len(probs) == 0 {
		t.Errorf("%q, quoting a word that is not loaded, passed the verifier", plain.Text)
	}
}

// TestSupportSpansTwoSentences: a report backs a claim that it tells in
// two sentences, one after the other, but not one whose words it
// scatters over sentences apart, nor one whose figure it does not give.
func TestSupportSpansTwoSentences(t *testing.T) {
	r := newReport(news.ArticleRef{Article: news.Article{Text: "The Dunmere council met on Monday. It approved a levy.\n\n" +
		"The levy will pay for repairs to the east pier.\n\n" +
		"Residents spoke first. The meeting ran late.\n\n" +
		"Fishermen spoke next. The hall was full.\n\n" +
		"Teachers asked questions. The mayor left early.\n\n" +
		"Nurses wanted parking."}}, "Test", false)
	tests := []supportCase{
		{"The Dunmere council approved a levy on ferry tickets on Monday, officials said.", ""},
		{"The levy will pay for repairs to the east pier.", ""},
		{"The Dunmere council approved a levy of 3 percent on ferry tickets on Monday, officials said.", "number 3"},
		{"Residents, fishermen, teachers and nurses asked about parking.", "content words"},
	}
	checkSupports(t, r, tests)
}

// TestSupportNeedsTheDay: a day named by month and number is backed only
// by the same day, in either order and with the month whole or
// shortened, not by the number counting something else.
func TestSupportNeedsTheDay(t *testing.T) {
	r := newReport(news.ArticleRef{Article: news.Article{Text: "Eight ferry crews complained, and the Dunmere board dropped its ferry rule on Tuesday.\n\n" +
		"The rule had been issued on Aug. 6 and was challenged in court on 9 March by two ferry companies.\n\n" +
		"A hearing is set for May 21st."}}, "Test", false)
	tests := []supportCase{
		{"The Dunmere board dropped the ferry rule it issued on August 6.", ""},
		{"Two ferry companies challenged the rule in court on March 9.", ""},
		{"The Dunmere board dropped its ferry rule after a complaint filed on June 8.", "date june 8"},
		{"8 ferry crews complained about the rule of the Dunmere board.", ""},
		{"A hearing on the ferry rule is set for May 21.", ""},
		// a month as dates shorten it names no one that the report must
		// give: "Aug. 6" is "August 6" and "March 9" is "Mar. 9"
		{"The Dunmere board's ferry rule, issued on Aug. 6, was challenged in court.", ""},
		{"Two ferry companies challenged the rule in court on Mar. 9.", ""},
		{"Two ferry companies challenged the rule in court on Jan. 9.", "date january 9"},
	}
	checkSupports(t, r, tests)
}

// supportCase is a claim and what supports should say of it: "" for
// support, else a part of the reason it gives.
type supportCase struct {
	claim string
	want  string
}

// checkSupports checks what report r's supports says of each claim.
func checkSupports(t *testing.T, r *report, tests []supportCase) {
	t.Helper()
	for _, tt := range tests {
		got := r.supports(newClaim(tt.claim))
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("supports(%q) = %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// TestLoadedClosingClauseCut: a report's only telling of the news whose
// loaded words stand in a closing clause that no comma sets off is
// published as its main clause, which the page's check finds in the
// report; the clause's words stay off the page.
func TestLoadedClosingClauseCut(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Tarrow harbour master barred from east quay for 30 days",
			"Tarrow harbour master Lena Marsh has been barred from the east quay for 30 days after the far-right pilots' union accused her of spreading lies about the repairs."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Harbour master shut out of the quay",
			"The harbour board barred Tarrow harbour master Lena Marsh from the east quay for 30 days on Monday.\n\n"+
				"Ferry crews will report to her deputy, Paul Lowe, until the ban ends."),
	}
	p, err := Writer{}.Write("quay", analyze.Analyze(arts), arts[1].Article.Published)
	if err != nil {
		t.Fatal(err)
	}
	text := PlainText(p)
	if !strings.Contains(text, "Lena Marsh has been barred from the east quay for 30 days.") {
		t.Errorf("the first report's main clause is not on the page:\n%s", text)
	}
	if strings.Contains(text, "far-right") || strings.Contains(text, "spreading lies") {
		t.Errorf("the closing clause's loaded words are on the page:\n%s", text)
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Errorf("Verify: %v", probs)
	}
	// a measure of time goes with the clause it places, and the check
	// finds the main clause before it
	later := []news.ArticleRef{pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
		"Tarrow harbour master Lena Marsh reopened the east quay to ferry crews three weeks after the pilots' union had lifted its ban.")}
	cut := news.Sentence{Text: "According to Lowland Press, Tarrow harbour master Lena Marsh reopened the east quay to ferry crews.", Cites: []int{1}, AttributedTo: "Lowland Press"}
	if probs := Verify(news.Page{Lead: []news.Sentence{cut}, Sources: sources(analyze.Analyze(later))}, later); len(probs) > 0 {
		t.Errorf("a main clause cut before a measure of time and its clause: %v", probs)
	}
}

// TestLinkRunBacksNothing: a run of other stories' titles that a report's
// text took in ("... | Ferry crews vote to strike over summer timetable |
// ...") holds the words of a claim but states none: it neither counts as
// the analysis's match of the claim nor supports it, so the claim stays
// its one outlet's.
func TestLinkRunBacksNothing(t *testing.T) {
	const claim = "The Dunmere ferry crews voted on Monday to strike over the new summer timetable."
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Dunmere ferry crews vote to strike",
			claim+"\n\nThe crews say the timetable adds two late crossings a day without extra pay."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Harbour board names new chair",
			"The Dunmere harbour board named Ilse Brandt its chair on Monday.\n\n"+
				"More harbour news: Pier repairs begin in May | Dunmere ferry crews vote to strike over the new summer timetable | Quay cafe wins award | Tide tables for June.\n\n"+
				"Brandt has sat on the board for nine years."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	at := slices.IndexFunc(d.a.Sentences, func(s analyze.Sentence) bool { return s.Text == claim })
	if at < 0 {
		t.Fatal("the claim is not among the story's sentences")
	}
	if got := d.cites(at, claim); len(got) != 1 {
		t.Errorf("cites of %q = %v, want its own report alone", claim, got)
	}
	if why := d.reports[1].supports(newClaim(claim)); why == "" {
		t.Errorf("the run of links supports %q", claim)
	}
}
