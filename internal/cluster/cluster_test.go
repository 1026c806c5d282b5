package cluster

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// partition returns the groups' doc IDs, ignoring story IDs.
func partition(groups []Group) [][]int64 {
	out := make([][]int64, len(groups))
	for i, g := range groups {
		out[i] = g.DocIDs
	}
	return out
}

func sorted(xs []int64) []int64 {
	out := slices.Clone(xs)
	slices.Sort(out)
	return out
}

func TestCluster(t *testing.T) {
	tests := []struct {
		name string
		docs []Doc
		opt  Options
		want [][]int64 // in the order of each group's earliest report
	}{
		{
			name: "reports of one event in different words are one story",
			docs: fire,
			want: [][]int64{ids(fire)},
		},
		{
			name: "look-alike events in one town with one mayor stay apart",
			docs: concat(fire, budget),
			want: [][]int64{ids(fire), ids(budget)},
		},
		{
			name: "five events, two of them look-alikes of the first",
			docs: concat(fire, strike, budget, secondFire),
			want: [][]int64{ids(fire), ids(strike), ids(budget), ids(secondFire)},
		},
		{
			// A beat's news names the same few people every day: the names
			// two reports share say less than the words they share.
			name: "two events of one beat, told with one cast of names, stay apart",
			docs: concat(farmBill, borderVeto),
			want: [][]int64{ids(farmBill), ids(borderVeto)},
		},
		{
			// Averaged over all their pairs, the two votes are as alike
			// as the threshold asks; each vote's reports are far more
			// alike among themselves.
			name: "two tight events of one day's vote stay apart",
			docs: concat(codQuota, railLine),
			want: [][]int64{ids(codQuota), ids(railLine)},
		},
		{
			name: "a syndicated copy joins its original whatever its words",
			docs: concat(fire, budget, []Doc{teaser}),
			want: [][]int64{sorted(append(ids(fire), teaser.ID)), ids(budget)},
		},
		{
			name: "a report with no words stands alone",
			docs: concat(strike, []Doc{report(601, 1, at(3, 8, 0), "en", "", "")}),
			want: [][]int64{ids(strike), {601}},
		},
		{
			name: "no docs, no groups",
			want: [][]int64{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := tt.opt
			if reflect.ValueOf(opt).IsZero() {
				opt = DefaultOptions()
			}
			got := partition(Cluster(tt.docs, nil, opt))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("groups (-want +got):\n%s", diff)
			}
		})
	}
}

// groupOf returns the group that holds doc id, or nil.
func groupOf(groups [][]int64, id int64) []int64 {
	for _, g := range groups {
		if slices.Contains(g, id) {
			return g
		}
	}
	return nil
}

// TestClusterWindow checks that the same fire four weeks later is
// another story: no story holds reports of both fires.
func TestClusterWindow(t *testing.T) {
	groups := partition(Cluster(concat(fire, secondFire), nil, DefaultOptions()))
	first := map[int64]bool{}
	for _, id := range ids(fire) {
		first[id] = true
	}
	for _, g := range groups {
		if slices.ContainsFunc(g, func(id int64) bool { return first[id] != first[g[0]] }) {
			t.Errorf("story %v holds reports of both fires", g)
		}
	}
	if g := groupOf(groups, fire[0].ID); len(g) != len(fire) {
		t.Errorf("the first fire's reports are not one story: %v", groups)
	}
}

// TestClusterWithoutWindow is the control for "the same fire four weeks
// later is another story": without the window the first reports of the
// two fires are one story, so the window is what keeps them apart.
func TestClusterWithoutWindow(t *testing.T) {
	opt := DefaultOptions()
	opt.Window = 0
	groups := partition(Cluster(concat(fire, secondFire), nil, opt))
	if g := groupOf(groups, fire[0].ID); !slices.Contains(g, secondFire[0].ID) {
		t.Errorf("without a window, the first reports of the two fires are apart: %v", groups)
	}
}

