package write

import (
	"strconv"
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

func TestBackReference(t *testing.T) {
	// two outlets tell of the storm, the pier and the harbour board
	// and its master: "the" may name those without more
	shared := "The storm tore two piles from the pier, and the harbour board said its master would inspect it."
	d := newDraft(analyze.Analyze([]news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Storm damages pier", shared),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Pier damaged in storm", shared+" Ferries use the west quay."),
	}), DefaultMaxWordsPerSource)
	tests := []struct {
		t      string
		before []string
		want   string
	}{
		{"The move comes after weeks of talks with the union.", nil, "move"},
		{"In the other photo, Marsh stands on the east pier.", nil, "photo"},
		{"In the other photo, Marsh stands on the east pier.", []string{"The board released two photos of the pier."}, ""},
		{"The other two crews were rescued on Monday.", nil, "crews"},
		{"The other Tarrowese voted against the levy.", []string{"Two Tarrowese backed the levy."}, ""},
		{"The latter plan would close the west quay.", []string{"The board weighed two plans for the harbour."}, ""},
		{"The move comes after weeks of talks with the union.", []string{"The council moved the market to Dunmere Square."}, ""},
		{"The development came as ferry bookings fell to their lowest level since March.", nil, "development"},
		// a thing timed against another: a word of the story's own, even
		{"The storm comes as ferry bookings fell to their lowest level since March.", nil, "storm"},
		{"The storm comes as ferry bookings fell to their lowest level since March.", []string{"A storm hit Dunmere."}, ""},
		{"The new inquiry came a day after ferry bookings fell to their lowest level.", nil, "inquiry"},
		{"The storm came ashore at Dunmere on Monday night.", nil, ""},
		{"The confrontation ended when harbour police arrived at the quay.", nil, "confrontation"},
		{"The judge gave him a suspended sentence of two years.", nil, "judge"},
		{"The judge in the Tarrow case gave the maximum sentence.", nil, ""},
		{"The presiding judge gave the maximum sentence.", nil, ""},
		{"The responding officer fired a shot through a window.", nil, ""},
		{"The remaining officer fired a shot through a window.", nil, "officer"},
		{"The defense official, who asked not to be named, said the inquiry was open.", nil, "official"},
		{"The study of school meals found less sugar than expected.", nil, ""},
		{"The Dunmere study found less sugar than expected.", nil, ""},
		{"The 2019 study found less sugar than expected.", nil, ""},
		{"The new study found less sugar than expected.", nil, "study"},
		{"The study reveals that nine of the piles have rotted through.", nil, "study"},
		{"The suit contends that the harbour board has no power to close the pier.", nil, "suit"},
		{"The 46-year-old driver was taken to hospital in Dunmere.", nil, "driver"},
		{"The 46-year-old was taken to hospital in Dunmere.", nil, "year-old"},
		{"The 46-year-old driver was taken to hospital in Dunmere.", []string{"Lena Marsh, 46, was driving the ferry bus."}, ""},
		{"The 46-year-old Lena Marsh was taken to hospital in Dunmere.", nil, ""},
		{"The 46-year-old driver who hit the pier was taken to hospital.", nil, ""},
		{"In a long interview at the west quay on Thursday, the 18-year-old said he never went near the pier.", nil, "year-old"},
		{"In Tarrow, Lena Marsh, the 46-year-old mayor, said the pier would close.", nil, ""},
		{"In a long interview, harbour police said the 46-year-old driver had left the quay.", nil, ""},
		{"The unverified article claims that an email shows Lowe meeting the harbour board.", nil, "article"},
		{"The leaked email shows Lowe meeting the harbour board.", nil, "email"},
		{"The unverified article claims that an email shows Lowe meeting the harbour board.", []string{"Two sites limited the spread of Tarrow Ledger reporting on the mayor."}, ""},
		{"The email from Lena Marsh shows Lowe meeting the harbour board.", nil, ""},
		{"The search warrants for the quay were sealed on Monday.", nil, ""},
		{"The new study found less sugar than expected.", []string{"Researchers published two studies on Monday."}, ""},
		{"The storm cut power to 2,300 homes.", nil, ""},
		{"A study found less sugar than expected.", nil, ""},
		{"Those findings were disputed by the council.", nil, "findings"},
		{"The company filed for bankruptcy on Thursday.", []string{"The Tarrow company filed papers."}, ""},
		{"The young actress is the first from Tarrow to win the prize.", nil, "actress"},
		{"All the lawsuits have so far failed in the Tarrow courts.", nil, "lawsuit"},
		{"Ferry riders end up covering that bill, the council said.", nil, "bill"},
		{"Ferry riders end up covering that bill, the council said.", []string{"The repair bill came to $2 million."}, ""},
		{"The council said that bills would rise in May.", nil, ""},
		{"The ferry riders who paid for this plan were angry.", []string{"The council approved a plan to close the pier."}, ""},
		{"That bill now goes to the Tarrow assembly.", nil, "bill"},
		{"The bill now goes to the Tarrow assembly.", nil, ""},
		{"Most of the officials left the harbour hall before the vote.", nil, "officials"},
		{"All the lawsuits have so far failed in the Tarrow courts.", []string{"Ferry owners filed a lawsuit against the council."}, ""},
		// a speaker named at the end only as one named before
		{"The harbour master cannot be found guilty of neglect, the lawyer claims.", nil, "lawyer"},
		{"The pier will not reopen this year, the officials said.", nil, "official"},
		{"The pier will not reopen this year, the lawyer said.", []string{"Lawyer Ilse Brandt represents the ferry owners."}, ""},
		{"The pier will not reopen this year, the report said.", nil, ""},
		{"Selling the ferries will lower fares, the group said.", nil, "group"},
		{"Selling the ferries will lower fares, the group said.", []string{"Pier Watch, a group of ferry riders, met on Monday."}, ""},
		{"The pier will not reopen this year, a spokesman said.", nil, ""},
		{"\"This is not a harbour plan,\" the official told reporters in previewing the levy.", nil, "official"},
		{"The pier will not reopen this year, the lawyer said on Monday.", nil, "lawyer"},
		// the definite phrase of an opening phrase
		{"In addition to the arrests, harbour police seized the ferry's records.", nil, "arrest"},
		{"After the announcement, the council closed the east pier.", nil, "announcement"},
		{"After the announcement, the council closed the east pier.", []string{"The council announced a levy on Monday."}, ""},
		{"On the day of the vote, the council closed the east pier.", nil, ""},
		{"The news came as the council met to close the east pier.", nil, "news"},
		{"The person was in their 70s and had recently travelled overseas, officials said.", nil, "person"},
		{"During the event, the mayor hugged the ferry crew on the quay.", nil, "event"},
		{"In 1938, the family fled Dunmere and sailed to Tarrow.", nil, "family"},
		{"In 1938, the Marsh family fled Dunmere and sailed to Tarrow.", nil, ""},
		{"The search warrant for the harbour office was filed on Thursday.", nil, ""},
		{"The search warrant was filed on Thursday.", nil, "search"},
		{"The student loan ombudsman at the Tarrow Harbour Bureau has resigned.", nil, ""},
		{"The student loan ombudsman has resigned.", nil, "student"},
		{"Councillors on the harbour board, who oppose the levy, blocked that effort.", nil, "effort"},
		{"The harbour board revealed that costs rose by a third in May.", nil, ""},
		{"The harbour board confirmed that plan on Monday.", nil, ""},
		{"The panel is scheduled to vote on the pier on Thursday.", nil, "panel"},
		{"The actions come nearly 80 days into the mayor's term.", nil, "action"},
		{"Flowing in every day, these data are added to the harbour archive.", nil, "data"},
		{"The harbour board said that data on the pier was wrong.", nil, ""},
		{"The panel is scheduled to vote on the pier on Thursday.", []string{"A harbour panel heard the divers."}, ""},
		{"Recently, Tarrow has found itself facing this very question of closing its pier.", nil, "question"},
		{"Recently, Tarrow has found itself facing this very question of closing its pier.", []string{"The question is whether to close the pier."}, ""},
		{"Ferry crews in Kell follow these same rules on the quay.", nil, "rules"},
		{"Millions of those accounts, it has since emerged, were never used.", nil, "accounts"},
		{"Millions of those accounts, it has since emerged, were never used.", []string{"The bank opened two million accounts without asking."}, ""},
		{"Ferry fares rose in Kell in these days of storms.", nil, ""},
		{"The board upheld a change for the harbours and the crews who work for those ports.", nil, ""},
		{"The board heard from those crews with boats in the harbour.", nil, ""},
		// a word that one report alone uses points back at what it said
		{"The freeze had been set to expire at the end of May.", nil, "freeze"},
		{"The freeze had been set to expire at the end of May.", []string{"The board put a freeze on ferry fares in March."}, ""},
		{"The economy added 128,000 jobs in May.", nil, ""},
		{"A ferry toll was one of those ancient harbour rules.", nil, "rules"},
		{"A ferry toll was one of those ancient harbour rules that the board kept.", nil, ""},
		{"A ferry toll was one of those ancient harbour rules.", []string{"The board keeps old rules for the quay."}, ""},
	}
	for _, tt := range tests {
		if got := d.backReference(tt.t, tt.before); got != tt.want {
			t.Errorf("backReference(%q, %q) = %q, want %q", tt.t, tt.before, got, tt.want)
		}
	}
}

