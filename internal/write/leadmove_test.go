package write

import (
	"slices"
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// pierOpeners drafts the pier story and returns the draft, its
// candidates and those of them that can open a page.
func pierOpeners() (*draft, []candidate, []candidate) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	d.params = DefaultParams
	cands := d.candidates()
	var openers []candidate
	for _, c := range cands {
		if d.opener(c) {
			openers = append(openers, c)
		}
	}
	return d, cands, openers
}

// When the highlights took every sentence that can open the page, the
// one that moves down to become the lead is the highlight after the
// first that best opens a page, not the last one listed.
func TestLeadTakesTheBestOpeningHighlight(t *testing.T) {
	d, _, openers := pierOpeners()
	if len(openers) < 3 {
		t.Fatalf("the story has %d sentences that can open a page, want 3 or more", len(openers))
	}
	// the best-scored opener first, then the rest with the weakest
	// opening before the strongest, so the last listed is not the best
	first, rest := openers[0], openers[1:]
	best, worst := 0, 0
	for k, c := range rest {
		if d.ledeScore(c) > d.ledeScore(rest[best]) {
			best = k
		}
		if d.ledeScore(c) < d.ledeScore(rest[worst]) {
			worst = k
		}
	}
	if d.ledeScore(rest[best]) == d.ledeScore(rest[worst]) {
		t.Fatal("every opener scores the same as an opening")
	}
	hs := []candidate{first, rest[best], rest[worst]}
	want := rest[best].text
	lead := d.lead(nil, &hs)
	if len(lead) != 1 || lead[0].text != want {
		t.Fatalf("lead = %v, want the highlight %q", lead, want)
	}
	if len(hs) != 2 || hs[0].text != first.text || hs[1].text != rest[worst].text {
		t.Errorf("highlights left = %v, want the first and the weaker opener", hs)
	}
}

// The lead tells what happened, from the sentence that best opens a
// page, even when the first highlight is a side fact that every outlet
// gives in the same words: another outlet's wording of that fact does
// not open the page a second time.
func TestLeadIsTheBestOpeningNotTheFirstHighlightAgain(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Hackers shut Dunmere ferry ticketing for four days",
			"A ransomware attack on the Dunmere Ferry Company shut down its ticket machines for four days.\n\n"+
				"Ferries kept sailing, and fares were waived while the machines were down.\n\n"+
				"The company said about 40,000 passengers may have had their details taken.\n\n"+
				"General manager Paul Lowe said the company expects the booking app to be working again by Friday."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Dunmere ferry hack exposes 40,000 passengers",
			"Hackers knocked out the ticketing systems of the Dunmere Ferry Company this week.\n\n"+
				"The group behind the attack has asked for $2 million, and the company says it will not pay.\n\n"+
				"Ferry crews kept the boats running on the usual timetable.\n\n"+
				"General manager Paul Lowe said the company expects the booking app to be working again by Friday."),
		pierArticle(3, "dunmere-voice", "Dunmere Voice", news.Left, 2, "Ferry riders sail free as ticket machines stay dark",
			"Criminals took the Dunmere Ferry Company's ticket machines offline on Monday.\n\n"+
				"Riders have travelled free since then.\n\n"+
				"The company said passengers would be offered two years of free credit monitoring.\n\n"+
				"Lowe said the company expects the booking app to be working again by Friday."),
	}
	p, err := Writer{}.Write("ferry", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		for _, h := range p.Highlights {
			t.Log("highlight:", h.Text)
		}
		t.Log("lead:", p.Lead)
	}
	if len(p.Lead) == 0 {
		t.Fatal("no lead")
	}
	if strings.Contains(p.Lead[0].Text, "booking app") {
		t.Errorf("lead %q tells the side fact again; want what happened", p.Lead[0].Text)
	}
}

