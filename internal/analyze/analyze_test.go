package analyze

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

var day = time.Date(2026, 5, 12, 8, 0, 0, 0, time.UTC)

// report builds an article of outlet id with the given lean, published
// hours after day.
func report(id, outlet int64, lean news.Lean, hours int, text string) news.ArticleRef {
	return news.ArticleRef{
		Article: news.Article{
			ID: id, OutletID: outlet, URL: "https://o" + string(rune('a'+outlet)) + ".example/" + string(rune('a'+id%26)),
			Title: "Report", Published: day.Add(time.Duration(hours) * time.Hour), Text: text, Language: "en",
		},
		Outlet: news.Outlet{ID: outlet, Name: "Outlet " + string(rune('A'+outlet)), Rating: news.Rating{Lean: lean, Rater: "Test Panel"}},
	}
}

// The texts of a small invented story: a depot fire in Marlow Bay.
const (
	fireA = "A fire destroyed the bus depot in Marlow Bay on Monday night, and 2,300 homes lost power for several hours, the fire service said.\n\n" +
		"Firefighters from three stations fought the blaze for five hours.\n\n" +
		"“We lost 14 buses tonight,” said depot manager Carla Weiss."
	fireB = "The Marlow Bay bus depot burned down on Monday night, cutting power to 2,300 homes, according to the fire service.\n\n" +
		"Crews from three stations fought the fire for five hours before bringing it under control.\n\n" +
		"The reckless storage of fuel at the depot had drawn complaints for years."
	fireC = "Power went out for 2,000 homes in Marlow Bay on Monday night after fire destroyed the town's bus depot, the fire service said.\n\n" +
		"Depot manager Carla Weiss said 14 buses were lost.\n\n" +
		"The transit board will meet on Thursday to plan replacement services, its chair said."
)

func TestCopiesCountOnce(t *testing.T) {
	orig := report(1, 1, news.Center, 0, fireA)
	cp := report(2, 2, news.Right, 1, fireA+"\n\nDistributed by a wire service.")
	cp.CopyOf = 1
	unmarked := report(3, 3, news.Left, 2, fireA) // same text, no CopyOf
	other := report(4, 4, news.LeanLeft, 3, fireB)
	a := Analyze([]news.ArticleRef{other, unmarked, cp, orig})

	want := map[int64]struct {
		independent bool
		copyOf      int
	}{1: {true, 0}, 2: {false, 1}, 3: {false, 1}, 4: {true, 0}}
	for _, r := range a.Reports {
		w := want[r.ID]
		if r.Independent != w.independent || r.CopyOfRef != w.copyOf {
			t.Errorf("report %d: independent=%v copyOf=%d, want %v and %d", r.ID, r.Independent, r.CopyOfRef, w.independent, w.copyOf)
		}
	}
	if a.Outlets != 2 || a.Coverage.Total != 2 {
		t.Errorf("outlets %d, coverage total %d, want 2 and 2", a.Outlets, a.Coverage.Total)
	}
}

func TestCopiesOfAnUnseenOriginal(t *testing.T) {
	a1 := report(1, 1, news.Center, 0, fireA)
	a2 := report(2, 2, news.Right, 1, fireA+" Distributed by a wire service.")
	a1.CopyOf, a2.CopyOf = 99, 99
	a := Analyze([]news.ArticleRef{a1, a2})
	if a.Outlets != 1 {
		t.Errorf("two copies of one wire story count as %d outlets, want 1", a.Outlets)
	}
}