// TestClusterLanguages checks that no story mixes two languages, and that
// a report whose language is unknown joins the story it tells.
func TestClusterLanguages(t *testing.T) {
	docs := concat(fire, fuego, []Doc{untagged, mistagged, translated})
	lang := map[int64]string{}
	for _, d := range docs {
		lang[d.ID] = d.Language
	}
	groups := partition(Cluster(docs, nil, DefaultOptions()))
	for _, g := range groups {
		seen := map[string]bool{}
		for _, id := range g {
			if l := lang[id]; l != "" {
				seen[l] = true
			}
		}
		if len(seen) > 1 {
			t.Errorf("group %v mixes languages %v", g, seen)
		}
	}
	if g := groupOf(groups, untagged.ID); !slices.Contains(g, fire[0].ID) {
		t.Errorf("the untagged report is not with the English reports of its fire: %v", groups)
	}
	if g := groupOf(groups, translated.ID); !slices.Contains(g, fuego[0].ID) {
		t.Errorf("the Spanish copy is not with the Spanish reports: %v", groups)
	}
	if g := groupOf(groups, mistagged.ID); len(g) != 1 {
		t.Errorf("the report tagged German is not alone: %v", groups)
	}
	if g := groupOf(groups, fire[0].ID); len(g) < len(fire)-1 {
		t.Errorf("the English reports of the fire are split: %v", groups)
	}
}

// TestClusterLanguageGuard checks that the guard holds even when the
// threshold would join everything that shares a word.
func TestClusterLanguageGuard(t *testing.T) {
	opt := DefaultOptions()
	opt.Threshold = 0.001
	docs := concat(fire, fuego, budget, []Doc{untagged, mistagged, translated})
	lang := map[int64]string{}
	for _, d := range docs {
		lang[d.ID] = d.Language
	}
	for _, g := range Cluster(docs, nil, opt) {
		seen := ""
		for _, id := range g.DocIDs {
			if l := lang[id]; l != "" {
				if seen != "" && l != seen {
					t.Fatalf("group %v mixes %q and %q", g.DocIDs, seen, l)
				}
				seen = l
			}
		}
	}
}

func TestClusterCopies(t *testing.T) {
	a := report(1, 1, at(2, 6, 0), "en", "Bridge closed", "The north bridge closed after inspectors found cracks.")
	b := report(2, 2, at(2, 7, 0), "en", "Budget passed", "The council passed its budget.")
	tests := []struct {
		name string
		docs []Doc
		want [][]int64
	}{
		{"a chain of copies follows its original", []Doc{a, b, withCopy(report(3, 3, at(2, 8, 0), "", "x", "y"), 4), withCopy(report(4, 4, at(2, 9, 0), "", "z", "w"), 1)}, [][]int64{{1, 3, 4}, {2}}},
		{"a copy of a doc not passed in is an original", []Doc{a, withCopy(report(3, 3, at(2, 8, 0), "en", "Budget passed", "The council passed its budget."), 99)}, [][]int64{{1}, {3}}},
		{"copies naming each other are one group", []Doc{withCopy(report(5, 1, at(2, 8, 0), "", "x", "y"), 6), withCopy(report(6, 2, at(2, 9, 0), "", "z", "w"), 5)}, [][]int64{{5, 6}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, partition(Cluster(tt.docs, nil, DefaultOptions()))); diff != "" {
				t.Errorf("groups (-want +got):\n%s", diff)
			}
		})
	}
}

func TestClusterOrderIndependent(t *testing.T) {
	docs := concat(fire, strike, budget, secondFire, fuego, []Doc{teaser, untagged, mistagged, translated})
	// Equal times put the tie-break by ID to work.
	docs = append(docs, report(701, 1, at(3, 7, 0), "en", "Elmora rail strike", "Rail workers in Elmora are on strike over pay."))
	prev := map[int64]string{101: "firestory0", 201: "budgetvote", 202: "budgetvote"}
	want := Cluster(docs, prev, DefaultOptions())
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 20 {
		shuffled := slices.Clone(docs)
		rng.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
		opt := DefaultOptions()
		opt.Workers = 1 + i%3
		if diff := cmp.Diff(want, Cluster(shuffled, prev, opt)); diff != "" {
			t.Fatalf("shuffle %d changed the result (-first +shuffled):\n%s", i, diff)
		}
	}
}

func TestDefaultOptionsWindow(t *testing.T) {
	// The look-alike budget vote is three days after the fire: inside the
	// window, so content alone must tell them apart (see TestCluster); the
	// second fire is four weeks later: outside.
	w := DefaultOptions().Window
	if gap := budget[0].Published.Sub(fire[0].Published); gap > w {
		t.Errorf("budget vote %v after the fire is outside the %v window; the look-alike test would prove nothing", gap, w)
	}
	if gap := secondFire[0].Published.Sub(fire[len(fire)-1].Published); gap <= w {
		t.Errorf("second fire %v after the first is inside the %v window", gap, w)
	}
	if w < 72*time.Hour {
		t.Errorf("window %v is shorter than three days", w)
	}
}