// The lead may tell the first highlight's news again, in more words; when
// it gives a figure of another highlight, that highlight, which tells the
// same news, leaves the highlights: a page does not say a second thing
// twice, and it opens on its best opening.
func TestLeadRepeatsNoLaterHighlight(t *testing.T) {
	d, cands, openers := pierOpeners()
	// the best opening is left for the lead; a later highlight gives one
	// of its figures but opens the page less well, and the first gives
	// none of them. The lead's retelling costs nothing here, so that
	// the later highlight does not outrank it (see outranks): the rule
	// is the lead's figures.
	d.params.Restate = 0
	best := openers[0]
	for _, c := range openers {
		if d.ledeScore(c) > d.ledeScore(best) {
			best = c
		}
	}
	var first, later *candidate
	for k, c := range openers {
		switch {
		case c.i == best.i:
		case later == nil && sharesFigure(d.a.Sentences[c.i], d.a.Sentences[best.i]) && d.ledeScore(c) < d.ledeScore(best) &&
			!sharesWords(d.stemsOf(c.text), [][]string{d.stemsOf(best.text)}, 0.9, true):
			later = &openers[k]
		case first == nil && !sharesFigure(d.a.Sentences[c.i], d.a.Sentences[best.i]):
			first = &openers[k]
		}
	}
	if first == nil || later == nil {
		t.Fatal("the story has no opener that gives none of the best one's figures, or none that gives one and opens less well")
	}
	hs := []candidate{*first, *later}
	for _, h := range hs {
		d.place(h.i, h.text, h.cites)
	}
	lead := d.lead(cands, &hs)
	if len(lead) != 1 {
		t.Fatalf("lead = %v, want one sentence", lead)
	}
	if !sharesFigure(d.a.Sentences[lead[0].i], d.a.Sentences[later.i]) {
		t.Fatalf("lead %q gives no figure of %q: the story no longer tests the rule", lead[0].text, later.text)
	}
	for _, h := range hs[1:] {
		if sharesFigure(d.a.Sentences[lead[0].i], d.a.Sentences[h.i]) {
			t.Errorf("lead %q gives a figure of the highlight %q, which stays", lead[0].text, h.text)
		}
	}
	if d.placed[later.i] {
		t.Errorf("the highlight %q, whose news the lead %q tells, is still placed", later.text, lead[0].text)
	}
}

// A highlight after the first that opens the page better than every
// sentence left becomes the lead, and the highlights are filled again,
// unless what is left tells the first highlight's news again in fuller
// words: the page opens on its news, not on a side fact, and a lead may
// retell the first highlight.
func TestLeadTakesAHighlightThatOutranksWhatIsLeft(t *testing.T) {
	d, cands, openers := pierOpeners()
	if len(openers) < 3 {
		t.Fatalf("the story has %d sentences that can open a page, want 3 or more", len(openers))
	}
	best := 0
	for k, c := range openers {
		if d.ledeScore(c) > d.ledeScore(openers[best]) {
			best = k
		}
	}
	// as the first highlight, an opener that shares little with any
	// other, so that nothing left retells it
	first := -1
	for k, c := range openers {
		if k == best {
			continue
		}
		alone := true
		for j, o := range openers {
			if j != k && sharesWords(d.stemsOf(o.text), [][]string{d.stemsOf(c.text)}, 0.5, false) {
				alone = false
			}
		}
		if alone {
			first = k
			break
		}
	}
	if first < 0 {
		t.Fatal("every opener shares half its words with another: the story no longer tests the rule")
	}
	hs := []candidate{openers[first], openers[best]}
	for _, h := range hs {
		d.place(h.i, h.text, h.cites)
	}
	lead := d.lead(cands, &hs)
	if len(lead) != 1 || lead[0].i != openers[best].i {
		t.Fatalf("lead = %v, want the highlight %q, which opens the page best", lead, openers[best].text)
	}
	if len(hs) < 2 || hs[0].i != openers[first].i {
		t.Fatalf("highlights = %v, want the first kept and the list filled again", hs)
	}
	for _, h := range hs {
		if h.i == openers[best].i {
			t.Errorf("the lead %q is still a highlight", h.text)
		}
	}

	// what is left retells the first highlight: the lead retells it
	for k, c := range openers {
		for j, o := range openers {
			if k == best || j == best || j == k || !sharesWords(d.stemsOf(o.text), [][]string{d.stemsOf(c.text)}, 0.5, false) {
				continue
			}
			left := o
			left.score = d.ledeScore(o)
			if left.score >= d.ledeScore(openers[best]) {
				continue
			}
			if d.outranks(openers[best], left, c) {
				t.Errorf("the highlight %q outranks %q, which retells the first highlight %q", openers[best].text, o.text, c.text)
			}
			if !d.outranks(openers[best], left, openers[first]) && !sharesWords(d.stemsOf(o.text), [][]string{d.stemsOf(openers[first].text)}, 0.5, false) {
				t.Errorf("the highlight %q does not outrank %q", openers[best].text, o.text)
			}
			return
		}
	}
	t.Fatal("no opener of the story retells another: the story no longer tests the rule")
}