func TestCoverage(t *testing.T) {
	tests := []struct {
		name  string
		leans []news.Lean
		blind news.Side
		pct   []int // by news.Leans
	}{
		{"balanced", []news.Lean{news.Left, news.Center, news.Right}, news.SideNone, []int{34, 0, 33, 0, 33, 0}},
		{"right blind spot", []news.Lean{news.Right, news.LeanRight, news.Right, news.LeanRight, news.Center}, news.SideRight, []int{0, 0, 20, 40, 40, 0}},
		{"left blind spot", []news.Lean{news.Left, news.LeanLeft, news.Left}, news.SideLeft, []int{67, 33, 0, 0, 0, 0}},
		{"too few rated", []news.Lean{news.Left, news.Left, news.Unrated}, news.SideNone, []int{67, 0, 0, 0, 0, 33}},
		{"just under the share", []news.Lean{news.Right, news.Right, news.Right, news.Center, news.Left}, news.SideNone, []int{20, 0, 20, 0, 60, 0}},
		{"center is never a blind spot", []news.Lean{news.Center, news.Center, news.Center}, news.SideNone, []int{0, 0, 100, 0, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []news.ArticleRef
			for i, l := range tt.leans {
				// distinct words, so that no report is a near-duplicate
				text := strings.Repeat(fmt.Sprintf("Report%d covers item%d of agenda%d today. ", i, i, i), 8)
				arts = append(arts, report(int64(i+1), int64(i+1), l, i, text))
			}
			c := Analyze(arts).Coverage
			if c.BlindSpot != tt.blind {
				t.Errorf("blind spot %v, want %v (label %q)", c.BlindSpot, tt.blind, c.BlindSpotLabel)
			}
			if (c.BlindSpotLabel != "") != (tt.blind != news.SideNone) {
				t.Errorf("label %q with blind spot %v", c.BlindSpotLabel, tt.blind)
			}
			sum := 0
			for i, l := range c.ByLean {
				sum += l.Percent
				if l.Percent != tt.pct[i] {
					t.Errorf("%s: %d%%, want %d%%", l.Label, l.Percent, tt.pct[i])
				}
			}
			if sum != 100 {
				t.Errorf("percentages sum to %d", sum)
			}
		})
	}
}

// sentenceStarting returns the index of the first sentence of a that
// starts with prefix.
func sentenceStarting(t *testing.T, a Analysis, prefix string) int {
	t.Helper()
	for i, s := range a.Sentences {
		if strings.HasPrefix(s.Text, prefix) {
			return i
		}
	}
	t.Fatalf("no sentence starts %q", prefix)
	return -1
}

func TestClaims(t *testing.T) {
	a := Analyze([]news.ArticleRef{
		report(1, 1, news.Center, 0, fireA),
		report(2, 2, news.Left, 1, fireB),
		report(3, 3, news.Right, 2, fireC),
	})
	claimOf := map[int]int{}
	for ci, c := range a.Claims {
		for _, m := range c.Members {
			claimOf[m] = ci + 1
		}
		if c.Outlets != len(c.Members) {
			t.Errorf("claim %d: %d outlets for %d members", ci, c.Outlets, len(c.Members))
		}
	}
	find := func(prefix string) int { return sentenceStarting(t, a, prefix) }
	depotA, depotB, depotC := find("A fire destroyed"), find("The Marlow Bay bus depot"), find("Power went out")
	crewsA, crewsB := find("Firefighters from three"), find("Crews from three")
	if claimOf[depotA] == 0 || claimOf[depotA] != claimOf[depotB] {
		t.Errorf("the two 2,300-home sentences are not one claim")
	}
	if claimOf[depotC] != 0 && claimOf[depotC] == claimOf[depotA] {
		t.Errorf("2,000 homes joined the 2,300-home claim")
	}
	if claimOf[crewsA] == 0 || claimOf[crewsA] != claimOf[crewsB] {
		t.Errorf("the three-station sentences are not one claim")
	}
	if !a.Sentences[depotC].Disputed || a.Sentences[depotA].Disputed {
		t.Errorf("disputed: 2,000-home sentence %v, 2,300-home sentence %v; want true, false",
			a.Sentences[depotC].Disputed, a.Sentences[depotA].Disputed)
	}
}