// TestClusterNotice checks that a text that outlets carry day after day,
// as copies of one original, is a group of its own that joins no story,
// while a wire report reprinted on a day or two joins its event's story.
func TestClusterNotice(t *testing.T) {
	notice := "This page is kept in the Port Calder waterfront archive. Reports of the warehouse fire, the blaze on the docks and the grain store of Lindqvist Shipping are kept here, with what fire chief Tomas Reyk and Mayor Ines Halvorsen said about the fire."
	docs := slices.Clone(fire)
	for k, day := range []int{2, 3, 5, 8, 9} {
		d := report(int64(901+k), int64(20+k), at(day, 6, 0), "en", "Harbour archive note", notice)
		if k > 0 {
			d.CopyOf = 901
		}
		docs = append(docs, d)
	}
	groups := partition(Cluster(docs, nil, DefaultOptions()))
	if g := groupOf(groups, 901); len(g) != 5 {
		t.Errorf("the notice and its copies are not a group of their own: %v", groups)
	}
	if g := groupOf(groups, fire[0].ID); len(g) != len(fire) {
		t.Errorf("the fire's reports are not one story beside the notice: %v", groups)
	}
	// four days in a row, all within the window, are as plain a sign
	docs = slices.Clone(fire)
	for k, day := range []int{2, 3, 4, 5} {
		d := report(int64(901+k), int64(20+k), at(day, 6, 0), "en", "Harbour archive note", notice)
		if k > 0 {
			d.CopyOf = 901
		}
		docs = append(docs, d)
	}
	if span := docs[len(docs)-1].Published.Sub(docs[len(docs)-4].Published); span > DefaultOptions().Window {
		t.Fatalf("the copies span %v, beyond the %v window: the case proves nothing", span, DefaultOptions().Window)
	}
	groups = partition(Cluster(docs, nil, DefaultOptions()))
	if g := groupOf(groups, 901); len(g) != 4 {
		t.Errorf("a notice copied on four days in a row is not a group of its own: %v", groups)
	}

	// The same text copied on two days only is a syndicated report: it
	// joins the story it tells.
	wire := withCopy(report(911, 31, at(3, 9, 0), "en", "Port Calder fire: what we know", fire[2].Text), fire[2].ID)
	reprint := withCopy(report(912, 32, at(9, 9, 0), "en", "Port Calder fire: what we know", fire[2].Text), fire[2].ID)
	groups = partition(Cluster(concat(fire, []Doc{wire, reprint}), nil, DefaultOptions()))
	if g := groupOf(groups, fire[0].ID); !slices.Contains(g, wire.ID) || !slices.Contains(g, reprint.ID) {
		t.Errorf("a wire report reprinted a week later left its story: %v", groups)
	}
}

// TestClusterTitleNames: two events of one beat, each of whose
// headlines all name a company the other event never mentions, stay
// apart; without the rule their shared words join them.
func TestClusterTitleNames(t *testing.T) {
	docs := concat(ferryBan, lineBan)
	opt := DefaultOptions()
	opt.Contrast = 0 // which keeps these two apart too, by their verbs ("bans", "suspends")
	if got, want := partition(Cluster(docs, nil, opt)), [][]int64{ids(ferryBan), ids(lineBan)}; !cmp.Equal(got, want) {
		t.Errorf("with TitleNames: groups %v, want %v", got, want)
	}
	opt.TitleNames = false
	if got := partition(Cluster(docs, nil, opt)); len(got) != 1 {
		t.Errorf("without TitleNames: groups %v, want one (the test needs events that words alone join)", got)
	}
	// names that each event's reports mention keep nothing apart
	ferry, line := slices.Clone(ferryBan), slices.Clone(lineBan)
	ferry[2].Text += " Harbour Line said it was reviewing his record."
	line[0].Text += " Tarrow Ferries banned him for life the same week."
	opt.TitleNames = true
	if got := partition(Cluster(concat(ferry, line), nil, opt)); len(got) != 1 {
		t.Errorf("groups %v, want one: each event's reports mention the other's company", got)
	}
}