// A highlight that moves down to become the lead takes with it the later
// highlights that give one of its figures, as a lead left by the
// highlights does (see TestLeadRepeatsNoLaterHighlight).
func TestMovedLeadTakesItsFiguresFromTheHighlights(t *testing.T) {
	d, cands, openers := pierOpeners()
	best := 0
	for k, c := range openers {
		if d.ledeScore(c) > d.ledeScore(openers[best]) {
			best = k
		}
	}
	// the first highlight gives none of the best opening's figures, a
	// later one gives some of them in other words
	first, later := -1, -1
	for k, c := range openers {
		switch {
		case k == best:
		case first < 0 && !sharesFigure(d.a.Sentences[c.i], d.a.Sentences[openers[best].i]):
			first = k
		case later < 0 && sharesFigure(d.a.Sentences[c.i], d.a.Sentences[openers[best].i]):
			later = k
		}
	}
	if first < 0 || later < 0 {
		t.Fatal("the story has no opener without the best one's figures, or none other with them")
	}
	hs := []candidate{openers[first], openers[best], openers[later]}
	for _, h := range hs {
		d.place(h.i, h.text, h.cites)
	}
	lead := d.lead(cands, &hs)
	if len(lead) != 1 || lead[0].i != openers[best].i {
		t.Fatalf("lead = %v, want the highlight %q moved down", lead, openers[best].text)
	}
	for _, h := range hs {
		if sharesFigure(d.a.Sentences[lead[0].i], d.a.Sentences[h.i]) && h.i != hs[0].i {
			t.Errorf("the highlight %q gives a figure of the lead %q and stays", h.text, lead[0].text)
		}
	}
}

// A sentence that goes on from the one before it in its report ("Now the
// council has ...") does not open a page.
func TestOpenerLinksBackToNothing(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	d.params = DefaultParams
	for _, c := range d.candidates() {
		if !d.opener(c) {
			continue
		}
		for _, link := range []string{"Now", "Meanwhile,", "Still,", "But"} {
			linked := c
			linked.text = link + " " + strings.ToLower(c.text[:1]) + c.text[1:]
			if d.opener(linked) {
				t.Errorf("%q may open the page", linked.text)
			}
		}
		// a phrase of time is no link: "So far, ..." tells how far
		timed := c
		timed.text = "So far, " + strings.ToLower(c.text[:1]) + c.text[1:]
		if !d.opener(timed) {
			t.Errorf("%q may not open the page", timed.text)
		}
		return
	}
	t.Fatal("the story has no sentence that can open a page")
}