// TestPageNeverLeansOnAnUnsaidMove: a sentence that opens on "The move"
// reaches the page only after the page has said what moved.
func TestPageNeverLeansOnAnUnsaidMove(t *testing.T) {
	story := func(first string) []news.ArticleRef {
		return []news.ArticleRef{
			pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
				first+"\n\n"+
					"The move comes after a year of complaints from stallholders about rents at the old site.\n\n"+
					"Stallholders will pay the same rent for the first two years, council officer Ilse Brandt said."),
			pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
				"Stallholders will pay the same rent for the first two years, council officer Ilse Brandt said on Tuesday.\n\n"+
					"About 40 stalls trade at the Dunmere market on a busy Saturday."),
		}
	}
	for _, tt := range []struct {
		first   string
		anchors bool
	}{
		{"Dunmere council voted on Tuesday to move the weekly market to the harbour from next spring.", true},
		{"Dunmere council voted on Tuesday to relocate the weekly market to the harbour from next spring.", false},
	} {
		arts := story(tt.first)
		p, err := Writer{}.Write("market", analyze.Analyze(arts), pierNow)
		if err != nil {
			t.Fatal(err)
		}
		if probs := Verify(p, arts); len(probs) > 0 {
			t.Fatalf("the page fails Verify: %v", probs)
		}
		said, leaned := "", false
		texts := []news.Sentence{{Text: p.Headline}}
		ForEachSentence(p, func(_ string, s news.Sentence) { texts = append(texts, s) })
		for k, s := range texts {
			where := "headline"
			if k > 0 {
				where = "sentence " + strconv.Itoa(k)
			}
			body, _ := news.Unattributed(s)
			body = strings.TrimPrefix(body, "Move ") // a headline drops the article
			if k == 0 && body != p.Headline {
				body = "the move " + body
			}
			if strings.HasPrefix(strings.ToLower(body), "the move") {
				leaned = true
				if !strings.Contains(strings.ToLower(said), "move") {
					t.Errorf("%s: %q comes before the page says what moved:\n%s", where, s.Text, PlainText(p))
				}
			}
			said += " " + body
		}
		if tt.anchors && !leaned {
			t.Errorf("with the move said first, the page leaves out the sentence about it:\n%s", PlainText(p))
		}
	}
}