// TestClusterLone: two reports that average link leaves alone pair up
// when each is the other's closest and their similarity reaches Lone; a
// third report, closest to one of them but not its closest, stays alone.
func TestClusterLone(t *testing.T) {
	docs := []Doc{fire[0], fire[1], budget[0]}
	opt := DefaultOptions()
	opt.Threshold = 0.99 // no pair of these reaches it
	opt.Lone = 0
	if got := partition(Cluster(docs, nil, opt)); len(got) != 3 {
		t.Fatalf("without Lone: groups %v, want three", got)
	}
	opt.Lone = 0.01
	want := [][]int64{{fire[0].ID, fire[1].ID}, {budget[0].ID}}
	if got := partition(Cluster(docs, nil, opt)); !cmp.Equal(got, want) {
		t.Errorf("with Lone: groups %v, want %v", got, want)
	}
	opt.Lone = 0.98 // above the pair's similarity
	if got := partition(Cluster(docs, nil, opt)); len(got) != 3 {
		t.Errorf("with Lone above the pair's similarity: groups %v, want three", got)
	}
}

// TestPairLone: two units alone, each the other's closest story, pair
// up; a unit alone whose closest story is a group stays alone, even when
// another unit alone has it as its closest.
func TestPairLone(t *testing.T) {
	groups := [][]int{{0, 1}, {2}, {3}, {4}}
	strong := [][]edge{nil, {{0, 0.5}}, nil, nil, nil}
	weak := [][]edge{nil, nil,
		{{0, 0.18}, {1, 0.18}}, // 2 is closest to the group of 0 and 1 (0.18 on average)
		{{2, 0.16}},            // 3 is closest to 2, but 2 is not closest to 3
		{{2, 0.15}, {3, 0.17}}, // 4 and 3 are each other's closest
	}
	want := [][]int{{0, 1}, {2}, {3, 4}}
	if got := pairLone(groups, strong, weak, edgeAverage(strong, weak)); !cmp.Equal(got, want) {
		t.Errorf("pairLone = %v, want %v", got, want)
	}
}

// TestPairLoneStoryAverage: a unit alone is measured against a group by
// its average over the group's units, as average link measures it, not
// by the one unit of the group most like it: a report of a beat that
// shares much with one report of another event's story, and little with
// the rest of it, may still pair with the other report of its own event.
func TestPairLoneStoryAverage(t *testing.T) {
	groups := [][]int{{0, 1}, {2}, {3}}
	strong := [][]edge{nil, {{0, 0.5}}, nil, nil}
	weak := [][]edge{nil, nil,
		{{0, 0.18}},            // 2 is most like 0, but 0.09 on average like its group
		{{2, 0.16}, {1, 0.15}}, // 3 is closest to 2
	}
	want := [][]int{{0, 1}, {2, 3}}
	if got := pairLone(groups, strong, weak, edgeAverage(strong, weak)); !cmp.Equal(got, want) {
		t.Errorf("pairLone = %v, want %v", got, want)
	}
	// the same, but 2 is as like the rest of the group: it stays alone
	weak[2] = append(weak[2], edge{1, 0.18})
	want = [][]int{{0, 1}, {2}, {3}}
	if got := pairLone(groups, strong, weak, edgeAverage(strong, weak)); !cmp.Equal(got, want) {
		t.Errorf("with 2 as like the whole group: pairLone = %v, want %v", got, want)
	}
}

// edgeAverage is pairLone's average for tests: the similarity of two
// units is that of their pair in strong or weak, zero without one.
func edgeAverage(strong, weak [][]edge) func(i int, g []int) float64 {
	sim := map[[2]int]float64{}
	for i := range strong {
		for _, es := range [2][]edge{strong[i], weak[i]} {
			for _, e := range es {
				sim[[2]int{i, int(e.j)}], sim[[2]int{int(e.j), i}] = e.s, e.s
			}
		}
	}
	return func(i int, g []int) float64 {
		var s float64
		for _, u := range g {
			s += sim[[2]int{i, u}]
		}
		return s / float64(len(g))
	}
}