// The first highlight, read before anything else, does not open on a
// phrase that adds it to something told before ("In addition to ...").
func TestFirstHighlightAddsToNothing(t *testing.T) {
	first := func(prefix string) (candidate, candidate) {
		d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
		d.params = DefaultParams
		cands := d.candidates()
		top := cands[0]
		if prefix != "" {
			cands[0].text = prefix + strings.ToLower(top.text[:1]) + top.text[1:]
		}
		hs := d.highlights(cands)
		if len(hs) == 0 {
			t.Fatal("no highlights")
		}
		return top, hs[0]
	}
	if top, h := first(""); h.i != top.i {
		t.Fatalf("the best-scored sentence %q is not the first highlight (%q): the test needs it to be", top.text, h.text)
	}
	if top, h := first("In addition to the closure, "); h.i == top.i {
		t.Errorf("%q is the first highlight", h.text)
	}
}

// leadFollowerStory: two outlets report one pilot's retirement; one
// goes on from its opening with a sentence that names her only by her
// age, then with one that stands on its own.
func leadFollowerStory() []news.ArticleRef {
	return []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0,
			"Harbour pilot Lena Marsh to retire",
			"Lena Marsh is retiring from the Dunmere harbour board after 20 years as its senior pilot.\n\n"+
				"The 61-year-old pilot will step down in May, the board said.\n\n"+
				"The board will name a new senior pilot in April."),
		pierArticle(2, "dunmere-voice", "Dunmere Voice", news.Left, 1,
			"Senior pilot Lena Marsh retires from harbour board",
			"Senior pilot Lena Marsh is retiring from the Dunmere harbour board after 20 years.\n\n"+
				"Ferry crews said they would miss her."),
	}
}

// TestLeadFollower: the sentence that names the lead's subject only by
// her age joins the lead's paragraph, where it reads as its report's
// reader read it; it stands nowhere else, and a sentence that can stand
// alone does not join.
func TestLeadFollower(t *testing.T) {
	a := analyze.Analyze(leadFollowerStory())
	d := newDraft(a, DefaultMaxWordsPerSource)
	d.params = DefaultParams
	cands := d.candidates()
	opening := find(t, a, 1, "Lena Marsh is retiring")
	var lead candidate
	for _, c := range cands {
		if c.i == opening {
			lead = c
		}
	}
	if lead.text == "" {
		t.Fatal("the opening is no candidate")
	}
	aged := find(t, a, 1, "The 61-year-old pilot")
	if d.backReference(a.Sentences[aged].Text, nil) == "" {
		t.Fatal("the aged sentence stands alone: the story no longer tests the rule")
	}
	d.place(lead.i, lead.text, lead.cites)
	got := d.leadFollower(cands, []candidate{lead})
	if len(got) != 2 || got[1].i != aged {
		t.Fatalf("lead = %v, want the opening and the sentence after it", got)
	}

	// the sentence after the aged one stands alone: it does not join
	d = newDraft(a, DefaultMaxWordsPerSource)
	d.params = DefaultParams
	cands = d.candidates()
	next := find(t, a, 1, "The board will name")
	if d.backReference(a.Sentences[next].Text, nil) != "" || !slices.ContainsFunc(cands, func(c candidate) bool { return c.i == next }) {
		t.Fatal("the last sentence is no candidate that stands alone: the story no longer tests the rule")
	}
	d.place(aged, a.Sentences[aged].Text, []int{1})
	if got := d.leadFollower(cands, []candidate{{i: aged, text: a.Sentences[aged].Text}}); len(got) != 1 {
		t.Errorf("lead = %v, want the sentence that stands alone left out of it", got)
	}

	p, err := Writer{}.Write("pilot", a, pierNow)
	if err != nil {
		t.Fatal(err)
	}
	at := ""
	ForEachSentence(p, func(where string, s news.Sentence) {
		if strings.Contains(s.Text, "61-year-old") {
			at = where
		}
	})
	if at != "lead[1]" {
		t.Errorf("the aged sentence stands at %q on the page, want right after the lead", at)
	}
}
