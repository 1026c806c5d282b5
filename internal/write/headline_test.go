package write

import (
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
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
		{"The truth about the North Bridge closure", false},                              // teaser
		{"North Bridge closure: find out when it reopens", false},                        // teaser
		{"The North Bridge closure, explained", false},                                   // teaser
		{"Explained: the North Bridge closure", false},                                   // teaser
		{"The truth about North Bridge tolls: what the council decided", false},          // teaser before a colon
		{"Inspectors told the truth about the cracks in the North Bridge", true},
		{"The mayor explained the repair plan for the North Bridge", true},
		{"Inspectors tried to find out why the North Bridge cracked", true},
		{"BREAKING: North Bridge closed", false},                                                                                                      // label
		{"Watch: Crews inspect the North Bridge", false},                                                                                              // label
		{"Audit: $4.2 million in youth jobs money unaccounted for", false},                                                                            // label
		{"NORTH BRIDGE CLOSED AFTER INSPECTION", false},                                                                                               // all capitals
		{"5 things to know about the bridge closure", false},                                                                                          // list teaser
		{"“I was able to get off to the shoulder,” said a driver on the bridge", false},                                                               // someone's words
		{"“Bridge Week” opens with a walk across the North Bridge", true},                                                                             // a name in quotes
		{"The mayor celebrated in a post: North Bridge REOPENS TODAY", false},                                                                         // shouted words
		{"The DHAB and the TPC inspect the North Bridge for the HSB", true},                                                                           // acronyms
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
	// figures are attributed as speakers are; what an inquiry found
	// keeps its finder
	figures := "New ferry bookings fell 3,000 to 44,000 for the week ended May 15th, figures from the Dunmere harbour board showed Thursday."
	if got := headlineFrom(figures); got == "" || strings.Contains(got, "showed") {
		t.Errorf("headlineFrom(%q) = %q, want it without its attribution", figures, got)
	}
	audit := "The pier contractor kept no records of the repairs it was paid for, the audit found."
	if got := withoutSaid(audit); got != audit {
		t.Errorf("withoutSaid(%q) = %q, want the audit kept", audit, got)
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

// TestHeadlineOfOneOutlet: when no claim is stated by two outlets, the
// headline names the outlet that states it, and stays about 100
// characters long.
func TestHeadlineOfOneOutlet(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"The Dunmere town council voted 7-2 on Monday to close the east pier for repairs after divers found rot in nine of its wooden piles.\n\n"+
				"The pier carries about 4,000 walkers a day in summer."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"Ferry riders in Dunmere queued for an hour at the west quay on Tuesday as the ferry company added two extra crossings.\n\n"+
				"Harbour master Ilse Brandt said the queues would ease by the weekend."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(p.Headline, " reports") || !Neutral(p.Headline) {
		t.Errorf("headline %q: want one outlet's claim with its outlet, neutral and short", p.Headline)
	}
	if got := headlineCut("Ferry riders in Dunmere queued for an hour at the west quay on Tuesday as the ferry company added two more crossings.", "Coastal Standard"); utf8.RuneCountInString(got) > maxHeadline || !strings.HasSuffix(got, ", Coastal Standard reports") {
		t.Errorf("headlineCut gave %d characters: %q", utf8.RuneCountInString(got), got)
	}
}

// TestHeadlineNoFragment: a headline is a main clause, never the start of
// an aside, an opening clause or a clause cut mid-way.
func TestHeadlineNoFragment(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Lowe, who has been a judge since 2001, and the court's president signed the order.", "Lowe, who has been a judge since 2001, and the court's president signed the order"},
		{"After the vote was counted on Monday, the council closed the east pier.", ""},
		{"The council closed the east pier on Monday after divers found rot in nine of its piles.", "The council closed the east pier after divers found rot in nine of its piles"},
		{"The harbour company said that a ferry crossing scheduled for Tuesday was cancelled after the mayor said.", "The harbour company said that a ferry crossing scheduled for Tuesday was cancelled after the mayor said"},
		{"The council closed the east pier for repairs after divers working for the harbour authority found rot in nine of its wooden piles last week, a move that angered the ferry company.", "The council closed the east pier for repairs"},
	}
	for _, tt := range tests {
		if got := headlineFrom(tt.in); got != tt.want {
			t.Errorf("headlineFrom(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestHeadlineSecondVerb: the second of two things the subject did goes
// when the whole is too long, but never a verb inside a relative clause.
func TestHeadlineSecondVerb(t *testing.T) {
	in := "Harbour master Ilse Brandt says she was hit by shards of glass and suffered cuts to her left eye when bottles started flying in the bar last week."
	if got, want := headlineFrom(in), "Harbour master Ilse Brandt says she was hit by shards of glass"; got != want {
		t.Errorf("headlineFrom\n got %q\nwant %q", got, want)
	}
	in = "The first group of ferry crews who worked for the harbour authority in the north and arrived on Friday will be housed in the old customs hall."
	if got := headlineFrom(in); strings.HasSuffix(got, "harbour authority in the north") {
		t.Errorf("headlineFrom gave the fragment %q", got)
	}
}

// TestHeadlineWithoutMidAside: an aside between dashes or in
// parentheses, or an apposition after the name that opens the sentence,
// leaves a headline as a whole.
func TestHeadlineWithoutMidAside(t *testing.T) {
	in := "A harbour bar owner charged in the shooting of a dock worker during a protest in Dunmere in May — less than a week after the pier closed — has died, his lawyer said on Sunday."
	if got, want := headlineFrom(in), "A harbour bar owner charged in the shooting of a dock worker during a protest in Dunmere in May has died"; got != want {
		t.Errorf("headlineFrom\n got %q\nwant %q", got, want)
	}
	// the apposition after a name that opens the sentence, but never a
	// relative clause left without its verb
	in = "Jake Lowe, the harbour bar owner in Dunmere who was charged in the shooting of a dock worker during a protest, has died in a Dunmere hospital."
	if got, want := headlineFrom(in), "Jake Lowe has died in a Dunmere hospital"; got != want {
		t.Errorf("headlineFrom\n got %q\nwant %q", got, want)
	}
	in = "Jake Lowe, 38, who shot a dock worker after he was apparently protesting outside his bar on the east pier, acted in self-defense, his lawyer said."
	if got := headlineFrom(in); strings.HasPrefix(got, "Jake Lowe who") {
		t.Errorf("headlineFrom gave the fragment %q", got)
	}
}

// TestHeadlineCutKeepsMainClause: the last-resort cut of a long sentence
// never leaves only its opening phrase.
func TestHeadlineCutKeepsMainClause(t *testing.T) {
	in := "With 62 percent of precincts reporting, incumbent harbour district mayor Ilse Brandt was narrowly leading the former councillor Jake Lowe, 49.4 percent (456,332 votes) to 48.5 percent (448,018 votes)."
	got := headlineCut(in, "The Ledger")
	if strings.HasPrefix(got, "With 62 percent of precincts reporting,") == false {
		t.Errorf("headlineCut = %q, want the main clause after the opening phrase", got)
	}
	if analyze.OpeningAlone(strings.TrimSuffix(got, ", The Ledger reports")) {
		t.Errorf("headlineCut left only the opening phrase: %q", got)
	}
}

// TestHeadlineCutKeepsVerb: a cut before a phrase never leaves the
// subject alone, however well it fits, and a phrase somewhat too long
// is kept whole rather than cut at any word.
func TestHeadlineCutKeepsVerb(t *testing.T) {
	in := "Harbour master Ilse M. Brandt III’s office on Friday denied an explosive report by the Tarrow Gazette that her deputies had taken money from ferry owners to skip the checks on the east pier."
	got := headlineCut(in, "The Calder Reach Times")
	if want := "Harbour master Ilse M. Brandt III’s office denied an explosive report, The Calder Reach Times reports"; got != want {
		t.Errorf("headlineCut = %q, want %q: a headline needs its verb, and a phrase whole", got, want)
	}
}

// TestHeadlineCutKeepsNames: no cut falls on "for", "of" or "on"
// inside a name.
func TestHeadlineCutKeepsNames(t *testing.T) {
	in := "The Tarrow harbour board on Monday voted to shut down the Dunmere Office for Ferry Safety and Pier Standards, a body that has checked the boats on the east pier since 1962."
	for _, got := range []string{headlineCut(in, "The Calder Reach Times"), phraseCut(in, "The Ledger")} {
		h := strings.TrimSuffix(strings.TrimSuffix(got, ", The Calder Reach Times reports"), ", The Ledger reports")
		if strings.HasSuffix(h, "Dunmere Office") || strings.HasSuffix(h, "Ferry Safety") {
			t.Errorf("headline %q cuts a name", got)
		}
	}
	if insideName(strings.Fields("Lena Marsh met Ilse Brandt on Tuesday in Tarrow"), 5) {
		t.Errorf("insideName reads a day as part of a name")
	}
}

func TestStatementBrokenOffAtATitle(t *testing.T) {
	for in, want := range map[string]bool{
		"Ramos held a rally in Dunmere for Lt. Gov.":              false,
		"Ramos held a rally in Dunmere for Lt. Gov. Jake Lowe.":   true,
		"The ferry sailed at 7 a.m.":                              true,
		"Crews were called to the ferry office at 12 Harbour St.": true,
		"The crews lit candles for St.":                           false,
		"The crowd was chanting ‘Ferry, ferry!’ on the quay.":     true,
		"Who will pay for the pier?":                              false,
		"The crowd shouted ‘Stop!’ Then it left!":                 false,
	} {
		if got := statement(in); got != want {
			t.Errorf("statement(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestDropStop(t *testing.T) {
	for in, want := range map[string]string{
		"Shares fell 5.3%.":          "Shares fell 5.3%",
		"The ferry left the U.S.":    "The ferry left the U.S.",
		"The ferry sailed at 7 a.m.": "The ferry sailed at 7 a.m.",
		"The council met.":           "The council met",
	} {
		if got := dropStop(in); got != want {
			t.Errorf("dropStop(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPhraseCut: a headline cut at a phrase keeps a whole main clause,
// never ends inside a clause or an aside, and is never a noun phrase.
func TestPhraseCut(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Democrats took another harbour council seat on Monday night after councillor Jake Lowe, who had held it since 2001 and led the port board for a decade, conceded.",
			"Democrats took another harbour council seat after councillor Jake Lowe, The Ledger reports"},
		{"The harbour authority said that ferry companies which had paid the higher fees since the pier closed in March would get refunds of about $96 a crossing.", ""},
		{"Ilse Brandt's long campaign for a new ferry pier in the harbour district of Dunmere won the support of the council and the port board after a decade.", ""},
		// whom something was given may go; where something moved may not
		{"The harbour board is sending 40 new life jackets to the ferry crews of Dunmere to use as they see fit through the long winter months.",
			"The harbour board is sending 40 new life jackets, The Ledger reports"},
		{"The harbour board said the whole ferry service of Dunmere moved to the west quay after the storm damaged the east pier on Monday night.",
			"The harbour board said the whole ferry service of Dunmere moved to the west quay, The Ledger reports"},
		// a verb of barring keeps what it bars from
		{"The harbour court blocked Mayor Lena Marsh from closing the east pier and the west quay of the Dunmere harbour to all ferries for the winter.", ""},
		// an aside in parentheses goes before the cut is made
		{"The Tarrow harbour board on Sunday night endorsed both councillors Lena Marsh (D-Tarrow) and Paul Lowe (R-Dunmere) for the seat on the regional port authority.",
			"Tarrow harbour board endorsed both councillors Lena Marsh and Paul Lowe for the seat, The Ledger reports"},
		// the verb after "they" is one: what they said they will do is said
		{"Ferry owners in Dunmere say they intend to lodge a protest over the harbour board's new mooring fee at the quay by the end of the month.",
			"Ferry owners in Dunmere say they intend to lodge a protest, The Ledger reports"},
		// what needs its date or its object keeps it
		{"Harbour master Ilse Brandt's resignation from the Dunmere port board will become effective on June 1 after the ferry season ends.", ""},
		// a participle after a day says where or how, which follows it
		{"The harbour board spent more than 14 hours Thursday locked in a rancorous and contentious debate about whether to approve the ferry levy and the pier repairs.", ""},
		{"The final harbour board vote on the Dunmere east pier repairs is scheduled for Tuesday after the ferry season ends.",
			"The final harbour board vote on the Dunmere east pier repairs is scheduled for Tuesday, The Ledger reports"},
	}
	for _, tt := range tests {
		if got := phraseCut(tt.in, "The Ledger"); got != tt.want {
			t.Errorf("phraseCut(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestHeadlineWithoutAlso(t *testing.T) {
	in := "Harbour master Ilse Brandt also said she does not expect the pier to close again this winter."
	if got, want := headlineFrom(in), "Harbour master Ilse Brandt said she does not expect the pier to close again this winter"; got != want {
		t.Errorf("headlineFrom\n got %q\nwant %q", got, want)
	}
	// a headline cut at a phrase or kept whole loses it too
	if got := withoutAlso("Harbour officials also said that the pier will close, The Ledger reports"); got != "Harbour officials said that the pier will close, The Ledger reports" {
		t.Errorf("withoutAlso = %q", got)
	}
}

// TestHeadlineKeepsMainVerb: a participle that describes the subject is
// no main verb, so a headline is not cut before the verb that follows
// it: "Two ferrymen jailed in Tarrow" says the opposite of the news.
func TestHeadlineKeepsMainVerb(t *testing.T) {
	in := "Two ferrymen jailed in Tarrow since 2029 were freed from prison Wednesday and flown to Dunmere, where they were reunited with their families."
	for _, h := range headlineForms(in) {
		if !strings.Contains(h, "freed") {
			t.Errorf("headlineForms gives %q, which lost the main verb", h)
		}
	}
	if got := phraseCut(in, "The Ledger"); !strings.Contains(got, "freed") {
		t.Errorf("phraseCut = %q, which lost the main verb", got)
	}
	// a verb before the cut is the main one: the cut stays
	if got := headlineForms("Harbour councillor Jake Lowe resigned his seat in Dunmere after the port board was told of the missing funds."); !slices.Contains(got, "Harbour councillor Jake Lowe resigned his seat in Dunmere") {
		t.Errorf("headlineForms = %q, want the cut before the clause of time", got)
	}
}

// TestNoCommentIsNoNews: that someone did not answer a reporter is no
// headline and no highlight, however many outlets say it.
func TestNoCommentIsNoNews(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"Ilse Brandt, a lawyer for the Dunmere ferry company, did not respond to a request for comment on Tuesday.\n\n"+
				"The Dunmere town council voted 7-2 on Monday to close the east pier for repairs after divers found rot in its piles.\n\n"+
				"The pier carries about 4,000 walkers a day in summer, the council said."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"Ilse Brandt, a lawyer for the Dunmere ferry company, did not respond to a request for comment on Tuesday.\n\n"+
				"Ferry riders in Dunmere queued for an hour at the west quay on Tuesday as the ferry company added two extra crossings.\n\n"+
				"Harbour master Paul Lowe said the queues would ease by the weekend."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(p.Headline, "respond") {
		t.Errorf("headline %q is who did not comment", p.Headline)
	}
	for _, h := range append(p.Highlights, p.Lead...) {
		if strings.Contains(h.Text, "respond") {
			t.Errorf("highlight or lead %q is who did not comment", h.Text)
		}
	}
	for s, want := range map[string]bool{
		"The council could not be reached on Monday.":                   true,
		"A spokesman for the ferry company had no comment on Monday.":   true,
		"The board offered no further comment on the lease.":            true,
		"The harbour office did not return telephone calls on Tuesday.": true,
		"The board did not respond to repeated phone messages.":         true,
		"The council did not respond to the storm for two days.":        false,
		"The council had no money left for the east pier.":              false,
	} {
		if noComment.MatchString(s) != want {
			t.Errorf("noComment matches %q: %v, want %v", s, !want, want)
		}
	}
}

// TestHeadlineFormNeverDangles: a cut at a comma never leaves a headline
// that ends on a word that needs what follows it.
func TestHeadlineFormNeverDangles(t *testing.T) {
	for _, h := range headlineForms("Ilse Brandt argued in part that, since the pier was never sold, the harbour law does not apply to it.") {
		if strings.HasSuffix(h, " that") {
			t.Errorf("headlineForms gives %q", h)
		}
	}
}

// TestPhraseCutKeepsParticle: a preposition that ends a verb ("get their
// boats in") is not cut off as if it opened a phrase.
// A clause that "how", "what", "why" or "whether" opens keeps its verb:
// "... realise just how broken the process | for choosing pilots now
// is" is no headline.
func TestPhraseCutKeepsTheVerbOfAHowClause(t *testing.T) {
	in := "The harbour master's retirement is a good moment to step back and realise just how broken the process for choosing Dunmere harbour pilots now is."
	for _, got := range []string{phraseCut(in, ""), phraseCut(in, "The Ledger")} {
		if strings.HasSuffix(withoutReports(got), "the process") {
			t.Errorf("cut %q leaves the clause of how without its verb", got)
		}
	}
}

func TestPhraseCutKeepsParticle(t *testing.T) {
	got := phraseCut("Harbour master Ilse Brandt is letting the ferry crews get their boats in after a stormy week on the Dunmere coast.", "")
	if strings.HasSuffix(got, "get their boats") {
		t.Errorf("phraseCut = %q, cut inside the verb", got)
	}
}

// TestHeadlineSaysWhatTheTitlesSay: the outlets' titles choose which
// sentence heads the page, so a side fact that the reports open with
// does not; no title is copied.
func TestHeadlineSaysWhatTheTitlesSay(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Dunmere council votes to close east pier for winter",
			"Ferry riders in Dunmere queued for an hour at the west quay on Tuesday as the ferry company added two extra crossings.\n\n"+
				"The Dunmere town council voted 7-2 on Monday to close the east pier for the winter after divers found rot in its piles."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "East pier to close for winter after council vote",
			"Ferry riders in Dunmere queued for an hour at the west quay on Tuesday as extra crossings began.\n\n"+
				"Councillors in Dunmere voted on Monday to close the east pier for the winter, after divers found rot in the wooden piles."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Headline, "pier") || strings.Contains(p.Headline, "queued") {
		t.Errorf("headline %q: want the pier's closing, which the titles tell", p.Headline)
	}
	for _, a := range arts {
		if titleKey(p.Headline) == titleKey(a.Article.Title) {
			t.Errorf("headline %q copies a title", p.Headline)
		}
	}
	if got := titleMatch([]string{"pier", "close", "winter"}, map[string]float64{"pier": 2, "close": 2, "winter": 2, "vote": 1}); got <= titleMatch([]string{"ferri", "queu", "quay"}, map[string]float64{"pier": 2, "close": 2, "winter": 2, "vote": 1}) {
		t.Errorf("titleMatch ranks the side fact as high as the titles' news")
	}
}

// TestHeadlineCutClosesItsClauses: a headline shortened to fit ends
// before a clause that the shortening left without its verb.
func TestHeadlineCutClosesItsClauses(t *testing.T) {
	got := headlineCut("At least 50 people died and more than 400 were hurt in Tarrow when a gunman who had rented a room above the harbour square opened fire on a crowd at the Dunmere music festival.", "The Ledger")
	if strings.Contains(got, " when ") {
		t.Errorf("headlineCut = %q, which ends inside a clause", got)
	}
	for _, tt := range []struct {
		cut, sentence string
		want          bool
	}{
		{"Ferry crews in Dunmere were told to stay in port", "Ferry crews in Dunmere were told to stay in port on Monday.", true},
		{"The council approved 150 million rapid", "The council approved 150 million rapid, low-cost repairs to the pier.", false},
		{"Markets in Tarrow have surged in recent weeks even", "Markets in Tarrow have surged in recent weeks even as the pier closed.", false},
		{"The harbour board is suing the council over claims directed", "The harbour board is suing the council over claims directed at its chair.", false},
		{"Paul Lowe defended", "Paul Lowe defended on Monday his plan to close the pier.", false},
		{"The mayor confirmed that Lena Marsh", "The mayor confirmed that Lena Marsh would leave the council.", false},
		{"A harbour pilot working alongside Tarrow crews", "A harbour pilot working alongside Tarrow crews for a decade set a record.", false},
		{"Lena Marsh will be honoured", "Lena Marsh will be honoured by the Dunmere harbour board.", false},
		{"The council has poured $8 million", "The council has poured $8 million into the east pier.", false},
		{"Harbour office has moved", "The harbour office has moved to the west quay.", false},
		{"Ferry will go", "The ferry will go to Tarrow twice a day from Monday.", false},
		{"Harbour board is sending 40 rescue boats", "The harbour board is sending 40 rescue boats to the east coast.", true},
		{"The Dunmere audit found the council paid out $2.7 million", "The Dunmere audit found the council paid out $2.7 million in duplicate ferry grants.", false},
		{"Auditors found $2.7 million in duplicate", "Auditors found $2.7 million in duplicate or improper ferry grants.", false},
		{"A diver with the Dunmere harbour crew is being credited", "A diver with the Dunmere harbour crew is being credited with a record dive.", false},
		{"Harbour engineers in Tarrow are working", "Harbour engineers in Tarrow are working on a plan to save the pier.", false},
		{"Paul Lowe of Tarrow is wanted in connection", "Paul Lowe of Tarrow is wanted in connection with a fire at the pier.", false},
		{"A harbour board official says the repair bill", "A harbour board official says the repair bill in Dunmere has risen to $4 million.", false},
		{"East pier in Dunmere was closed", "The east pier in Dunmere was closed on 12 May after divers found rot.", true},
		{"The Tarrow ferry crews are asking the court", "The Tarrow ferry crews are asking the court for a ruling on the pier lease.", false},
		{"Paul Lowe will reportedly tell the Dunmere harbour board", "Paul Lowe will reportedly tell the Dunmere harbour board that the pier must close.", false},
		{"Paul Lowe will tell the Dunmere harbour board", "Paul Lowe will tell the Dunmere harbour board in Tarrow this week he is the man to save the pier.", false},
		{"Paul Lowe told reporters the pier will close", "Paul Lowe told reporters the pier will close on 12 May.", true},
		{"Harbour police in Dunmere urged residents", "Harbour police in Dunmere urged residents to stay away from the east pier.", false},
		{"Dunmere ordered 4,000 residents to stay home and the Tarrow harbour board", "Dunmere ordered 4,000 residents to stay home and the Tarrow harbour board on Friday told all ferry crews to do the same.", false},
		{"Dunmere ordered 4,000 residents to stay home and closed the quay", "Dunmere ordered 4,000 residents to stay home and closed the quay in Tarrow.", true},
		{"Dunmere ordered 4,000 residents to stay home and closed the pier", "Dunmere ordered 4,000 residents to stay home and closed the pier in Tarrow.", true},
		{"The ferry to Tarrow is getting busier", "The ferry to Tarrow is getting busier in the summer.", false},
		{"Paul Lowe urged the board to keep the pier open until", "Paul Lowe urged the board to keep the pier open until after the vote.", false},
	} {
		if got := completeCut(tt.cut, tt.sentence); got != tt.want {
			t.Errorf("completeCut(%q) = %v, want %v", tt.cut, got, tt.want)
		}
	}
}

// TestTitledHeadlineCutsAtAPhrase: a sentence too long for a headline
// whole is cut before a phrase when that says what the titles say.
func TestTitledHeadlineCutsAtAPhrase(t *testing.T) {
	long := "The Dunmere town council voted 7-2 on Monday to close the east pier for the winter in a long meeting in the old harbour hall that ran past midnight and ended with the mayor walking out of the hall."
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Dunmere council votes to close east pier for winter",
			"Ferry riders in Dunmere queued for an hour at the west quay on Tuesday as the ferry company added two extra crossings.\n\n"+long),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "East pier to close for winter after Dunmere council vote",
			"Ferry riders in Dunmere queued for an hour at the west quay on Tuesday as extra crossings began.\n\n"+
				"Harbour master Paul Lowe said the west quay would take the winter ferries."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(p.Headline, "Dunmere town council votes 7-2 to close east pier for winter") || utf8.RuneCountInString(p.Headline) > maxHeadline {
		t.Errorf("headline %q: want the vote, cut before its phrase of place", p.Headline)
	}
}

// TestDropWeekday: "on Monday" goes from a headline, unless a verb
// follows it that may be a participle.
func TestDropWeekday(t *testing.T) {
	for in, want := range map[string]string{
		"The council voted on Monday to close the pier":     "The council voted to close the pier",
		"An audit released on Monday found the pier unsafe": "An audit released on Monday found the pier unsafe",
		"Ferries sailed again on Sunday night":              "Ferries sailed again",
		// between the subject and its verb it goes; after a verb, before
		// a participle, it stays where a cut may use it
		"The harbour board on Sunday night endorsed Lena Marsh":          "The harbour board endorsed Lena Marsh",
		"The mayor signed an order on Monday intended to close the pier": "The mayor signed an order on Monday intended to close the pier",
		"A harbour judge Tuesday ordered the pier closed":                "A harbour judge ordered the pier closed",
		"The mayor grappled Saturday with the first setback":             "The mayor grappled with the first setback",
		"Monday's vote closed the pier until Super Tuesday":              "Monday's vote closed the pier until Super Tuesday",
		// a day that ends a phrase of time stays with it
		"Ferry crews would move to the west quay from Wednesday": "Ferry crews would move to the west quay from Wednesday",
		"The pier stays closed until Friday":                     "The pier stays closed until Friday",
		"The board will force a vote next Wednesday on the levy": "The board will force a vote next Wednesday on the levy",
		// a day that is what a verb of time takes stays
		"Residents spent Sunday clearing the quay": "Residents spent Sunday clearing the quay",
		// a date after "on" goes as a day does; after another word it stays
		"Harbour master Lena Marsh on Nov. 3 closed the east pier": "Harbour master Lena Marsh closed the east pier",
		"The ferry ran late from March 4 until the storm passed":   "The ferry ran late from March 4 until the storm passed",
		"The board will hold a hearing on the pier on April 22":    "The board will hold a hearing on the pier on April 22",
		"The harbour board on May 3 approved the levy":             "The harbour board approved the levy",
	} {
		if got := dropWeekday(in); got != want {
			t.Errorf("dropWeekday(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestImageCaptionIsNotTheHeadline: an image whose report's title cannot
// caption it (loaded, or the headline itself) says whose report it
// illustrates instead of repeating the headline.
func TestImageCaptionIsNotTheHeadline(t *testing.T) {
	p := pierImagePage(t, "Council's shameful pier fiasco", "")
	if p.LeadImage.Caption == p.Headline || p.LeadImage.Caption != news.ImageFrom("Lowland Press") {
		t.Errorf("caption %q under headline %q: want whose report the image is from", p.LeadImage.Caption, p.Headline)
	}
}

// TestGradedHeading: a section heading names a part of the story; it
// does not grade it, and it is a noun phrase.
func TestGradedHeading(t *testing.T) {
	for h, want := range map[string]bool{
		"Colorful story":              true,
		"Mayor Lena Marsh's":          true,
		"Marsh's plan":                false,
		"Powerful opponent":           true,
		"The continuing inquiry":      true,
		"Ferry fares worth":           true,
		"Pushed back":                 true,
		"Different emotional":         true,
		"Harbour repairs":             false,
		"The east pier":               false,
		"Harbour Gazette":             false,
		"Emotional responses":         false,
		"Banning several":             true,
		"Harbour authorities agreed":  true,
		"Top speed":                   false,
		"Blocked websites":            false,
		"Marsh's fault":               true,
		"The harbour board's failure": true,
		"Pier repairs like":           true,
	} {
		if got := gradedHeading(h); got != want {
			t.Errorf("gradedHeading(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestImageCaptionFromThePage: the page's own caption for its image
// captions the lead image when it reads as one; a credit line alone, or
// a loaded caption, does not.
func TestImageCaptionFromThePage(t *testing.T) {
	for caption, want := range map[string]string{
		"Divers inspect the east pier at low tide in Dunmere": "Divers inspect the east pier at low tide in Dunmere",
		"Photo: Lena Marsh/Lowland Press":                     "Council votes to close east pier",
		"The council's shameful pier fiasco":                  "Council votes to close east pier",
	} {
		p := pierImagePage(t, "Council votes to close east pier", caption)
		if p.LeadImage.Caption != want {
			t.Errorf("page caption %q: lead image %+v, want caption %q", caption, p.LeadImage, want)
		}
	}
}

// TestHeadlineNeverRaisesAQuote: a sentence that opens on a quotation in
// lower case gives no headline, since raising its letter would misquote.
func TestHeadlineNeverRaisesAQuote(t *testing.T) {
	if got := headlineForms(`"only a handful" of the Dunmere ferrymen kept their licences after the storm.`); len(got) > 0 {
		t.Errorf("headlineForms = %q, want none", got)
	}
	if got := headlineForms(`"Only a handful" of the Dunmere ferrymen kept their licences after the storm.`); len(got) == 0 {
		t.Error("a quotation in capitals gives no headline")
	}
	if got := pageText("Anyway, the Dunmere ferry sails again on Monday."); got != "The Dunmere ferry sails again on Monday." {
		t.Errorf("pageText = %q", got)
	}
}

// pierImagePage writes a two-outlet story whose first report, titled
// title, has an image that its page captions caption.
func pierImagePage(t *testing.T, title, caption string) news.Page {
	t.Helper()
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, title,
			"The Dunmere town council voted 7-2 on Monday to close the east pier for the winter after divers found rot in its piles."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"Councillors in Dunmere voted on Monday to close the east pier for the winter, after divers found rot in the wooden piles."),
	}
	arts[0].Article.ImageURL = "https://lowland-press.example/pier.jpg"
	arts[0].Article.ImageCaption = caption
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if p.LeadImage == nil {
		t.Fatal("no lead image")
	}
	return p
}

// TestHighlightsDrawOnSeveralOutlets: facts that one outlet states alone
// come one per outlet before any outlet gives a second, whatever their
// order of score.
func TestHighlightsDrawOnSeveralOutlets(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"Harbour master Paul Lowe said the west quay would take all the winter ferries from next week.\n\n"+
				"The east pier was built in 1902 and last repaired in 1987, the council's records show.\n\n"+
				"Repairs to the piles are expected to cost about $2 million, the council's engineer said."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"Crews of the Tarrow fishing fleet moved their boats to the old north slip of the harbour on Tuesday morning."),
	}
	d := cutDraft(arts)
	cands := d.candidates()
	// every Lowland Press fact first, as if each scored higher
	sort.SliceStable(cands, func(x, y int) bool {
		return d.a.Sentences[cands[x].i].Report < d.a.Sentences[cands[y].i].Report
	})
	hs := d.highlights(cands)
	if len(hs) < 2 || d.a.Reports[d.a.Sentences[hs[1].i].Report].Outlet.Name != "Coastal Standard" {
		var got []string
		for _, h := range hs {
			got = append(got, d.a.Reports[d.a.Sentences[h.i].Report].Outlet.Name)
		}
		t.Errorf("highlights from %q: want Coastal Standard second", got)
	}
}

// TestAgreedOn: two outlets agree on a headline's claim only where the
// second says what it says of the people it names, and names them. A
// report that names the same person in a sentence about something else
// (half the claim's words are her name and her role) does not agree
// with what her spokeswoman did; a report that gives the figure but not
// the person does not agree that she said it, though her surname opens
// the claim, where a capital tells no name from a plain word.
func TestAgreedOn(t *testing.T) {
	for _, tc := range []struct {
		claim, first, second string
		agreed               bool
	}{
		{"The spokeswoman for first lady Lena Marsh castigated the harbour press",
			"The spokeswoman for first lady Lena Marsh castigated the harbour press on Tuesday over reports about a leaflet.",
			"A leaflet published on Monday by first lady Lena Marsh's office copies a state guide for parents.", false},
		{"The spokeswoman for first lady Lena Marsh castigated the harbour press",
			"The spokeswoman for first lady Lena Marsh castigated the harbour press on Tuesday over reports about a leaflet.",
			"On Tuesday the spokeswoman for first lady Lena Marsh castigated the harbour press in a statement.", true},
		{"Marsh said the harbour levy would rise by 5 percent next spring",
			"Harbour master Lena Marsh spoke to the council on Monday.\n\nMarsh said the harbour levy would rise by 5 percent next spring.",
			"The harbour levy will rise by 5 percent next spring, the council's papers show.", false},
		{"Marsh said the harbour levy would rise by 5 percent next spring",
			"Harbour master Lena Marsh spoke to the council on Monday.\n\nMarsh said the harbour levy would rise by 5 percent next spring.",
			"Lena Marsh, the harbour master, said the harbour levy would rise by 5 percent next spring.", true},
	} {
		d := twoOutletDraft(tc.first, tc.second)
		if got := d.agreedOn(tc.claim); got != tc.agreed {
			t.Errorf("agreedOn(%q) with %q = %v, want %v", tc.claim, tc.second, got, tc.agreed)
		}
	}
}

// twoOutletDraft drafts a story of two reports, each the text given,
// by two outlets.
func twoOutletDraft(first, second string) *draft {
	return newDraft(analyze.Analyze([]news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "", first),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "", second),
	}), DefaultMaxWordsPerSource)
}

// TestFormsAgreed: a headline form of a sentence that two outlets state
// is the desk's own when the other outlet, telling the fact in its own
// words, shares fewer than half of the form's words but some of what it
// says happened; not when it shares none of that.
func TestFormsAgreed(t *testing.T) {
	for _, tc := range []struct {
		first, second, form string
		agreed              bool
	}{
		{"Facing fierce opposition from skippers, the Dunmere harbour board on Tuesday dropped its plan to bar foreign trawlers from the east pier if their crews lack local licences.",
			"Facing fierce opposition from skippers, the harbour board in Dunmere on Tuesday rescinded a rule that would have turned away foreign boats whose crews lack local licences.",
			"Dunmere harbour board dropped its plan to bar foreign trawlers from the east pier", true},
		{"The harbour master resigned on Tuesday after the Dunmere board voted to close the east pier for the winter because divers found rot in its piles.",
			"The Dunmere board voted on Tuesday to close the east pier for the winter because divers found rot in its piles.",
			"The harbour master resigned on Tuesday", false},
	} {
		d := twoOutletDraft(tc.first, tc.second)
		d.params = DefaultParams
		var c *candidate
		for _, k := range d.candidates() {
			if strings.HasPrefix(tc.first, strings.TrimSuffix(k.text, ".")) {
				c = &k
			}
		}
		if c == nil {
			t.Fatalf("%q is no candidate", tc.first)
		}
		if !d.deskVoice(*c) {
			t.Fatalf("%q (cites %v) does not stand in the desk's voice", c.text, c.cites)
		}
		if d.agreedOn(tc.form) {
			t.Errorf("agreedOn(%q): the form alone should not pass", tc.form)
		}
		if got := d.formsAgreed(*c)(tc.form); got != tc.agreed {
			t.Errorf("formsAgreed(%q) = %v, want %v", tc.form, got, tc.agreed)
		}
	}
}

// TestHeadlineCutBeforeParticiple: the last-resort cut ends neither on
// a participle that describes the noun before it ("boats associated")
// nor inside the phrase it opens, but before it.
func TestHeadlineCutBeforeParticiple(t *testing.T) {
	in := "Dunmere, Tarrow and Wente harbour crews launched coordinated searches targeting fishing boats associated with the smuggling ring that the harbour police uncovered, a response to reports of weapons."
	got := headlineCut(in, "The Ledger")
	if want := "Dunmere, Tarrow and Wente harbour crews launched coordinated searches, The Ledger reports"; got != want {
		t.Errorf("headlineCut = %q, want %q", got, want)
	}
}

func TestDefinitionIsNoHeadline(t *testing.T) {
	for in, want := range map[string]bool{
		"The harbour levy is a charge the council adds to every ferry ticket": true,
		"HLV is a designation the council gives to piers at risk of collapse": true,
		"Dunmere council is a step closer to closing the east pier":           false,
		"Dunmere council voted to close the east pier for the winter":         false,
		"The east pier is closed after divers found rot":                      false,
		"The harbour levy is a closely watched charge during storms":          true,
		"HPT is a non-profit trust dedicated to the old piers":                true,
	} {
		if got := definition.MatchString(in); got != want {
			t.Errorf("definition(%q) = %v, want %v", in, got, want)
		}
	}
	// nor is it a highlight: the body's background tells it
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	d.a.Sentences = append(d.a.Sentences, analyze.Sentence{Text: "The harbour levy is a charge the council adds to every ferry ticket."})
	if d.bullet(candidate{i: len(d.a.Sentences) - 1, text: "The harbour levy is a charge the council adds to every ferry ticket."}) {
		t.Errorf("a definition is a highlight")
	}
	// nor is when something began
	for in, want := range map[string]bool{
		"Dunmere was founded in 1712":                          true,
		"The harbour board was first established in the 1920s": true,
		"The east pier was closed in 2031 after the storm":     false,
		"Lena Marsh was elected in 2029":                       false,
		// nor who makes or runs something
		"The Tarrow Rising, opening in May, is directed by Lena Marsh, known for her storms": true,
		"The ferry line is owned by the Harbour Board":                                       true,
		"The ferry line was sold by the Harbour Board on Monday":                             false,
		"Lena Marsh is expected to be named harbour master in May":                           false,
		"The ferry line, which is owned by the Harbour Board, cut 300 jobs on Monday":        false,
		// nor who someone is
		"Lena Marsh is a 33-year-old diver and harbour pilot who has worked in Tarrow for years": true,
		"Kell is one of 10 towns that the ferry line serves twice a day":                         true,
		"The 65-year-old Marsh is best known for her rescue of two ferrymen in 2029":             true,
		"Dunmere council is a step closer to closing the east pier":                              false,
		"Lena Marsh is the diver who found rot in the east pier":                                 false,
		"The ferry line said it is one of the firms that lost boats in the storm":                false,
	} {
		if got := standing(in); got != want {
			t.Errorf("standing(%q) = %v, want %v", in, got, want)
		}
	}
	d.a.Sentences = append(d.a.Sentences, analyze.Sentence{Text: "Dunmere was founded in 1712 by ferrymen from Tarrow."})
	if d.bullet(candidate{i: len(d.a.Sentences) - 1, text: "Dunmere was founded in 1712 by ferrymen from Tarrow."}) {
		t.Errorf("when a town began is a highlight")
	}
}

// pairHeadline is the headline that the writer gives the story of two
// reports, a centre outlet's and, an hour later, a right-leaning one's,
// each a title and a text.
func pairHeadline(t *testing.T, id, titleA, textA, titleB, textB string) string {
	t.Helper()
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, titleA, textA),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, titleB, textB),
	}
	p, err := Writer{}.Write(id, analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	return p.Headline
}

// TestTitledHeadlineTellsNews: a sentence that says what something is
// does not head the page, however many of the titles' words it holds.
func TestTitledHeadlineTellsNews(t *testing.T) {
	h := pairHeadline(t, "levy", "Dunmere raises harbour levy on ferry tickets",
		"The harbour levy is a charge the council adds to every ferry ticket sold in Dunmere.\n\n"+
			"The Dunmere council voted on Monday to raise the harbour levy by 50 cents.",
		"Harbour levy on Dunmere ferry tickets to rise",
		"The Dunmere council voted on Monday to raise the harbour levy by 50 cents.\n\n"+
			"The harbour levy is a charge the council adds to every ferry ticket sold in Dunmere.")
	if strings.Contains(h, "is a charge") {
		t.Errorf("headline %q says what the levy is, not the news", h)
	}
}

// TestBareSubjectHeadsLast: a headline whose subject is "The" and one
// common noun does not say which thing it means; a form that does heads
// the page instead.
func TestBareSubjectHeadsLast(t *testing.T) {
	for h, want := range map[string]bool{
		"The law was written after the storm":             true,
		"The decision means the ferry stops in May":       true,
		"The mayor caught more flak from the council":     true,
		"The harbour levy rose by 50 cents":               false,
		"The number of ferries fell to two":               false,
		"The Harbour Board voted to close the pier":       false,
		"The crews worked through the night":              true,
		"The novel virus has killed 12 people in Dunmere": false,
		"Dunmere passed a law to protect the east pier":   false,
	} {
		if got := bareSubject(h); got != want {
			t.Errorf("bareSubject(%q) = %v, want %v", h, got, want)
		}
	}
	h := pairHeadline(t, "pier-law", "Developers bid for east pier led to Dunmere law",
		"The law was written after developers bid for the east pier in Dunmere.\n\n"+
			"The Dunmere council passed a law on Monday that protects the east pier from developers.",
		"After developers bid for east pier, a Dunmere law",
		"The Dunmere council passed a law on Monday that protects the east pier from developers.\n\n"+
			"The law was written after developers bid for the east pier in Dunmere.")
	if bareSubject(h) {
		t.Errorf("headline %q does not say which law", h)
	}
}

// TestHeadlineKeepsThatClauseVerb: a form that keeps "argued that" keeps
// the verb of what was argued.
func TestHeadlineKeepsThatClauseVerb(t *testing.T) {
	for f, want := range map[string]bool{
		"Lowe argued that record numbers of ferries in Kell":    true,
		"Lowe argued that record numbers of ferries sailed":     false,
		"The council said that the pier would close in May":     false,
		"The council backed a plan that the harbour board drew": false,
	} {
		if got := thatWithoutVerb(f); got != want {
			t.Errorf("thatWithoutVerb(%q) = %v, want %v", f, got, want)
		}
	}
	s := "Lowe's sharp reply argued that record numbers of ferry crossings in Kell in recent years were due at least in part to the mayor's decision to keep the harbour open."
	if h := phraseCut(s, "Lowland Press"); thatWithoutVerb(strings.TrimSuffix(h, ", Lowland Press reports")) {
		t.Errorf("phraseCut = %q: what Lowe argued has no verb", h)
	}
}

// TestHeadlineNoHalfClause: no headline ends on a quantifier or a verb
// of saying, or is a noun phrase whose possessive makes its word in -s a
// noun.
func TestHeadlineNoHalfClause(t *testing.T) {
	// a speaker set off by commas, whose opening phrase a cut left out
	for _, h := range headlineForms("Lowe says, small repairs can keep the east pier open through the winter.") {
		if strings.HasPrefix(h, "Lowe says,") {
			t.Errorf("headline form %q opens on its speaker's aside", h)
		}
	}
	if wholeCut("Lena Marsh has become the first harbour master to set foot", "in Kell since the war.") {
		t.Errorf("wholeCut: \"set foot\" without where")
	}
	for _, h := range []string{"The harbour master and the board chair are under fire for what some", "Harbour board allies of the mayor shouted"} {
		if wholeCut(h, "call a cover-up.") {
			t.Errorf("wholeCut(%q) = true, want a cut that ends on a quantifier or a verb of saying refused", h)
		}
	}
	if hasVerb("Mayor's plans to rebuild the east pier") {
		t.Errorf("hasVerb reads the noun after a possessive as a verb")
	}
	if !hasVerb("The mayor plans to rebuild the east pier") {
		t.Errorf("hasVerb misses the verb")
	}
	if !hasVerb("The crew say they expect a quiet winter") || !pastOrAux("we want answers") {
		t.Errorf("a plain word after a subject pronoun is its verb")
	}
	if hasVerb("The crew and they all") || hasVerb("The crew whom they quietly") {
		t.Errorf("a function word or an adverb after a pronoun is no verb")
	}
	if hasVerb("For Ilse Brandt, a well-regarded lawyer and harbour judge") {
		t.Errorf("hasVerb reads a compound participle as a verb")
	}
	if !hasVerb("Harbour voters re-elected Ilse Brandt as mayor") {
		t.Errorf("hasVerb misses a verb with a prefix")
	}
	for _, h := range headlineForms("For Ilse Brandt, a well-regarded lawyer and harbour judge, there was one condition under which she would take the post.") {
		if !hasVerb(h) {
			t.Errorf("headline form %q has no verb", h)
		}
	}
}

// TestHeadlineKeepsAListsVerb: the words between a subject's commas that hold
// a verb are a list and its verb, which a headline keeps.
func TestHeadlineKeepsAListsVerb(t *testing.T) {
	for _, h := range headlineForms("Divers, ferry crews and harbour pilots have endured storms, floods and long closures to keep the Dunmere pier open.") {
		if strings.HasPrefix(h, "Divers floods") || strings.HasPrefix(h, "Divers long") || !strings.Contains(h, "endured") {
			t.Errorf("headline form %q lost the list's verb", h)
		}
	}
	if got := withoutAsides("Lena Marsh, the owner of a harbour bar, has died"); len(got) < 2 || got[1] != "Lena Marsh has died" {
		t.Errorf("withoutAsides = %q, want the apposition dropped", got)
	}
}

// TestHeadlineDropsSummingUp: an apposition that sums up the clause
// before it goes from a headline; one item of a list does not.
func TestHeadlineDropsSummingUp(t *testing.T) {
	in := "Dunmere has voted to close the east pier, a historic decision sure to reshape the harbour, anger the ferry crews and empty the quay."
	if got := headlineForms(in); !slices.Contains(got, "Dunmere has voted to close the east pier") {
		t.Errorf("headlineForms(%q) = %q, want the clause without the apposition", in, got)
	}
	for _, h := range headlineForms("The harbour board gave the divers a boat, a crane and a barge for the repairs to the east pier.") {
		if strings.HasSuffix(h, "a boat") {
			t.Errorf("headlineForms cut a list to %q", h)
		}
	}
}

// TestHeadlineSaysEnough: a headline of two content words ("A man is
// being held") says too little, however short the clause it is cut to.
func TestHeadlineSaysEnough(t *testing.T) {
	in := "A man is being held after a fire destroyed the Dunmere harbour office on Monday night, officials say."
	got := longForm(in, "Lowland Press", longHeadline)
	if n := len(stemSet(strings.TrimSuffix(got, ", Lowland Press reports"))); n < 3 {
		t.Errorf("longForm = %q, which holds %d content words, want at least 3", got, n)
	}
}

// TestLastResortKeepsAVerb: a cut at a word that leaves a participle and
// no main verb gives way to the whole clause.
func TestLastResortKeepsAVerb(t *testing.T) {
	in := "A leaflet published on Monday as part of the harbour board's long-running Safe Crossings campaign for ferry passengers copies a guide first published by the Dunmere coastguard during the storms of the previous winter."
	got := lastResortCut(in, "Thistledown Voice")
	if !strings.Contains(got, "copies a guide") {
		t.Errorf("lastResortCut = %q, want the main verb", got)
	}
	// a title in quotation marks holds no verb of the clause
	in = "A leaflet published on Monday as part of the harbour board's long-running \"Be Safe\" campaign for all ferry passengers copies a guide first published by the Dunmere coastguard during the storms of the previous winter."
	if got := lastResortCut(in, "Thistledown Voice"); !strings.Contains(got, "copies a guide") {
		t.Errorf("lastResortCut = %q, want the main verb", got)
	}
}

// TestTitledHeadlineFromInnerClause: when the news that the titles tell
// is the clause of time or cause inside a report's sentence ("... after
// Lena Marsh conceded the race"), that clause may head the page; a clause
// that names no subject of its own, or leans on a pronoun, may not.
func TestTitledHeadlineFromInnerClause(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Paul Lowe wins Tarrow harbour seat as Lena Marsh concedes",
			"Independents gained another harbour board seat on Monday night after Lena Marsh conceded the Tarrow race to Paul Lowe.\n\n"+
				"The count in Tarrow took four days, the longest in the board's history."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Paul Lowe wins Tarrow harbour race",
			"Independents now hold five of the nine seats on the Tarrow harbour board.\n\n"+
				"The count took four days in Tarrow, and turnout was the highest since the board was formed."),
	}
	p, err := Writer{}.Write("seat", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(p.Headline, "Lena Marsh concedes Tarrow race to Paul Lowe") {
		t.Errorf("headline %q: want the concession, which the titles tell", p.Headline)
	}
	for _, tt := range []struct {
		sentence string
		want     []string
	}{
		{"Independents gained a seat after Lena Marsh conceded the Tarrow race to Paul Lowe.", []string{"Lena Marsh conceded the Tarrow race to Paul Lowe"}},
		{"Lowe was passed over this year after chatter that she was in the running for the chair.", nil},
		{"The board closed the pier after losing the vote on the harbour levy in Tarrow.", nil},
		{"A man is being held after an attempted attack at the Dunmere ferry terminal.", nil},
		{"Lowe drew protests in Tarrow because of a levy imposed by the Dunmere harbour board.", nil},
		{"The council approved the plan when the harbour board backed it in a vote on Monday.", nil},
		// "after the festival" is a phrase of the subject: the verb after
		// it is the sentence's own, and the festival did not spread it
		{"The crowds on the east quay of Tarrow and Dunmere after the harbour festival may well have spread the fever to the fishing fleet.", nil},
	} {
		if got := subordinateClauses(tt.sentence); !slices.Equal(got, tt.want) {
			t.Errorf("subordinateClauses(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestTitledHeadlineAttributesDisputedNews: when the news that the
// titles tell comes with a figure the outlets give differently, it still
// heads the page and opens it, as its outlet's report, rather than a
// side fact.
func TestTitledHeadlineAttributesDisputedNews(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Blast at Dunmere ferry terminal kills 13",
			"A bomb blast at the Dunmere ferry terminal killed 13 people on Sunday morning.\n\n"+
				"Harbour master Ilse Brandt had been on the west quay and was unhurt, the harbour board said."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Dunmere ferry terminal blast kills 17",
			"A bomb blast at the Dunmere ferry terminal killed 17 people on Sunday morning.\n\n"+
				"Ferries to Tarrow were stopped for the rest of the day."),
	}
	p, err := Writer{}.Write("blast", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Headline, "blast at Dunmere ferry terminal kills") || !strings.HasSuffix(p.Headline, " reports") {
		t.Errorf("headline %q: want the blast, attributed to the outlet whose toll it gives", p.Headline)
	}
	// and the top of the page tells it too, each toll as its outlet's
	top := 0
	for _, s := range append(append([]news.Sentence(nil), p.Highlights...), p.Lead...) {
		if strings.Contains(s.Text, "blast at the Dunmere ferry terminal killed") {
			top++
			if s.AttributedTo == "" {
				t.Errorf("%q: a disputed toll stated as fact", s.Text)
			}
		}
	}
	if top == 0 {
		t.Errorf("highlights %v, lead %v: want the blast on top", p.Highlights, p.Lead)
	}
}

// TestHeadlineNamesPeopleInFull: a headline form that calls someone by
// surname alone, with no room left to name them in full, is not taken.
func TestHeadlineNamesPeopleInFull(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"The Dunmere harbour board named Lena Marsh as its new harbour master on Monday.\n\n"+
				"Marsh will run the east pier and the west quay from May."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"Lena Marsh was named harbour master by the Dunmere harbour board on Monday."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	long := "Marsh will run the east pier, the west quay and the winter ferry crossings to Tarrow from May, Lowland Press reports"
	for _, tt := range []struct {
		h    string
		want bool
	}{
		{"Marsh will run the east pier and the west quay from May", false}, // room to name her
		{long[:107], true}, // none: "Lena " would pass the limit
		{"Lena Marsh will run the east pier and the west quay from May", false},
		{"Dunmere harbour board named a new harbour master", false},
		// the comma after an opening phrase ends the name before it
		{"In an interview with the Tarrow Gazette, Marsh said she would run the east pier and the west quay from next May", true},
	} {
		if got := d.namesLeftBare(tt.h); got != tt.want {
			t.Errorf("namesLeftBare(%q) = %v, want %v", tt.h, got, tt.want)
		}
	}
}

// TestPhraseCutKeepsWhatIsLeft: a verb of leaving keeps what is left
// ("withdraw from the treaty"); a cut never ends on it.
func TestPhraseCutKeepsWhatIsLeft(t *testing.T) {
	s := "President Paul Lowe is expected to sign an executive order announcing his plan to withdraw from the Tarrow Harbour Partnership trade deal."
	if got := phraseCut(s, ""); strings.HasSuffix(got, "withdraw") {
		t.Errorf("phraseCut = %q: withdraw from what?", got)
	}
}

// TestPhraseCutKeepsLimitingContrast: a cut never drops a contrast that
// limits the claim ("but not much celebration"), though it may drop one
// that adds a clause of its own.
func TestPhraseCutKeepsLimitingContrast(t *testing.T) {
	s := "The Friday signing of the new Tarrow harbour accord featured ceremony but not much celebration — at least from the island's crews."
	if got := phraseCut(s, ""); strings.HasSuffix(got, "featured ceremony") {
		t.Errorf("phraseCut = %q: the report says not much celebration", got)
	}
	s = "The Dunmere council approved the Tarrow harbour accord on Friday in a vote of seven to two but the fishing crews walked out of the council chamber."
	if got := phraseCut(s, ""); got == "" {
		t.Errorf("phraseCut(%q) = \"\": a contrast with a clause of its own may go", s)
	}
}

// TestHeadlineDropsPurpose: a phrase of purpose goes from a headline, a
// list before it stays whole, and no cut leaves an aside open.
func TestHeadlineDropsPurpose(t *testing.T) {
	in := "Harbour police seized ropes, flares and other gear and closed the quay and the bridges to try to keep the rival crews apart."
	if got := headlineForms(in); !slices.Contains(got, "Harbour police seized ropes, flares and other gear and closed the quay and the bridges") {
		t.Errorf("headlineForms(%q) = %q, want the clause without its purpose", in, got)
	}
	for _, h := range headlineForms("Lena Marsh, who swam out in an effort to reach the drifting ferry, was rescued by the Dunmere crew.") {
		if strings.HasSuffix(h, "swam out") {
			t.Errorf("headlineForms cut inside an aside: %q", h)
		}
	}
	// a participle of purpose after a noun goes with what it governs;
	// after "is" it is the predicate and stays
	in = "The Dunmere harbour board adopted four mooring rules on Friday meant to stop ferries from mooring two abreast at the old quay."
	if got := headlineForms(in); !slices.Contains(got, "Dunmere harbour board adopted four mooring rules") {
		t.Errorf("headlineForms(%q) = %q, want the rules without what they were meant for", in, got)
	}
	for _, in := range []string{
		"The new Dunmere mooring levy on all visiting ferries was largely designed to pay for the repairs to the east pier.",
		"The board said the new Dunmere mooring levy was partly aimed at the ferry owners who moor overnight.",
	} {
		for _, h := range headlineForms(in) {
			if strings.HasSuffix(h, "ly") {
				t.Errorf("headlineForms cut the predicate: %q", h)
			}
		}
	}
}

// TestHeadlineDropsRestrictiveRelative: a relative clause in "which"
// without commas goes when the main clause goes on with an auxiliary;
// a question in "which" after a verb does not.
func TestHeadlineDropsRestrictiveRelative(t *testing.T) {
	in := "The harbour board said that ferry services which mainly carry island workers will no longer be able to sail after dark."
	want := "The harbour board said that ferry services will no longer be able to sail after dark"
	if got := headlineForms(in); !slices.Contains(got, want) {
		t.Errorf("headlineForms(%q) = %q, want %q among them", in, got, want)
	}
	if got := withoutRelative("The board did not say which ferry services would stop sailing after dark"); got != "" {
		t.Errorf("withoutRelative cut a question: %q", got)
	}
}

// TestHeadlineDropsSpeakerAfterQuote: the speaker after a quotation
// goes as any attribution at the end does, and the quotation stays
// closed.
func TestHeadlineDropsSpeakerAfterQuote(t *testing.T) {
	in := `The Dunmere pier inquiry is "close to being finished," harbour master Paul Lowe said.`
	want := `Dunmere pier inquiry is "close to being finished"`
	if got := headlineForms(in); !slices.Contains(got, want) {
		t.Errorf("headlineForms(%q) = %q, want %q among them", in, got, want)
	}
}

// TestHeadlineKeepsVerbsComplement: no cut parts a verb from the
// preposition that completes it: after an infinitive ("to vote | for"),
// or "before" that names an audience, not a time.
func TestHeadlineKeepsVerbsComplement(t *testing.T) {
	in := "Councillor Lena Marsh vowed not to vote for any more of the harbour board's nominees until the pier is repaired."
	if got := phraseCut(in, ""); got == "Councillor Lena Marsh vowed not to vote" {
		t.Errorf("phraseCut(%q) = %q, which leaves out what she would not vote for", in, got)
	}
	in = "Harbour master Paul Lowe made his first appearance before the Dunmere council amid questions over the ferry delays."
	for _, h := range headlineForms(in) {
		if h == "Harbour master Paul Lowe made his first appearance" {
			t.Errorf("headlineForms(%q) holds %q, which leaves out before whom", in, h)
		}
	}
	in = "The ferry crews voted to strike at a meeting in Dunmere on Friday in a hall named after the first harbour master of Tarrow."
	for _, h := range headlineForms(in) {
		if strings.HasSuffix(h, "named") {
			t.Errorf("headlineForms(%q) holds %q, which leaves out whom the hall is named after", in, h)
		}
	}
	in = "The Dunmere harbour board notified ferry captain Lena Marsh through her union that night crossings would stop."
	for _, h := range append(headlineForms(in), phraseCut(in, ""), headlineCut(in, "")) {
		if strings.HasSuffix(h, "Lena Marsh") {
			t.Errorf("%q gives %q, which leaves out what she was notified of", in, h)
		}
	}
	in = "The story of how the old Dunmere pier got its odd name begins with a shipwreck and takes a sharp turn after the great storm, when all the piles were replaced with steel."
	if got := headlineCut(in, ""); strings.HasSuffix(got, "begins") {
		t.Errorf("headlineCut(%q) = %q, which leaves out what it begins with", in, got)
	}
	in = "Harbour engineers Lena Marsh and Paul Lowe report sonar can be used for finding rot inside the piles of the east pier without divers."
	if got := phraseCut(in, ""); strings.HasSuffix(got, "can be used") {
		t.Errorf("phraseCut(%q) = %q, which leaves out what it can be used for", in, got)
	}
	if got := headlineForms("The harbour board met for two hours before the vote on the east pier closed the quay."); len(got) == 0 {
		t.Error("headlineForms gave nothing for a plain sentence")
	}
}

// TestBareVerb: a noun after "to" is no infinitive, so a cut after it
// stays allowed.
func TestBareVerb(t *testing.T) {
	for w, want := range map[string]bool{"vote": true, "speak": true, "cannibalism": false, "Tarrow": false, "40": false, "elections": false, "the": false} {
		if got := bareVerb(w); got != want {
			t.Errorf("bareVerb(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestHeadlineKeepsWhatWasCalledFor: a cut between a call and the
// infinitive that says what was called for turns its meaning around.
func TestHeadlineKeepsWhatWasCalledFor(t *testing.T) {
	in := "Two Dunmere councillors have come forward and called for the vote on the harbour board's new pier plan to be delayed until after the inquiry reports to the council."
	for _, h := range append(headlineForms(in), phraseCut(in, ""), headlineCut(in, "")) {
		if strings.HasSuffix(h, "called for the vote") {
			t.Errorf("a headline of %q is %q, which says the opposite", in, h)
		}
	}
}

// TestHeadlineCutsBeforeParticiple: a participle that describes a noun
// goes with what it governs; a verb in -ing, a noun in -ing and a
// participle inside a clause stay.
func TestHeadlineCutsBeforeParticipleOfNoun(t *testing.T) {
	for in, want := range map[string]string{
		"Harbour master Paul Lowe blocked the release of a council memo rebutting the ferry crews' claims about the east pier.": "Harbour master Paul Lowe blocked the release of a council memo",
		"The Dunmere council was rebutting the ferry crews' claims about the east pier on Monday.":                              "",
		"The Dunmere council held a hearing examining the ferry crews' claims about the east pier.":                             "",
		"Lena Marsh said the board that owns the pier signed a memo rebutting the crews' claims.":                               "",
		"Dunmere councillors gave final approval to a bylaw to impose sweeping new limits on the east pier.":                    "",
		"Harbour master Paul Lowe was the last surviving member of the crew that rebuilt the east pier.":                        "",
	} {
		if got := beforeParticiple(strings.TrimSuffix(in, ".")); got != want {
			t.Errorf("beforeParticiple(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHeadlineCutAfterAnOrder: "order" as a noun is no call, and the
// phrase after it may go.
func TestHeadlineCutAfterAnOrder(t *testing.T) {
	in := "Mayor Lena Marsh signed an executive order on Monday intended to give Dunmere residents more say over the east pier."
	if got := phraseCut(in, ""); got != "Mayor Lena Marsh signed an executive order" {
		t.Errorf("phraseCut(%q) = %q, want the cut after the order", in, got)
	}
}

// TestHeadlineResolvesItsWords: a sentence that leans on one before it
// ("this very question") does not head the page, even when it is the
// sentence that would open it.
func TestHeadlineResolvesItsWords(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"The Dunmere town council has found itself facing this very question of closing the east pier for the winter.\n\n"+
				"Ferry riders queued at the west quay."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"The Dunmere town council has found itself facing this very question of closing the east pier for good.\n\n"+
				"Harbour master Ilse Brandt said the queues would ease."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(p.Headline, "this very question") {
		t.Errorf("headline %q leans on a sentence before it", p.Headline)
	}
}

// TestHeadlineKeepsWhatWasSaid: a cut after a verb of saying keeps a
// verb of what was said; "said that record numbers of ferry delays"
// says nothing, though "numbers" and "delays" look like verbs in -s.
func TestHeadlineKeepsWhatWasSaid(t *testing.T) {
	in := "Harbour master Paul Lowe's long reply said that record numbers of ferry delays in Dunmere had nothing to do with the new timetable or the east pier."
	for _, h := range []string{phraseCut(in, "Lowland Press"), headlineCut(in, "Lowland Press")} {
		if _, said, _ := strings.Cut(strings.TrimSuffix(h, ", Lowland Press reports"), "said that "); said != "" && !pastOrAux(said) {
			t.Errorf("a headline of %q is %q, which leaves what was said without its verb", in, h)
		}
	}
}

// TestTitledHeadlinePastLimit: a claim one outlet states alone, which
// the titles tell and which is a whole clause only with its outlet's
// name past the usual length, heads the page when no shorter form tells
// what the titles tell, rather than a fallback from another sentence.
func TestTitledHeadlinePastLimit(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Tarrow harbour board suspends night ferries to Dunmere over pilot shortage",
			"Evening riders in Kell have complained for months about late crossings and crowded decks on the boats.\n\n"+
				"The Tarrow harbour board and the Dunmere Ferry Company suspended all night ferries between Tarrow and Dunmere on Monday because of a shortage of licensed pilots.\n\n"+
				"Port engineer Ilse Brandt said the west quay would stay open for cargo."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Night ferries to Dunmere suspended as Tarrow runs short of pilots",
			"Shopkeepers on Kell Street said the evening trade would suffer through the summer.\n\n"+
				"The Kell Street market will stay open late on Fridays from June."),
	}
	p, err := Writer{}.Write("ferry", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	n := utf8.RuneCountInString(p.Headline)
	if !strings.Contains(p.Headline, "suspend all night ferries") || !strings.HasSuffix(p.Headline, ", Lowland Press reports") || n <= maxHeadline || n > longHeadline {
		t.Errorf("headline %q (%d characters): want the suspension, attributed to Lowland Press, past %d characters and within %d", p.Headline, n, maxHeadline, longHeadline)
	}
}

// TestHeadlineCutKeepsWhatCompletes: the last resort cuts a long
// sentence at a phrase that keeps what completes its verb, even past the
// usual length, rather than at any word that leaves it out.
func TestHeadlineCutKeepsWhatCompletes(t *testing.T) {
	in := "A Tarrow port inspector on Monday pressed the Dunmere ferry company to speed up its plans to rebuild the damaged east pier and both of its loading ramps before the spring, after the company said it had lost three months to storms."
	got := headlineCut(in, "Lowland Press")
	if !strings.Contains(got, "its plans to rebuild the damaged east pier") {
		t.Errorf("headlineCut(%q) = %q, want the plans with what they are for", in, got)
	}
}

// TestHeadlineWithoutWhoClause: a relative clause in "who" that tells
// what its people did before goes from a headline form; one that limits
// what is done, or sits inside what someone said, stays.
func TestHeadlineWithoutWhoClause(t *testing.T) {
	forms := headlineForms("The harbour board has halted the dismissal of pilots who trained under the old licence scheme at the Kell yard in Tarrow.")
	if !slices.Contains(forms, "The harbour board has halted the dismissal of pilots") {
		t.Errorf("forms %q: want the board's halt without which pilots", forms)
	}
	for s, cut := range map[string]string{
		"The mayor has made it easier for crews to flag relatives who should not own a boat.": "flag relatives",
		"The harbour court ruled that pilots who trained abroad cannot sail from Tarrow.":     "ruled that pilots",
		// people, with nothing but the clause to say which
		"The board has scrapped a scheme giving berths to people who came to Tarrow as children.": "berths to people",
		"The council has fined those who moored at the Kell quay without a permit last winter.":   "has fined those",
	} {
		for _, f := range headlineForms(s) {
			if strings.HasSuffix(f, cut) {
				t.Errorf("headlineForms(%q) gives %q, which leaves out what the clause in \"who\" says", s, f)
			}
		}
	}
}

// TestParticipleAsideGoes: a participle phrase between commas after the
// subject is an aside that a headline may leave out, and a cut never
// ends inside it.
func TestParticipleAsideGoes(t *testing.T) {
	s := "Two ferry collisions, involving as many as 40 boats and dozens of pilots stranded over several miles of icy channel, shut down the Dunmere harbour for most of the day between Tarrow and Kell."
	want := "Two ferry collisions shut down the Dunmere harbour for most of the day between Tarrow and Kell."
	if got := withoutAsides(s); !slices.Contains(got, want) {
		t.Errorf("withoutAsides(%q) = %q, want it to hold %q", s, got, want)
	}
	if got := headlineCut(s, "The Ledger"); strings.Contains(got, "involving") {
		t.Errorf("headlineCut = %q, a cut inside the aside", got)
	}
	for _, s := range []string{
		"In Tarrow, facing a storm, crews closed the quay.",                 // a phrase opens the sentence, not its subject
		"The board said, pointing to the storm, that the quay would close.", // the subject already has its verb
		"The crews, working through the night, and the pilots cleared the quay.",
	} {
		if got := withoutParticipleAside(s); got != "" {
			t.Errorf("withoutParticipleAside(%q) = %q, want none", s, got)
		}
	}
}

// TestTailCutLeavesOutAPlaceAndItsState: a closing phrase of place may
// name the state the place is in after a comma.
func TestTailCutLeavesOutAPlaceAndItsState(t *testing.T) {
	got := tailCuts("The harbour board closed the east pier for the winter between Tarrow and Dunmere, Kell")
	if !slices.Contains(got, "The harbour board closed the east pier for the winter") {
		t.Errorf("tailCuts = %q", got)
	}
}

// TestTailCutLeavesOutASpanOfTime: "for most of the day" tells how long,
// a detail a headline leaves out; "for 30 days" gives a figure, and "for
// the harbour board" no time, so neither goes.
func TestTailCutLeavesOutASpanOfTime(t *testing.T) {
	got := tailCuts("Rotten piles under the old deck shut the east pier for most of the day on Monday between Tarrow and Dunmere")
	if !slices.Contains(got, "Rotten piles under the old deck shut the east pier") {
		t.Errorf("tailCuts = %q, want the cut before the span of time", got)
	}
	for _, s := range []string{
		"Rotten piles under the old deck shut the east pier for 30 days in the spring",
		"Rotten piles under the old deck shut the east pier for the harbour board in the spring",
	} {
		if got := tailCuts(s); slices.Contains(got, "Rotten piles under the old deck shut the east pier") {
			t.Errorf("tailCuts(%q) = %q, want no cut before \"for\"", s, got)
		}
	}
}

// TestTailCutKeepsTheSpanWithItsClause: a span of time before "before"
// or "after" measures the clause that follows it ("a decade or more
// before the repairs begin"); a cut between them leaves the main clause
// saying nothing ("it could be a decade or more").
func TestTailCutKeepsTheSpanWithItsClause(t *testing.T) {
	for _, s := range []string{
		"Divers have barely begun their survey of the pier and it could be a decade or more before the repairs begin",
		"Divers have barely begun their survey of the pier and it could be years before the repairs begin",
		"Divers have barely begun their survey of the pier and it could be a generation before the repairs begin",
	} {
		for _, c := range tailCuts(s) {
			if strings.HasSuffix(c, " be") || strings.HasSuffix(c, " more") || strings.HasSuffix(c, " years") || strings.HasSuffix(c, " generation") {
				t.Errorf("tailCuts(%q) gives %q, a span without the clause it measures", s, c)
			}
		}
	}
}

// TestTailCutKeepsANegatedClauseWhole: a claim that something did not
// happen says more without its phrase of place or time, so a negated
// clause keeps them; an affirmed one may lose them.
func TestTailCutKeepsANegatedClauseWhole(t *testing.T) {
	for s, cut := range map[string]string{
		"Harbour master Lena Marsh said divers have not found rot in the piles of the east pier": "Harbour master Lena Marsh said divers have not found rot",
		"The Dunmere council did not vote on the ferry levy after the storm":                     "The Dunmere council did not vote on the ferry levy",
	} {
		if got := tailCuts(s); slices.Contains(got, cut) {
			t.Errorf("tailCuts(%q) = %q: the negated clause lost its phrase", s, got)
		}
	}
	s := "Harbour master Lena Marsh said divers found rot in the piles of the east pier"
	if got := tailCuts(s); !slices.Contains(got, "Harbour master Lena Marsh said divers found rot") {
		t.Errorf("tailCuts(%q) = %q, want the cut before the phrase of place", s, got)
	}
}

// TestTailCutKeepsTheMainVerb: a cut before "after" leaves a whole
// clause, never the subject alone whose verb comes after the phrase.
func TestTailCutKeepsTheMainVerb(t *testing.T) {
	s := "The crowds on the east quay of Tarrow and Dunmere after the harbour festival may well have spread the fever to the fishing fleet"
	if got := tailCuts(s); len(got) > 0 {
		t.Errorf("tailCuts(%q) = %q, want none", s, got)
	}
	if got := headlineForms(s + "."); slices.Contains(got, "The crowds on the east quay of Tarrow and Dunmere") {
		t.Errorf("headlineForms(%q) = %q: a subject alone", s, got)
	}
	// nor a subject whose "and" opens no second verb phrase: "related"
	// describes the sites, and "make up" is the verb
	s = "The harbour offices of the Kell district and related quay sites make up most of the moorings"
	if got := append(tailCuts(s), headlineForms(s+".")...); slices.Contains(got, "The harbour offices of the Kell district") || slices.Contains(got, "Harbour offices of the Kell district") {
		t.Errorf("forms of %q = %q: a subject alone", s, got)
	}
	s = "The council voted to close the east pier after a long debate"
	if got := tailCuts(s); !slices.Contains(got, "The council voted to close the east pier") {
		t.Errorf("tailCuts(%q) = %q, want the clause before \"after\"", s, got)
	}
}

// TestNoHeadlineFromAnAddedItem: a sentence that adds one more item to
// what the sentence before it told ("... will also be barred.") heads no
// page; one that says more after "also" may.
func TestNoHeadlineFromAnAddedItem(t *testing.T) {
	if got := headlineForms("Lena Marsh, the harbour board's former chair, will also be barred."); len(got) > 0 {
		t.Errorf("headlineForms = %q, want none", got)
	}
	if got := headlineForms("Harbour police also arrested two men who had climbed onto the closed east pier."); len(got) == 0 {
		t.Errorf("headlineForms gives nothing for a sentence that says what was done")
	}
}

// A noun that wants its phrase keeps it: a cut before "on", "in" or an
// aim's "to" would name a thing and not what the news says of it.
func TestPhraseCutKeepsWhatANounWants(t *testing.T) {
	for _, in := range []string{
		"The harbour board is asking the regional court to consider its proposed restrictions on night ferries in the bay.",
		"The harbour board is extending the pause on ferry licence fees for every crew in Dunmere until the spring.",
		"The new rule bars the ferry crews of Dunmere from investing in the private quay companies that run the west pier.",
		"A regional judge ordered the harbour board to speed up its efforts to return the seized boats to their crews in Kell.",
		"Mayor Lena Marsh said that the harbour board should stop “wasting its time” on the ferry levy until after the vote.",
		"Mayor Lena Marsh of the Dunmere harbour district has expressed her support for the harbour board's long-debated winter ferry levy, but she signalled her doubts on Friday.",
	} {
		for _, got := range []string{phraseCut(in, ""), phraseCut(in, "The Ledger")} {
			for _, bad := range []string{"restrictions", "the pause", "from investing", "its efforts", "its time”", "her support"} {
				if strings.HasSuffix(strings.TrimSuffix(got, ", The Ledger reports"), bad) {
					t.Errorf("phraseCut(%q) = %q: it ends on %q without what that is about", in, got, bad)
				}
			}
		}
	}
	// the same word after an auxiliary is a verb, which may go without
	head, rest := "Harbour officials said ferry fares will rise", "in the spring after the new levy"
	if cutsComplement(strings.Fields(head), rest) {
		t.Errorf("cutsComplement(%q | %q) = true, want the verb's phrase free to go", head, rest)
	}
}

// A headline's forms keep a cut whose main verb comes before the phrase
// of purpose cut off, though a noun in what is cut looks like an
// auxiliary ("to his will"), or the verb, followed by its day, looks
// like a participle that describes its subject ("vowed on Monday").
func TestHeadlineFormsSeeTheMainVerb(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Harbour master Ilse Brandt campaigned for years to protect the Dunmere port board from outside pressure, in an effort to restore trust after the mayor sought to bend the board to his will.",
			"Harbour master Ilse Brandt campaigned for years to protect the Dunmere port board from outside pressure"},
		{"Harbour master Ilse Brandt vowed on Monday to protect the Dunmere port board from outside pressure, in an effort to restore trust after the mayor said the board would close.",
			"Harbour master Ilse Brandt vowed to protect the Dunmere port board from outside pressure"},
	}
	for _, tt := range tests {
		if forms := headlineFormsWithin(tt.in, 200); !slices.Contains(forms, tt.want) {
			t.Errorf("headline forms of %q:\n%q\nwant among them %q", tt.in, forms, tt.want)
		}
	}
}

// An attribution in mid-sentence goes with the aside after it: "...,
// people familiar with the matter said, as ..." gives the main clause as
// a form, and the page gives it as its outlet's, since unnamed people
// say it.
func TestHeadlineFormsWithoutMidSentenceSaid(t *testing.T) {
	in := "Harbour master Ilse Brandt plans to ask the holdover pilots to resign, people familiar with the matter said, as the new owners move to put their stamp on the Dunmere port."
	want := "Harbour master Ilse Brandt plans to ask the holdover pilots to resign"
	forms := headlineForms(in)
	if !slices.Contains(forms, want) {
		t.Fatalf("headline forms of %q:\n%q\nwant among them %q", in, forms, want)
	}
	if !hearsayLeftOut(in, want) {
		t.Errorf("hearsayLeftOut(%q) = false: the form leaves out who says it", want)
	}
}

// A participle after a noun wants what tells when or why: a headline is
// not cut before it ("the fares raised | since the merger").
func TestHeadlineFormsKeepTheParticiplesClause(t *testing.T) {
	in := "Harbour master Lena Marsh said she has no plans to lower the ferry fares raised since the merger in June."
	for _, f := range headlineFormsWithin(in, 200) {
		if strings.HasSuffix(f, "raised") {
			t.Errorf("headline form %q: raised since when?", f)
		}
	}
}

// A superlative keeps what bounds it ("the largest rescue | in 11
// years") and its noun: "the largest" ever is another claim.
func TestHeadlineKeepsTheSuperlativesBound(t *testing.T) {
	in := "Harbour crews carried out the largest single-day rescue in Dunmere history and the largest night rescue in the last 11 years when they pulled 68 people from the water near the east pier."
	var got []string
	got = append(got, headlineFormsWithin(in, 200)...)
	got = append(got, phraseCut(in, ""), headlineCut(in, ""), headlineCut(in, "The Ledger"))
	for _, h := range got {
		h = strings.TrimSuffix(h, ", The Ledger reports")
		if strings.HasSuffix(h, "rescue") || strings.HasSuffix(h, "the largest") {
			t.Errorf("headline %q: the largest since when?", h)
		}
	}
	head := "Harbour crews carried out the largest single-day rescue in Dunmere history and the largest"
	if wholeCut(head, " night rescue in the last 11 years") {
		t.Errorf("wholeCut(%q) = true, want the superlative's noun kept", head)
	}
}

// When no shorter cut leaves a whole clause, the headline ends before
// a second verb that "but" gives the same subject, not on a word that
// leaves the first without what it says ("decided to close a scheme").
func TestHeadlineCutBeforeBut(t *testing.T) {
	in := "Harbour master Lena Marsh has decided to close a scheme giving ferry passes to crews who came to Dunmere illegally as apprentices but will give the council up to six months to find another one, according to reports."
	got := headlineCut(in, "The Maple Ferry Clarion")
	want := "Harbour master Lena Marsh has decided to close a scheme giving ferry passes to crews who came to Dunmere illegally as apprentices, The Maple Ferry Clarion reports"
	if got != want {
		t.Errorf("headlineCut = %q\nwant %q", got, want)
	}
}

// A headline's main clause never has a pronoun for subject: nothing
// comes before a headline to say who "it" is.
func TestHeadlineFormsWithoutPronounSubject(t *testing.T) {
	in := "In what has become a common step for the harbour board, it asked the regional court to rule before the council had voted on the pier."
	for _, f := range headlineFormsWithin(in, 200) {
		if strings.Contains(f, ", it ") {
			t.Errorf("headline form %q: its subject is a pronoun", f)
		}
	}
}

// "And" between two capitalised words is inside a name, not between
// two clauses.
func TestFirstClausesSkipAndInsideName(t *testing.T) {
	in := "The first bill, dubbed the Harbour and Pier Act would give the ferry crews of Dunmere a path to licences"
	if got := firstClauses(in); len(got) > 0 {
		t.Errorf("firstClauses(%q) = %q, want none", in, got)
	}
}

// When neither the lead nor a shorter form gives a headline, the whole
// clause of another sentence that could open the page heads it, rather
// than words cut from the lead.
func TestHeadlineFallsBackOnAnotherWholeClause(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"In what has become a common step for the harbour board, it asked the regional court on Monday to rule on the closure of the east pier before the council had voted."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"The harbour board of Dunmere is asking the regional court to consider its proposed restrictions on night crossings by the ferries of the Kell and Tarrow companies."),
	}
	got := headlineWithLead(t, arts, "In what")
	if want := "The harbour board of Dunmere is asking the regional court to consider its proposed restrictions on night crossings by the ferries of the Kell and Tarrow companies, Coastal Standard reports"; got != want {
		t.Errorf("headline\n got %q\nwant %q", got, want)
	}
}

// A cut of the lead that leaves its main clause whole ("... died off
// Dunmere and 40 more hurt") heads the page before another sentence's
// whole clause. (A main clause that only counts the dead, with no
// place or cause, gives way to the clause that tells the event: see
// TestTollAloneDoesNotHeadThePage.)
func TestHeadlinePrefersAWholeCutOfTheLead(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"At least 12 ferry passengers died off Dunmere and more than 40 more hurt when a storm with winds of 100 miles an hour drove the night ferry from Kell onto the rocks below the east pier on Sunday, tearing open its hull."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"What began as a calm crossing from Kell turned into the worst night the harbour of Dunmere has known, and it is now being called the deadliest ferry accident on the coast."),
	}
	if got, want := headlineWithLead(t, arts, "At least 12"), "At least 12 ferry passengers died off Dunmere and more than 40 more hurt, Lowland Press reports"; got != want {
		t.Errorf("headline\n got %q\nwant %q", got, want)
	}
	// a short past form in -ed is a verb too, and so is "hurt"
	for _, h := range []string{"Three ferry passengers on the night crossing died", "A winter storm hurt the harbour trade of Dunmere"} {
		if !pastOrAux(h) {
			t.Errorf("pastOrAux(%q) = false, want its verb found", h)
		}
	}
}

// A cut that ends on a document named only by its kind ("signed an
// order") has left out what the document says, which is the news.
func TestHeadlineFormsSayWhatTheOrderDoes(t *testing.T) {
	in := "Mayor Lena Marsh signed an emergency order closing the east pier of Dunmere to ferries until May."
	for _, f := range headlineForms(in) {
		if strings.HasSuffix(f, "order") {
			t.Errorf("headline form %q: which order, saying what?", f)
		}
	}
	if forms := headlineForms(in); len(forms) == 0 || !strings.Contains(forms[0], "closing the east pier") {
		t.Errorf("headline forms %q: want the order's content kept", forms)
	}
	// what was done to the document is news of its own
	in = "Mayor Lena Marsh blocked the release of a confidential harbour memo in Dunmere after the vote."
	if forms := headlineForms(in); !slices.Contains(forms, "Mayor Lena Marsh blocked the release of a confidential harbour memo") {
		t.Errorf("headline forms of %q: %q, want the cut before its phrase of topic", in, forms)
	}
}

// A relative clause that says what the thing before it did may go when
// that thing is named without it; after a thing named by its kind alone,
// or a word that "that" completes, the clause is the news and stays.
func TestHeadlineFormsWithoutRelativeClause(t *testing.T) {
	in := "The Dunmere ferry office was hit by a ransomware attack that took down its ticket machines and its app for four days."
	if forms := headlineForms(in); !slices.Contains(forms, "Dunmere ferry office was hit by a ransomware attack") {
		t.Errorf("headline forms of %q: %q, want the cut before the relative clause", in, forms)
	}
	for in, cut := range map[string]string{
		"The Dunmere harbour board rescinded an order that would have closed the east pier to ferries in May.":     "Dunmere harbour board rescinded an order",
		"Harbour master Ilse Brandt conceded she had approved changes that led to long delays for ferry riders.":   "Harbour master Ilse Brandt conceded she had approved changes",
		"An audit of the Dunmere harbour board released last month found that the pier had been unsafe for years.": "An audit of the Dunmere harbour board released last month found",
	} {
		if forms := headlineForms(in); slices.Contains(forms, cut) {
			t.Errorf("headline forms of %q: %q holds %q, which says what without what", in, forms, cut)
		}
	}
}

// A condition on what a plan would do may go when the main clause tells
// what became of the plan; a condition on the main clause stays.
func TestHeadlineFormsWithoutPlansCondition(t *testing.T) {
	in := "Facing protests, the Dunmere harbour board on Monday dropped its plan to close the east pier to ferries if the repairs ran late."
	if forms := headlineForms(in); !slices.Contains(forms, "Dunmere harbour board dropped its plan to close the east pier to ferries") {
		t.Errorf("headline forms of %q: %q, want the cut before the plan's condition", in, forms)
	}
	in = "The Dunmere harbour board will close the east pier to ferries for the whole winter if the repairs run late."
	forms := headlineForms(in)
	if len(forms) == 0 {
		t.Errorf("no headline form of %q", in)
	}
	for _, f := range forms {
		if !strings.Contains(f, "if the repairs") {
			t.Errorf("headline form %q of %q leaves out the condition on what the board will do", f, in)
		}
	}
}

// An outlet's title is its statement of the news: a headline that one
// report tells in its text and another outlet's title states is in the
// desk's voice, as two reports' texts would make it.
func TestHeadlineAgreedByAnotherOutletsTitle(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Harbour board shuts the pier",
			"The Dunmere harbour board closed the east pier to all ferries on Monday after divers found rot in its piles."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Dunmere harbour board closes east pier to ferries",
			"Ferry crews will have to use the west quay for the rest of the winter, harbour master Ilse Brandt said on Monday."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Headline, "closes east pier") || strings.HasSuffix(p.Headline, " reports") {
		t.Errorf("headline %q: want the closing in the desk's voice, which the second outlet's title states", p.Headline)
	}
}

// A headline never names with "the" what only its report said before:
// "at the event" says which event to no one.
func TestHeadlineFormsNameWhatTheyMean(t *testing.T) {
	for _, in := range []string{
		"Mayor Lena Marsh will open the gathering on Sunday, her first talk since the council vote.",
		"The results of the study were published by the Dunmere harbour board on Monday.",
		"Ferry crews were held at the Dunmere quay on Saturday, prompting the judge's ruling.",
	} {
		for _, f := range headlineForms(in) {
			if definiteBack(f) || strings.Contains(f, "the gathering") || strings.Contains(f, "the study") || strings.Contains(f, "the judge's") {
				t.Errorf("headline form %q of %q: which one?", f, in)
			}
		}
	}
	// named, or defined by what follows, it stands
	for _, f := range []string{"Mayor Lena Marsh will open the gathering in Dunmere", "A harbour study found rot, and the study was published"} {
		if definiteBack(f) {
			t.Errorf("definiteBack(%q) = true, want it to stand", f)
		}
	}
}

// A headline that ends on a quotation closes it without the full stop,
// and an apposition after a name of two words that opens the sentence
// goes whole, commas and all.
func TestHeadlineFormsCloseQuotesAndAppositions(t *testing.T) {
	in := `Ilse Brandt, an adviser to Mayor Lena Marsh, said the mayor thought the harbour board's apology was "appropriate."`
	forms := headlineForms(in)
	want := `Ilse Brandt said the mayor thought the harbour board's apology was "appropriate"`
	if !slices.Contains(forms, want) {
		t.Errorf("headline forms %q: want %q among them", forms, want)
	}
	for _, f := range forms {
		if strings.HasSuffix(f, `."`) || strings.HasPrefix(f, "Ilse Brandt, said") {
			t.Errorf("headline form %q: a full stop inside the quote, or a comma the apposition left", f)
		}
	}
	if got := headlineCut(`Harbour master Ilse Brandt said the apology was "appropriate."`, "The Ledger"); strings.Contains(got, `."`) {
		t.Errorf("headlineCut = %q: a full stop inside the quote", got)
	}
}

// A cut never parts "using" something from the "as" that says what for.
func TestHeadlineCutKeepsUseAs(t *testing.T) {
	head, rest := strings.Fields("Mayor Lena Marsh plans on using her speech"), "at the Dunmere harbour festival as a show of strength"
	if !cutsComplement(head, rest) {
		t.Errorf("cutsComplement(%q | %q) = false, want the use kept with its purpose", strings.Join(head, " "), rest)
	}
	if cutsComplement(head, "at the Dunmere harbour festival, aides said") {
		t.Error("cutsComplement: a use with no \"as\" after it may lose its place")
	}
	// or with what it is used to do
	head, rest = strings.Fields("Ilse Brandt will use her address"), "on the Tarrow quay to call for steel piles under the east pier"
	if !cutsComplement(head, rest) {
		t.Errorf("cutsComplement(%q | %q) = false, want the use kept with what it is to do", strings.Join(head, " "), rest)
	}
}

// A cut never parts a superlative bounded by "yet" from what it is of:
// "Mayor Lena Marsh leveled her sharpest criticism yet" says nothing of
// whom she criticised.
func TestHeadlineCutKeepsWhatYetBounds(t *testing.T) {
	for head, rest := range map[string]string{
		"Mayor Lena Marsh leveled her sharpest criticism yet": "at the Dunmere harbour board on Sunday",
		"The closure is the clearest sign yet":                "that the east pier will not reopen",
		"The Tarrow council imposed its largest fine yet":     "on a ferry line for late sailings",
	} {
		if !cutsComplement(strings.Fields(head), rest) {
			t.Errorf("cutsComplement(%q | %q) = false, want the superlative kept with what it is of", head, rest)
		}
	}
	// a time after it is no part of the superlative
	if cutsComplement(strings.Fields("Mayor Lena Marsh leveled her sharpest criticism yet at the board"), "on Sunday, aides said") {
		t.Error("cutsComplement: a day after the whole phrase may go")
	}
	if got := headlineCut("Mayor Lena Marsh leveled her sharpest criticism yet at the Dunmere harbour board on Sunday, saying its members bear responsibility for the rot under the east pier.", "The Ledger"); strings.HasSuffix(strings.TrimSuffix(got, ", The Ledger reports"), "yet") {
		t.Errorf("headlineCut = %q: the criticism without whom it is at", got)
	}
}

// No cut ends on a verb of intent right after its subject's name: "Lena
// Marsh plans" says nothing of what she plans.
func TestHeadlineCutNotOnIntent(t *testing.T) {
	in := `Former Harbour Master Lena Marsh plans on using her farewell speech at the Dunmere Regional Harbour Authority Conference as a "show of strength" to keep control over the harbour board, aides said.`
	if got := strings.TrimSuffix(headlineCut(in, "The Ledger"), ", The Ledger reports"); strings.HasSuffix(got, "Marsh plans") {
		t.Errorf("headlineCut = %q: plans what?", got)
	}
	if got := strings.TrimSuffix(phraseCut(in, "The Ledger"), ", The Ledger reports"); strings.HasSuffix(got, "Marsh plans") {
		t.Errorf("phraseCut = %q: plans what?", got)
	}
	if !wantsMore(strings.Fields("Harbour master Ilse Brandt hopes")) || wantsMore(strings.Fields("The council unveiled new ferry plans")) {
		t.Error("wantsMore: want a verb of intent after a name, not a noun after its modifier")
	}
}

// No headline form ends on a reaction someone drew: "Lena Marsh won
// praise" says nothing of what for.
func TestHeadlineFormsNotOnReaction(t *testing.T) {
	in := "Mayor Lena Marsh won praise from some representatives of the ferry community of Dunmere for going to court."
	for _, limit := range []int{40, 60, 200} {
		for _, f := range append(phraseHeads(in, limit), headlineFormsWithin(in, limit)...) {
			if strings.HasSuffix(f, "won praise") {
				t.Errorf("headline form %q: praise for what?", f)
			}
		}
	}
}

// headlineWithLead is the headline of a story whose lead is the
// candidate that opens with prefix.
func headlineWithLead(t *testing.T, arts []news.ArticleRef, prefix string) string {
	t.Helper()
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	d.params = DefaultParams
	cands := d.candidates()
	var lead []news.Sentence
	for _, c := range cands {
		if strings.HasPrefix(c.text, prefix) {
			lead = []news.Sentence{d.sentence(c.i, c.text, c.cites)}
		}
	}
	if len(lead) == 0 {
		t.Fatalf("no candidate opens with the lead's words %q: %+v", prefix, cands)
	}
	return d.headline(cands, lead)
}

// TestFirstHighlightIsTheBestFact: the best-scored fact opens the
// highlights even when one outlet states it alone; a side fact that two
// outlets share comes after it.
func TestFirstHighlightIsTheBestFact(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"The harbour board closed the east pier to all ferries on Monday after divers found nine rotten piles.\n\n"+
				"The east pier was built in 1902 and was last repaired in 1987."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"Built in 1902, the east pier was last repaired in 1987.\n\n"+
				"Crews of the fishing fleet moved their boats to the north slip on Tuesday morning."),
	}
	d := cutDraft(arts)
	cands := d.candidates()
	// the closure first, as if it scored highest
	sort.SliceStable(cands, func(x, y int) bool {
		return strings.Contains(cands[x].text, "closed") && !strings.Contains(cands[y].text, "closed")
	})
	agreed := false
	for _, c := range cands {
		agreed = agreed || d.ownVoice(c.i, c.text, c.cites)
	}
	if !agreed {
		t.Fatal("no fact in the desk's own voice: the reports no longer test the order")
	}
	hs := d.highlights(cands)
	if len(hs) < 2 || !strings.Contains(hs[0].text, "closed the east pier") {
		var got []string
		for _, h := range hs {
			got = append(got, h.text)
		}
		t.Errorf("highlights %q: want the closure first", got)
	}
}

// cutDraft is the draft of the story of arts with the shipped weights and
// every sentence's usable cut in place, as Write makes it before it
// chooses.
func cutDraft(arts []news.ArticleRef) *draft {
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	d.params = DefaultParams
	d.useCuts()
	return d
}

// TestHeadlineLeavesSlantOut: when the only opening sentence that tells
// the news carries its outlet's loaded word, which no cut of the body
// leaves out, the headline tells the news in a form of that sentence
// without the word, rather than a side fact of another sentence; the
// page itself still leaves the sentence out.
func TestHeadlineLeavesSlantOut(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Protesters storm Dunmere harbour board offices",
			"Hundreds of Dunmere protesters stormed the harbour board offices on Monday in a shameful display of mayhem.\n\n"+
				"Police said two windows of the old customs house were broken during the afternoon.\n\n"+
				"The harbour board has met in the old customs house since it moved from Kell in 1921."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Dunmere harbour board offices stormed by protesters",
			"Police said two windows of the old customs house were broken during the afternoon.\n\n"+
				"Ferry crews joined a march along the quay before the board's meeting on Monday afternoon."),
	}
	p, err := Writer{}.Write("storm", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Headline, "storm harbour board offices") || strings.Contains(p.Headline, "shameful") || strings.Contains(p.Headline, "mayhem") {
		t.Errorf("headline %q: want the storming without the outlet's words", p.Headline)
	}
	ForEachSentence(p, func(where string, s news.Sentence) {
		if strings.Contains(s.Text, "shameful") {
			t.Errorf("%s carries the loaded sentence: %q", where, s.Text)
		}
	})
}

// TestPhraseCutKeepsBound: "at least" and "at most" count what follows
// them; a cut before them leaves a verb without its object.
func TestPhraseCutKeepsBound(t *testing.T) {
	s := "Two storms over the harbour towns of Dunmere and Kell on Sunday left at least 40 fishing boats sunk and dozens more damaged."
	if h := phraseCut(s, ""); strings.HasSuffix(h, " left") {
		t.Errorf("phraseCut(%q) = %q: the cut parts the verb from what it left", s, h)
	}
}

// TestBulletTakesQuotedPhrase: a highlight may carry a short phrase its
// named speaker used, in the sentence's own grammar; not a longer
// quotation, one without a speaker, nor speech in the speaker's first
// person.
func TestBulletTakesQuotedPhrase(t *testing.T) {
	cases := map[string]bool{
		`Harbour master Ilse Brandt said the ferry would move to the west quay, calling the east pier "a hazard to every walker."`:      true,
		`Ilse Brandt said the council will "move the ferry to the west quay on Wednesday" while the divers work.`:                       false, // seven words
		`The council closed the pier after what engineers called "rot in every pile" on Monday.`:                                        true,
		`The council closed the pier after "rot in every pile" was found.`:                                                              true,  // a name-length quote needs no speaker
		`The council closed the pier after "rot was found in nine of its wooden piles" on Monday.`:                                      false, // no speaker
		`Harbour master Ilse Brandt said the ferry would move to the west quay because "we cannot risk the pier."`:                      false, // her own speech
		`Harbour master Ilse Brandt said the ferry would move to the west quay, calling the pier "A hazard to every walker" on Monday.`: false, // a quoted sentence
	}
	for in, want := range cases {
		arts := pierStory()
		arts[0].Text += "\n\n" + in
		d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
		i := -1
		for k, s := range d.a.Sentences {
			if s.Text == in {
				i = k
			}
		}
		if i < 0 {
			t.Fatalf("%q is no sentence of the analysis", in)
		}
		if got := d.bullet(candidate{i: i, text: in}); got != want {
			t.Errorf("bullet(%q) = %v, want %v (speaker %q, quotes %q)", in, got, want, d.a.Sentences[i].Speaker, d.a.Sentences[i].Quotes)
		}
	}
}

// TestHeadlineNamesItsEvent: when the only headline at hand says "at the
// gathering" without saying which, the page is headed by a sentence that
// names it, though it is longer.
func TestHeadlineNamesItsEvent(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Lowe to give harbour congress keynote",
			"Former harbour master Paul Lowe is due to speak at the gathering on Sunday — his first talk since he quit the board.\n\n"+
				"Tickets for the hall sold out within an hour."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Lowe plans congress speech as show of strength",
			"Paul Lowe means to use his address at the Dunmere Harbour Congress as a \"display of strength\" to win over the ferry party, the Tarrow Gazette reported.\n\n"+
				"Lowe is due to speak at the gathering on Sunday — his first talk since he quit the board."),
	}
	p, err := Writer{}.Write("lowe", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("headline %q", p.Headline)
	if strings.Contains(p.Headline, "the gathering") {
		t.Errorf("headline %q does not say which gathering", p.Headline)
	}
}

// TestHeadlineLeavesQuotedWordsOut: when a page can be told only in its
// outlets' loaded words, quoted as theirs, a headline form that leaves
// those words out and that two outlets state stands in the desk's voice.
func TestHeadlineLeavesQuotedWordsOut(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Board ousts Dunmere harbour master",
			"The harbour board ousted Dunmere harbour master Lena Marsh on Monday after the reckless ferry deal collapsed."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Dunmere harbour master ousted",
			"Dunmere harbour master Lena Marsh was ousted by the harbour board on Monday over the disastrous ferry deal."),
	}
	p, err := Writer{}.Write("ousted", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("headline %q", p.Headline)
	if !strings.Contains(p.Headline, "ousts") || strings.HasSuffix(p.Headline, " reports") {
		t.Errorf("headline %q: want the ousting in the desk's voice", p.Headline)
	}
}

// TestPhraseCutKeepsWhichPeople: a cut does not end on "people" or
// "those" that nothing bounds, as the phrase after them says which; a
// count bounds them, and then where they were may go.
func TestPhraseCutKeepsWhichPeople(t *testing.T) {
	for _, in := range []string{
		"The harbour board ordered closer searches of people in the quay's holding cells before every winter crossing to Kell.",
		"The Dunmere council set aside new money for those in need of ferry passes during the long winter.",
	} {
		for _, outlet := range []string{"", "Coastal Standard"} {
			got := strings.TrimSuffix(phraseCut(in, outlet), ", Coastal Standard reports")
			if strings.HasSuffix(got, " people") || strings.HasSuffix(got, " those") {
				t.Errorf("phraseCut(%q, %q) = %q: which people, the cut leaves out", in, outlet, got)
			}
		}
		for _, f := range headlineForms(in) {
			if strings.HasSuffix(f, " people") || strings.HasSuffix(f, " those") {
				t.Errorf("headline form %q of %q: which people, the cut leaves out", f, in)
			}
		}
	}
	in := "A storm on the Dunmere coast left 12 people without power in the harbour towns on Sunday night after the ferry line failed."
	if got := phraseCut(in, "Coastal Standard"); !strings.HasPrefix(got, "A storm on the Dunmere coast left 12 people without power") {
		t.Errorf("phraseCut(%q) = %q, want the counted people kept with what befell them", in, got)
	}
	for _, words := range []string{"left 12 people", "forced thousands of people", "helped many people"} {
		if unboundPeople(strings.Fields(words)) {
			t.Errorf("unboundPeople(%q) = true, want a count to bound them", words)
		}
	}
}

// TestCutKeepsBoundPhrase: no headline form ends on a preposition whose
// object came before it, nor leaves out a fixed phrase that says how or
// in what state; a phrase of place after either may go.
func TestCutKeepsBoundPhrase(t *testing.T) {
	for _, c := range []struct{ in, bad string }{
		{"The union described the cabins that night crews sleep in at the Kell depot.", "sleep"},
		{"Two Dunmere ferry captains were switched at birth in the old harbour hospital.", "were switched"},
		{"A Kell ferry crew from Dunmere was held at gunpoint for six hours.", "was held"},
	} {
		forms := append(headlineForms(c.in), tailCuts(cutBase(c.in))...)
		forms = append(forms, phraseCut(c.in, ""), phraseCut(c.in, "Coastal Standard"))
		for _, f := range forms {
			if strings.HasSuffix(strings.TrimSuffix(f, ", Coastal Standard reports"), c.bad) {
				t.Errorf("headline form %q of %q ends on %q without what completes it", f, c.in, c.bad)
			}
		}
	}
	for _, words := range []string{"met | for over 20 hours", "came | from across the bay", "arrived | in the harbour on Monday"} {
		f := strings.Fields(strings.Replace(words, "| ", "", 1))
		if keptPhrase(f, 1) {
			t.Errorf("keptPhrase(%q) = true, want the phrase free to go", words)
		}
	}
}

// TestPronounAlone: a headline that calls someone "him" or "her" must
// have named them beside its subject; a possessive "her" means whoever
// it names.
func TestPronounAlone(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	for h, want := range map[string]bool{
		"Paul Lowe first hired her as a deckhand on the Kell ferry":            true,
		"The Dunmere council thanked him for ten years at the helm":            true,
		"Lena Marsh questioned the conditions her crew is living in":           false,
		"Lena Marsh thanked Paul Lowe for helping her on the east pier":        false,
		"Lena Marsh says the harbour board owes her, Coastal Standard reports": true,
		"Ilse Brandt took the ferry to Kell with her two sons":                 false,
	} {
		if got := d.pronounAlone(h); got != want {
			t.Errorf("pronounAlone(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestHeadlineNamesWhomItMeans: no headline calls someone "her" whom it
// does not name, however well the sentence scores.
func TestHeadlineNamesWhomItMeans(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Harbour master's long road",
			"Harbour master Paul Lowe first hired her as a deckhand on the Kell ferry.\n\n"+
				"Ilse Brandt was named head of the Dunmere harbour board on Monday after a unanimous council vote."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "New head for harbour board",
			"Harbour master Paul Lowe first hired her as a deckhand on the Kell ferry.\n\n"+
				"The Dunmere council named Ilse Brandt head of the harbour board on Monday in a unanimous vote."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	d.params = DefaultParams
	for i, s := range d.a.Sentences {
		if strings.HasPrefix(s.Text, "Harbour master Paul Lowe") {
			cands := []candidate{{i: i, text: s.Text, cites: d.cites(i, s.Text)}}
			if h := d.headline(cands, nil); strings.Contains(h, " hired her") {
				t.Errorf("headline %q calls someone \"her\" without naming her", h)
			}
			return
		}
	}
	t.Fatal("no sentence tells that Lowe hired her")
}

// TestHeadlineSaysWhatTheActIs: no headline ends on a programme, a
// statement or an order named only by its kind, and "on" after a
// statement says what it was about, which no cut leaves out.
func TestHeadlineSaysWhatTheActIs(t *testing.T) {
	body := "The harbour board voted on Monday to end a program paying night-shift allowances to ferry crews on the outer islands.\n\n" +
		"Harbour master Paul Lowe delivered a short statement on the east pier closure at the quay, asking crews for patience."
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Ferry passes go", body),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Passes scrapped", body),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	d.params = DefaultParams
	for _, prefix := range []string{"Mayor Lena Marsh", "Harbour master Paul Lowe"} {
		for i, s := range d.a.Sentences {
			if !strings.HasPrefix(s.Text, prefix) {
				continue
			}
			h := d.headline([]candidate{{i: i, text: s.Text, cites: d.cites(i, s.Text)}}, nil)
			if core := strings.Split(h, ", ")[0]; strings.HasSuffix(core, "a program") || strings.HasSuffix(core, "statement") {
				t.Errorf("headline %q names the act only by its kind", h)
			}
			break
		}
	}
	for f, want := range map[string]bool{
		"The harbour board voted on Monday to end a program":       true,
		"Harbour master Paul Lowe delivered a short statement":     true,
		"Harbour master Paul Lowe gave a statement on the closure": false,
		"The Dunmere council passed a law banning night ferries":   false,
	} {
		if got := unsaidDocument(f); got != want {
			t.Errorf("unsaidDocument(%q) = %v, want %v", f, got, want)
		}
	}
	for words, want := range map[string]bool{
		"delivered a short statement | on the east pier closure": true,
		"imposed tariffs | on imported steel":                    true,
		"delivered a short statement | on Monday":                false,
		"held the vote | on 3 May":                               false,
	} {
		f := strings.Fields(words)
		k := slices.Index(f, "|")
		if got := keptPhrase(slices.Delete(f, k, k+1), k); got != want {
			t.Errorf("keptPhrase(%q) = %v, want %v", words, got, want)
		}
	}
}

// TestHeadlineKeepsWhatComesNext: a verb with only its particle ("have
// come forward") announces what its subject did next, and no cut ends on
// it; a verb with its object may lose the second verb phrase.
func TestHeadlineKeepsWhatComesNext(t *testing.T) {
	in := "Three ferry captains have stepped forward and asked the harbour board to keep the east pier open through the winter."
	for _, f := range append(headlineForms(in), tailCuts(cutBase(in))...) {
		if strings.HasSuffix(f, "stepped forward") {
			t.Errorf("headline form %q of %q leaves out what they asked", f, in)
		}
	}
	in = "Harbour master Ilse Brandt closed the east pier on Monday and moved the ferry to the west quay."
	if forms := headlineForms(in); !slices.Contains(forms, "Harbour master Ilse Brandt closed the east pier") {
		t.Errorf("headline forms of %q: %q, want the first verb phrase alone among them", in, forms)
	}
}

// TestHeadlineDropsPairApposition: the apposition after a subject of two
// names goes as it goes after one, and a comma after a dropped
// parenthesis closes up to the word before it.
func TestHeadlineDropsPairApposition(t *testing.T) {
	in := "Pilots Lena Marsh (Kell) and Paul Lowe (Tarrow), the two longest-serving on the bay, signed the crews' letter against the new fares."
	want := "Pilots Lena Marsh and Paul Lowe signed the crews' letter against the new fares"
	if forms := headlineForms(in); !slices.Contains(forms, want) {
		t.Errorf("headline forms of %q:\n%q\nwant among them %q", in, forms, want)
	}
	if got := withoutMidAsides("Lena Marsh (West), who chairs the board, spoke."); got != "Lena Marsh, who chairs the board, spoke." {
		t.Errorf("withoutMidAsides = %q, want the comma closed up", got)
	}
}

// TestAsideClosingOpeningPhrase: dashes that close a sentence's opening
// phrase leave a comma where they stood; dashes inside its main clause,
// or before a comma, leave none.
func TestAsideClosingOpeningPhrase(t *testing.T) {
	for in, want := range map[string]string{
		"Unlike closing the pier for a week — a step the board took twice — there is no quick fix for the quay": "Unlike closing the pier for a week, there is no quick fix for the quay",
		"After the storm — the worst in a decade — crews cleared the quay":                                      "After the storm, crews cleared the quay",
		"In May the council — its members divided — voted to close the pier":                                    "In May the council voted to close the pier",
		"After the storm — the worst in a decade —, crews cleared the quay":                                     "After the storm, crews cleared the quay",
		"The council — its members divided — voted to close the pier":                                           "The council voted to close the pier",
		"Despite the cost — $2 million — and the delays, the board approved the pier":                           "Despite the cost and the delays, the board approved the pier",
	} {
		if got := withoutMidAsides(in); got != want {
			t.Errorf("withoutMidAsides(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCutBeforeAddedClause: a cut before ", which" or before ", and" and
// a clause of its own that leaves a whole clause is whole; one before
// ", who", which may say who someone is, or one that leaves a list
// without its end, is not.
func TestCutBeforeAddedClause(t *testing.T) {
	checkCompleteCuts(t, []cutCase{
		{"Paul Lowe sold the old ferry to Kell Boatworks", "Paul Lowe sold the old ferry to Kell Boatworks (KB), which will refit it for the island run.", true},
		{"A harbour official quit his post", "A harbour official quit his post, and he made sure the board knew why.", true},
		{"The divers found rot in the piles", "The divers found rot in the piles, and the beams and the deck.", false},
		{"Paul Lowe", "Paul Lowe, who chairs the harbour board, said the pier would close.", false},
		{"The pier rebuild was led by Marsh", "The pier rebuild was led by Marsh, who chairs the harbour board.", false},
		{"Paul Lowe sold the old ferry to Kell Boatworks", "Paul Lowe sold the old ferry to Kell Boatworks, Tarrow Marine and a yard in Dunmere.", false},
	})
}

// TestHeadlineSaysHowTheyDied: no headline form ends on who died or was
// hurt, without what befell them.
func TestHeadlineSaysHowTheyDied(t *testing.T) {
	in := "Twelve stallholders were killed and 40 injured after fire swept through the Dunmere fish market overnight."
	forms := append(headlineForms(in), tailCuts(cutBase(in))...)
	forms = append(forms, phraseCut(in, ""), phraseCut(in, "Coastal Standard"))
	for _, f := range forms {
		if core := strings.TrimSuffix(f, ", Coastal Standard reports"); strings.HasSuffix(core, " injured") || strings.HasSuffix(core, " killed") {
			t.Errorf("headline form %q of %q leaves out how they died", f, in)
		}
	}
}

// TestCutKeepsWhatNamesTheThing: a cut that ends on "a scheme" or "an
// order" and leaves out the words that say which one, on the object
// of an infinitive, on guidance without what it is about, or on a verb
// whose object a second verb shares, says too little to head a page;
// none of the headline forms ends so, and neither does a phrase cut.
// A count or a clause that only adds ("on Monday") may be cut off.
func TestCutKeepsWhatNamesTheThing(t *testing.T) {
	checkCompleteCuts(t, []cutCase{
		{"The council has decided to scrap a scheme", "The council has decided to scrap a scheme giving ferry passes to pupils who live on the islands.", false},
		{"The board adopted a rule", "The board adopted a rule that bars cars from the quay at night.", false},
		{"The mayor unveiled a plan", "The mayor unveiled a plan meant to cut fares on the Kell line.", false},
		{"The harbour office gave pilots detailed guidance", "The harbour office gave pilots detailed guidance on how to berth in a gale.", false},
		{"The levy board was told to refund", "The levy board was told to refund traders who paid twice.", false},
		{"Protesters in Dunmere shouted", "Protesters in Dunmere shouted and jeered Lena Marsh outside the town hall.", false},
		{"The mayor unveiled six measures", "The mayor unveiled six measures meant to cut fares on the Kell line.", true},
		{"The council has decided to scrap a scheme", "The council has decided to scrap a scheme on Monday.", true},
		{"The board adopted a rule", "The board adopted a rule, which bars cars from the quay.", true},
		{"The board voted to close the pier", "The board voted to close the pier for a week.", true},
	})
	s := "The council has decided to scrap a scheme giving ferry passes to pupils who live on the islands of the Kell estuary and to their teachers."
	for _, f := range headlineForms(s) {
		if f == "The council has decided to scrap a scheme" {
			t.Errorf("headlineForms(%q) holds %q, which leaves out which scheme", s, f)
		}
	}
	long := "The harbour office gave pilots detailed guidance on how to berth in a gale at the outer quay, from the ropes to use to the tugs to call and the hours when the quay is closed to all traffic."
	if h := phraseCut(long, ""); strings.HasSuffix(h, "guidance") {
		t.Errorf("phraseCut(%q) = %q, which leaves out what the guidance is on", long, h)
	}
	if h := headlineCut(long, "Tarrow Ledger"); strings.Contains(h, "guidance,") || strings.Contains(h, "how to berth,") {
		t.Errorf("headlineCut(%q) = %q, which leaves out what the guidance is on", long, h)
	}
}

// TestCutKeepsReportedReason: a cut inside what someone said does not
// leave out how they said it happened ("in self-defence", "by
// accident"): the rest is not what they said. Outside reported speech
// the phrase may go.
func TestCutKeepsReportedReason(t *testing.T) {
	checkCompleteCuts(t, []cutCase{
		{"Paul Lowe has said that he struck the guard", "Paul Lowe has said that he struck the guard in self-defence.", false},
		{"The skipper said the ferry hit the pier", "The skipper said the ferry hit the pier by accident.", false},
		{"The ferry hit the pier", "The ferry hit the pier by accident.", true},
		{"A man named Paul Lowe is wanted", "A man named Paul Lowe is wanted in connection with a fire at the pier.", false},
		{"Ferry radio is often considered poor", "Ferry radio is often considered poor for talking to the quay.", false},
		{"The skipper said the ferry hit the pier", "The skipper said the ferry hit the pier on Monday.", true},
	})
	s := "Paul Lowe, who has pleaded not guilty, has said that he struck the guard in self-defence."
	for _, f := range append(headlineForms(s), tailCuts(s)...) {
		if strings.HasSuffix(f, "struck the guard") {
			t.Errorf("form %q of %q leaves out how he said it happened", f, s)
		}
	}
	if h := headlineCut("Paul Lowe, who has pleaded not guilty and who was held for two nights at the Dunmere harbour station, has said that he struck the guard in self-defence.", "Tarrow Ledger"); strings.Contains(h, "struck the guard,") {
		t.Errorf("headlineCut = %q, which leaves out how he said it happened", h)
	}
}

// TestExistentialHeadsNoPage: a sentence whose main clause says only
// that something exists or holds ("There are 800 pilots in Kell") heads
// no page; one that reports what someone said of it may. Nor does one
// that opens on a time months or years back, which tells background.
func TestExistentialHeadsNoPage(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	for h, want := range map[string]bool{
		"There are currently 800 ferry pilots in Kell":                                 false,
		"Unlike the ferry, there is far more doubt about the east pier":                false,
		"Harbour officials said there are 800 ferry pilots in Kell":                    true,
		"The storm tore two piles from the east pier of the Tarrow harbour":            true,
		"Twenty-two years ago, Lena Marsh built the east pier of the Tarrow harbour":   false,
		"Last year, the storm tore two piles from the east pier of the Tarrow harbour": false,
	} {
		if got := d.mayHead(h, nil); got != want {
			t.Errorf("mayHead(%q) = %v, want %v", h, got, want)
		}
	}
}

// cutCase is a headline cut h of sentence s, and whether completeCut
// should find it whole.
type cutCase struct {
	h, s string
	want bool
}

// checkCompleteCuts checks completeCut on each case.
func checkCompleteCuts(t *testing.T, cases []cutCase) {
	t.Helper()
	for _, c := range cases {
		if got := completeCut(c.h, c.s); got != c.want {
			t.Errorf("completeCut(%q, %q) = %v, want %v", c.h, c.s, got, c.want)
		}
	}
}

// TestNoHeadlineOfARelativeClause: a cut that leaves the subject and the
// relative clause about it, without the verb that tells what happened,
// heads no page; a cut whose main verb comes after such a clause may.
func TestNoHeadlineOfARelativeClause(t *testing.T) {
	s := "A pilot who has been held since 1996 on charges of sinking the Dunmere ferry, walked free from the Tarrow jail on Wednesday after a court granted her a new trial."
	for _, f := range headlineForms(s) {
		if verbOnlyInRelative(f) || !strings.Contains(f, "walked") {
			t.Errorf("headline form %q: what did the pilot do?", f)
		}
	}
	if got := phraseCut("A pilot who has been held since 1996 on charges of sinking the Dunmere ferry walked free from the Tarrow jail after a court granted her a new trial.", ""); got != "" && !strings.Contains(got, "walked") {
		t.Errorf("phraseCut = %q: what did the pilot do?", got)
	}
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"A pilot who has been held since 1996", true},
		{"The council that runs the pier voted to close it", false},
		{"The pilot who crashed the ferry was fired", false},
		{"Lena Marsh said the pilots who crashed the ferry", false},
		{"The harbour board fired the pilot who crashed", false},
	} {
		if got := verbOnlyInRelative(tt.f); got != tt.want {
			t.Errorf("verbOnlyInRelative(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// TestCutBeforeARegion: a headline may stop at a place's name before the
// region that commas set off after it, when a phrase would follow the
// cut anyway; not inside a list of places.
func TestCutBeforeARegion(t *testing.T) {
	checkCompleteCuts(t, []cutCase{
		{"Hundreds of marchers swarmed downtown Dunmere", "Hundreds of marchers swarmed downtown Dunmere, Kestov, on Saturday for a rally that ended in 13 arrests.", true},
		{"Hundreds of marchers swarmed downtown Dunmere", "Hundreds of marchers swarmed downtown Dunmere, Ore., on Saturday for a rally that ended in 13 arrests.", true},
		{"Lowe visited Dunmere", "Lowe visited Dunmere, Tarrow, Kell and Fenn on his tour of the coast last week.", false},
		{"Lowe visited Dunmere", "Lowe visited Dunmere, Tarrow, and Kell on his tour of the coast last week.", false},
		{"Mayor Lena Marsh makes a statement on the quay", "Mayor Lena Marsh makes a statement on the quay, Dunmere, confirming there will be a vote on her plan, Wednesday Dec. 12.", false},
	})
	if got := phraseCut("Hundreds of marchers swarmed downtown Dunmere, Kestov, on Saturday for a long rally that ended in at least 13 arrests.", ""); got != "Hundreds of marchers swarmed downtown Dunmere" {
		t.Errorf("phraseCut = %q", got)
	}
}

// TestHeadlineWithoutSellingWords: when every sentence that could head
// the page calls what it tells of "explosive", the headline states it
// without the word, neither as the desk's own nor quoted.
func TestHeadlineWithoutSellingWords(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Harbour board denies report on pier costs",
			"The Dunmere harbour board on Friday denied an explosive report by the Tarrow Ledger that it hid the cost of the pier repairs from the council.\n\n"+
				"The board said the repairs would cost $2.4 million, as it told the council in May."),
		pierArticle(2, "dunmere-voice", "Dunmere Voice", news.Left, 1, "Board rejects Ledger story",
			"The Dunmere harbour board denied an explosive report by the Tarrow Ledger on Friday, saying it never hid the cost of the pier repairs.\n\n"+
				"The Ledger said it stood by its reporting on the pier."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.ToLower(p.Headline), "explosive") || len(analyze.LoadedAnywhere(p.Headline)) > 0 || !strings.Contains(p.Headline, "denies report") {
		t.Errorf("headline %q: want the denial of the report, without the word that sells it", p.Headline)
	}
}

// TestSellingWordsLeftOutOfSentences: a sentence that sells its noun
// ("a fierce attack") and goes on to judge in what someone warned
// stands on the page without the selling word, cut before the rest, in
// the desk's words rather than not at all.
func TestSellingWordsLeftOutOfSentences(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Mayor attacks harbour fares",
			"Mayor Lena Marsh has launched a fierce attack on the harbour board's ferry fares, warning the board that Dunmere will not tolerate unfair charges.\n\n"+
				"The board has raised fares twice this year."),
		pierArticle(2, "dunmere-voice", "Dunmere Voice", news.Left, 1, "Marsh speaks on fares at the quay",
			"Speaking on the quay on Friday, Mayor Lena Marsh told a crowd of ferry users that the harbour board had to answer for its fares.\n\n"+
				"The board did not reply on Friday."),
	}
	p, err := Writer{}.Write("fares", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	ForEachSentence(p, func(_ string, s news.Sentence) {
		if strings.Contains(strings.ToLower(s.Text), "fierce") {
			t.Errorf("%q: the word that sells the attack stands on the page", s.Text)
		}
		found = found || strings.Contains(s.Text, "launched an attack on the harbour board's ferry fares")
	})
	if !found {
		t.Errorf("no sentence tells of the attack on the fares without its selling word: %s", PlainText(p))
	}
}

// TestFaithClaimAttributed: what a deity did or gave is an article of
// faith, which the page gives as its outlets' however many state it;
// who says so is named as any speaker is.
func TestFaithClaimAttributed(t *testing.T) {
	for s, want := range map[string]bool{
		"In ancient times, the Lord commanded the harbour folk to keep the pier.": true,
		"The elders obeyed a commandment given through God's prophets.":           true,
		"The pastor said God told him to rebuild the pier chapel.":                true,
		`"God wants us to rebuild," the pastor said.`:                             false,
		"The Church of God in Dunmere reopened on Monday.":                        false,
		"Lena Marsh thanked God for the rain after the fire.":                     false,
	} {
		if got := faithClaim(s); got != want {
			t.Errorf("faithClaim(%q) = %v, want %v", s, got, want)
		}
	}
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Pier chapel reopens",
			"The Dunmere pier chapel reopened on Sunday after a year of repairs.\n\n"+
				"In ancient times, the Lord commanded the harbour folk to keep a chapel on the pier."),
		pierArticle(2, "dunmere-voice", "Dunmere Voice", news.Left, 1, "Chapel on the pier opens again",
			"The chapel on the Dunmere pier reopened on Sunday after a year of repairs.\n\n"+
				"In ancient times, the Lord commanded the harbour folk to keep a chapel on the pier for the crews."),
	}
	p, err := Writer{}.Write("chapel", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	ForEachSentence(p, func(_ string, s news.Sentence) {
		if strings.Contains(s.Text, "the Lord commanded") {
			found = true
			if s.AttributedTo == "" {
				t.Errorf("%q stands in the desk's voice", s.Text)
			}
		}
	})
	if !found {
		t.Errorf("the chapel's origin is not on the page: %s", PlainText(p))
	}
}

// TestHeadlineOpensOnNews: a headline does not open on a time alone; the
// date line tells when, and the form without it says the news first.
func TestHeadlineOpensOnNews(t *testing.T) {
	for h, want := range map[string]bool{
		"Wednesday, Lowe said the pier was safe":        true,
		"On Monday night, the board closed the pier":    true,
		"Last May, the board closed the pier":           true,
		"In Dunmere, the board closed the pier":         false,
		"Lowe said on Wednesday that the pier was safe": false,
		// a span counted from another event, without the main clause
		"The day after the mayor spoke about the storm": true,
		"Hours before the vote on the pier levy":        true,
		"Two weeks after the storm the ferry sailed":    true,
		"The day's catch was sold on the pier":          false,
	} {
		if got := opensOnTime(h); got != want {
			t.Errorf("opensOnTime(%q) = %v, want %v", h, got, want)
		}
	}
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"Wednesday, Dunmere harbour master Paul Lowe said divers had found no further damage to the east pier.\n\n"+
				"The pier reopens in May."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"Divers found no further damage to the east pier of Dunmere, harbour master Paul Lowe said on Wednesday, after a week of checks.\n\n"+
				"The ferry runs twice a day."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	if opensOnTime(p.Headline) || !strings.Contains(p.Headline, "no further damage") {
		t.Errorf("headline %q, want one that opens on the news", p.Headline)
	}
}

// No headline form cuts away the year that dates its clause well before
// the story's time, within pastWindow words of the cut: the past would
// read as the news. A form that leaves out an aside with its year keeps
// its clause's time.
func TestHeadlineHidesNoPast(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	d.params = DefaultParams
	d.latestYear = 2024
	past := "The council closed the east pier in 2009 and may close it again next week."
	for _, tc := range []struct {
		t, h string
		want bool
	}{
		{past, "The council closed the east pier", true},
		{past, "The council closed the east pier, Lowland Press reports", true},
		{past, "The council closed the east pier in 2009", false},
		{"The pier, which opened in 1911, was closed on Monday after divers found rot.", "The pier was closed on Monday", false},
		{"The council closed the east pier on May 4, 2009, after divers found rot.", "The council closed the east pier", true},
		{"The number of walkers was stable during the 20 years from 1989 to 2008, but it fell last year.", "The number of walkers was stable", true},
		// a long phrase of time before its year, and a year before 1900
		{`Tarrow's ferrymen rebuilt the quay during the "long frost" winter of 1739-40, divers said on Wednesday.`, "Tarrow's ferrymen rebuilt the quay", true},
	} {
		if got := d.hidesPast(tc.t, tc.h); got != tc.want {
			t.Errorf("hidesPast(%q, %q) = %v, want %v", tc.t, tc.h, got, tc.want)
		}
	}
	d.latestYear = 2010
	if d.hidesPast(past, "The council closed the east pier") {
		t.Errorf("a year before the story's latest hides nothing")
	}

	// as the page's only candidate, the sentence heads the page with its
	// year or not at all
	d.latestYear = 2024
	cands := d.candidates()
	c := cands[0]
	c.text = past
	lead := []news.Sentence{{Text: cands[1].text, Cites: cands[1].cites}}
	if h := d.headline([]candidate{c}, lead); strings.HasPrefix(h, "The council closed the east pier") && !strings.Contains(h, "2009") {
		t.Errorf("headline %q hides the year that dates it", h)
	}
}

// TestLatestYearLeavesTargetsOut: a year that a target or a bound sets
// ahead ("by 2031") is not the story's time.
func TestLatestYearLeavesTargetsOut(t *testing.T) {
	ss := []analyze.Sentence{
		{Text: "The council will ask for $2 million in its 2024 budget."},
		{Text: "Spending on the pier would reach $9 million by 2031 and fall after 2030."},
	}
	if got := latestYear(ss); got != 2024 {
		t.Errorf("latestYear = %d, want 2024", got)
	}
	ss = append(ss, analyze.Sentence{Text: "Repairs ran from 2019 through 2026."})
	if got := latestYear(ss); got != 2024 {
		t.Errorf("with a span through 2026: latestYear = %d, want 2024", got)
	}
}

// A claim that its sentence gives as what unnamed or interested sources
// say heads the page as its outlet's, however many outlets repeat it:
// the headline that leaves the sources out does not make it the desk's.
func TestHeadlineKeepsHearsayAttributed(t *testing.T) {
	for _, tc := range []struct {
		t, h string
		want bool
	}{
		{"The board will sell the pier, according to new reports.", "The board will sell the pier", true},
		{"Lowe has climbed the highest peak in Kell, state-run media has reported.", "Lowe has climbed the highest peak in Kell", true},
		{"The board will sell the pier, people familiar with the talks said.", "The board will sell the pier", true},
		{"The board will sell the pier, according to new reports.", "The board will sell the pier, according to new reports", false},
		{"The board will sell the pier, its chair said.", "The board will sell the pier", false},
	} {
		if got := hearsayLeftOut(tc.t, tc.h); got != tc.want {
			t.Errorf("hearsayLeftOut(%q, %q) = %v, want %v", tc.t, tc.h, got, tc.want)
		}
	}

	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	d.params = DefaultParams
	cands := d.candidates()
	var agreed *candidate
	for k, c := range cands {
		if len(c.cites) > 1 && d.opener(c) {
			agreed = &cands[k]
			break
		}
	}
	if agreed == nil {
		t.Fatal("no sentence of the story is stated by two outlets")
	}
	c := *agreed
	plain := d.headline([]candidate{c}, nil)
	if strings.HasSuffix(plain, " reports") {
		t.Fatalf("headline %q of an agreed sentence is attributed: the story no longer tests the rule", plain)
	}
	c.text = strings.TrimSuffix(c.text, ".") + ", according to new reports."
	if h := d.headline([]candidate{c}, nil); !strings.HasSuffix(h, " reports") {
		t.Errorf("headline %q of %q is the desk's own claim", h, c.text)
	}
}

// TestCutKeepsTheVerbOfItsThatClause: a cut inside a clause that "that"
// opens may not leave out that clause's "is" or "are".
func TestCutKeepsTheVerbOfItsThatClause(t *testing.T) {
	s := "Lowe said that new reports saying his aides met the envoy during the campaign are false."
	if completeCut("Lowe said that new reports saying his aides met the envoy", s) {
		t.Errorf("a cut before %q is whole", "during the campaign are false")
	}
	if !copulaLeftOut("during the campaign are false.") || copulaLeftOut("during the campaign, when they were in Kell.") || copulaLeftOut("after the board was told.") {
		t.Error("copulaLeftOut does not tell a lost verb from a clause of its own")
	}
	if !completeCut("Lowe said that his aides met the envoy", "Lowe said that his aides met the envoy during the campaign.") {
		t.Error("a cut that leaves a phrase with no verb out is not whole")
	}
}

// TestTollAloneDoesNotHeadThePage: a count of the dead or the hurt
// heads no page without its event; when the lead's main clause is only
// the toll, the clause that tells the event does.
func TestTollAloneDoesNotHeadThePage(t *testing.T) {
	for h, want := range map[string]bool{
		"At least 12 people died and more than 30 were hurt": true,
		"Two crew members were killed":                       true,
		"Dozens of people were hurt":                         true,
		"Three people died of smoke from the ferry fire":     false,
		"Five people died in the fire at the east pier":      false,
		"More than 300 people have died from the fever":      false,
		"A ferry fire killed 12 people":                      false,
		"Three people were hurt when a ferry hit the pier":   false,
		"Lena Marsh won the harbour seat":                    false,
	} {
		if got := tollAlone(h); got != want {
			t.Errorf("tollAlone(%q) = %v, want %v", h, got, want)
		}
	}
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	d.params = DefaultParams
	lead := []news.Sentence{{
		Text:         "At least 12 people died and more than 30 were hurt when a ferry carrying 200 passengers struck the east pier in Dunmere on Sunday, scattering debris across the harbour and sinking within minutes, The Ledger reported.",
		AttributedTo: "The Ledger",
	}}
	h := d.headline(nil, lead)
	if tollAlone(withoutReports(h)) || !strings.Contains(h, "struck the east pier") {
		t.Errorf("headline %q: want the clause that tells the event", h)
	}
}

// TestHeadlineKeepsWhatTheNewsIsAbout: a headline form that drops every
// name its sentence gives ("... a series of engine fires | aboard Kell
// Line ferries") tells of nothing in particular; a longer form that
// keeps the name heads the page when one fits.
func TestHeadlineKeepsWhatTheNewsIsAbout(t *testing.T) {
	for _, tt := range []struct {
		t, h string
		want bool
	}{
		{"Inspectors opened a formal probe into a series of engine fires aboard Kell Line ferries.", "Inspectors opened a formal probe into a series of engine fires", true},
		{"Inspectors opened a formal probe into a series of engine fires aboard Kell Line ferries.", "Inspectors opened a formal probe into a series of engine fires aboard Kell Line ferries", false},
		{"Dunmere opened a formal probe on Monday into a series of engine fires aboard its ferries.", "Dunmere opened a formal probe into a series of engine fires", false},
		{"Inspectors opened a formal probe on Monday into a series of engine fires.", "Inspectors opened a formal probe into a series of engine fires", false},
	} {
		if got := leavesNamesOut(tt.t, tt.h); got != tt.want {
			t.Errorf("leavesNamesOut(%q, %q) = %v, want %v", tt.t, tt.h, got, tt.want)
		}
	}
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Inspectors probe engine fires at Kell Line terminal",
			"Harbour safety inspectors opened a formal probe into a series of engine fires at the Kell Line ferry terminal in the storm."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Kell Line terminal fires under inspection",
			"The west quay stayed open to walkers on Tuesday, harbour staff said."),
	}
	p, err := Writer{}.Write("fires", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Headline, "Kell Line") {
		t.Errorf("headline %q: want the terminal it tells of", p.Headline)
	}
}

// A headline drops "The" before a name, not before a day or a month.
func TestWithoutThe(t *testing.T) {
	for in, want := range map[string]string{
		"The Harbour Board voted to close the east pier":         "Harbour Board voted to close the east pier",
		"The deputy mayor quit the harbour board":                "The deputy mayor quit the harbour board",
		"The Friday signing of the pier deal drew a small crowd": "The Friday signing of the pier deal drew a small crowd",
		"The January storm closed the Dunmere ferry for a week":  "The January storm closed the Dunmere ferry for a week",
	} {
		if got := withoutThe(in); got != want {
			t.Errorf("withoutThe(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHeadlineTellsWhatHappened: a sentence that tells how things stand
// ("... is in the middle of a lease", "... does not publish ...") heads
// the page only when no sentence tells what happened, however many of
// the titles' words it holds.
func TestHeadlineTellsWhatHappened(t *testing.T) {
	for in, want := range map[string]bool{
		"Kell United is in the middle of a ten-year lease on the Dunmere ground.":         true,
		"Lena Marsh remains fond of the old quay.":                                        true,
		"The harbour board does not publish its minutes.":                                 true,
		"Paul Lowe has always gone for the long view.":                                    true,
		"Tarrow hasn’t been discussed much as a contender for the cup.":                   true,
		"Paul Lowe is not her lawyer.":                                                    true,
		"Kell United said on Monday it would leave the Dunmere ground.":                   false,
		"Lena Marsh is expected to be named harbour master in May.":                       false,
		"Lena Marsh is now in charge of the harbour.":                                     false,
		"The harbour master is no longer contagious, his doctor said.":                    false,
		"Kell United is not holding back in its dispute with the council.":                false,
		"The pier is closed after divers found rot.":                                      false,
		"Dunmere has never before published the figures.":                                 false,
		"Lena Marsh said the pier is unsafe.":                                             false,
		"Paul Lowe, a 62-year-old pilot, is not her lawyer.":                              true,
		"Paul Lowe, a 62-year-old pilot, said the pier is unsafe.":                        false,
		"Lena Marsh, who chairs the board, is expected to resign.":                        false,
		"According to the Lowland Press, the harbour board does not publish its minutes.": true,
		"Kell United is permanently closing its Dunmere ground.":                          false,
		"Lena Marsh is likely to be named harbour master in May.":                         false,
		"The pier is only one of the harbour's three landings.":                           true,
	} {
		if got := tellsState(in); got != want {
			t.Errorf("tellsState(%q) = %v, want %v", in, got, want)
		}
	}
	h := pairHeadline(t, "lease", "Kell United and the ten-year lease on the Dunmere ground",
		"Kell United is in the middle of a ten-year lease on the Dunmere ground.\n\n"+
			"The club said on Monday it would leave the Dunmere ground at the end of the season.",
		"Kell United to quit Dunmere ground in the middle of its ten-year lease",
		"Kell United said on Monday it would leave the Dunmere ground at the end of the season.\n\n"+
			"Kell United is in the middle of a ten-year lease on the Dunmere ground.")
	if tellsState(h) || !strings.Contains(h, "leave") {
		t.Errorf("headline %q tells how things stand, not the news", h)
	}
}

// TestHeadlineHygiene: a headline does not open on a hedge, and a form
// that leaves "a woman" unnamed or a "she" after an aside is none.
func TestHeadlineHygiene(t *testing.T) {
	for in, want := range map[string]bool{
		`Maybe leaving the Tarrow pier unmended was the plan`: true,
		"Perhaps the board will vote again":                   true,
		"Harbour board votes to close the east pier":          false,
		"Maybelline opens a shop on the quay":                 false,
	} {
		if got := opensOnHedge(in); got != want {
			t.Errorf("opensOnHedge(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"Paul Lowe once worked with a woman": true,
		"Paul Lowe once worked with women":   false,
		"Paul Lowe hired a harbour pilot":    false,
	} {
		if got := unboundPeople(strings.Fields(in)); got != want {
			t.Errorf("unboundPeople(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"Each spent more than $2 million on the race.":       true,
		"In the end, both said they would stand again.":      true,
		"Each year the board spends $2 million on the pier.": false,
		"Both sides said they would meet again.":             false,
	} {
		if got := unresolved(in); got != want {
			t.Errorf("unresolved(%q) = %v, want %v", in, got, want)
		}
	}
	// a side clause that goes on past its first comma leaves no cut its
	// main clause
	long := "When the crews had left the quay, and the pilots stood on the pier in the rain, the crowd kept clapping as every pilot sought out Lena Marsh to shake her hand."
	if h := phraseCut(long, ""); h != "" {
		t.Errorf("phraseCut(%q) = %q, a side clause alone", long, h)
	}
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	for in, want := range map[string]bool{
		"In their sessions, Paul Lowe says, she made the rules": true,
		"Paul Lowe says he will stand again":                    false,
	} {
		if got := d.pronounAlone(in); got != want {
			t.Errorf("pronounAlone(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestHeadlineFormQuotedComma: a form cut where a clause ends inside a
// closing quotation mark leaves the clause's comma out with the rest.
func TestHeadlineFormQuotedComma(t *testing.T) {
	forms := headlineForms("Ferries resumed crossing after the harbour's 15-minute “safety stop,” and the queue grew.")
	want := "Ferries resumed crossing after the harbour's 15-minute “safety stop”"
	if !slices.Contains(forms, want) {
		t.Errorf("headlineForms gave %q, want %q among them", forms, want)
	}
	for _, f := range forms {
		if strings.HasSuffix(f, ",”") || strings.HasSuffix(f, ",") {
			t.Errorf("form %q ends on a comma", f)
		}
	}
}

// TestTailCutKeepsSharedObject: a verb right before "and" shares the
// object of the verb after it ("inspected and repaired the east pier"),
// and a past form after "and" that ends the sentence or opens a name
// describes rather than acts; no cut leaves either half behind. A
// second verb phrase with its own object goes.
func TestTailCutKeepsSharedObject(t *testing.T) {
	for s, bad := range map[string]string{
		"Divers from the Tarrow harbour board on Monday inspected and repaired the rotten piles of the east pier":        "Divers from the Tarrow harbour board on Monday inspected",
		"The ferry crews sailed through the storm on Monday and were tired and exhausted.":                               "The ferry crews sailed through the storm on Monday and were tired",
		"Ferry crews from the Tarrow quay were sent home early on Monday pale and exhausted.":                            "Ferry crews from the Tarrow quay were sent home early on Monday pale",
		"The survey of the Tarrow harbour board was based on the latest Tarrow and United Harbours reports on the piles": "The survey of the Tarrow harbour board was based on the latest Tarrow",
	} {
		if got := tailCuts(s); slices.Contains(got, bad) {
			t.Errorf("tailCuts(%q) = %q, want no %q", s, got, bad)
		}
	}
	s := "Divers from the Tarrow harbour board inspected the piles on Monday and repaired the rotten deck of the east pier"
	if got := tailCuts(s); !slices.Contains(got, "Divers from the Tarrow harbour board inspected the piles on Monday") {
		t.Errorf("tailCuts(%q) = %q, want the cut before the second verb phrase", s, got)
	}
}