// TestClusterDecisions: an editor's "together" joins the groups of its
// reports, "apart" takes its reports out of the group they share with
// the others, in the order given; IDs outside the docs are ignored.
func TestClusterDecisions(t *testing.T) {
	docs := concat(fire, budget)
	opt := DefaultOptions()
	if got, want := partition(Cluster(docs, nil, opt)), [][]int64{ids(fire), ids(budget)}; !cmp.Equal(got, want) {
		t.Fatalf("without decisions: %v, want %v (the test needs the two events apart)", got, want)
	}
	opt.Decisions = []Decision{{Together: []int64{fire[0].ID, budget[0].ID, 999}}}
	if got := partition(Cluster(docs, nil, opt)); len(got) != 1 || len(got[0]) != len(docs) {
		t.Errorf("together: %v, want one group of all", got)
	}
	// then two fire reports taken out of the joined story
	opt.Decisions = append(opt.Decisions, Decision{Apart: []int64{fire[4].ID, fire[5].ID}, From: []int64{fire[0].ID, budget[0].ID}})
	got := partition(Cluster(docs, nil, opt))
	want := [][]int64{sorted(append(ids(fire[:4]), ids(budget)...)), {fire[4].ID, fire[5].ID}}
	if !cmp.Equal(got, want) {
		t.Errorf("together, then apart: %v, want %v", got, want)
	}
	// the other order: apart takes the two out of the fire story first,
	// then together joins the rest of it with the budget: two groups again
	opt.Decisions = []Decision{opt.Decisions[1], opt.Decisions[0]}
	if got := partition(Cluster(docs, nil, opt)); len(got) != 2 {
		t.Errorf("apart, then together: %v, want two groups", got)
	}
}

// dredgeLoan and channelClosure: two decisions of the Harbour Board at
// one meeting, reported in the words of the meeting; each event's
// headlines agree among themselves and not with the other's.
var dredgeLoan = []Doc{
	report(1701, 1, at(18, 9, 0), "en", "Board approves loan",
		"The harbour board met on Tuesday to discuss dredging the silted channel after the winter storms, and the cost of the works. Pilots told members that ships had grounded twice since January. Fishermen said their boats could only leave at high tide. The harbour master warned that the ferry might have to stop calling. Engineers said the silt had built up faster than in any year they remembered. Members approved a loan."),
	report(1702, 2, at(18, 9, 40), "en", "Loan approved",
		"At Tuesday's meeting the harbour board discussed dredging the channel, silted since the winter storms, and what the works would cost. Ships had grounded twice since January, pilots told members. Boats could only leave at high tide, fishermen said. The ferry might have to stop calling, the harbour master warned. The silt had built up faster than engineers remembered in any year. The loan was approved."),
}

var channelClosure = []Doc{
	report(1801, 3, at(18, 10, 0), "en", "Channel to close",
		"The harbour board met on Tuesday to discuss dredging the silted channel after the winter storms, and the cost of the works. Pilots told members that ships had grounded twice since January. Fishermen said their boats could only leave at high tide. The harbour master warned that the ferry might have to stop calling. Engineers said the silt had built up faster than in any year they remembered. The channel will close."),
	report(1802, 4, at(18, 10, 30), "en", "Closure for channel",
		"At Tuesday's meeting the harbour board discussed dredging the channel, silted since the winter storms, and what the works would cost. Ships had grounded twice since January, pilots told members. Boats could only leave at high tide, fishermen said. The ferry might have to stop calling, the harbour master warned. The silt had built up faster than engineers remembered in any year. It will close."),
}

// TestClusterTitleCohesion: two events of one meeting, told in its
// words, stay apart by their headlines; without the rule their shared
// words join them.
func TestClusterTitleCohesion(t *testing.T) {
	docs := concat(dredgeLoan, channelClosure)
	opt := DefaultOptions()
	opt.TitleCohesion = 1
	if got, want := partition(Cluster(docs, nil, opt)), [][]int64{ids(dredgeLoan), ids(channelClosure)}; !cmp.Equal(got, want) {
		t.Errorf("with TitleCohesion: groups %v, want %v", got, want)
	}
	opt.TitleCohesion = 0
	if got := partition(Cluster(docs, nil, opt)); len(got) != 1 {
		t.Errorf("without TitleCohesion: groups %v, want one (the test needs events that words alone join)", got)
	}
	// without titles, nothing is asked
	untitled := slices.Clone(docs)
	for i := range untitled {
		untitled[i].Title = ""
	}
	opt.TitleCohesion = 1
	if got := partition(Cluster(untitled, nil, opt)); len(got) != 1 {
		t.Errorf("untitled: groups %v, want one", got)
	}
}