// TestPointedBackBySuchAndThat: "such" before a noun, and "that" as the
// determiner of a verb's object, point back at something the page must
// have told; "such as", a name after "such", a ranked "first such" and
// a noun told before do not.
func TestPointedBackBySuchAndThat(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	for in, want := range map[string]string{
		"Such inspections had not been done at the harbour before.":             "",
		"Until now, such inspections had not been done at the harbour.":         "inspections",
		"The council had never made such a move on the east pier.":              "move",
		"Other harbour officials have questioned that logic.":                   "logic",
		"The council closed piers such as the east pier and the north slip.":    "",
		"The council has banned groups such Tarrow First.":                      "",
		"It was the first such closure of the east pier since 1987.":            "",
		"Divers said that rot had spread to nine piles.":                        "",
		"Over ten years at the harbour trust, the two lawyers won nine cases.":  "lawyers",
		"The two candidates led a field of nine in the harbour ward.":           "candidates",
		"The council hoped to pass both bills before the winter.":               "bills",
		"Crews from both sides of the harbour joined the search.":               "",
		"The council backed both the levy and the survey.":                      "",
		"Ferries ran late in Dunmere and Tarrow, and both towns lost trade.":    "",
		"Divers compared the two spots on the east pier with the west quay.":    "",
		"Divers found that pier's piles rotten below the waterline.":            "pier",
		"Divers said that Tarrow's piles were rotten below the waterline.":      "",
		"Divers gave assurances that he's got nothing to fear from the survey.": "",
		"Divers said that there's rot in nine piles below the waterline.":       "",
		"Marsh told this week's issue of the Ledger that she would stand down.": "",
		"The levy is in this year's harbour budget.":                            "",
		"The levy is in this court's ruling on the harbour.":                    "court",
		"The harbour board firmly denies this charge of misrepresentation.":     "charge",
		"Ruth Hale, in the same operation, found rot in two more piles.":        "operation",
		"At the same time, divers found rot in two more piles.":                 "",
		"The board shut the pier on Monday night, the same night crews left.":   "",
		"Ferries carried fewer walkers than buses for the same harbour route.":  "",
		"The ferry charges the same fare as the bus to Tarrow.":                 "",
		"The ferry ran late all through this scary time for the harbour.":       "",
		"Brandt told the board: \"We will clear up this mess on Monday.\"":      "",
	} {
		if got := d.pointedReference(in, nil); got != want {
			t.Errorf("pointedReference(%q) = %q, want %q", in, got, want)
		}
	}
	if got := d.pointedReference("Until now, such inspections had not been done at the harbour.", []string{"Divers inspected the piles."}); got != "" {
		t.Errorf("pointedReference after the inspection was told = %q, want none", got)
	}
	if got := d.pointedReference("The harbour board firmly denies this charge of misrepresentation.", []string{"Lowe said the board misrepresented the survey, a charge it rejects."}); got != "" {
		t.Errorf("pointedReference after the charge was told = %q, want none", got)
	}
	if got := d.pointedReference("The harbour board will not comment on this specific survey.", []string{"Divers finished the survey of the east pier on Monday."}); got != "" {
		t.Errorf("pointedReference of \"this specific survey\" after the survey was told = %q, want none", got)
	}
	if got := d.pointedReference("The harbour board will not comment on this specific survey.", nil); got == "" {
		t.Errorf("pointedReference of \"this specific survey\" with nothing told = none, want the survey pointed back at")
	}
	// "the same operation" is one told of before, not a word that only
	// described another ("operation rules")
	same := "Ruth Hale, in the same operation, found rot in two more piles."
	if got := d.pointedReference(same, []string{"Citing operation rules, the board gave no details of the dive."}); got != "operation" {
		t.Errorf("pointedReference(%q) after \"operation rules\" = %q, want \"operation\"", same, got)
	}
	if got := d.pointedReference("The same operation found rot in two more piles.", []string{"Citing operation rules, the board gave no details of the dive."}); got != "operation" {
		t.Errorf("pointedReference of \"The same operation\" opening its sentence, after \"operation rules\" = %q, want \"operation\"", got)
	}
	if got := d.pointedReference(same, []string{"Divers began a search operation at the east pier on Monday."}); got != "" {
		t.Errorf("pointedReference(%q) after \"a search operation\" = %q, want none", same, got)
	}
}

