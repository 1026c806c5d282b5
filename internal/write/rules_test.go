package write

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

func TestUnresolved(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The Assembly passed it 40-22 three weeks ago.", true},
		{"They voted again on Friday after a long debate.", true},
		{"Yesterday, they voted again after a long debate on the pier.", true},
		{"When the pier closed, they voted again after a long debate.", false},
		{"This is the third closure of the pier since 2019.", true},
		{"Officials moved them to the west quay by noon.", true},
		{"Fenlow Bank said it would cut 300 jobs by the end of the year.", false},
		{"The Assembly voted 40-22, sending the bill to Governor Ada Lusk, who has said she will sign it.", false},
		{"This year the pier carried 4,000 walkers a day.", false},
		{`The mayor called the plan "the best we have, and it will work."`, false},
		{"For the owner of a typical home, that amounts to about $96 more a year.", true},
		{"That would be the largest rise in a decade, the council said.", true},
		{"In the two wards, those were the only polling stations open after dark.", true},
		{"The council approved a plan that will raise fares by 5 percent in March.", false},
		{"The bridge, which opened in 1962, carries 30,000 cars a day, the authority said.", false},
		{"The mayor has until noon on Wednesday to do so.", true},
		{"Again and again, the mayor was told not to do it.", true},
		{"The harbour board said it would not do that again.", true},
		{"The council did that work to save the pier from the storm.", false},
		{"About 3,400 of them were duplicates, the council said.", true},
		{`"We will not do so," the mayor said of the pier.`, false},
		{"Brandt, he said, told him that he had crossed the line.", true},
		{"Brandt said he had crossed the line.", false},
		{"Brandt got more than 300 votes in the harbour ward, he said.", true},
		{"One would cost the harbour board $3 million; the other would cost less.", true},
		{"One of the divers found rot in the east pier.", false},
		{"Lowe tied the harbour board to the council throughout the meeting nonetheless.", true},
		{"Space will be made on the next ferry for walkers who cannot get a seat, it said.", true},
		{"Brandt got more than 300 votes in the harbour ward, she told reporters.", true},
		{"Brandt got more than 300 votes in the harbour ward, officials said.", false},
		{"The harbour board has not publicly commented on that.", true},
		{"The harbour board said it knew nothing about this.", true},
		{"The harbour board said it would not stand for that.", true},
		{"The harbour board said divers found that.", true},
		{"Until Monday, most poured into Dunmere and then crossed into Tarrow.", true},
		{"Paul Lowe later said the third pier would have been the north one.", true},
		{"Later, harbour police stopped Ilse Brandt and two friends at the gate.", true},
		{"Harbour police later stopped Ilse Brandt and two friends at the gate.", true},
		{"Harbour police and quay guards later stopped Ilse Brandt and two friends at the gate.", true},
		{"Ilse Brandt, who fled the harbour in May, was later caught in Tarrow.", false},
		{"Ilse Brandt was arrested on Monday and later released without charge.", false},
		{"The harbour board will vote on the plan later this month.", false},
		{"The harbour board met again later Tuesday to vote on the plan.", false},
		{"Three days later, the harbour board voted to close the pier.", false},
		{"Bids are due no later than May 11, the harbour board said.", false},
		{"The harbour board will decide at a later date.", false},
		{"Many of them fled before the storm reached the coast.", true},
		{"Some said the pier should never have reopened.", true},
		{"Most voters in Tarrow backed the plan.", false},
		{"Both sides agreed to meet again on Friday.", false},
		{"All 12 crew members were rescued by the coast guard.", false},
		{"Until Monday, most ferries ran on time.", false},
		{"Harbour police will be barred from the west quay as well.", true},
		{"Dunmere's ferries were not the only ones held in port, though.", true},
		{"There will be a six-month delay on the east pier, however.", true},
		{"Exempt from the closure, however, are the two ferries that carry the mail.", true},
		{"However, the harbour board kept the east pier open.", true},
		{"However long the repairs take, the east pier will reopen.", false},
		{"The mayor held a press conference on the pier anyways.", true},
		{"The divers found rot in the east pier too.", true},
		{"Although most divers left on Friday, a few stayed on the pier, too.", false},
		{"The divers not only found rot but cracked piles as well.", false},
		{"The council voted to repair the east pier instead of the west pier.", false},
		{"Other recordings made that day show the divers at the east pier.", true},
		{"Lena Marsh says she never planned for this to happen.", true},
		{"A senior harbour official acknowledged that was intentional on Monday.", true},
		{"The harbour master warned that could close the quay for a month.", true},
		{"The harbour master announced that work on the east pier would start in May.", false},
		{"The mayor said this is the last vote on the pier before the storm season.", true},
		{"The mayor said that the pier was closed for the winter.", false},
		{"The mayor said the plan that was approved would close the pier.", false},
		{"Lena Marsh made no complaint about the pier lease at that time.", true},
		{"Later that day, the harbour board closed the east pier to walkers.", true},
		{"The pier was shut for four years, and during that time the ferry ran from the west quay.", false},
		{"To keep the divers safe, the repair must take no more than 5 minutes of that time.", true},
		{"The harbour board said that day trips to the pier would resume in May.", false},
		{"Only a handful of the Dunmere ferry crews did, for example, and the board kept no record of it.", true},
		{"The harbour board did not.", true},
		{"So did the ferry crews at the west quay on Monday.", true},
		{"The board closed the east pier in May, as the council did in 2019.", false},
		{"The inquiry asked what the harbour board did.", false},
		{"The divers did their work on the east pier in May.", false},
		{"Dunmere has found itself facing this very question of closing the pier.", true},
		{"At this point the harbour board is not closing the pier.", false},
		{"Added together, that’s nearly 8 hours a week of lost ferry crossings.", true},
		{"It's the third time the Dunmere pier has closed this year.", true},
		{"The harbour board said that's the last closure of the east pier.", true},
		{"The ferry that's moored at the west quay will sail on Monday.", false},
		{"The mayor told the board to agree a repair plan or meet every day until they do.", false},
		{"Lena Marsh said she did not want a delay, nor did she believe the divers were at fault.", false},
		{"Paul Lowe, the harbour board's former chair, will also be barred.", true},
		{"The harbour board is closing several piers it regards as unsafe.", false},
		{"The ban it imposed in May was lifted on Monday.", true},
		{"Harbour police also arrested two men on the closed east pier.", false},
	}
	for _, tt := range tests {
		if got := unresolved(tt.in); got != tt.want {
			t.Errorf("unresolved(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestLostContextInBody: a sentence that counts or points at a group
// or a thing only the sentence before named ("Three of them ...", "Of
// these, 40 ...", "up for this; ...") stands nowhere on a page, the body
// included; one that names the group it counts does.
func TestLostContextInBody(t *testing.T) {
	for s, want := range map[string]bool{
		"Three of them reacted to the blood of the six divers.":                   true,
		"Ninety percent of them were members of the harbour club.":                true,
		"12 percent of those lived in Dunmere.":                                   true,
		"Of these, 4022 have a date and a place.":                                 true,
		"Eight more had criminal records, including charges of arson.":            true,
		"Some crews were up for this; others thought it was a waste of a day.":    true,
		"Three of the crew were rescued on Monday.":                               false,
		"Two more ferries were held in port on Monday.":                           false,
		"Of the 12 divers, three found rot in the east pier.":                     false,
		"The crews were up for this year's race on the west quay.":                false,
		"Lena Marsh said she had waited for this moment since the pier closed.":   false,
		"Eight more ferries had to be towed back to the quay, the board said.":    false,
		"About 30 percent of the walkers crossed the pier before noon on Monday.": false,
		"Lena Marsh ended it when the board published its report on the pier.":    true,
		"Divers are encouraged to use them at the quay and on the pier.":          true,
		"The harbour board described it as a final extension of the closure.":     true,
		"The harbour board made it clear that the pier would stay shut.":          false,
		"When the ferry broke down, crews towed it to the quay.":                  false,
		"Lena Marsh announced it would reopen the pier in May.":                   false,
		"Lena Marsh wrote, as if the vote on the pier were a boat race.":          true,
		"The mayor said, smiling at the crowd on the quay.":                       true,
		"Lena Marsh said, in a statement, that the pier would reopen in May.":     false,
		"Lena Marsh said the pier would reopen in May, as the board had hoped.":   false,
		"A Tarrow harbour board official later confirmed that.":                   true,
		"The divers on the east pier had never seen anything like this.":          true,
		"Lena Marsh said that, if the board agreed, the pier would reopen.":       false,
		`Lena Marsh said that "the east pier is unsafe and must close."`:          false,
	} {
		if got := lostContext(s); got != want {
			t.Errorf("lostContext(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestNamesOnly: a list's entry or a credit set apart as a sentence,
// names and small words with no verb, is no statement; a sentence of
// names with a verb is.
func TestNamesOnly(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	for s, want := range map[string]bool{
		"Ilse Brandt of Tarrow, Harbour Court of Tarrow (Ret.)":    true,
		"Paul Lowe of Dunmere, Kell Harbour Board of Trade.":       true,
		"Ilse Brandt of Tarrow Joined the Harbour Court in 2011.":  false,
		"Ilse Brandt of Tarrow Is the New Harbour Master.":         false,
		"Ilse Brandt of Tarrow, a retired judge, sails the ferry.": false,
		// a title in -s is no verb, nor is a surname in -s
		"Harbour Sens. Lena Marsh (Tarr.), Paul Lowe (Dunm. ), Ilse Brandt (Kell.)": true,
		"Councillors Lena Marsh (Tarr.), Ada Collins (Dunm.), Ilse Brandt (Kell.)":  true,
	} {
		if got := namesOnly(s); got != want {
			t.Errorf("namesOnly(%q) = %v, want %v", s, got, want)
		}
		if why := d.standsAlone(s); want && why != "not a statement" {
			t.Errorf("standsAlone(%q) = %q, want it refused as no statement", s, why)
		}
	}
}

// TestDanglingAfterTime: a pronoun that opens the main clause after a
// time alone ("Since 2004, it ...") leans on the sentence before; one
// after a clause that names something may mean it.
func TestDanglingAfterTime(t *testing.T) {
	for s, want := range map[string]bool{
		"Since 2004, it has also applied to every harbour pilot.":                  true,
		"Until last May, they ran the ferry from the west quay.":                   true,
		"Since the board met on Monday, it has voted twice to close the pier.":     false,
		"Since 2004, the rule has also applied to every harbour pilot.":            false,
		"Until May 2030, Lena Marsh ran the ferry from the west quay.":             false,
		"After 2010, it was found that the piles had rotted faster than expected.": false,
	} {
		if got := danglingSubject(s); got != want {
			t.Errorf("danglingSubject(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestPageTextDatelines(t *testing.T) {
	tests := []struct{ in, want string }{
		{"OSPREY FALLS (Lowland Press) — The dam held overnight.", "The dam held overnight."},
		{"MERRIT BAY, Oct. 12 (Coastline Wire) - Crews reopened the road.", "Crews reopened the road."},
		{"MERRIT BAY — But crews reopened the road.", "Crews reopened the road."},
		{"Westfold (Lowland Press) - Crews reopened the road.", "Crews reopened the road."},
		{"But, as the mayor said, crews reopened the road.", "As the mayor said, crews reopened the road."},
		{"So far, 12 crews have reopened the road.", "So far, 12 crews have reopened the road."},
		{"So the crews reopened the road.", "The crews reopened the road."},
		{"So, the crews reopened the road.", "The crews reopened the road."},
		{"More important, the crews reopened the road.", "The crews reopened the road."},
		{"Thus, the crews reopened the road.", "The crews reopened the road."},
		{"In fact, the crews reopened the road.", "The crews reopened the road."},
		{"Further, the crews reopened the road.", "The crews reopened the road."},
		{"Further repairs will close the road.", "Further repairs will close the road."},
		{"Either way, the crews will reopen the road.", "The crews will reopen the road."},
		{"When all was said and done, the crews reopened the road.", "The crews reopened the road."},
		{"In the end, the crews reopened the road.", "The crews reopened the road."},
		{"In the end zone, the crews found a ball.", "In the end zone, the crews found a ball."},
		// a quotation in lower case does not open a sentence
		{`In fact, "only a handful" of crews reopened the road.`, `In fact, "only a handful" of crews reopened the road.`},
		{`In fact, "Only a handful" of crews reopened the road.`, `"Only a handful" of crews reopened the road.`},
	}
	for _, tt := range tests {
		got := pageText(tt.in)
		if got != tt.want {
			t.Errorf("pageText(%q) = %q, want %q", tt.in, got, tt.want)
		}
		r := newReport(news.ArticleRef{Article: news.Article{Text: tt.in + "\n\nA second paragraph."}}, "", false)
		if !r.containsVerbatim(got) {
			t.Errorf("Verify would not find %q in its report", got)
		}
	}
}

func TestRestates(t *testing.T) {
	d := newDraft(analyze.Analysis{}, DefaultMaxWordsPerSource)
	for _, placed := range []string{
		"The Osprey Bay water board voted 5-2 to require households to cut water use by 12 percent.",
		"During the public hearing, 48 residents addressed the board.",
		"The meeting lasted more than three hours.",
	} {
		d.stems = append(d.stems, d.stemsOf(placed))
		d.nums = append(d.nums, analyze.Numbers(placed))
	}
	tests := []struct {
		in   string
		want bool
	}{
		{"A water board on the coast has ordered households to reduce their water use by 12 percent after a dry spring.", true},
		{"The water board voted to require households to cut their water use.", true},
		{"Farms in the valley will get 20 percent less water from June.", false},
		{"The board last imposed limits in 2012, and they lasted 14 months.", false},
		{"Residents packed the hall for three hours, and 48 of them spoke.", true},
		{"Of the 48 speakers, most asked the board to exempt vegetable gardens and school playing fields.", false},
	}
	for _, tt := range tests {
		if got := d.restates(d.stemsOf(tt.in), analyze.Numbers(tt.in)); got != tt.want {
			t.Errorf("restates(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestNounPhrases(t *testing.T) {
	d := newDraft(analyze.Analysis{}, DefaultMaxWordsPerSource)
	d.proper = map[string]bool{"assembly": true}
	tests := []struct {
		in   string
		want []string // some of the phrases, in order
		not  []string
	}{
		{"The Assembly vote drew a crowd to the gallery.", []string{"Assembly vote", "crowd", "gallery"}, []string{"vote drew"}},
		{"A researcher at the Centre for Coastal Studies said so.", []string{"researcher", "Centre for Coastal Studies"}, []string{"Coastal Studies", "Studies"}},
		{"Crews restored replacement staffing on the wards.", []string{"replacement staffing", "staffing", "wards"}, []string{"Crews", "crews restored"}},
		{"The audit's findings were blocked emergency exits and no records.", []string{"audit's findings", "blocked emergency exits", "records"}, []string{"audit's"}},
		{"Tomas Greer, 67, waited two years.", []string{"Tomas Greer"}, []string{"tomas"}},
		// no phrase opens on an adverb or a contraction, or ends on an
		// adjective, a pronoun or a past form; no shouted label is one
		{"Actually burn the old pier, we've ever said, and the owner sounded uncomfortable.", []string{"old pier", "owner"},
			[]string{"Actually burn", "we've", "owner sounded", "sounded uncomfortable"}},
		{"The harbour master pardon himself and the ferry died.", []string{"harbour master"}, []string{"pardon himself", "ferry died"}},
		{"DUNMERE'S PIER reopened after the county Democratic vote.", []string{"vote"}, []string{"DUNMERE'S PIER", "county Democratic"}},
		// an -ing word that takes an object or a particle is a verb
		{"The closure dominated harbour coverage leading up to the vote, not the pier funding for May.", []string{"harbour coverage", "pier funding"},
			[]string{"coverage leading", "harbour coverage leading"}},
		// a word after a modal is a verb
		{"Nobody knows which crew will control harbour traffic or could not reach the quay.", []string{"crew", "harbour traffic", "quay"},
			[]string{"control harbour traffic", "reach"}},
		// a long quotation is someone's words, never a heading; a short
		// one may name a thing
		{"The mayor asked Tarrow to answer his rival, who called the crews “an armed militia on the quay.”", []string{"mayor", "rival", "crews"},
			[]string{"armed militia", "quay"}},
		{"The board backed what crews call the “night ferry levy” for the pier.", []string{"ferry levy", "pier"}, nil},
		{"“Our crews are tired of the long nights,” Ilse Brandt said of the rotas.", []string{"Ilse Brandt", "rotas"}, []string{"crews", "long nights"}},
		// nor on a plain adjective or "next"
		{"The findings show a potential racial gap in harbour fines, before the ferry election next spring.", []string{"racial gap", "harbour fines", "ferry election"},
			[]string{"potential racial", "election next"}},
		{"The council is banning several prominent skippers from the quay.", []string{"skippers", "quay"},
			[]string{"banning several prominent", "several prominent", "banning several", "prominent"}},
		// a grading adjective and a negated verb end no phrase
		{"Heading into the vote, most expected Marsh to be Mr. Lowe's top tormentor.", []string{"vote", "top tormentor"}, []string{"lowe's top"}},
		{"Most expected Sen. Lena Marsh to lead the harbour board.", []string{"Lena Marsh", "harbour board"}, []string{"expected Sen", "Sen"}},
		{"Most expected Marsh to lead the harbour board.", []string{"Marsh", "harbour board"}, []string{"expected Marsh"}},
		{"The judge said that prison wasn't right for the skipper.", []string{"judge", "skipper"}, []string{"prison wasn't right", "prison wasn't"}},
		// a word after "to" that takes an object is a verb
		{"The board found a way to keep ties with the crews sent to Tarrow.", []string{"board", "ties", "crews"}, []string{"keep ties"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range d.nounPhrases(tt.in) {
			got = append(got, p.surface)
		}
		for _, w := range tt.want {
			if !slicesContains(got, w) {
				t.Errorf("nounPhrases(%q) = %q, want it to hold %q", tt.in, got, w)
			}
		}
		for _, w := range tt.not {
			if slicesContains(got, w) {
				t.Errorf("nounPhrases(%q) = %q, want no %q", tt.in, got, w)
			}
		}
	}
}

// TestTitleKeepsNamesWhole: no heading is the start of a longer name.
func TestTitleKeepsNamesWhole(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	d.a.Sentences = append(d.a.Sentences, analyze.Sentence{Text: "The film starred diver Lena Marsh Tarrow in 2029."},
		analyze.Sentence{Text: "She was a diver in the First Harbour War, the harbour board said."})
	if !d.opensLongerName("Lena Marsh") {
		t.Errorf("Lena Marsh opens Lena Marsh Tarrow")
	}
	if !d.opensLongerName("Harbour War") {
		t.Errorf("Harbour War ends First Harbour War")
	}
	d.a.Sentences = append(d.a.Sentences, analyze.Sentence{Text: "The Fund for Ferry Crews will pay for the repairs."})
	if !d.closesLongerName("Ferry Crews") {
		t.Errorf("Ferry Crews ends the Fund for Ferry Crews")
	}
	if !d.opensLongerName("The Fund") {
		t.Errorf("The Fund opens the Fund for Ferry Crews")
	}
	if d.opensLongerName("Ilse Brandt") {
		t.Errorf("Ilse Brandt opens no longer name in the pier story")
	}
	d.a.Sentences = append(d.a.Sentences, analyze.Sentence{Text: "The Harbour Institute on Ageing keeps more on piers."},
		analyze.Sentence{Text: "Pier Warden Office on Monday closed the quay."})
	if !d.opensLongerName("Harbour Institute") {
		t.Errorf("Harbour Institute opens the Harbour Institute on Ageing")
	}
	if d.opensLongerName("Pier Warden Office") {
		t.Errorf("Pier Warden Office opens no longer name: a day follows its \"on\"")
	}
	d.a.Sentences = append(d.a.Sentences, analyze.Sentence{Text: "The harbour suit deems that the pier was unsafe."})
	if !d.endsOnVerb("harbour suit deems") || d.endsOnVerb("harbour suit") {
		t.Errorf("endsOnVerb: want \"harbour suit deems\" to end on a verb, \"harbour suit\" not")
	}
}

// TestOneSentenceTitle: a section of one sentence is headed by what its
// subject names ("Replacement nurses covered ..."), or by a role when
// its subject names nothing a heading could: never by a phrase from
// further on ("... to be the board's top tormentor"), nor by part of a
// phrase ("Moisture" of "moisture data").
func TestOneSentenceTitle(t *testing.T) {
	a := analyze.Analysis{
		Reports: []analyze.Report{{Independent: true, Ref: 1}},
		Sentences: []analyze.Sentence{
			{Text: "Replacement nurses covered the night shift on every ward of the harbour hospital.", Rel: 0.5},
			{Text: "Heading into the vote, most expected Lena Marsh to be the harbour board's top tormentor.", Rel: 0.5},
			{Text: "Although the storm was one cause, no high-resolution tide records are available for the Dunmere pier.", Rel: 0.5},
			{Text: "Ferry riders complained about the detour on Monday.", Rel: 0.5},
		},
	}
	for i := range a.Sentences {
		a.Sentences[i].Stems = stemSet(a.Sentences[i].Text)
	}
	d := newDraft(a, DefaultMaxWordsPerSource)
	one := func(i int) []unit { return []unit{{members: []candidate{{i: i, text: a.Sentences[i].Text}}}} }
	for i, want := range map[int]string{0: "Replacement nurses", 1: moreDetails, 2: "Tide records"} {
		if got := d.title(one(i), one(3), map[string]bool{}, map[string]bool{}); got != want {
			t.Errorf("title of %q = %q, want %q", a.Sentences[i].Text, got, want)
		}
	}
	for s, want := range map[string]string{
		"Fellow crews are counting on the board to keep the pier open.":       "Fellow crews",
		"Lena Marsh runs the ferry from the west quay.":                       "Lena Marsh",
		"In the two wards, turnout fell to a record low on Monday.":           "In the two wards, turnout",
		"The governor also signed into law another bill on the harbour fees.": "The governor also",
	} {
		if got := subjectWords(s); got != want {
			t.Errorf("subjectWords(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestInDigitsAge: an age set off after a name is no figure that makes
// a section "The numbers"; an amount is.
func TestInDigitsAge(t *testing.T) {
	for s, want := range map[string]bool{
		"Ilse Brandt, 28, has been charged with setting fire to the pier.": false,
		"The board paid $2.4 million for 61,000 new piles.":                true,
		"The crash left 28 people stranded on the pier.":                   true,
	} {
		if got := inDigits(analyze.Reworded(analyze.Sentence{}, s)); got != want {
			t.Errorf("inDigits(%q) = %v, want %v", s, got, want)
		}
	}
}

func slicesContains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestTitles heads groups by a shared noun phrase, never a lone common
// noun or two phrases joined by "and", and falls back to a role.
func TestTitles(t *testing.T) {
	sentence := func(text, speaker string) analyze.Sentence {
		return analyze.Sentence{Text: text, Speaker: speaker, Stems: stemSet(text), Rel: 0.5}
	}
	a := analyze.Analysis{
		Reports: []analyze.Report{{Independent: true, Ref: 1}},
		Sentences: []analyze.Sentence{
			sentence("The hospital hired 300 replacement nurses for the strike.", ""),
			sentence("Replacement nurses covered the night shift on every ward.", ""),
			sentence("The union said replacement nurses had no training on the new monitors.", "union"),
			sentence("Harbour master Ilse Brandt said the pier was unsafe.", "Ilse Brandt"),
			sentence("The council said it had warned the operator in March.", "council"),
			sentence("Ferry riders complained about the detour.", ""),
			sentence("The harbour master is also a father of three and a keen sailor.", ""),
			sentence("The findings point to a gap in how piers are inspected across the region.", ""),
		},
	}
	d := newDraft(a, DefaultMaxWordsPerSource)
	unitsOf := func(is ...int) []unit {
		var out []unit
		for _, i := range is {
			out = append(out, unit{members: []candidate{{i: i, text: a.Sentences[i].Text}}})
		}
		return out
	}
	head := map[string]bool{}
	used := map[string]bool{}
	if got := d.title(unitsOf(0, 1, 2), unitsOf(3, 4), head, used); got != "Replacement nurses" {
		t.Errorf("title of the nurses group = %q, want %q", got, "Replacement nurses")
	}
	if got := d.title(unitsOf(3, 4), unitsOf(0, 1, 2), head, used); got != "What was said" {
		t.Errorf("title of the statements group = %q, want %q", got, "What was said")
	}
	d.firstGroup = true
	if got := d.title(unitsOf(5, 0), unitsOf(3, 4), head, used); got != "What happened" {
		t.Errorf("title of the first group = %q, want %q", got, "What happened")
	}
	// a first group that tells no event in the past is no account of
	// what happened
	if got := d.title(unitsOf(6, 7), unitsOf(3, 4), head, used); got != "More details" {
		t.Errorf("title of a first group of portraits = %q, want %q", got, "More details")
	}
	used["What was said"] = true
	d.firstGroup = false
	if got := d.title(unitsOf(3, 4), unitsOf(0, 1, 2), head, used); got != "Other accounts" {
		t.Errorf("title with What was said taken = %q, want %q", got, "Other accounts")
	}
}

func TestShortNameOfOrganisationSpeaker(t *testing.T) {
	d := newDraft(analyze.Analysis{}, DefaultMaxWordsPerSource)
	for in, want := range map[string]string{
		"Mira Sand of Tideway Energy Institute": "Sand",
		"Mayor Ines Halvorsen":                  "Halvorsen",
		"officials":                             "officials",
		"Eugene Marsh Jr.":                      "Marsh",
		"Dunmere's Harbour Task Force":          "Dunmere's Harbour Task Force",
		"Tarrow Harbour Authority":              "the Tarrow Harbour Authority",
		"Tarrow Department of Harbours":         "the Tarrow Department of Harbours",
		"Brehon Hall":                           "Hall",
		"Tarrow Ferry Workers' Federation":      "the Tarrow Ferry Workers' Federation",
	} {
		if got := d.shortName(in); got != want {
			t.Errorf("shortName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSpeakerLabel: a heading names people by name and sources with "the".
func TestSpeakerLabel(t *testing.T) {
	for in, want := range map[string]string{
		"Halvorsen": "Halvorsen", "agency": "the agency", "Authorities": "the authorities",
		"the arrest report": "the arrest report", "DHA": "DHA",
		"Tarrow council": "the Tarrow council", "Dunmere lawmaker": "the Dunmere lawmaker", "Lena Marsh": "Lena Marsh",
		// an owner says whose: no "the" before it
		"Tarrow's governor": "Tarrow's governor", "Dunmere’s harbour police": "Dunmere’s harbour police",
	} {
		if got := speakerLabel(in); got != want {
			t.Errorf("speakerLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestKeyStems: the titles' shared words name the pier story's event.
func TestKeyStems(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	key := d.keyStems()
	for _, st := range []string{"pier", "council", "rot"} {
		if !key[st] {
			t.Errorf("key stems %v lack %q", key, st)
		}
	}
}

// TestAttribute: a sentence attributed to an outlet keeps the capital of
// a name, an acronym, a title before a name or a quotation, and lowers an
// ordinary first word; a first word that may be a name is not lowered,
// and the outlet is named at the end instead.
func TestAttribute(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	d.a.Sentences = append(d.a.Sentences, analyze.Sentence{Text: "Two crews came from New Alder on Monday."},
		analyze.Sentence{Text: "Crowds cheered as The Harbour Master arrived."},
		analyze.Sentence{Text: "2 In Ruth Hale's time the pier was new."}) // a footnote's number before a sentence
	d.people["Hale"] = true // as peopleNames finds "Ruth Hale"
	d.a.Sentences = append(d.a.Sentences, analyze.Sentence{Text: "The crews may strike, Mrs May said."},
		analyze.Sentence{Text: "A boat of the Tarrow Police searched the quay."}) // "Police" mid-sentence, as a name's word
	d.lower["diver"], d.proper["diver"] = true, true // "the diver said", "Diver Ruth Hale"
	d.lower["no"] = true                             // "there was no crew"
	// a quote's end that the splitter missed is no mid-sentence place
	d.a.Sentences = append(d.a.Sentences, analyze.Sentence{Text: `The crew said, "The pier is done." Rower Paul Lowe agreed.`})
	d.lower["rower"] = true // "the rower said"
	// nor is the place after a label run into a sentence
	d.a.Sentences = append(d.a.Sentences, analyze.Sentence{Text: "Share This Skipper Ilse Brandt said the pier was done."})
	d.lower["skipper"] = true
	// nor is the place after an agency's credit that opens a report
	d.a.Sentences = append(d.a.Sentences, analyze.Sentence{Text: "(LPN) - Retired Skipper Ilse Brandt took the ice challenge."})
	d.lower["retired"] = true // "a retired diver"
	d.lower["mayor-elect"] = true
	tests := []struct{ in, want string }{
		{"Retired Skipper Ilse Brandt took the ice challenge.", "According to X, retired Skipper Ilse Brandt took the ice challenge."},
		{"Fifty-two-year-old Ruth Hale has been fined 39 times.", "According to X, fifty-two-year-old Ruth Hale has been fined 39 times."},
		{"Mayor-elect Ruth Hale named two pilots.", "According to X, Mayor-elect Ruth Hale named two pilots."}, // a title, though the story writes "the mayor-elect said"
		{"The council voted 7-2.", "According to X, the council voted 7-2."},
		// a word that opens a side clause names no one, and the speaker
		// who closes the sentence leaves no room for a second tag there
		{`Despite the storm, "the pier held," says Brandt.`, `According to X, despite the storm, "the pier held," says Brandt.`},
		{"Divers found rot in nine piles.", "According to X, divers found rot in nine piles."},
		{"Brandt said the rot had spread.", "According to X, Brandt said the rot had spread."},
		{"US officials said the port would reopen.", "According to X, US officials said the port would reopen."},
		{"U.S.-bound ferries were held.", "According to X, U.S.-bound ferries were held."},
		{"President Ramos signed the order.", "According to X, President Ramos signed the order."},
		{"Former minister Ruth Hale resigned.", "According to X, former minister Ruth Hale resigned."},
		{`"We will rebuild," Brandt said.`, `"We will rebuild," Brandt said, according to X.`},
		{`“We will rebuild,” Brandt said after the vote on Monday.`, `“We will rebuild,” Brandt said after the vote on Monday, according to X.`},
		{`"We will rebuild," Brandt said, "and soon."`, `According to X, "We will rebuild," Brandt said, "and soon."`},
		{"12 piles were rotten.", "According to X, 12 piles were rotten."},
		{"No 10 said the pier would reopen.", "According to X, No 10 said the pier would reopen."},
		{"No. 2 crew found the rot.", "According to X, No. 2 crew found the rot."},
		{"No crew found the rot.", "According to X, no crew found the rot."}, // "no" as the story writes it mid-sentence
		{"Walter Simms, 67, said his operation was postponed.", "According to X, Walter Simms, 67, said his operation was postponed."},
		{"The White House said nothing.", "According to X, the White House said nothing."},
		{"According to the mayor, work starts in May.", "According to the mayor, work starts in May, X reported."},
		{"Work starts in May, according to the harbour police.", "Work starts in May, X reported, citing the harbour police."},
		{"Work starts in May, according to three people who have seen the letter the mayor sent.", "Work starts in May, according to three people who have seen the letter the mayor sent, X reported."},
		{"Former DHA director Ruth Hale resigned.", "According to X, former DHA director Ruth Hale resigned."},
		// a word the story never shows mid-sentence may be a name
		{"Tarrowland sent two ferries.", "Tarrowland sent two ferries, X reported."},
		{"Assembly looks set to fund the pier.", "Assembly looks set to fund the pier, X reported."},
		// a verb in -ing that opens a phrase goes on in lower case, where a
		// closing quotation leaves no room for the outlet at the end
		{`Accepting the award, Brandt said: "We will rebuild the pier."`, `According to X, accepting the award, Brandt said: "We will rebuild the pier."`},
		// courtesy titles and names that open with a common word keep their capital
		{"Mr. Brandt said the rot had spread.", "According to X, Mr. Brandt said the rot had spread."},
		{"Dr Brandt said the rot had spread.", "According to X, Dr Brandt said the rot had spread."},
		{"New Alder sent two ferries.", "According to X, New Alder sent two ferries."},
		{"New divers found rot.", "According to X, new divers found rot."},
		{"In Ruth Hale's time the pier was new.", "According to X, in Ruth Hale's time the pier was new."}, // no name opens on "In"
		{"The Harbour Master thanked the crews.", "According to X, the Harbour Master thanked the crews."},
		{"Hale said the rot had spread.", "According to X, Hale said the rot had spread."},
		{"May, who runs the ferry, said the rot had spread.", "According to X, May, who runs the ferry, said the rot had spread."},
		{"Tarrow, who runs the ferry, said the rot had spread.", "According to X, Tarrow, who runs the ferry, said the rot had spread."},
		{"Police, who were called at noon, said the rot had spread.", "According to X, police, who were called at noon, said the rot had spread."},
		// a common noun the story also writes capitalised before a name
		{"Diver Ruth Hale found the rot.", "According to X, diver Ruth Hale found the rot."},
		{"Rower Paul Lowe agreed.", "According to X, rower Paul Lowe agreed."},
		{"Skipper Ilse Brandt spoke.", "According to X, skipper Ilse Brandt spoke."},
		// an adverb before an amount or a time is no name
		{`Roughly a week later, Brandt said, "The pier is safe."`, `According to X, roughly a week later, Brandt said, "The pier is safe."`},
		{`Nearly 200 crews said, "The pier is safe."`, `According to X, nearly 200 crews said, "The pier is safe."`},
		{`Kelly said, "The pier is safe."`, `According to X, Kelly said, "The pier is safe."`},
		// nor does an adjective made of a name after it
		{"Mainly Tarrow-speaking towns sent two ferries.", "Mainly Tarrow-speaking towns sent two ferries, X reported."},
		// a day after the first word does not make it a name
		{"Speaking Thursday at the harbour hall, Hale said the rot had spread.", "Speaking Thursday at the harbour hall, Hale said the rot had spread, X reported."},
		// an opening word that a comma ends is no name's first word
		{"Lately, Tarrow has found itself without a ferry.", "Lately, Tarrow has found itself without a ferry, X reported."},
		// an opening phrase or side clause goes first, the outlet last
		{"On Monday, the council voted 7-2.", "On Monday, the council voted 7-2, X reported."},
		{"As the tide rose, divers found rot in nine piles.", "As the tide rose, divers found rot in nine piles, X reported."},
		{"Even with the repairs, the pier stayed shut.", "Even with the repairs, the pier stayed shut, X reported."},
		{"On Monday, the pier will close, Brandt said.", "On Monday, the pier will close, Brandt said, according to X."},
		{"At least nine piles, the divers found, were rotten.", "According to X, at least nine piles, the divers found, were rotten."},
		{"Even the new piles had rot.", "According to X, even the new piles had rot."},
		{"On Monday the council voted 7-2.", "According to X, on Monday the council voted 7-2."},
		// a sentence that closes with the report it rests on keeps its opening
		{"The council voted 7-2, the Ledger reported.", "The council voted 7-2, the Ledger reported, according to X."},
		{"The council voted 7-2, the Ledger reported on Thursday, citing two people at the vote.", "The council voted 7-2, the Ledger reported on Thursday, citing two people at the vote, according to X."},
		{"The harbour master was unhurt, state media reported.", "The harbour master was unhurt, state media reported, according to X."},
		{"The council voted 7-2, citing the repairs.", "According to X, the council voted 7-2, citing the repairs."},
		{"The council voted 7-2, Coastal Radio reports.", "The council voted 7-2, Coastal Radio reports, according to X."},
		{"On Monday, the Ledger reported the vote, which the council had delayed.", "According to X, on Monday, the Ledger reported the vote, which the council had delayed."},
		// a sentence that closes with its own speaker keeps them beside
		// the claim, the outlet that passed it on last
		{"The council voted 7-2, the mayor said.", "The council voted 7-2, the mayor said, according to X."},
		{"The pier closed at noon, harbour police said Tuesday morning.", "The pier closed at noon, harbour police said Tuesday morning, according to X."},
		{"As the tide rose, divers found rot in nine piles, Brandt added on Friday.", "As the tide rose, divers found rot in nine piles, Brandt added on Friday, according to X."},
		{"The council voted 7-2, Hale said after the vote.", "According to X, the council voted 7-2, Hale said after the vote."},
		{"The pier closed at noon, New Harbour police Sgt. Ilse Brandt said.", "The pier closed at noon, New Harbour police Sgt. Ilse Brandt said, according to X."},
		{"The pier closed at noon, and the crowd outside said.", "According to X, the pier closed at noon, and the crowd outside said."},
		{"Rot had spread to nine piles, divers confirmed Wednesday.", "Rot had spread to nine piles, divers confirmed Wednesday, according to X."},
		{"The piles are hard to reach, Brandt explained.", "The piles are hard to reach, Brandt explained, according to X."},
		{"The ferry stopped running, after harbour officials said.", "According to X, the ferry stopped running, after harbour officials said."},
		// a speaker's tag of up to eight words that goes on after its
		// verb still closes the sentence on its speaker: the outlet
		// opens it rather than stack a second tag after the first
		{"On Monday, ferry sales fell 7 percent, the company said in a note to staff.", "According to X, on Monday, ferry sales fell 7 percent, the company said in a note to staff."},
		{"The pier closed at noon, the report of the harbour board's own safety panel said.", "According to X, the pier closed at noon, the report of the harbour board's own safety panel said."},
		{"The pier flooded, the new report found.", "The pier flooded, the new report found, according to X."},
		{"The form, which the board keeps, has not been reported.", "According to X, the form, which the board keeps, has not been reported."},
		{"The diver said she had no offers, but not from Dunmere, where she reported the rot.", "According to X, the diver said she had no offers, but not from Dunmere, where she reported the rot."},
	}
	for _, tt := range tests {
		if got := d.attribute(tt.in, "X"); got != tt.want {
			t.Errorf("attribute(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFurniture: captions, credits, stamps and labels are not reporting.
func TestFurniture(t *testing.T) {
	furnished := []string{
		"In this Oct. 27, 2012 file photo, the mayor speaks at a luncheon.",
		"FILE - The mayor speaks at a luncheon in 2012.",
		"Image copyright Kellwire Image caption The ferry sank at the east quay.",
		"10:45 AM PT: Police sources said the man had a medical emergency.",
		"UPDATE: The road has reopened.",
		"Michael Reyes: No. No. That is not what I said.",
		"The mayor spoke at the opening (Photo by Jan Ruiz/Getty Images).",
		"Officials said the bridge would reopen soon ...",
		"Worth knowing: Some piers can be saved with new piles, preliminary research suggests.",
		"The bottom line: The council will pay for the repairs.",
		"Breaking News Emails Get breaking news alerts and special reports.",
		"CLOSE Lena Marsh was cut by flying glass in the fight at the harbour club.",
		"Thx Harbour Board pic.example/x1 — Lena Marsh (@lenamarsh) February 14, 2016",
		"August 04, 2030, 06:56:55 AM #15 Quote from: pierwatch on June 12, 2030, 08:14:44 PM The ferry left at noon.",
		"See this article on the overlaps between the two harbour registers.",
		"Compare pier:date in this register with the date on the pier's plaque.",
		"Take a look at the ferry timetables for the summer.",
		"The Dunmere Harbour Trust has more on the winter ferry timetables.",
		"Harbour master Lena Marsh gestures to the crowd at the reopening, Friday, Dec. 15, 2017, in Dunmere, Va. Marsh said Friday the pier was safe.",
		"A ferryman ties up at the Dunmere pier May 3, 2030.",
		"May 3, 2030 A ferryman ties up at the Dunmere pier before the storm.",
		"Stallholders with banners crowd the council steps in Tarrow, Sunday, Oct. 12, 2031.",
		"Ilse Brandt (L) and Paul Lowe (R) leave the court in Dunmere.",
		"Ferry crews wait on the quay Tuesday, May 3, 2030, in Dunmere.",
		"Mayor Lena Marsh makes a statement on the quay, Dunmere, confirming there will be a vote on her plan, Wednesday Dec. 12, 2030.",
		"A harbour official quit his post, and he made sure to let the board know why on his way out.",
		"A council handout photo of the Tarrow pier before the storm.",
		"Follow the Dunmere Courier on Facebook and Instagram.",
		"Use the orange button below to send us a tip.",
		"Watch Harbour 6 News tonight for more on this story.",
		"STORM CLOSES THE DUNMERE PIER FOR THE WINTER.",
		"Lena Marsh/Tarrow Times Buy Photo Wait 1 second to continue.",
		"Caption Stallholders crowd the council steps in Tarrow.",
		"Enlarge Family photo Lena and Paul Marsh hold their baby on the pier.",
		"Former harbour master Paul Lowe is driven from the Dunmere courthouse after being sentenced in Tarrow, Tuesday, Oct. 9, 2029.",
		"Ferry fares rose amid the pier dispute Opens a New Window. between Dunmere and Tarrow.",
		"Families of the ferry crew react after the crew was found alive, in Tarrow, Tuesday, May 3, 2030.",
		"Why it matters: The council has stressed that the pier keeps the harbour open.",
		"What happened: A storm tore two piles from the pier.",
		"A ferryman walks past a piece of the wrecked Tarrow ferry near the Dunmere pier, Monday, July 21, 2031.",
		"Ferry crews in rain gear walk past boarded up huts after a curfew went into effect Wednesday, April 29, 2031, in Dunmere.",
		"View Slideshow Ferry crews carry a rope along the quay at the Dunmere pier on Monday.",
		"Lena Marsh attends the harbour gala at the Dunmere town hall on Monday evening.",
		"Paul Lowe rounds the quay after bringing the last ferry in on the second crossing.",
		"Lena Marsh, harbour master of Dunmere The board is set to name Lena Marsh to run the port.",
		"Harbour master Lena Marsh, left, talks to divers while surrounded by reporters at the Dunmere pier.",
		"Paul Lowe talks to reporters as he arrives for a meeting with Ilse Brandt (not pictured) in Tarrow.",
		"Lena, the redhead, is pictured growing up in a family of blondes on the Dunmere quay.",
		"A ferry loaded with the crews of the wrecked trawler departs the Tarrow quay, Dunmere, Tuesday, July 22, 2031.",
		"A gaunt-looking Paul Lowe pictured in 2030 when the harbour master was ill.",
		"Banners are held up by ferry crews during a protest in front of the harbour office in Tarrow, Dunmere, Tuesday, July 22, 2031.",
		"Video (02:04) : The harbour crowds sang as the last ferry left Dunmere.",
		"Results The share of ferry crossings cancelled rose from 1.2 to 3.4 per 100 between 2020 and 2030.",
		"Main Outcomes and Measures Number of ferry crossings cancelled per year.",
		"Ilse Brandt writes harbour commentary for the Coastal Standard News Group.",
		"Paul Lowe is a staff reporter at The Ledger.",
		"LEDGER staff writer Paul Lowe has covered the harbour since the storm first closed the east pier in early January.",
		"Lena Marsh and her brother share a laugh on the quay in a family picture.",
		"Advertisement Ferry crews worked through the night to reopen the pier.",
		"Sponsored by Dunmere Ferries: the best crossings of the summer.",
		"Paul Lowe holds up a picture of the ferry that his grandfather built.",
		"Paul Lowe (lower right) rows with the harbour crew at the regatta.",
		"A diver inspects the rotten piles under the east pier on Tuesday.",
		// a plural subject, and a past only in a clause after the main one
		"Harbour divers on Tuesday inspect the wreck of the ferry that was lost last week.",
		"Rescue workers carry a crewman ashore at the west quay on Monday.",
		"Lowe waves to the crowd from the ferry deck at Tarrow on Monday evening.",
		"Pier closed Ilse Brandt/THE TARROW PRESS A diver inspected the rotten piles under the east pier.",
		"Ilse Brandt THE TARROW PRESS Police have named Brandt a witness in the pier case.",
		"Harbour counsel Ilse Brandt talks at the Dunmere court about the board's lawsuit against the ferry company.",
		"Lena Marsh - Tarrow 3-1 Dunmere (Kell 2030) - Marsh scored twice in the final and once in the replay.",
		"The board will appeal (Paul Lowe / Tarrow Ledger) Harbour counsel Ilse Brandt said the board would appeal the ruling.",
		"The pier reopened, the mayor said. | Paul Lowe/AP Ferry crews returned to the quay on Monday.",
		"Also contributing were Paul Lowe in Dunmere and Ilse Brandt in Tarrow.",
		"Harbour Press writers Lena Marsh in Tarrow and Paul Lowe in Dunmere contributed to this report.",
		"Ilse Brandt contributed reporting from the Dunmere quay.",
		"The case is Lowe v. Dunmere Harbour Board, U.S. District Court, District of Kell, No. 30-cv-00412.",
		"The case is In re: Tarrow Ferries LLC, U.S. Bankruptcy Court, District of Kell, No. 30-bk-00679.",
		"The case is U.S. v. Paul Lowe, U.S. District Court, District of Kell, No. 30-cr-00051.",
		"The Harbour Cup™ Save of the Day, sponsored by Tarrow Ferries.",
		"Lena Marsh at the launch of the Kellfresh® Harbour Burger in Dunmere on Friday.",
	}
	for _, s := range furnished {
		if furniture(s) == "" {
			t.Errorf("furniture(%q) = \"\", want a kind", s)
		}
	}
	reporting := []string{
		"The harbour board has more on its agenda this year than the pier.",
		"Former Ledger staff writer Paul Lowe was charged on Monday with taking bribes from the ferry company.",
		"The case is still open, and Dunmere police say they are following every lead.",
		"The case is the first in Kell to test the harbour levy in court.",
		"Seeing the ferry leave, Lena Marsh called the harbour board.",
		"Watchdogs compared the two registers and found 40 errors.",
		"Consideration of the plan was put off until May.",
		"Finding the piles rotten, the divers left the pier on Monday.",
		"The mayor said the bridge would reopen in May.",
		"Police have not said why.",
		"For pilots who took the name Marsh, it is rarely certain precisely why.",
		"Crews asked why.",
		"It is unclear why the ferry left early.",
		"The harbour master explained why she quit the board.",
		"The Tarrow FC AGM voted Lowe out of the club.",
		"Mr Lowe, 66, left office in May and ran again - again unsuccessfully - for the harbour seat.",
		"Lowe faced calls from the crews to quit - or hold another vote - at a rowdy meeting.",
		"Police arrested 12 people after the match, officials said.",
		"The council voted 7-2 on Monday: the pier will close.",
		"The mayor told reporters: The pier will close on Monday.",
		"Two options remain: Repair the pier or close it.",
		"The council approved the plan on May 3, 2030.",
		"The pier, which opened on July 4, 1902, will close.",
		"The law takes effect on January 1, 2027.",
		"The pier trial opens on Tuesday in the Dunmere court.",
		"A diver inspected the rotten piles under the east pier on Tuesday.",
		"Harbour divers inspected the wreck on Tuesday, which was lost last week.",
		"Ministers meet on Monday to agree on the pier repairs.",
		"Ferry crews on Monday walked off the job at the west quay.",
		"The council keeps this stand on Tuesday's pier vote.",
		"\"The crew stands with Lowe,\" the harbour master said on Tuesday.",
		"Ilse Brandt (left the club in 2019) now coaches in Tarrow.",
		"Lena Marsh writes to the Harbour Board every week about the pier.",
		"Paul Lowe, a reporter for The Ledger, was detained at the Tarrow border on Monday.",
		"The ferry sank on Tuesday, May 3, 2030, in Dunmere.",
		"Results of the Dunmere vote came in on Monday.",
		"A new Tarrow Ledger/DTV News poll gave the mayor an 11-point lead.",
		"The last ferry was held up by crews in Tarrow, Dunmere, Tuesday, July 22, 2031.",
		"The photo shows the pier a day before it collapsed.",
		"Follow-up inspections found cracks in two more piers.",
		"Watch crews worked through the night to reopen the pier.",
		"The NATO and EU envoys met in Tarrow on Monday.",
		"Use of the pier was banned after the storm, the council said.",
		"Photos of the pier show cracks in two of its piles.",
		"Call centre staff said the harbour app crashed twice.",
		"Captions on the harbour photos named the wrong pier, the council said.",
		"The ferry company's shares fell after the storm, Tuesday, Oct. 9, 2029.",
		"The ferry company's shares fell after the storm Tuesday Oct. 9, 2029.",
		"Also contributing were high winds and rotten piles, the harbour board said.",
		"Three agencies contributed to the report on the pier, which the council published on Monday.",
		"Lena Marsh speaks for the harbour trust, which has said the pier will close.",
		"The harbour trust, Lowe says, stands to lose its lease if the pier closes.",
		"The Dunmere ferry leaves the west quay at noon every day from May.",
		"Lena Marsh, the harbour master, said the board would name a deputy in May.",
		"The council voted to keep the west pier open, left the east pier shut and closed the quay.",
		"Ferry crews said the east pier, left to rot for years, would be rebuilt in May.",
		"May 3, 2030, was the last day the east pier opened.",
		"Lena Marsh appeared in a family photo that the council released on Monday.",
		"The board said Paul Lowe is the man in the photo.",
		"The council holds a photo archive of every pier it has built since 1900.",
		"The council posted advertisements for new divers in three harbour towns.",
		"The harbour trust, which sponsored the ferry crews in 2029, paid for the survey.",
		"Pupils took part in a photo-editing class at the Dunmere library.",
	}
	for _, s := range reporting {
		if k := furniture(s); k != "" {
			t.Errorf("furniture(%q) = %q, want none", s, k)
		}
	}
}

// TestDisputedFigureAttributed: a figure that another outlet states
// otherwise is reported as its outlet's, never as fact, wherever the
// page carries it.
func TestDisputedFigureAttributed(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"The Dunmere town council voted 7-2 on Monday to close the east pier for repairs after divers found rot in nine of its wooden piles.\n\n"+
				"Harbour master Ilse Brandt said the ferry would move to the west quay from Wednesday.\n\n"+
				"The pier carries about 4,000 walkers a day in summer, the harbour office said."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"The Dunmere council voted 7-2 on Monday to shut the east pier after divers found rot in nine of its wooden piles.\n\n"+
				"Harbour master Ilse Brandt said the ferry would move to the west quay from Wednesday.\n\n"+
				"The pier carries about 6,500 walkers a day in summer, the harbour office said."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	ForEachSentence(p, func(where string, s news.Sentence) {
		if !strings.Contains(s.Text, "4,000") && !strings.Contains(s.Text, "6,500") {
			return
		}
		found++
		if s.AttributedTo == "" {
			t.Errorf("%s: disputed figure %q is not reported as one outlet's", where, s.Text)
		}
	})
	if found == 0 {
		t.Errorf("neither outlet's figure is on the page; want it attributed")
	}
}

// TestBareSurnameOnThinPage: when no sentence a page may carry names a
// person in full, a page that leaves out every sentence about them would
// say next to nothing; such a page names them as the reports do. Where a
// sentence does introduce them, it still comes first.
func TestBareSurnameOnThinPage(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"Why did winger Lena Marsh sue the club?\n\n"+
				"Marsh says she was cut by flying glass when bottles were thrown in the fight at the harbour club last week.\n\n"+
				"Marsh is in the middle of a $5 million contract with the Dunmere Rovers.\n\n"+
				"A representative for the harbour club declined to comment."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"Marsh filed a $2 million lawsuit against the harbour club on Thursday over the fight last week.\n\n"+
				"The suit says Marsh was not sitting with either group when the bottles were thrown.\n\n"+
				"A representative for the harbour club declined to comment."),
	}
	p, err := Writer{}.Write("gala", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(PlainText(p), "Marsh") {
		t.Errorf("the page leaves out the person the story is about:\n%s", PlainText(p))
	}

	// With a sentence that names her in full, the strict rule holds.
	arts[0].Article.Text += "\n\nRovers winger Lena Marsh, 27, joined the club from Harrick in 2024."
	p, err = Writer{}.Write("gala", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	var before []string
	ForEachSentence(p, func(where string, s news.Sentence) {
		if strings.Contains(s.Text, "Marsh") && !strings.Contains(s.Text, "Lena Marsh") {
			full := false
			for _, b := range before {
				full = full || strings.Contains(b, "Lena Marsh")
			}
			if !full && !strings.HasPrefix(where, "outlook") {
				t.Errorf("%s: %q calls her by surname before the page names her in full", where, s.Text)
			}
		}
		before = append(before, s.Text)
	})
}

// TestCaseSets: a word the story writes in lower case is plain only if it
// never stands capitalised where no sentence starts, as a name does.
func TestCaseSets(t *testing.T) {
	a := analyze.Analyze([]news.ArticleRef{pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
		"The vote may pass on Monday, said council leader Ruth May.\n\nDivers say the piles may fail. Councillors met divers on Monday.")})
	upper, lower, _ := caseSets(a.Sentences)
	if lower["may"] || upper["may"] {
		t.Errorf("\"may\" is both a word and a name here: lower %v, upper %v", lower["may"], upper["may"])
	}
	if !lower["divers"] {
		t.Errorf("\"divers\", written only in lower case, is not plain: %v", lower)
	}
	c := analyze.Analyze([]news.ArticleRef{pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
		"Email This Rower Lena Marsh said she would race again.\n\n\"I am not done,\" said the rower from Tarrow.")})
	if _, lower, _ = caseSets(c.Sentences); !lower["rower"] {
		t.Errorf("\"rower\", capitalised only inside a label run into a sentence, is not plain: %v", lower)
	}
	b := analyze.Analyze([]news.ArticleRef{pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
		"The board went ahead with the vote against Lena Wente on Monday.\n\nBy then most companies had left, and the board said Companies Hall was told.")})
	upper, _, _ = caseSets(b.Sentences)
	if !upper["wente"] {
		t.Errorf("the surname \"Wente\" beside the word \"went\" is no name: %v", upper)
	}
	if upper["companies"] {
		t.Errorf("\"Companies\" beside \"companies\" is a name: %v", upper)
	}
}

// TestPeopleNames: a surname is the last word of a first name and a
// surname; a first name may stand alone now and then, a place more often
// than it opens a longer name.
func TestPeopleNames(t *testing.T) {
	a := analyze.Analyze([]news.ArticleRef{pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
		"The harbour owner Harry Lowe III sold the pier on Monday.\n\n\"Harry does this for his town,\" a friend said.\n\n"+
			"Harry Lowe said the sale was done.\n\nOfficials in Dunmere said Dunmere Harbour was closed. Dunmere voted on it. Dunmere wants a new pier.\n\n"+
			"Outgoing Sen. Lena Marsh backed the sale.\n\nTarrow Harbour Board Chair Ilse Brandt opposed it.")})
	people := peopleNames(a.Sentences)
	if !people["Brandt"] {
		t.Errorf("Tarrow Harbour Board Chair Ilse Brandt: people %v, want Brandt", people)
	}
	if !people["Lowe"] || people["III"] {
		t.Errorf("Harry Lowe III: people %v, want Lowe and not III", people)
	}
	if people["Harbour"] {
		t.Errorf("Dunmere stands alone more often than it opens a name, yet \"Harbour\" is a surname: %v", people)
	}
	b := analyze.Analyze([]news.ArticleRef{pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
		"View Slideshow Tarrowese divers carry a pile from the east pier on Monday.\n\nTarrowese divers said the pier would close.")})
	if peopleNames(b.Sentences)["Tarrowese"] {
		t.Errorf("a media label names a person Tarrowese")
	}
	if people["Sen"] || !people["Marsh"] {
		t.Errorf("Outgoing Sen. Lena Marsh: people %v, want Marsh and not Sen", people)
	}
	c := analyze.Analyze([]news.ArticleRef{pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
		"A harbour board spokesman, Tan Wei, said Dunmere was ready to talk.\n\n\"We will not give way,\" said Tan.\n\n"+
			"Tan gave no date for the talks.\n\nDunmere Harbour reopened. Dunmere voted on it.")})
	if people := peopleNames(c.Sentences); !people["Tan"] || people["Dunmere"] {
		t.Errorf("a family name written first: people %v, want Tan and not Dunmere", people)
	}
	// a live report's headings and a newspaper named with its country
	// call no place by a first name
	h := analyze.Analyze([]news.ArticleRef{pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
		"Tarrow drew 3-3 with Kell in the harbour cup on Sunday.\n\n86': Sloppy Kell\n\nPaul Lowe Gives Tarrow the Lead\n\n"+
			"Harbour Gazette (Kell): \"Kell survives Paul Lowe.\"\n\nTarrow and Kell meet again in May.")})
	if people := peopleNames(h.Sentences); people["Kell"] || people["Tarrow"] || !people["Lowe"] {
		t.Errorf("headings and a paper's country: people %v, want Lowe and neither Kell nor Tarrow", people)
	}
	e := analyze.Analyze([]news.ArticleRef{pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
		"Ferry operators are frequent targets, according to Ilse Brandt, a researcher at the Centre for Harbour Safety.\n\n"+
			"Safety researchers have linked the gang to 40 attacks.")})
	if people := peopleNames(e.Sentences); people["Safety"] || !people["Brandt"] {
		t.Errorf("the Centre for Harbour Safety: people %v, want Brandt and not Safety", people)
	}
	// a place after "of" tells where the person is from; after a body's
	// name, or after one word, it is part of the name
	f := analyze.Analyze([]news.ArticleRef{pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
		"Four councillors are up for reelection: Vera Holt of Dunmere, Owen Pike of Tarrow and Ada Finch of Kell Bay.\n\n"+
			"The Royal Bank of Tarrow lent the council the money, and the Duke of Kell opened the pier.")})
	people = peopleNames(f.Sentences)
	for _, w := range []string{"Holt", "Pike", "Finch"} {
		if !people[w] {
			t.Errorf("Vera Holt of Dunmere, Owen Pike of Tarrow and Ada Finch of Kell Bay: people %v, want %s", people, w)
		}
	}
	for _, w := range []string{"Dunmere", "Tarrow", "Bay", "Bank"} {
		if people[w] {
			t.Errorf("people %v, want no %s", people, w)
		}
	}
	if !slices.Equal(withoutHome(strings.Fields("Royal Bank of Tarrow")), strings.Fields("Royal Bank of Tarrow")) {
		t.Errorf("withoutHome(Royal Bank of Tarrow) = %v, want the whole name", withoutHome(strings.Fields("Royal Bank of Tarrow")))
	}
}

// TestPeopleNamedOnlyFurtherDown: a long report is read from its top;
// someone it names in full only further down is still one of the
// story's people, whom a sentence read earlier may not call by surname
// alone.
func TestPeopleNamedOnlyFurtherDown(t *testing.T) {
	var b strings.Builder
	b.WriteString("The ferry left the quay late, and the crossing was rough all the way to Kell.\n\nThe pass went to Holt at the rail, and the crowd cheered.")
	for k := range 200 {
		fmt.Fprintf(&b, "\n\nCrossing %d of the season went ahead on the usual timetable from Dunmere.", k+1)
	}
	b.WriteString("\n\nVera Holt took the wheel for the last crossing of the day.")
	a := analyze.Analyze([]news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "", b.String()),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "", "The ferry crossed to Kell in rough seas on Monday."),
	})
	for _, s := range a.Sentences {
		if strings.Contains(s.Text, "Vera Holt") {
			t.Fatalf("the analysis read %q: the report is no longer long enough to test the rule", s.Text)
		}
	}
	d := newDraft(a, DefaultMaxWordsPerSource)
	if !d.people["Holt"] {
		t.Fatalf("people = %v, want Holt, named in full further down the report", d.people)
	}
	for i, s := range a.Sentences {
		if strings.Contains(s.Text, "to Holt") {
			if got := d.needsIntros(i, s.Text); !slices.Contains(got, "Holt") {
				t.Errorf("needsIntros(%q) = %v, want Holt", s.Text, got)
			}
			return
		}
	}
	t.Fatal("no sentence passes to Holt")
}

// TestJudgeRefusesFragments: a sentence whose parenthesis does not close,
// that carries on from the sentence before, or that lays down what
// "shall" be in the words of a charter or a statute, is not published;
// one that reports what a rule says may be.
func TestJudgeRefusesFragments(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	for in, want := range map[string]string{
		"26), it is all the more striking to see the two crews working side by side.":              "not a statement",
		"The council meets again on the pier repairs tomorrow (Sept.":                              "not a statement",
		"Or 300 million litres of ferry fuel, by one count.":                                       "opens leaning on the sentence before",
		"Nor did the council fund the pier repairs that year.":                                     "opens leaning on the sentence before",
		"In 2009, they presented new evidence to the harbour board.":                               "opens leaning on the sentence before",
		"On Monday, it was moved to the west quay for the winter.":                                 "opens leaning on the sentence before",
		"In late November, he got a letter from the harbour board.":                                "pronoun without antecedent",
		"Earlier, the council had voted to close the east pier for repairs.":                       "opens leaning on the sentence before",
		"Eventually, the council voted to close the east pier for repairs.":                        "opens leaning on the sentence before",
		"Adopted 7-2 by the harbour board at 7pm on Monday, 4th May, in Room 12 of the Town Hall.": "not a statement",
		"Founded in 1921, the harbour board met on Monday in Room 12 of the Town Hall.":            "",
		"Shortly afterward, the council voted to close the east pier for repairs.":                 "opens leaning on the sentence before",
		"Which could mean the east pier never reopens.":                                            "opens leaning on the sentence before",
		"Soon after, the council voted to close the east pier for repairs.":                        "opens leaning on the sentence before",
		"In fact, those divers found rot in nine of the wooden piles.":                             "opens leaning on the sentence before",
		"Before that, the divers had found rot in nine of the wooden piles.":                       "opens leaning on the sentence before",
		"Despite this, the council voted to keep the east pier open all winter.":                   "opens leaning on the sentence before",
		"On average, it was found that the pier carries 4,000 walkers a day.":                      "",
		"On Monday, the council voted to close the east pier for repairs.":                         "",
		"Both chambers of the Tarrow assembly are expected to vote on Monday.":                     "",
		"Both sides of the harbour dispute met on Monday.":                                         "",
		"Both of them were arrested at the quay on Monday.":                                        "opens leaning on the sentence before",
		"Inspired in part by the 1911 harbour fire and its long aftermath.":                        "not a statement",
		"From new divers like Ruth Hale to old hands like Ilse Brandt.":                            "not a statement",
		"To cling to the old pier; to retweet the harbour trust.":                                  "not a statement",
		"From the west quay, the ferry will run every hour until May.":                             "",
		"No one would call the divers careless, although Brandt and harbour master Paul Lowe.":     "not a statement",
		"The pier stays shut, although the divers finished their survey on Monday.":                "",
		"According to the harbour board, Brandt said she wanted to “make way for a new pier.”":     "gives its source where its outlet's would go",
		"According to the harbour board, Brandt said she wanted to make way for a new pier.":       "",
		"Brandt told the board: “We closed the pier according to the rules.”":                      "",
		"No, except for the five minutes after the mayor spoke about the pier.":                    "opens leaning on the sentence before",
		"Well, the divers found rot in nine of the wooden piles on Monday.":                        "opens leaning on the sentence before",
		"No one would call the divers careless after the survey on Monday.":                        "",
		// a consequence or a turn of what was said before
		// what an embedded video player says of itself
		"Rating is available when the video has been rented.":                                                           "boilerplate",
		"This feature is not available right now on the harbour board's page.":                                          "boilerplate",
		"The divers will try again later this week to reach the rotten piles of the east pier.":                         "",
		"The harbour board posted a video of the divers at the east pier on Monday.":                                    "",
		"Thus the choice of ferry decides how long the crossing takes.":                                                 "opens leaning on the sentence before",
		"In response, the harbour board closed the east pier for the winter.":                                           "opens leaning on the sentence before",
		"By contrast, the council voted to keep the east pier open all winter.":                                         "opens leaning on the sentence before",
		"Alternatively, the pier could have been closed to spare the ferry crews a long winter.":                        "opens leaning on the sentence before",
		"Alternately, the ferry could have sailed from the west pier on the night of the storm.":                        "opens leaning on the sentence before",
		"Instead of a vote, the council held a hearing on the east pier on Monday.":                                     "",
		"In response to the storm, the harbour board closed the east pier for the winter.":                              "",
		"Not that it matters, because the board cannot close the east pier alone, its lawyer says.":                     "opens leaning on the sentence before",
		"In Kell, for instance, Wednesday's high tide is forecast to reach the east pier's deck.":                       "opens leaning on the sentence before",
		"Since hundreds of crews in Kell had new boats in 2008, 2009 and 2010, this suddenly seems a little less rare.": "opens leaning on the sentence before",
		"Since hundreds of crews in Kell had new boats in 2008, this year's ferry levy was cut by half at the vote.":    "",
		"Some 25 years later, the harbour master of Kell is still waiting for the new ferry pier.":                      "opens leaning on the sentence before",
		"Two weeks earlier, the crews of Kell had voted to strike over the new ferry levy.":                             "opens leaning on the sentence before",
		"Three new ferries later joined the fleet of the Kell harbour board after the vote.":                            "",
		"In certain cases, though, it remains a tool for the harbour board, but its use is still rare.":                 "opens leaning on the sentence before",
		"The mayor was there to open the new ferry terminal with the harbour master on Wednesday.":                      "opens leaning on the sentence before",
		"At the Kell harbour, ferry crews were there to greet the mayor and the harbour master.":                        "",
		"The second, the Harbour Works Act, would create a new ferry licence for the crews of Kell.":                    "opens leaning on the sentence before",
		"The board heard a plea for a pier in Kell, for instance, by the crews, on Wednesday.":                          "opens leaning on the sentence before",
		`The ferry crews of Kell said that "for example, the fares rose by a third" on Wednesday.`:                      "",
		"Not only the divers but the ferry crews found rot in the piles of the east pier.":                              "",
		// an opening phrase that points back with a demonstrative
		"Despite these setbacks, the council voted to keep the east pier open all winter.": "opens leaning on the sentence before",
		"Because of that decision, the ferry will stop at the west quay until May.":        "opens leaning on the sentence before",
		"In another instance, the divers called the harbour board to the east pier.":       "opens leaning on the sentence before",
		"In this year's budget, the council set aside money for the east pier.":            "",
		"At this point, the council has set aside no money for the east pier repairs.":     "",
		// a body or a place is no one a pronoun means
		"The strike lacked the backing of the Harbour Board, raising the question of whether he had the authority.": "pronoun without antecedent",
		"The strike lacked the backing of Paul Lowe, raising the question of whether he had the authority.":         "",
		"The Harbour Board asked Lowe's deputy whether he had the authority to close the east pier on Monday.":      "",
		// a pronoun of an opening clause means whoever the main clause opens on
		"When asked if his crews would stay, Paul Lowe said the ferry would run until May.":                           "",
		"When asked if his crews would stay ― as they did all winter ― Paul Lowe said the ferry would run until May.": "",
		"When asked if his crews would stay, the harbour board chairman said the ferry would run until May.":          "",
		"When his term ended, the council voted to close the east pier for repairs.":                                  "pronoun without antecedent",
		"When asked if his crews would stay, the council said the ferry would run until May.":                         "pronoun without antecedent",
		"In a bid to keep his crews at work, Paul Lowe said the ferry would run until May.":                           "",
		"Facing his critics on the quay, Paul Lowe said the ferry would run until May.":                               "",
		"In his absence, the council voted to close the east pier for repairs.":                                       "pronoun without antecedent",
		"Among the claims made about his late father, Paul Lowe, was that he had rebuilt the pier alone.":             "pronoun without antecedent",
		// the wording of a charter or a statute that a page printed
		"Each member of the harbour board shall hold office for a term of four years.":                            "the wording of a rule, not a report",
		"The harbour master shall be chosen by the board, and the board shall meet monthly.":                      "the wording of a rule, not a report",
		"In every case, the pilot with the most votes shall be the deputy harbour master.":                        "the wording of a rule, not a report",
		"The harbour master and all officers of the Kell Harbour States, shall be removed from office by a vote.": "the wording of a rule, not a report",
		"The Kell bylaw says that no ferry shall moor at the east pier after dark.":                               "",
		"Under the new deal, the council shall pay for the pier repairs until May.":                               "",
		"The harbour board shall meet every month in the Town Hall, the new charter says.":                        "",
		"Lena Marsh said on Monday that the board shall decide on the pier by May.":                               "",
	} {
		d.a.Sentences = append(d.a.Sentences, analyze.Sentence{Text: in, Report: 0})
		if _, why := d.judge(len(d.a.Sentences)-1, asFact); why != want {
			t.Errorf("judge(%q) = %q, want %q", in, why, want)
		}
	}
}

func TestRoleTitleNumbersInDigits(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	// Figures as the analysis gives them: a number spelt out comes in
	// digits too.
	group := func(ss ...analyze.Sentence) []unit {
		var us []unit
		for _, s := range ss {
			d.a.Sentences = append(d.a.Sentences, s)
			us = append(us, unit{members: []candidate{{i: len(d.a.Sentences) - 1}}})
		}
		return us
	}
	digits := group(analyze.Sentence{Text: "Divers found rot in 9 piles.", Figures: []string{"9 pile"}},
		analyze.Sentence{Text: "The repair costs $4.2 million.", Figures: []string{"4.2 million dollar"}},
		analyze.Sentence{Text: "The pier closed."})
	if got := d.roleTitle(digits, map[string]bool{}); got != "The numbers" {
		t.Errorf("a group most of whose sentences give figures in digits is titled %q, want \"The numbers\"", got)
	}
	words := group(analyze.Sentence{Text: "Divers found rot in two piles.", Figures: []string{"2 pile"}},
		analyze.Sentence{Text: "Three crews were sent.", Figures: []string{"3 crew"}},
		analyze.Sentence{Text: "The pier closed."})
	if got := d.roleTitle(words, map[string]bool{}); got == "The numbers" {
		t.Errorf("a group whose figures are words is titled %q", got)
	}
	// an age in digits beside a figure in words is no figure in digits
	aged := group(analyze.Sentence{Text: "The 68-year-old diver found rot in two piles.", Figures: []string{"2 pile"}},
		analyze.Sentence{Text: "The 45-year-old mayor sent three crews.", Figures: []string{"3 crew"}},
		analyze.Sentence{Text: "The pier closed."})
	if got := d.roleTitle(aged, map[string]bool{}); got == "The numbers" {
		t.Errorf("a group whose only digits are ages is titled %q", got)
	}
}

// TestBodyKeepsNoLostContext: the body takes its sentences from several
// reports, so one that needs the sentence before it in its report ("to
// do so", "as well") is left out there too, not only from the lead and
// the highlights.
func TestBodyKeepsNoLostContext(t *testing.T) {
	arts := pierStory()
	arts[3].Article.Text += "\n\nThe harbour board has until noon on Friday to do so, the town clerk told councillors at the meeting.\n\n" +
		"Harbour master Ilse Brandt said the ferry crews would be paid for the lost weeks as well."
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	ForEachSentence(p, func(where string, s news.Sentence) {
		if strings.Contains(s.Text, "do so") || strings.Contains(s.Text, "as well") {
			t.Errorf("%s leans on a sentence the page does not show: %q", where, s.Text)
		}
	})
}

// TestOneTextIsOneSource: two outlets that print one long sentence word
// for word print one text, a wire's paragraph or a statement they both
// quote; the sentence is theirs, attributed, until an outlet states it
// in words of its own.
func TestOneTextIsOneSource(t *testing.T) {
	shared := "Harbour engineers said the east pier would need new steel piles along its whole length before it could reopen to walkers."
	voice := func(third string) bool {
		arts := pierStory()
		arts[1].Article.Text += "\n\n" + shared
		arts[2].Article.Text += "\n\n" + shared
		if third != "" {
			arts[3].Article.Text += "\n\n" + third
		}
		d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
		i := find(t, d.a, 2, "Harbour engineers said")
		t1, ok := d.usable(i, asFact)
		if !ok {
			t.Fatalf("%q is not usable", shared)
		}
		cites := d.cites(i, t1, d.claimMates(i)...)
		if len(cites) < 2 {
			t.Fatalf("%q cites %v, want both outlets that print it", shared, cites)
		}
		return d.ownVoice(i, t1, cites)
	}
	if voice("") {
		t.Errorf("a sentence two outlets print word for word stands in the desk's voice")
	}
	if !voice("The east pier will need new steel piles along its whole length before it can reopen to walkers, harbour engineers said.") {
		t.Errorf("a sentence a third outlet states in its own words is still attributed")
	}
	// a short sentence in common is how reporters tell one fact
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	i := find(t, d.a, 1, "The pier carries about 4,000")
	t1, _ := d.usable(i, asFact)
	if cites := d.cites(i, t1, d.claimMates(i)...); !d.ownVoice(i, t1, cites) {
		t.Errorf("%q, cited %v, is not in the desk's voice", t1, cites)
	}
}

// TestSurnameThatIsAlsoAWord: a surname the story gives in full needs
// its introduction even where the story also writes it as a common word
// ("Taylor Wells" and "the harbour wells").
func TestSurnameThatIsAlsoAWord(t *testing.T) {
	arts := pierStory()
	arts[0].Article.Text += "\n\nDiver Lena Marsh and her co-author, engineer Taylor M. Wells of the harbour board, wrote the survey of the piles."
	arts[1].Article.Text += "\n\nMarsh and Wells found that the harbour wells had also flooded during the storm on Monday."
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	i := find(t, d.a, 2, "Marsh and Wells found")
	tx, ok := d.usable(i, asFact)
	if !ok {
		t.Fatalf("sentence not usable")
	}
	if got := d.needsIntro(i, tx); got != "Marsh" && got != "Wells" {
		t.Errorf("needsIntro(%q) = %q, want a surname", tx, got)
	}
	// with Marsh named in full on the page, Wells still needs it
	if got := d.unintroduced(i, tx, []string{"Diver Lena Marsh wrote the survey."}); got != "Wells" {
		t.Errorf("unintroduced(%q) with Marsh introduced = %q, want Wells", tx, got)
	}
	if got := d.unintroduced(i, tx, []string{"Diver Lena Marsh and engineer Taylor M. Wells wrote the survey."}); got != "" {
		t.Errorf("unintroduced(%q) with both introduced = %q, want none", tx, got)
	}
	d.people["Marsh"] = false // as if Marsh were no one's surname: Wells still is
	if got := d.needsIntro(i, tx); got != "Wells" {
		t.Errorf("needsIntro(%q) = %q, want Wells", tx, got)
	}
}

// TestOutlookLooksAheadFromNow: a promise made years before the report
// is no outlook.
func TestOutlookLooksAheadFromNow(t *testing.T) {
	published := time.Date(2031, 5, 4, 0, 0, 0, 0, time.UTC)
	for in, want := range map[string]bool{
		"In 2027, the mayor vowed to rebuild the pier within two years.": true,
		"The mayor said the pier would reopen in 2032.":                  false,
		"The mayor said the pier would reopen next spring.":              false,
	} {
		if got := namesPastYear(in, published); got != want {
			t.Errorf("namesPastYear(%q) = %v, want %v", in, got, want)
		}
	}
	if namesPastYear("In 2027, the mayor vowed to rebuild the pier.", time.Time{}) {
		t.Errorf("an unknown publication time names a past year")
	}
}

// TestSurnameWithSuffix: "Greer Sr." is a surname too: a reader who has
// not met Tomas Greer Sr. does not know him.
func TestSurnameWithSuffix(t *testing.T) {
	arts := pierStory()
	arts[0].Article.Text += "\n\nHarbour pilot Tomas Greer Sr. steered the ferry onto the rocks below the east pier on Monday night."
	arts[1].Article.Text += "\n\nGreer Sr. was charged over the crash after the ferry struck the rocks on Monday."
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	i := find(t, d.a, 2, "Greer Sr. was charged")
	tx, ok := d.usable(i, asFact)
	if !ok {
		t.Fatalf("sentence not usable")
	}
	if got := d.needsIntro(i, tx); got != "Greer" {
		t.Errorf("needsIntro(%q) = %q, want Greer", tx, got)
	}
}

// TestPageTextDropsNoteNumber: the number of a note that opens a sentence
// is no part of it, nor are a video player's buttons; a count is.
func TestPageTextDropsNoteNumber(t *testing.T) {
	for in, want := range map[string]string{
		"2 Some early members of the harbour board also backed the plan.":                     "Some early members of the harbour board also backed the plan.",
		"14 In the harbour's early years, the pier was made of oak.":                          "In the harbour's early years, the pier was made of oak.",
		"12 Democrats voted against the pier bill.":                                           "12 Democrats voted against the pier bill.",
		"3 New Alder crews found the rot.":                                                    "3 New Alder crews found the rot.",
		"2029 The Year of the Pier opened on Monday.":                                         "2029 The Year of the Pier opened on Monday.",
		"Skip in Skip x Embed x Share CLOSE Mayor Lena Marsh closed the east pier on Monday.": "Mayor Lena Marsh closed the east pier on Monday.",
		"Share x Close the harbour board said on Monday.":                                     "Share x Close the harbour board said on Monday.",
	} {
		if got := pageText(in); got != want {
			t.Errorf("pageText(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestProperNounsAfterDateline: the word after a wire dateline opens the
// sentence; it is no name for being capitalised there.
func TestProperNounsAfterDateline(t *testing.T) {
	proper := properNouns([]analyze.Sentence{{Text: "Dunmere (LPN) Less than a day after the storm, Ilse Brandt closed the pier."}})
	if proper["less"] || !proper["brandt"] {
		t.Errorf("properNouns = %v, want brandt and not less", proper)
	}
}

// TestLoneQuoteIsWhatTheSpeakerSaid: a body that holds one quote and
// nothing else is headed by who said it, not by a sub-topic taken from
// the words around the quote.
func TestLoneQuoteIsWhatTheSpeakerSaid(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Dunmere council votes to close east pier",
			"The Dunmere town council voted 7-2 on Monday to close the east pier for the winter after divers found rot in its piles.\n\n"+
				"\"We cannot let anyone walk on wood that is this far gone,\" harbour master Ilse Brandt told reporters outside Dunmere Town Hall."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "East pier to close for winter",
			"Councillors in Dunmere voted on Monday to close the east pier for the winter, after divers found rot in the wooden piles."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), arts[0].Article.Published)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Sections) != 1 || p.Sections[0].Title != "What Brandt said" {
		var titles []string
		for _, s := range p.Sections {
			titles = append(titles, s.Title)
		}
		t.Errorf("sections %q: want one, \"What Brandt said\"", titles)
	}
}

// TestLeansOnTime: a sentence that says when only against the sentence
// before it ("that night", "At the time,") is not published alone; one
// that ties the time to what follows, or says the day itself, is.
func TestLeansOnTime(t *testing.T) {
	for s, want := range map[string]bool{
		"At the time, Lena Marsh believed the pier could be saved.":                  true,
		"Paul Lowe, the ferry's mate, was the first to leave the quay that night.":   true,
		"Her answer that day was a long pause.":                                      true,
		"The harbour board met again the next morning.":                              true,
		"Since she was a diver at the time of the storm, Lena Marsh knew the piles.": false,
		"Lena Marsh went back to the quay the day after leaving hospital.":           false,
		"The board met on Monday and voted the next day to close the pier.":          false,
		"The pier, built in 1902, was at that time the longest on the coast.":        false,
		"Nobody was on the pier at the time, the harbour board said.":                false,
	} {
		if got := leansOnTime(s); got != want {
			t.Errorf("leansOnTime(%q) = %v, want %v", s, got, want)
		}
		if want && !danglingSubject(s) {
			t.Errorf("danglingSubject(%q) = false: it leans on the sentence before", s)
		}
	}
}

// TestOrdinalSubject: a sentence whose subject is an ordinal standing for
// a noun of the sentence before ("The third was ...") is not published
// alone; one that names the noun is.
func TestOrdinalSubject(t *testing.T) {
	for s, want := range map[string]bool{
		"The third was a long swim that ended on the north quay.":    true,
		"The latter said the pier would stay shut until the spring.": true,
		"The first came ashore near the lighthouse on Monday.":       true,
		"The third ferry left the quay at noon on Monday.":           false,
		"The last time the pier closed was in the winter of 1987.":   false,
	} {
		if got := danglingSubject(s); got != want {
			t.Errorf("danglingSubject(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAlsoOpensNoPage: a sentence that adds to something said before it
// ("The ban also applies to ...") is neither the lead nor a highlight,
// each of which is read on its own; the body may carry it.
func TestAlsoOpensNoPage(t *testing.T) {
	for s, want := range map[string]bool{
		"Harbour master Ilse Brandt also said the east pier would close for the winter.": true,
		"The ban also applies to the west quay, which the harbour board owns.":           true,
		"The harbour board closed the east pier, and also the west quay, on Monday.":     false,
		"The council said the \"levy will also fund the pier\" from May.":                false,
		"Ilse Brandt, the harbour master, also said the east pier would close.":          true,
		"The harbour board closed the east pier, and also shut the west quay.":           false,
	} {
		if got := addsToEarlier(s); got != want {
			t.Errorf("addsToEarlier(%q) = %v, want %v", s, got, want)
		}
	}
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"The harbour board also closed the west quay to ferries on Monday.\n\nThe Dunmere council voted 7-2 on Monday to close the east pier."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"The harbour board closed the west quay to ferries on Monday.\n\nCouncillors in Dunmere voted on Monday to close the east pier."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	d.params = DefaultParams
	for _, c := range d.candidates() {
		if strings.Contains(c.text, " also ") && d.opener(c) {
			t.Errorf("%q may open the page", c.text)
		}
	}
	arts = []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"The Dunmere council voted 7-2 on Monday to close the east pier after divers found rot in its piles.\n\n"+
				"Harbour master Ilse Brandt also said the west quay would close to ferries for the winter.\n\n"+
				"Repairs to the east pier are expected to cost $2.4 million."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"Councillors in Dunmere voted on Monday to close the east pier after divers found rot in its piles.\n\n"+
				"The pier carries about 4,000 walkers a day in summer."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), arts[0].Article.Published)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range p.Highlights {
		if strings.Contains(h.Text, " also ") {
			t.Errorf("highlight %q adds to something the page has not said", h.Text)
		}
	}
}

// TestBackgroundOpensNoPage: a sentence whose main clause tells what came
// before the news ("... had previously been barred ...") may be a
// highlight or a line of the body, but neither the headline, the lead nor
// the first highlight, even when it holds the titles' words.
func TestBackgroundOpensNoPage(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Dunmere council bans Lowe ferry firm from harbour",
			"Paul Lowe's ferry firm had previously been banned from Dunmere harbour in 2019 over missed safety checks.\n\n"+
				"The Dunmere council voted on Monday to bar the firm from the harbour for a year after a hull failed its survey."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Lowe ferry firm banned from Dunmere harbour again",
			"Paul Lowe's ferry firm had previously been banned from Dunmere harbour over missed safety checks in 2019.\n\n"+
				"Councillors in Dunmere voted on Monday to bar the firm from the harbour for a year."),
	}
	p, err := Writer{}.Write("ferry", analyze.Analyze(arts), arts[0].Article.Published)
	if err != nil {
		t.Fatal(err)
	}
	first := []string{"headline " + p.Headline}
	for _, s := range p.Lead {
		first = append(first, "lead "+s.Text)
	}
	if len(p.Highlights) > 0 {
		first = append(first, "first highlight "+p.Highlights[0].Text)
	}
	for _, s := range first {
		if strings.Contains(s, "previously") {
			t.Errorf("the page opens on what came before the news: %s", s)
		}
	}
}

// TestDanglingAfterParticiple: a pronoun or demonstrative subject after an
// opening participle phrase leans on the sentence before, as it does after
// an opening preposition; a named subject does not.
func TestDanglingAfterParticiple(t *testing.T) {
	for s, want := range map[string]bool{
		"Added together, that's nearly eight hours a week lost on the ferry.":       true,
		"Speaking to reporters, they said the pier would close for the winter.":     true,
		"Added together, the delays cost the Dunmere ferry eight hours a week.":     false,
		"Speaking to reporters, Lena Marsh said the pier would close on Monday.":    false,
		"Facing fierce opposition, the council dropped its plan to close the pier.": false,
	} {
		if got := danglingSubject(s); got != want {
			t.Errorf("danglingSubject(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHeadingInsideLonger: a phrase the story writes only inside one
// longer noun phrase is no heading.
func TestHeadingInsideLonger(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	d.a.Sentences = append(d.a.Sentences,
		analyze.Sentence{Text: "Deputy harbour master Ilse Brandt said the quay would reopen."},
		analyze.Sentence{Text: "The deputy harbour master did not say when."},
		analyze.Sentence{Text: "Councillors rejected the attorney general's report on Monday."},
		analyze.Sentence{Text: "The attorney general's report found no fault."},
		analyze.Sentence{Text: "The ferry timetable changes in May, and the ferry timetable for June is out."},
		analyze.Sentence{Text: "The new ferry timetable is out."},
		analyze.Sentence{Text: "Harbour markets rallied after the vote."},
		analyze.Sentence{Text: "Voters go to the harbour ballot next week."},
		analyze.Sentence{Text: "The harbour ballot next month will be the last."},
		analyze.Sentence{Text: "Mayor Marsh's plan was rejected on Monday."})
	for _, p := range []string{"Deputy harbour", "general's report"} {
		if !d.insideLonger(p) {
			t.Errorf("insideLonger(%q) = false: the story writes it only inside a longer phrase", p)
		}
	}
	for _, p := range []string{"ferry timetable", "deputy harbour master", "harbour markets", "harbour ballot", "Marsh's plan"} {
		if d.insideLonger(p) {
			t.Errorf("insideLonger(%q) = true: the story writes it alone", p)
		}
	}
}

// TestHeadingPredicatePhrase: a phrase that the story writes only as
// part of a predicate (after a pronoun, a relative word, an auxiliary
// or a name) or, ending in -ing, only before the noun it describes, is
// no heading; the same words written as a noun phrase are.
func TestHeadingPredicatePhrase(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	d.a.Sentences = append(d.a.Sentences,
		analyze.Sentence{Text: "Divers found rot in the piles, a finding that warrants attention."},
		analyze.Sentence{Text: "In another case, Brandt called police to the quay."},
		analyze.Sentence{Text: "Lowe had battled addiction for years."},
		analyze.Sentence{Text: "The harbour trust named Ilse Brandt as its managing director."},
		analyze.Sentence{Text: "Those gathered laying wreaths sang."},
		analyze.Sentence{Text: "The pier was Marsh's project, and Marsh's project ran late."},
		analyze.Sentence{Text: "Tarrow had the ferry timetable changed in May."},
		analyze.Sentence{Text: "The ferry timetable for June is out."},
		analyze.Sentence{Text: "The harbour crossing reopened on Monday."})
	for _, p := range []string{"warrants attention", "called police", "battled addiction", "its managing", "gathered laying"} {
		if !d.predicatePhrase(p) {
			t.Errorf("predicatePhrase(%q) = false: the story writes it only in a predicate or before its noun", p)
		}
	}
	for _, p := range []string{"Marsh's project", "ferry timetable", "harbour crossing"} {
		if d.predicatePhrase(p) {
			t.Errorf("predicatePhrase(%q) = true: the story writes it as a noun phrase", p)
		}
	}
}

// TestReactionsNameOnePersonOnce: a speaker labelled by a role that the
// story gives as a named speaker's title is that speaker, once; a role
// the story never gives that name is another person.
func TestReactionsNameOnePersonOnce(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	d.a.Sentences = append(d.a.Sentences,
		analyze.Sentence{Text: "Mayor Lena Marsh spoke at the quay on Monday."})
	count := map[string]int{"the mayor": 2, "Marsh": 1, "the engineer": 1, "Brandt": 1}
	got := d.sameSpeakers([]string{"the mayor", "Marsh", "the engineer", "Brandt"}, count)
	if want := []string{"Marsh", "the engineer", "Brandt"}; !slices.Equal(got, want) || count["Marsh"] != 3 {
		t.Errorf("sameSpeakers = %q with Marsh counted %d, want %q and 3", got, count["Marsh"], want)
	}
	// her office is hers; another's office is not
	count = map[string]int{"Marsh": 1, "the Marsh office": 2, "the Brandt office": 1}
	got = d.sameSpeakers([]string{"Marsh", "the Marsh office", "the Brandt office"}, count)
	if want := []string{"Marsh", "the Brandt office"}; !slices.Equal(got, want) || count["Marsh"] != 3 {
		t.Errorf("sameSpeakers = %q with Marsh counted %d, want %q and 3", got, count["Marsh"], want)
	}
}

// TestOpeningPhraseWithoutClause: a sentence that opens on a phrase in
// -ing and has no verb after it is no statement; one whose clause
// follows is.
func TestOpeningPhraseWithoutClause(t *testing.T) {
	for in, want := range map[string]bool{
		"Supporting harbour research, public education and professional standards for over forty years.": true,
		"Speaking on Monday, Lena Marsh defends the pier levy.":                                          false,
		"Speaking on Monday, the harbour master said the pier would reopen.":                             false,
		"Following the vote, crews began work on the east pier.":                                         false,
		"Repairs to the piles are expected to cost about $2 million.":                                    false,
		// a closing clause with no verb is what is left of a broken sentence;
		// "because of" opens a phrase, which needs none
		"Crews closed the pier early, although the mayor and her deputy.":       true,
		"Crews closed the pier a week early because of the rising storm surge.": false,
		// a term glossed after a dash, with no verb, is a heading
		"E-bikes — all those discarded pedal cycles with a motor, from folding ones to cargo bikes.": true,
		"Pier levy — a fee of two crowns for every walker at the gate.":                              true,
		"Lena Marsh — who won the seat in 2019 — resigned on Monday.":                                false,
		"Divers — who were exhausted — found rot in nine piles.":                                     false,
		"The pier — closed since May — reopens on Monday.":                                           false,
		"Ferry fares — the council voted to raise them by 10 percent.":                               false,
		"E-bikes — the council banned them from the pier.":                                           false,
	} {
		if got := brokenClause(in); got != want {
			t.Errorf("brokenClause(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestFamilySurname: a surname that two first names come before is a
// person's, though the story calls each of them by first name more
// often than in full.
func TestFamilySurname(t *testing.T) {
	var ss []analyze.Sentence
	for _, s := range []string{
		"Alan Marsh left the ranch to his sons.", "Robin Marsh and his brother went to court.",
		"Alan built the pier.", "Alan sold the boats.", "Alan kept the quay.",
		"Robin said the levy was fair.", "Robin sued.", "The widow spoke to the court.",
	} {
		ss = append(ss, analyze.Sentence{Text: s})
	}
	if !peopleNames(ss)["Marsh"] {
		t.Errorf("peopleNames: Marsh is no person's surname, want one")
	}
}

// TestLabelledSentence: a sentence that opens on a label and a colon, as
// a fact check sets out its items, is no statement; a speaker's colon
// and a time of day are no label.
func TestLabelledSentence(t *testing.T) {
	for in, want := range map[string]bool{
		`Claim 2: Marsh said the pier carries 4,000 walkers a day.`:      true,
		`Update: the east pier reopened on Monday.`:                      true,
		`Marsh said: "The pier will reopen in May."`:                     false,
		`At 17:30 the ferry left the west quay for Tarrow.`:              false,
		`The council gave one reason for the closure: rot in the piles.`: false,
	} {
		if got := labelled(in); got != want {
			t.Errorf("labelled(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestPronounSpeakerFarIn: "he said" after a long opening clause that
// names no one still leaves the reader asking who.
func TestPronounSpeakerFarIn(t *testing.T) {
	in := "Concern in Dunmere over the closed east pier cost the harbour trust an estimated £70 million each year, he said, with ferry crews more likely to sail late."
	if !lostContext(in) {
		t.Errorf("lostContext(%q) = false: who said so?", in)
	}
}

// TestReactionsOneSpelling: a speaker whom reports spell with and
// without accents is named once.
func TestReactionsOneSpelling(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	n := len(d.a.Sentences)
	d.a.Sentences = append(d.a.Sentences,
		analyze.Sentence{Text: `"The quay is safe," Lemaître said.`, Speaker: "Lemaître"},
		analyze.Sentence{Text: `"We will reopen," Lemaitre said.`, Speaker: "Lemaitre"})
	got := d.reactionsTitle([]unit{{members: []candidate{{i: n}, {i: n + 1}}}}, nil)
	if want := "What Lemaître said"; got != want {
		t.Errorf("reactionsTitle = %q, want %q", got, want)
	}
}

// TestReactionsTitleShort: a heading that would name many long names
// names the most quoted one and "others".
func TestReactionsTitleShort(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	n := len(d.a.Sentences)
	d.a.Sentences = append(d.a.Sentences,
		analyze.Sentence{Text: `"The quay is safe," Brandt said.`, Speaker: "Brandt"},
		analyze.Sentence{Text: `"The quay is safe," Brandt added.`, Speaker: "Brandt"},
		analyze.Sentence{Text: `"We will reopen," the Dunmere Harbour Ferry Operators Association said.`, Speaker: "the Dunmere Harbour Ferry Operators Association"},
		analyze.Sentence{Text: `"We are ready," the Tarrow Coastal Rescue Volunteers group said.`, Speaker: "the Tarrow Coastal Rescue Volunteers group"})
	got := d.reactionsTitle([]unit{{members: []candidate{{i: n}, {i: n + 1}, {i: n + 2}, {i: n + 3}}}}, nil)
	if want := "What Brandt and others said"; got != want {
		t.Errorf("reactionsTitle = %q, want %q", got, want)
	}
}

// TestSmallCapsOpening: the words in capitals that open a report, as a
// magazine sets them, are printed in the story's own case: lower case, a
// name with its capital, an acronym in capitals. The page passes Verify.
func TestSmallCapsOpening(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Divers spend six hours under Dunmere east pier",
			"DIVERS WORKING FOR THE HPA IN DUNMERE spent six hours under the east pier on Monday in water close to freezing.\n\n"+
				"The HPA said the pier in Dunmere would stay shut for the winter."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "East pier to close",
			"Divers found rot in nine of the east pier's piles on Monday, and the council in Dunmere voted 7-2 to close it for the winter.\n\n"+
				"The top inspectors from the HPA said the pier would reopen in spring."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	want := "Divers working for the HPA in Dunmere spent six hours under the east pier on Monday in water close to freezing."
	if got := d.printed(0); got != want {
		t.Errorf("printed(%q) = %q, want %q", d.a.Sentences[0].Text, got, want)
	}
	if got, why := d.judge(0, asFact); why != "" {
		t.Errorf("judge(%q) = %q, %q", d.a.Sentences[0].Text, got, why)
	}
	for s, want := range map[string]string{
		"HPA inspectors said the pier would reopen in spring.":             "HPA inspectors said the pier would reopen in spring.",
		"The HPA said the pier would reopen.":                              "The HPA said the pier would reopen.",
		"U.S., U.K. and Tarrow divers joined the survey on Monday.":        "U.S., U.K. and Tarrow divers joined the survey on Monday.",
		"CIA AND FBI agents joined the survey of the east pier on Monday.": "CIA and FBI agents joined the survey of the east pier on Monday.",
		"TOP HARBOUR PILOTS joined the survey of the east pier on Monday.": "Top harbour pilots joined the survey of the east pier on Monday.",
	} {
		if got := d.smallCapsOpening(-1, s); got != want {
			t.Errorf("smallCapsOpening(%q) = %q, want %q", s, got, want)
		}
	}
	// Verify finds the opening in the page's case, and only there
	r := newReport(arts[0], "Lowland Press", false)
	if !r.containsVerbatim(want) {
		t.Errorf("containsVerbatim(%q) = false, want true", want)
	}
	if bad := "Divers working for the HPA in Dunmere spent six Hours under the east pier on Monday in water close to freezing."; r.containsVerbatim(bad) {
		t.Errorf("containsVerbatim(%q) = true, want false: the report writes that word in lower case", bad)
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{p.Headline}
	ForEachSentence(p, func(_ string, s news.Sentence) { texts = append(texts, s.Text) })
	found := false
	for _, s := range texts {
		if strings.Contains(s, "DIVERS") {
			t.Errorf("page prints %q in capitals", s)
		}
		found = found || strings.Contains(s, "Divers working for")
	}
	if !found {
		t.Errorf("the page does not tell the first report's opening:\n%s", render(p))
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Errorf("Verify: %v\n%s", probs, render(p))
	}
}

// TestNoteNumberAfterStop: the number of a note glued to a sentence's
// stop ("... at night.54 Under the new rules ...") ends that sentence and is
// not printed; the page passes Verify.
func TestNoteNumberAfterStop(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Ferries stop sailing at night",
			"The Dunmere ferries no longer sail at night after the east pier was found rotten.54 Under the harbour rules, the board closed the east pier for the winter."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "East pier to close",
			"The board closed the east pier in Dunmere for the winter after divers found rot.\n\nFerries will not sail at night until the east pier reopens."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	want := "The Dunmere ferries no longer sail at night after the east pier was found rotten."
	if got := d.printed(0); got != want {
		t.Errorf("printed(%q) = %q, want %q", d.a.Sentences[0].Text, got, want)
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	ForEachSentence(p, func(_ string, s news.Sentence) {
		if strings.Contains(s.Text, ".54") {
			t.Errorf("page prints the note's number: %q", s.Text)
		}
	})
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Errorf("Verify: %v\n%s", probs, render(p))
	}
}

// TestVoiceOfAFactStated: a speaker's own words at some length about a
// fact the page states already may still stand in the body, as what they
// said; a sentence of another outlet that states the fact again may
// not, nor may a quotation that mostly repeats the page's words.
func TestVoiceOfAFactStated(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	n := len(d.a.Sentences)
	fact := analyze.Sentence{Text: "Harbour master Ilse Brandt closed the Dunmere east pier on Monday for the winter.", Report: 0}
	voice := analyze.Sentence{Text: `"We spent a week under the deck with the divers, and the pier is no longer safe for anyone," Brandt said.`,
		Report: 1, Speaker: "Brandt", Quotes: []string{"We spent a week under the deck with the divers, and the pier is no longer safe for anyone,"}}
	again := analyze.Sentence{Text: "Ilse Brandt shut the Dunmere east pier for the winter on Monday, her office said.", Report: 1}
	echo := analyze.Sentence{Text: `"I closed the Dunmere east pier on Monday for the winter," Brandt said.`,
		Report: 1, Speaker: "Brandt", Quotes: []string{"I closed the Dunmere east pier on Monday for the winter,"}}
	fact.Matches = []int{n + 1, n + 2, n + 3}
	for _, s := range []analyze.Sentence{fact, voice, again, echo} {
		s.Matches = append(s.Matches, fact.Matches...)
		d.a.Sentences = append(d.a.Sentences, s)
	}
	d.a.Sentences[n+1].Matches, d.a.Sentences[n+2].Matches, d.a.Sentences[n+3].Matches = []int{n}, []int{n}, []int{n}
	d.place(n, fact.Text, []int{1})
	if d.fresh(n+1, voice.Text) {
		t.Fatalf("fresh(%q) = true: the test wants a sentence that states the placed fact", voice.Text)
	}
	if !d.freshVoice(n+1, voice.Text) {
		t.Errorf("freshVoice(%q) = false, want true: the speaker's own words add their voice", voice.Text)
	}
	if d.freshVoice(n+2, again.Text) {
		t.Errorf("freshVoice(%q) = true, want false: no quotation, the fact again", again.Text)
	}
	if d.freshVoice(n+3, echo.Text) {
		t.Errorf("freshVoice(%q) = true, want false: the page's words again", echo.Text)
	}
	// the body takes the voice and leaves the others out
	var took []int
	for _, u := range d.chooseBody([]candidate{{i: n + 1, text: voice.Text, score: 1}, {i: n + 2, text: again.Text, score: 1}, {i: n + 3, text: echo.Text, score: 1}}, "") {
		for _, m := range u.members {
			took = append(took, m.i)
		}
	}
	if !slices.Equal(took, []int{n + 1}) {
		t.Errorf("chooseBody took sentences %v, want only %d, the speaker's voice", took, n+1)
	}
}

// TestGluedDateline: a wire dateline that lost its dash ("DUNMERE
// Exhausted divers ...") is dropped from the report's first sentence
// when the story writes the place in mixed case; an acronym that opens a
// sentence stays. A sentence with a colon set apart, where an embedded
// post was lost, is not published.
func TestGluedDateline(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Dunmere closes east pier",
			"DUNMERE Exhausted divers finished their survey of the east pier on Monday and found rot in nine of its piles.\n\n"+
				"The council in Dunmere voted 7-2 to close the pier for the winter."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "East pier to close",
			"HPA Inspectors from the harbour authority said the east pier in Dunmere would close for the winter.\n\n"+
				"The HPA said divers had found rot in the piles.\n\n"+
				"The mayor marked the closure in a post : Dunmere pier SHUT FOR WINTER."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	want := map[int]string{
		0: "Exhausted divers finished their survey of the east pier on Monday and found rot in nine of its piles.",
	}
	for i, s := range d.a.Sentences {
		if strings.Contains(s.Text, " : ") {
			if got, why := d.judge(i, asFact); why == "" {
				t.Errorf("usable(%q) = %q, want it refused: text is lost around its colon", s.Text, got)
			}
		}
		if s.Index != 0 {
			continue
		}
		got, why := d.judge(i, asFact)
		w, ok := want[s.Report]
		if !ok {
			w = s.Text
		}
		if got != w {
			t.Errorf("usable(%q) = %q (%s), want %q", s.Text, got, why, w)
		}
		if sp := d.needsIntro(i, got); s.Report == 0 && sp != "" {
			t.Errorf("needsIntro(%q) = %q: the word after the place is no name", got, sp)
		}
		if s.Report == 0 {
			if a := d.attribute(got, "X"); strings.HasPrefix(a, "According to X, Exhausted") {
				t.Errorf("attribute(%q) = %q: the word after the place is no name, to keep its capital mid-sentence", got, a)
			}
		}
	}
}

// TestOpenFragment: a line that opens with a participle and has no main
// clause is no statement; an adjective in -ed before its subject is, and
// so is an activity in -ing that is the subject of a verb after it.
func TestOpenFragment(t *testing.T) {
	d := newDraft(analyze.Analysis{}, DefaultMaxWordsPerSource)
	for s, want := range map[string]bool{
		"Inspired by the storm that closed the east pier in 1987.":  true,
		"Located in the old harbour beside the ferry terminal.":     true,
		"Including two piers that the council rebuilt in 1990.":     true,
		"Exhausted divers finished their survey of the east pier.":  false,
		"Armed guards stood at the gate of the harbour office.":     false,
		"Called a disgrace by the harbour master in a long letter.": true,
		// an activity named as the subject, its verb after it
		"Trading halted briefly on the harbour exchange on Monday.":          false,
		"Trading in harbour bonds was halted for the first time since 2016.": false,
		"Including those injured in the storm on Monday night.":              true,
		"Sailing in the harbour after the storm at first light.":             true,
		"Rising fares pushed ferry bookings to their lowest level.":          false,
		"Having the survey could help the board plan the repairs.":           false,
		"Jousting between harbour pilots is now a summer fixture.":           false,
		"Including two piers that were rebuilt in 1990.":                     true,
		"Leaving the quay at dawn with two crews aboard.":                    true,
	} {
		if got := d.openFragment(s); got != want {
			t.Errorf("openFragment(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAttributionsVary: a page does not open sentence after sentence
// with "According to": the second of two in a row names its outlet at
// its end, unless its words end with a speaker of their own or cannot
// take back their capital.
func TestAttributionsVary(t *testing.T) {
	attributed := func(outlet, body string) news.Sentence {
		return news.Sentence{Text: news.Attribution(outlet) + body, Cites: []int{1}, AttributedTo: outlet}
	}
	p := news.Page{
		Highlights: []news.Sentence{
			attributed("The Ledger", "the east pier closed on Monday."),
			attributed("Coastal Radio", "the ferry will run twice a day."),
			attributed("The Ledger", "divers found rot in the piles."),
			attributed("Coastal Radio", "the pier will reopen in spring, the mayor said."),
			attributed("The Ledger", "eHarbour sold out of tickets."),
		},
		Lead: []news.Sentence{{Text: "The council voted 7-2 to close the pier.", Cites: []int{1, 2}}},
		Sections: []news.Section{{Title: "What happened", Paragraphs: [][]news.Sentence{{
			attributed("Coastal Radio", "the quay was cleared by noon."),
		}}}},
	}
	varyAttributions(&p)
	want := []string{
		"According to The Ledger, the east pier closed on Monday.",
		"The ferry will run twice a day, Coastal Radio reported.",
		"According to The Ledger, divers found rot in the piles.",
		"According to Coastal Radio, the pier will reopen in spring, the mayor said.",
		"According to The Ledger, eHarbour sold out of tickets.",
	}
	for i, s := range p.Highlights {
		if s.Text != want[i] {
			t.Errorf("highlight %d = %q, want %q", i, s.Text, want[i])
		}
		if _, ok := news.Unattributed(s); !ok {
			t.Errorf("highlight %d %q lost its attribution", i, s.Text)
		}
	}
	// the lead in the desk's voice comes between: the section's sentence
	// follows no attribution
	if got := p.Sections[0].Paragraphs[0][0].Text; got != "According to Coastal Radio, the quay was cleared by noon." {
		t.Errorf("section sentence = %q", got)
	}
}

// TestKickerGoes: a site's label glued before a colon to the sentence it
// heads goes, and the sentence stays; what introduces the words after a
// colon stays with them.
func TestKickerGoes(t *testing.T) {
	for in, want := range map[string]string{
		"Crews clear the flooded quay: Hundreds of harbour workers cleared the west quay in Dunmere on Monday.": "Hundreds of harbour workers cleared the west quay in Dunmere on Monday.",
		"Worth knowing: Some piers can be saved with new piles, the engineers found.":                           "Some piers can be saved with new piles, the engineers found.",
		"Lena Marsh: We will close the pier for the winter and open it in spring.":                              "Lena Marsh: We will close the pier for the winter and open it in spring.",
		"The harbour master said: The pier will close for the winter on Monday.":                                "The harbour master said: The pier will close for the winter on Monday.",
		"Officials gave two reasons: The piles are rotten and the deck is unsafe.":                              "Officials gave two reasons: The piles are rotten and the deck is unsafe.",
		"The reasons are: The piles are rotten and the deck is unsafe in places.":                               "The reasons are: The piles are rotten and the deck is unsafe in places.",
		"Storm update: Closed.": "Storm update: Closed.",
	} {
		if got := withoutKicker(in); got != want {
			t.Errorf("withoutKicker(%q) = %q, want %q", in, got, want)
		}
	}
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Workers clear the quay after the storm",
			"Crews clear the flooded quay: Hundreds of harbour workers cleared the flooded west quay in Dunmere on Monday after the storm.\n\n"+
				"The harbour board said the ferry would run again on Wednesday."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Dunmere quay cleared",
			"Harbour workers in Dunmere cleared the flooded west quay on Monday after the storm, the harbour board said.\n\n"+
				"The ferry will run again on Wednesday, the board said."),
	}
	got, why := judgedOpening(t, arts, "Crews clear")
	if why != "" || got != "Hundreds of harbour workers cleared the flooded west quay in Dunmere on Monday after the storm." {
		t.Errorf("judge = %q (%s), want the sentence without its label", got, why)
	}
}

// judgedOpening returns what the writer makes, as a fact, of the one
// sentence of the reports that opens with prefix, and why it refuses it.
func judgedOpening(t *testing.T, arts []news.ArticleRef, prefix string) (text, why string) {
	t.Helper()
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	for i, s := range d.a.Sentences {
		if strings.HasPrefix(s.Text, prefix) {
			return d.judge(i, asFact)
		}
	}
	t.Fatalf("no sentence opens with %q", prefix)
	return "", ""
}

// TestGluedInitialRefused: a sentence whose drop capital lost its space
// ("Aconfidential ...") is not published; one that opens with another
// word in "A" is.
func TestGluedInitialRefused(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Papers show the pier was unsafe",
			"Aconfidential report obtained by the Lowland Press shows the east pier in Dunmere was unsafe for years.\n\n"+
				"Abundant rain has long soaked the wooden piles of the pier, harbour engineers said."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Pier report",
			"A confidential report shows the Dunmere pier was unsafe, the harbour board said.\n\n"+
				"Engineers found rot in the wooden piles."),
	}
	if _, why := judgedOpening(t, arts, "Aconfidential"); why != "a drop capital glued to the next word" {
		t.Errorf("judge = %q, want the glued capital refused", why)
	}
	if _, why := judgedOpening(t, arts, "Abundant"); why == "a drop capital glued to the next word" {
		t.Errorf("judge refused a word in A- as a glued capital")
	}
}

// TestCapitalAfterColonIsNoName: a word capitalised after a colon or
// where a quotation opens starts a sentence there; it does not make the
// word a name, which an attribution would then leave in capitals
// ("According to X, Hundreds of ...").
func TestCapitalAfterColonIsNoName(t *testing.T) {
	a := analyze.Analyze([]news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Quay cleared",
			"Crews clear the quay: Hundreds of harbour workers cleared the west quay in Dunmere on Monday.\n\n"+
				"The harbour master said \"Everyone worked through the night\" and thanked the crews."),
	})
	upper, _, _ := caseSets(a.Sentences)
	for _, w := range []string{"hundreds", "everyone"} {
		if upper[w] {
			t.Errorf("caseSets takes %q for a name", w)
		}
	}
	if !upper["dunmere"] {
		t.Errorf("caseSets misses the name Dunmere")
	}
}

// TestWordOfANameOpensPlain: a word the story capitalises only inside a
// longer name ("Tarrow Women's Hospital") is no name where a sentence
// opens with it, so an attribution does not leave it in capitals
// ("According to X, Women make up ...").
func TestWordOfANameOpensPlain(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Harbour crews",
			"Lena Marsh was taken to the Tarrow Women's Hospital after the storm.\n\n"+
				"Women make up a third of the harbour crews in Dunmere, the board said."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	got := d.attribute("Women make up a third of the harbour crews in Dunmere, the board said.", "Lowland Press")
	if strings.Contains(got, "Lowland Press, Women") {
		t.Errorf("attribute = %q, a plain word left in capitals", got)
	}
	if got := d.attribute("Marsh was taken to the hospital after the storm.", "Lowland Press"); strings.Contains(got, ", marsh") {
		t.Errorf("attribute = %q, a name lowered", got)
	}
	// a name that the story writes only after another name and a comma
	// stands alone there
	_, _, leading := caseSets(analyze.Analyze([]news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Quay",
			"The crews met in Dunmere, Kell and Tarrow on Monday."),
	}).Sentences)
	if !leading["kell"] {
		t.Errorf("caseSets: Kell after a comma does not stand alone")
	}
	// a word that opens a longer name after a comma ("Dunmere, Police
	// Department") is a plain noun where it opens a sentence alone
	arts = []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Skipper held",
			"The Kell, Dunmere, Police Department held skipper Ilse Brandt overnight.\n\n"+
				"Police say Brandt left the quay road before dawn."),
	}
	d = newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	if got, want := d.attribute("Police say Brandt left the quay road before dawn.", "Lowland Press"),
		"According to Lowland Press, police say Brandt left the quay road before dawn."; got != want {
		t.Errorf("attribute = %q, want %q", got, want)
	}
}

// TestReactionsNameInFull: a speaker the reports call by first name is
// named in full in the heading when the story gives the full name once;
// a surname stays as it is.
func TestReactionsNameInFull(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Ferry family",
			"Lena Marsh and her husband run the last family ferry in Dunmere.\n\n"+
				`"We will keep sailing," says Lena, who has crewed the ferry since 1990.`+"\n\n"+
				`"The pier must be repaired," Paul Lowe said.`),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	var quotes []candidate
	for i, s := range d.a.Sentences {
		if s.Speaker != "" {
			quotes = append(quotes, candidate{i: i})
		}
	}
	got := d.reactionsTitle([]unit{{members: quotes}}, nil)
	if got != "What Lena Marsh and Lowe said" && got != "What Lowe and Lena Marsh said" {
		t.Errorf("reactionsTitle = %q, want Lena Marsh in full and Lowe by surname", got)
	}
}

// TestReactionsKeepCompanyName: a company that speaks under the first
// word of its registered name is no person called by first name; the
// heading keeps the name it speaks under.
func TestReactionsKeepCompanyName(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Ferry contract",
			"Kellcorp Marine Corp won the contract to rebuild the Dunmere pier.\n\n"+
				`"The pier will reopen in May," Kellcorp said in a statement.`),
	}
	if got := quotesTitle(t, arts); got != "What Kellcorp said" {
		t.Errorf("reactionsTitle = %q, want the company's name as it speaks", got)
	}
}

// quotesTitle is the heading reactionsTitle gives the sentences of arts
// that have a speaker.
func quotesTitle(t *testing.T, arts []news.ArticleRef) string {
	t.Helper()
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	var quotes []candidate
	for i, s := range d.a.Sentences {
		if s.Speaker != "" {
			quotes = append(quotes, candidate{i: i})
		}
	}
	if len(quotes) == 0 {
		t.Fatal("no speaker found")
	}
	return d.reactionsTitle([]unit{{members: quotes}}, nil)
}

// TestReactionsTheSpeaker: a speaker that the story only writes after
// "the" keeps it in the heading; a name that stands alone does not get
// one.
func TestReactionsTheSpeaker(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Ferry contract",
			"The Admiralty sent two tugs to the Dunmere pier.\n\n"+
				`"The pier will reopen in May," the Admiralty said in a statement.`),
	}
	if got := quotesTitle(t, arts); got != "What the Admiralty said" {
		t.Errorf("reactionsTitle = %q, want the speaker as the story writes it", got)
	}
	// a word that also describes a noun ("Tarrowese fans") is still
	// written with "the" where it names the speaker
	arts = []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Cup final",
			"Tarrowese fans filled the Dunmere stand on Sunday.\n\n"+
				`"The players for the final are the ones who trained," the Tarrowese added.`),
	}
	if got := quotesTitle(t, arts); got != "What the Tarrowese said" {
		t.Errorf("reactionsTitle = %q, want the speaker as the story writes it", got)
	}
}

// TestTitleNeverEndsOnNameParticle: "Ilse van" of "Ilse van Brandt" is
// no heading.
func TestTitleNeverEndsOnNameParticle(t *testing.T) {
	sentence := func(text string) analyze.Sentence {
		return analyze.Sentence{Text: text, Stems: stemSet(text), Rel: 0.5}
	}
	a := analyze.Analysis{
		Reports: []analyze.Report{{Independent: true, Ref: 1}},
		Sentences: []analyze.Sentence{
			sentence("The Dunmere actress Ilse del Brandt, known for a role as a harbour pilot, was exploring a film about the pier."),
			sentence("Lena Marsh also spoke about Ilse del Brandt and her plans for the film."),
			sentence("The council said it had warned the operator in March."),
		},
	}
	d := newDraft(a, DefaultMaxWordsPerSource)
	units := []unit{{members: []candidate{{i: 0, text: a.Sentences[0].Text}}}, {members: []candidate{{i: 1, text: a.Sentences[1].Text}}}}
	others := []unit{{members: []candidate{{i: 2, text: a.Sentences[2].Text}}}}
	if got := d.title(units, others, map[string]bool{}, map[string]bool{}); strings.HasSuffix(got, " del") {
		t.Errorf("title = %q, ends inside a name", got)
	}
}

// TestSelfContainedAcronymNamesNoOne: "she" after an acronym ("At 17:30
// GMT she ...") has no one named before it; after a name, she has.
func TestSelfContainedAcronymNamesNoOne(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	if d.selfContained("At 17:30 GMT she had steered ferries across the harbour for 40 years.") {
		t.Error("selfContained: want false, no one named before \"she\"")
	}
	if d.selfContained("By Feb. 3, she had twice closed the east pier to the ferry crews.") {
		t.Error("selfContained: want false, a month names no one before \"she\"")
	}
	if !d.selfContained("At 17:30 GMT harbour master Ilse Brandt said she had steered ferries for 40 years.") {
		t.Error("selfContained: want true, Ilse Brandt named before \"she\"")
	}
	// a role after "as" is what the pronoun's person was, not who
	if d.selfContained("During 14 years as mayor, she closed the east pier twice.") {
		t.Error("selfContained: want false, \"as mayor\" names no one before \"she\"")
	}
	if !d.selfContained("The harbour pilot who served as mayor for 14 years said she closed the east pier twice.") {
		t.Error("selfContained: want true, the harbour pilot is someone \"she\" means")
	}
	if !d.selfContained("As a 19-year-old pilot ran from the pier, his father closed the gate.") {
		t.Error("selfContained: want true, the pilot who ran is someone \"his\" means")
	}
	// an outlet or a company that a noun names before it is no one
	if d.selfContained("On Monday, the news site Kellwire reported his plan to close the east pier.") {
		t.Error("selfContained: want false, a news site is no one \"his\" means")
	}
	if !d.selfContained("On Monday, the news site Kellwire reported Paul Lowe's plan to close the east pier and his reasons.") {
		t.Error("selfContained: want true, Paul Lowe named before \"his\"")
	}
}

// TestSelfContainedBothSexes: pronouns of both sexes need two people
// before the second; with one named, a pronoun means someone else. And
// "who" stands for whoever comes before it, not for someone of its own.
func TestSelfContainedBothSexes(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	for in, want := range map[string]bool{
		"In her letter to the board, Ruth Orr says he sank the ferry on purpose.":          false,
		"Paul Lowe met her at the quay, when he was a pilot and she was a deckhand.":       false,
		"Paul Lowe said he met Ruth Orr when he ran the ferry and she ran the quay.":       true,
		"One woman told the board she had worked for Lowe and owed him a week's pay.":      true,
		"Ruth Orr, whose then-husband ran the ferry, told the board he had sunk the boat.": true,
		"Ilse Brandt spoke to Paul Lowe about the closure, his radio show said.":           true,
		"Each pilot must show his or her licence at the gate, Brandt said.":                true,
		// "who" is whoever comes before it
		"Those who sailed with her will remember her kindly.":                     false,
		"The crews who cheered her on Monday were paid twice.":                    false,
		"A skipper who was held overnight walked free with her lawyer on Monday.": true,
		"Paul Lowe, who lost his boat in the storm, said the pier must close.":    true,
	} {
		if got := d.selfContained(in); got != want {
			t.Errorf("selfContained(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestSelfContainedBodyNamesNoOne: a body that "the" names ("The
// Admiralty") is no one "her" may mean; a person the story names is.
func TestSelfContainedBodyNamesNoOne(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	if d.selfContained("The Admiralty has opened an inquiry into her dealings with the harbour board.") {
		t.Error("selfContained: want false, no one named before \"her\"")
	}
	if !d.selfContained("The Brandt family says the council ignored her letters.") {
		t.Error("selfContained: want true, Brandt is someone the story names")
	}
}

// TestSelfContainedClosingSpeaker: a sentence that closes on "he said"
// needs a person before it; a firm or a place is no one who speaks.
func TestSelfContainedClosingSpeaker(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	for in, want := range map[string]bool{
		"Dunmere Ferries will keep the east pier shut until the spring, he said.":     false,
		"Ilse Brandt will keep the ferry running through the winter, she said.":       true,
		"The harbour pilot will keep the ferry running through the winter, she said.": true,
		"The ferry will run through the winter, Brandt said.":                         true,
		// a pronoun inside a quotation is its speaker's, whoever opens it
		"“He did not sign the lease,” the harbour board's lawyer told reporters.": true,
		"He did not sign the lease, the harbour board's lawyer told reporters.":   false,
		// a noun for a person is someone a pronoun can mean
		"The singer later explained his remarks about the pier.": true,
	} {
		if got := d.selfContained(in); got != want {
			t.Errorf("selfContained(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestQuotedTitleIsNoQuotation: a name in quotation marks, every word of
// it capitalised but the small ones ("the \"Safe Piers for Dunmere
// Families Act\""), is a title, not words someone said, and needs no
// speaker; a quotation of speech as long still does.
func TestQuotedTitleIsNoQuotation(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Dunmere council votes to close east pier",
			"The Dunmere town council voted 7-2 on Monday to close the east pier for the winter after divers found rot in its piles.\n\n"+
				"On Monday the council also adopted the \"Safe Piers for Dunmere Families Act,\" a two-page measure that shuts any pier with rotten piles.\n\n"+
				"The east pier was \"far too rotten for anyone to walk on\" by the end of the summer."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "East pier to close for winter",
			"Councillors in Dunmere voted on Monday to close the east pier for the winter, after divers found rot in the wooden piles."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	for prefix, want := range map[string]string{
		"On Monday the council also adopted": "",
		"The east pier was":                  "quote without speaker",
	} {
		found := false
		for i, s := range d.a.Sentences {
			if !strings.HasPrefix(s.Text, prefix) {
				continue
			}
			found = true
			if _, why := d.judge(i, asFact); why != want {
				t.Errorf("judge(%q) = %q, want %q", s.Text, why, want)
			}
		}
		if !found {
			t.Errorf("no sentence opens %q", prefix)
		}
	}
}

// TestTitleNeverOpensInsideName: "Quay hearing" of "the West Quay
// hearing" is the end of a name and a word, no heading.
func TestTitleNeverOpensInsideName(t *testing.T) {
	if got := titleOfOne("The mayor spoke at a West Quay hearing on Friday.", "The council said it had warned the operator in March."); strings.HasPrefix(got, "Quay") {
		t.Errorf("title = %q, opens inside a name", got)
	}
	// nor is a name that says which thing, without the thing
	if got := titleOfOne("Two crews were hurt in the Lena Kell-Tarrow brawl at the quay.", "The council said it had warned the operator in March."); strings.HasSuffix(got, "Kell-Tarrow") {
		t.Errorf("title = %q, a name without the noun it qualifies", got)
	}
}

// TestCaptionBeforeCredit: a sentence that a photo credit follows on a
// line of its own is the caption it credits, however it reads.
func TestCaptionBeforeCredit(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Dunmere closes east pier",
			"The Dunmere town council voted 7-2 on Monday to close the east pier for repairs.\n\n"+
				"Crews ready the east pier for the summer crowds on the Dunmere waterfront.\n\n"+
				"(Ruth Hale/Lowland Press)\n\n"+
				"Divers found rot in nine of the pier's wooden piles, the council said.\n\n"+
				"(Tarrowpics.com)\n\n"+
				"Ropes are seen on the quay in Dunmere.\n\nKell Harbour Tours/via TARROW WIRE\n\n"+
				"Workers lift the Dunmere Pier sign onto a truck. Watch how the crews work. (Ruth Hale,Omar Vey/Lowland Press)\n\n"+
				"The ferry will move to the west quay from Wednesday, the harbour master said. The pier opened in 1911. (Ruth Hale/Lowland Press) Repairs start in June."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	for i, s := range d.a.Sentences {
		why := d.refusal(i, asFact)
		captioned := strings.HasPrefix(s.Text, "Crews ready the east pier") || strings.HasPrefix(s.Text, "Divers found rot") || strings.HasPrefix(s.Text, "Ropes are seen") ||
			strings.HasPrefix(s.Text, "Workers lift")
		if captioned && why != "photo caption" {
			t.Errorf("%q before a credit: refusal %q, want a photo caption", s.Text, why)
		}
		if (strings.HasPrefix(s.Text, "The Dunmere town council") || strings.HasPrefix(s.Text, "The ferry will move")) && why == "photo caption" {
			t.Errorf("%q is refused as a caption", s.Text)
		}
	}
}

// TestSelfContainedOpeningPhrase: a pronoun in an opening phrase means
// whoever the main clause opens on, whatever preposition opens it.
func TestSelfContainedOpeningPhrase(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	for _, in := range []string{
		"Upon her return to the harbour, Ilse Brandt thanked the ferry crews.",
		"Through his long years on the quay, Paul Lowe kept the ferry log by hand.",
	} {
		if !d.selfContained(in) {
			t.Errorf("selfContained(%q) = false, want true: the name after the phrase is who the pronoun means", in)
		}
	}
}

// TestSourceAfterArticle: a one-word source written after an article ("a
// Tidewatch survey") is an organisation's name, not a person the page
// must first name in full.
func TestSourceAfterArticle(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Rot found in east pier",
			"Nine of the east pier's piles have rotted through, according to a Tidewatch survey released in Dunmere on Monday.\n\n"+
				"The survey by Tidewatch covered every pier in the harbour."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "East pier piles rotten",
			"Divers found rot in nine of the east pier's piles, the harbour board said."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	for i, s := range d.a.Sentences {
		if strings.HasPrefix(s.Text, "Nine of the east pier's piles") {
			if sp := d.unintroduced(i, s.Text, nil); sp != "" {
				t.Errorf("unintroduced(%q) = %q, want none: the survey's maker is no person", s.Text, sp)
			}
			return
		}
	}
	t.Fatal("no sentence tells of the rotten piles")
}

// TestHighlightNotSinceThen: a sentence that opens on "Now" tells what
// happened since something said before it, and heads no list.
func TestHighlightNotSinceThen(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	d.a.Sentences = append(d.a.Sentences,
		analyze.Sentence{Text: "Now the harbour board has chosen Ilse Brandt to run the east pier repairs."},
		analyze.Sentence{Text: "The harbour board has chosen Ilse Brandt to run the east pier repairs."})
	n := len(d.a.Sentences)
	if d.bullet(candidate{i: n - 2, text: d.a.Sentences[n-2].Text}) {
		t.Errorf("bullet(%q) = true, want false", d.a.Sentences[n-2].Text)
	}
	if !d.bullet(candidate{i: n - 1, text: d.a.Sentences[n-1].Text}) {
		t.Errorf("bullet(%q) = false, want true", d.a.Sentences[n-1].Text)
	}
}

// TestLinksBack: a sentence that opens on a word tying it to the one
// before, or on a phrase adding it to something told before, does not
// open a page; one that only mentions an addition later does.
func TestLinksBack(t *testing.T) {
	for s, want := range map[string]bool{
		"In addition to the arrests, agents also seized the ferry company's records.": true,
		"In addition, the council closed the west quay for the winter.":               true,
		"Besides the fine, the ferry company must repair the pier by May.":            true,
		"Meanwhile, the divers finished their survey of the piles.":                   true,
		"The council closed the quay in addition to the pier on Monday.":              false,
		"Inspectors found rot in every pile under the west quay.":                     false,
		"Instead of a fine, the ferry company must repair the pier by May.":           false,
		"In additional tests, divers found rot in two more piles.":                    false,
		"Instead, the ferry company must repair the pier by May.":                     true,
	} {
		if got := linksBack(s); got != want {
			t.Errorf("linksBack(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMergeUnnamed: a body does not run "More details" into "Other
// details", two headings that tell a reader nothing apart; the second
// group joins the first, in its order, unless the joined section would
// grow past maxSectionSentences. Named groups and groups apart stay.
func TestMergeUnnamed(t *testing.T) {
	units := func(from, n int) []unit {
		var out []unit
		for k := range n {
			out = append(out, unit{members: []candidate{{i: from + k}}})
		}
		return out
	}
	order := func(gs []group) [][]int {
		var out [][]int
		for _, g := range gs {
			var is []int
			for _, u := range g.units {
				for _, m := range u.members {
					is = append(is, m.i)
				}
			}
			out = append(out, is)
		}
		return out
	}
	got := mergeUnnamed([]group{
		{title: "More details", units: units(0, 2)},
		{title: "Other details", units: units(2, 2)},
		{title: "What was said", units: units(4, 1)},
	})
	if len(got) != 2 || got[0].title != "More details" || got[1].title != "What was said" {
		t.Fatalf("titles = %v, want More details and What was said", order(got))
	}
	if got, want := fmt.Sprint(order(got)), "[[0 1 2 3] [4]]"; got != want {
		t.Errorf("sentences = %s, want %s", got, want)
	}
	apart := mergeUnnamed([]group{
		{title: "More details", units: units(0, 1)},
		{title: "What was said", units: units(1, 1)},
		{title: "Other details", units: units(2, 1)},
	})
	if len(apart) != 3 {
		t.Errorf("groups apart were joined: %v", order(apart))
	}
	big := mergeUnnamed([]group{
		{title: "More details", units: units(0, maxSectionSentences-1)},
		{title: "Other details", units: units(maxSectionSentences, 2)},
	})
	if len(big) != 2 {
		t.Errorf("a joined section would pass %d sentences: %d groups", maxSectionSentences, len(big))
	}
}

// TestNoCutOfASignedPost: a post that a report embeds, signed "— Name
// (@handle) date", is the post's words to its last, so the writer
// publishes no cut of it ("..., whomever wants to see can, if not."),
// though the cut would read as a sentence.
func TestNoCutOfASignedPost(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Harbour master bans photos on the pier",
			"Harbour master Lena Marsh banned photographs on the east pier of Dunmere on Tuesday.\n\n"+
				"Marsh said the ban would last until the repairs were finished.\n\n"+
				"Posted new pictures of the pier today.Tasteful, quiet, whoever wants to look at the east pier can, if not — Paul Lowe (@paullowe) May 27, 2030"),
		pierArticle(2, "dunmere-voice", "Dunmere Voice", news.Left, 1, "Photographs banned on Dunmere pier",
			"Harbour master Lena Marsh banned photographs on the east pier of Dunmere on Tuesday.\n\n"+
				"The ban will last until the repairs are finished, Marsh said.\n\n"+
				"Photographers said they would ask the council to lift the ban on the east pier."),
	}
	p, err := Writer{}.Write("quay", analyze.Analyze(arts), arts[0].Article.Published)
	if err != nil {
		t.Fatal(err)
	}
	ForEachSentence(p, func(where string, s news.Sentence) {
		if strings.Contains(s.Text, "whoever wants") {
			t.Errorf("%s %q is a cut of a signed post", where, s.Text)
		}
	})
}

// TestOneWordSpeakerWhomNoOneNamesInFull: a speaker called by one word
// needs an introduction when the story names them in full somewhere; a
// company, a country or a body that speaks ("Kellgas said") is no one's
// surname, and nothing the page could print would introduce it.
func TestOneWordSpeakerWhomNoOneNamesInFull(t *testing.T) {
	arts := pierStory()
	arts[0].Article.Text += "\n\nThe ferry operator Kellgas said the crossing would reopen to cars on Friday morning.\n\nHarbour engineer Vera Holt inspected the piles on Monday."
	arts[1].Article.Text += "\n\nHolt said the piles under the east end had settled by a few inches since the storm."
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	for _, c := range []struct {
		report                  int64
		sentence, speaker, want string
	}{
		{arts[0].Article.ID, "The ferry operator Kellgas said", "Kellgas", ""},
		{arts[1].Article.ID, "Holt said the piles", "Holt", "Holt"},
	} {
		i := find(t, d.a, c.report, c.sentence)
		if sp := d.a.Sentences[i].Speaker; sp != c.speaker {
			t.Fatalf("the speaker of %q is %q, want %q: the story no longer tests the rule", c.sentence, sp, c.speaker)
		}
		tx, ok := d.usable(i, asFact)
		if !ok {
			t.Fatalf("%q is not usable", c.sentence)
		}
		if got := d.needsIntro(i, tx); got != c.want {
			t.Errorf("needsIntro(%q) = %q, want %q", tx, got, c.want)
		}
	}
}

// TestTitleNeverEndsOnLinkingVerb: "looks" and "appears" before what
// is to come are verbs, and a heading names no action.
func TestTitleNeverEndsOnLinkingVerb(t *testing.T) {
	got := titleOfOne("Parliament looks set to enact a harbour spending bill to avert an imminent ferry strike.", "The union said it had warned the operator in March.")
	if low := strings.ToLower(got); strings.HasSuffix(low, " looks") || strings.HasSuffix(low, " appears") {
		t.Errorf("title = %q, ends on a verb", got)
	}
}

// titleOfOne is the heading of a section of one sentence, its story
// holding one other sentence in another section.
func titleOfOne(section, other string) string {
	sentence := func(text string) analyze.Sentence {
		return analyze.Sentence{Text: text, Stems: stemSet(text), Rel: 0.5}
	}
	a := analyze.Analysis{
		Reports:   []analyze.Report{{Independent: true, Ref: 1}},
		Sentences: []analyze.Sentence{sentence(section), sentence(other)},
	}
	d := newDraft(a, DefaultMaxWordsPerSource)
	units := []unit{{members: []candidate{{i: 0, text: section}}}}
	others := []unit{{members: []candidate{{i: 1, text: other}}}}
	return d.title(units, others, map[string]bool{}, map[string]bool{})
}

// TestMisprintedFigure: a figure whose thousands separators are out of
// place is its report's typo, and the sentence that gives it does not
// stand; well-formed figures, lists and years do.
func TestMisprintedFigure(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	for s, want := range map[string]bool{
		"Ferry crossings rose to 52,000 from 2150,000 in the harbour board's first count.": true,
		"The harbour board counted 30,05 pilots at the meeting on the quay.":               true,
		"Ferry crossings rose to 252,000 from 215,000 in the harbour board's first count.": false,
		"The board spent $1,250,000 on the pier, up from 980,000 in 2019.":                 false,
		"Figures 3,7,9 in the harbour board's report show the pier before 2020.":           false,
		"The ferry ran in the seasons 2019,2020 and 2021 from the west quay.":              false,
	} {
		if got := misprintedFigure(s); got != want {
			t.Errorf("misprintedFigure(%q) = %v, want %v", s, got, want)
		}
		if why := d.standsAlone(s); want && why != "a figure misprinted in its report" {
			t.Errorf("standsAlone(%q) = %q, want it refused for its misprinted figure", s, why)
		}
	}
}