func TestOutlookAndQuotes(t *testing.T) {
	a := Analyze([]news.ArticleRef{
		report(1, 1, news.Center, 0, fireA),
		report(2, 2, news.Left, 1, fireB),
		report(3, 3, news.Right, 2, fireC),
	})
	if len(a.Outlook) != 1 || !strings.HasPrefix(a.Sentences[a.Outlook[0]].Text, "The transit board will meet") {
		var got []string
		for _, i := range a.Outlook {
			got = append(got, a.Sentences[i].Text)
		}
		t.Errorf("outlook = %q, want the transit board's attributed plan only", got)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Text != "We lost 14 buses tonight," || a.Quotes[0].Speaker != "Carla Weiss" {
		t.Errorf("quotes = %+v, want Carla Weiss's one quote", a.Quotes)
	}
}

func TestFraming(t *testing.T) {
	a := Analyze([]news.ArticleRef{
		report(1, 1, news.Center, 0, fireA),
		report(2, 2, news.Left, 1, fireB+"\n\nThe depot fire left night-shift cleaners stranded. Night-shift cleaners walked home."),
		report(3, 3, news.Right, 2, fireC+"\n\nTaxpayers will cover the depot fire. Taxpayers have paid before."),
	})
	bySide := map[string]news.Framing{}
	for _, f := range a.Framing {
		bySide[f.Side] = f
	}
	if len(a.Framing) != 3 || a.Framing[0].Side != "Left" || a.Framing[2].Side != "Right" {
		t.Fatalf("framing sides %+v, want Left, Center, Right", a.Framing)
	}
	has := func(xs []string, x string) bool {
		for _, y := range xs {
			if y == x {
				return true
			}
		}
		return false
	}
	if !has(bySide["Left"].Terms, "night-shift cleaners") || !has(bySide["Right"].Terms, "taxpayers") {
		t.Errorf("terms: left %q, right %q", bySide["Left"].Terms, bySide["Right"].Terms)
	}
	if has(bySide["Right"].Terms, "night-shift cleaners") || has(bySide["Left"].Terms, "taxpayers") {
		t.Errorf("a side's term was used by the other side")
	}
	if !has(bySide["Left"].LoadedWords, "reckless") || len(bySide["Right"].LoadedWords) != 0 {
		t.Errorf("loaded: left %q, right %q", bySide["Left"].LoadedWords, bySide["Right"].LoadedWords)
	}
}

// TestFramingSkipsPageLabels: a site's labels and buttons ("Story
// highlights", "Continue reading the main story") and its prompts to
// readers ("Please subscribe ...") are no side's framing, however often
// one side's pages carry them.
func TestFramingSkipsPageLabels(t *testing.T) {
	labels := "\n\nStory highlights\n\nContinue reading the main story\n\nPlease subscribe to our newsletter.\n\nContinue reading the main story\n\nStory highlights\n\nPlease subscribe to our newsletter."
	a := Analyze([]news.ArticleRef{
		report(1, 1, news.Center, 0, fireA),
		report(2, 2, news.Left, 1, fireB+labels),
		report(3, 3, news.Right, 2, fireC),
	})
	for _, f := range a.Framing {
		for _, term := range f.Terms {
			switch strings.ToLower(term) {
			case "story highlights", "highlights", "main story", "continue reading", "please", "subscribe", "newsletter":
				t.Errorf("%s: page label %q shown as a distinctive term", f.Side, term)
			}
		}
	}
}

func TestAnalyzeDeterministic(t *testing.T) {
	arts := []news.ArticleRef{
		report(1, 1, news.Center, 0, fireA),
		report(2, 2, news.Left, 1, fireB),
		report(3, 3, news.Right, 2, fireC),
		report(4, 4, news.LeanRight, 2, fireA+" Copied."),
	}
	want := Analyze(arts)
	rng := rand.New(rand.NewPCG(7, 7))
	for round := 0; round < 5; round++ {
		rng.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
		if got := Analyze(arts); !reflect.DeepEqual(got, want) {
			t.Fatalf("analysis differs for shuffled input")
		}
	}
}

func TestSentenceFeatures(t *testing.T) {
	a := Analyze([]news.ArticleRef{report(1, 1, news.Center, 0,
		"Officials said the depot closed. “It was a long night.\n\nWe will rebuild,” Weiss said.\n\n"+
			"Clearly the board failed the town. We expect a report soon.\n\n"+
			"To be clear, this is about lowering the pier, not making it safer. "+
			"Whether the pier deal will last is anyone's guess. "+
			"The fight over the pier is really about who runs the harbour. "+
			"What is most worrying about the pier plan is the plan itself. "+
			"Alas, Marsh is not the only skipper with a grudge against the pier. "+
			"What was done to the pier is known. "+
			"Perhaps the council never meant to mend the west pier at all. "+
			"Maybe the harbour board wanted the ferry crews gone. "+
			"Perhaps 200 people stood on the pier when the piles gave way. "+
			"Perhaps as many as 40 boats were moored at the pier that night.")})
	got := byText(a)
	if s := got["“It was a long night."]; !s.InQuote {
		t.Errorf("an opening quote that runs past the sentence is not marked InQuote")
	}
	if s := got["Clearly the board failed the town."]; !s.Opinion {
		t.Errorf("an unattributed judgment is not marked Opinion")
	}
	for _, in := range []string{
		"To be clear, this is about lowering the pier, not making it safer.",
		"Whether the pier deal will last is anyone's guess.",
		"The fight over the pier is really about who runs the harbour.",
		"What is most worrying about the pier plan is the plan itself.",
		"Alas, Marsh is not the only skipper with a grudge against the pier.",
		// the writer's guess
		"Perhaps the council never meant to mend the west pier at all.",
		"Maybe the harbour board wanted the ferry crews gone.",
	} {
		if s, ok := got[in]; !ok || !s.Opinion {
			t.Errorf("%q: found %v, opinion %v, want an opinion", in, ok, s.Opinion)
		}
	}
	if s := got["What was done to the pier is known."]; s.Opinion {
		t.Errorf("a plain clause opened by \"what\" is marked Opinion")
	}
	// a hedged amount is no guess of the writer's own
	for _, in := range []string{"Perhaps 200 people stood on the pier when the piles gave way.", "Perhaps as many as 40 boats were moored at the pier that night."} {
		if s, ok := got[in]; !ok || s.Opinion {
			t.Errorf("%q: found %v, opinion %v, want no opinion", in, ok, s.Opinion)
		}
	}
	if s := got["We expect a report soon."]; !s.Opinion || !s.Forward {
		t.Errorf("first-person forecast: opinion=%v forward=%v, want both", s.Opinion, s.Forward)
	}
	if s := got["Officials said the depot closed."]; s.Speaker != "Officials" || s.Para != 0 || s.Pos != 0 {
		t.Errorf("first sentence: speaker %q at %d/%d", s.Speaker, s.Para, s.Pos)
	}
}

// TestNameWordsJoinAliases: "U.S." and "United States" are one name, so
// two sentences that differ in how they write it can state one fact.
func TestNameWordsJoinAliases(t *testing.T) {
	a := newSentence("Ferry traffic between Dunmere and the U.S. fell by a third in May.", false)
	b := newSentence("Ferry traffic between Dunmere and the United States fell by a third in May.", false)
	if text.SharedSorted(a.NameWords, b.NameWords) < 2 {
		t.Errorf("name words %q and %q share too little", a.NameWords, b.NameWords)
	}
	c := newSentence("Ferry traffic between Dunmere and the U.K. fell by a third in May.", false)
	if text.SharedSorted(a.NameWords, c.NameWords) != 1 {
		t.Errorf("name words %q and %q: want only Dunmere shared", a.NameWords, c.NameWords)
	}
}

// TestNameWordsLeaveOutMonths: a month as a date shortens it ("Jan. 31")
// names no one, so it cannot be the only name two sentences share.
func TestNameWordsLeaveOutMonths(t *testing.T) {
	s := newSentence("The Harbour Board will keep the ferry fares down through Jan. 31, Lena Marsh said.", false)
	if slices.Contains(s.NameWords, "jan") || !slices.Contains(s.NameWords, "marsh") {
		t.Errorf("name words %q: want Marsh and no month", s.NameWords)
	}
}

// A huge report gives only the sentences at its top, and a story of many
// reports about maxStorySentences in all, so that analysis stays cheap.
func TestAnalyzeBudget(t *testing.T) {
	long := strings.Repeat("The council met on Monday and voted on the budget. ", 5000)
	arts := []news.ArticleRef{
		{Article: news.Article{ID: 1, URL: "https://a.test/1", Text: long, Language: "en"}, Outlet: news.Outlet{ID: 1, Name: "A"}},
		{Article: news.Article{ID: 2, URL: "https://b.test/1", Text: long, Language: "en"}, Outlet: news.Outlet{ID: 2, Name: "B"}},
	}
	a := Analyze(arts)
	for _, r := range a.Reports {
		if len(r.Sentences) != maxReportSentences {
			t.Errorf("report %d: %d sentences analysed, want %d", r.Ref, len(r.Sentences), maxReportSentences)
		}
	}
	var many []news.ArticleRef
	for i := range 100 {
		many = append(many, news.ArticleRef{Article: news.Article{ID: int64(i + 1), URL: fmt.Sprint("https://o", i, ".test/1"), Text: long, Language: "en"},
			Outlet: news.Outlet{ID: int64(i + 1), Name: fmt.Sprint("Outlet ", i)}})
	}
	if n := len(Analyze(many).Sentences); n > maxStorySentences {
		t.Errorf("a story of 100 long reports: %d sentences analysed, want at most %d", n, maxStorySentences)
	}
}

// TestClaimsBySameActors: outlets that tell one fact in their own words,
// each with details of its own, share its actors and its verb but few
// other words; they state one claim. A sentence about the same actors
// that tells of something else is another.
func TestClaimsBySameActors(t *testing.T) {
	a := Analyze([]news.ArticleRef{
		report(1, 1, news.Center, 0, "TARROW (Lowland Press) — Lena Marsh, one of Governor Paul Lowe's most trusted and longest-serving aides, is returning to the Harbour Board as the governor gathers loyal staff before the campaign.\n\n"+
			"Its budget rose by a fifth this year."),
		report(2, 2, news.Left, 1, "On Thursday, the Harbour Board confirmed that Lena Marsh, one of Lowe's most trusted aides, will return to the board to work for his chief of operations after two years in private legal practice.\n\n"+
			"Marsh left in a row over pilot pay, and Lowe reportedly regretted her going."),
		report(3, 3, news.Right, 2, "Former Harbour Board director Lena Marsh is set to return to the Harbour Board in a new role.\n\n"+
			"Marsh reportedly praised the pilots at the Harbour Board dinner."),
	})
	find := func(prefix string) int { return sentenceStarting(t, a, prefix) }
	claimOf := map[int]int{}
	for ci, c := range a.Claims {
		for _, m := range c.Members {
			claimOf[m] = ci + 1
		}
	}
	first, second := find("TARROW"), find("On Thursday")
	if claimOf[first] == 0 || claimOf[first] != claimOf[second] {
		t.Errorf("two tellings of Lena Marsh's return are not one claim: claims %v", a.Claims)
	}
	praised := find("Marsh reportedly")
	for _, j := range []int{first, second} {
		if slices.Contains(a.Sentences[praised].Matches, j) {
			t.Errorf("%q matches %q", a.Sentences[praised].Text, a.Sentences[j].Text)
		}
	}
}

// TestSameActorsNotByRole: the role that comes with a name ("coach Lena
// Marsh", "Ilse Brandt, a lawyer for ...") tells who someone is, not what
// they did: two sentences that share only that with the names state two
// facts.
func TestSameActorsNotByRole(t *testing.T) {
	a := Analyze([]news.ArticleRef{
		report(1, 1, news.Center, 0, "Lena Marsh of Tarrow Rovers is pacing the Tarrow Rovers coaching area.\n\n"+
			"Tarrow Rovers lead Kell United by two goals at the break.\n\n"+
			"Lena Marsh took over at Tarrow Rovers in the spring."),
		report(2, 2, news.Left, 1, "\"Every mistake gets punished at this level,\" said Tarrow Rovers coach Lena Marsh after the final whistle.\n\n"+
			"Tarrow Rovers beat Kell United three goals to one.\n\n"+
			"Ilse Brandt, a lawyer for Tarrow Rovers, said the harbour ground would reopen in May."),
		report(3, 3, news.Right, 2, "Tarrow Rovers won the derby against Kell United.\n\n"+
			"Lena Marsh praised her players."),
	})
	pacing, quote := sentenceStarting(t, a, "Lena Marsh of"), sentenceStarting(t, a, "\"Every mistake")
	if slices.Contains(a.Sentences[pacing].Matches, quote) || slices.Contains(a.Sentences[quote].Matches, pacing) {
		t.Errorf("%q and %q share only names and a name's role, yet state one fact", a.Sentences[pacing].Text, a.Sentences[quote].Text)
	}
}

// TestNameRoles: the words that say who someone named is, before the
// name or set off after it, and no others.
func TestNameRoles(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"\"We never stopped,\" said Tarrow coach Lena Marsh.", []string{"coach"}},
		{"Former Mayor Paul Lowe opened the pier.", []string{"former", "mayor"}},
		{"The pier was opened by former Mayor Paul Lowe.", []string{"former", "mayor"}},
		{"Ilse Brandt, a lawyer for the club, said so.", []string{"lawyer"}},
		{"Ilse Brandt, the harbour master, said so.", []string{"master"}},
		{"Marsh's lawyer, Ilse Brandt, said so.", []string{"lawyer"}},
		{"The coach said the lawyer would call.", nil},
		{"Lena Marsh was named director of the harbour board.", nil},
	} {
		if got := NameRoles(c.s); !slices.Equal(got, c.want) {
			t.Errorf("NameRoles(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}