// TestAlsoReference: a sentence that adds to what was said of its
// subject ("Lowe also said ...") leans on the page having said
// something of that subject; a sentence without "also" leans on nothing.
func TestAlsoReference(t *testing.T) {
	d := &draft{}
	for _, tc := range []struct {
		sentence string
		before   []string
		want     string
	}{
		{"Paul Lowe also said the pier would reopen in May.", []string{"The council closed the east pier on Monday."}, "lowe"},
		{"Paul Lowe also said the pier would reopen in May.", []string{"Harbour master Paul Lowe said the ferry would move."}, ""},
		{"The ban also covers fishing boats in the harbour.", []string{"The pier closed on Monday."}, "ban"},
		{"The ban also covers fishing boats in the harbour.", []string{"The council banned ferries from the pier."}, ""},
		{"Lowe, the harbour master, also said the ferry would move.", []string{"Divers found rot in nine piles."}, "master"},
		{"Paul Lowe said the pier would reopen in May.", nil, ""},
	} {
		if got := d.alsoReference(tc.sentence, tc.before); got != tc.want {
			t.Errorf("alsoReference(%q, %q) = %q, want %q", tc.sentence, tc.before, got, tc.want)
		}
	}
}

// TestToldBefore: a sentence that opens on "the" and a thing its own
// report told of before ("The van had been stolen ...", after "... a
// van crashed into the pier") leans on that sentence; the page carries
// it only after it has named the thing. A phrase that says which one
// ("the decision to close the pier", "the responding officer"), a word
// that two outlets open their reports with ("the ramp", "the pier") and
// a sentence whose report named nothing before it need nothing.
func TestToldBefore(t *testing.T) {
	a := analyze.Analyze([]news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Dunmere pier closed after crash",
			"A van crashed into the barrier of the Dunmere pier by its ferry ramp on Monday night, and its driver fled on foot.\n\n"+
				"The van had been stolen from a Tarrow car park on Sunday, police said.\n\n"+
				"At the second barrier, the van hit a lamp post before it stopped.\n\n"+
				"The ramp stayed closed to walkers until noon on Tuesday.\n\n"+
				"The responding officer found the driver in a shed near the quay.\n\n"+
				"The decision to close the pier was taken by the harbour master on Tuesday.\n\n"+
				"The pier will stay closed until Friday.\n\n"+
				"Ferry pilot Nora Kell, who works the ramp, was on board at the time.\n\n"+
				"The 52-year-old Olympic rower said she heard the crash from the quay.\n\n"+
				"The 52-year-old Kell has piloted the ferry since 2001.\n\n"+
				"The 52-year-old Olympic silver medallist Nora Kell rowed out to the van.\n\n"+
				"The 19-year-old son of the harbour master was also on the quay."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Dunmere pier shut until Friday",
			"The Dunmere pier was closed on Tuesday after a crash by its ferry ramp.\n\n"+
				"A stolen van hit the gate late on Monday, police said.\n\n"+
				"Harbour master Ilse Brandt said the pier would reopen on Friday."),
	})
	d := newDraft(a, DefaultMaxWordsPerSource)
	d.useCuts()
	tests := []struct {
		t      string
		before []string
		want   string
	}{
		{"The van had been stolen from a Tarrow car park on Sunday, police said.", nil, "van"},
		{"The van had been stolen from a Tarrow car park on Sunday, police said.", []string{"A stolen van crashed into the pier."}, ""},
		{"At the second barrier, the van hit a lamp post before it stopped.", []string{"Police said the car park was in Tarrow."}, "barrier"},
		{"The ramp stayed closed to walkers until noon on Tuesday.", nil, ""},
		{"The responding officer found the driver in a shed near the quay.", nil, ""},
		{"The decision to close the pier was taken by the harbour master on Tuesday.", nil, ""},
		{"The pier will stay closed until Friday.", nil, ""},
		// the report's first sentence leans on nothing before it
		{"The Dunmere pier was closed on Tuesday after a crash by its ferry ramp.", nil, ""},
		// an age and a role, but no name: whom the report named before
		{"The 52-year-old Olympic rower said she heard the crash from the quay.", nil, "rower"},
		{"The 52-year-old Olympic rower said she heard the crash from the quay.", []string{"Nora Kell, a rower, was on board."}, ""},
		{"The 52-year-old Kell has piloted the ferry since 2001.", nil, ""},
		{"The 52-year-old Olympic silver medallist Nora Kell rowed out to the van.", nil, ""},
		{"The 19-year-old son of the harbour master was also on the quay.", nil, ""},
	}
	for _, tt := range tests {
		if got := d.backReference(tt.t, tt.before); got != tt.want {
			t.Errorf("backReference(%q, %q) = %q, want %q", tt.t, tt.before, got, tt.want)
		}
	}
}
