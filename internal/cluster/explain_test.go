package cluster

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// words returns the words of shared.
func words(shared []Shared) []string {
	var out []string
	for _, s := range shared {
		out = append(out, s.Word)
	}
	return out
}

func sharedBy(shared []Shared, word string) (int, bool) {
	for _, s := range shared {
		if s.Word == word {
			return s.Docs, true
		}
	}
	return 0, false
}

func TestExplainSharedNameAndNumber(t *testing.T) {
	base := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	docs := []Doc{
		{ID: 1, Title: "Harbour Board names Lena Marsh to lead Dunmere ferry review", Published: base,
			Text: "The Harbour Board named Lena Marsh to lead a review of the Dunmere ferry service, which carried 4,200 passengers a day before the closure. Marsh said the review would report by spring."},
		{ID: 2, Title: "Lena Marsh to head inquiry into Dunmere ferry", Published: base.Add(5 * time.Hour),
			Text: "Lena Marsh will head the inquiry into the Dunmere ferry, whose 4,200 daily passengers have waited since the closure. The board said Marsh starts on Monday."},
		{ID: 3, Title: "Tarrow library opens new reading room", Published: base.Add(2 * time.Hour),
			Text: "The Tarrow library opened a reading room for children on Saturday, with shelves built by volunteers."},
	}
	opt := DefaultOptions()
	ex := Explain(docs, []int64{2, 1}, opt)

	if got := []int64{ex.Docs[0].ID, ex.Docs[1].ID}; !slices.Equal(got, []int64{1, 2}) {
		t.Fatalf("docs %v, want them in time order [1 2]", got)
	}
	for _, d := range ex.Docs {
		want := int64(3) - d.ID // each is the other's closest
		if d.Closest != want || !d.Compared || d.Copy || d.Missing {
			t.Errorf("doc %d: %+v, want closest %d, compared", d.ID, d, want)
		}
		if d.Similarity < opt.Threshold || d.Similarity > 1 {
			t.Errorf("doc %d: similarity %.3f, want it in [%.2f, 1]", d.ID, d.Similarity, opt.Threshold)
		}
	}
	// The similarity is the clusterer's: the same two reports group
	// together, at the average Explain gives.
	if ex.Pairs != 1 || ex.Average != ex.Docs[0].Similarity {
		t.Errorf("pairs %d, average %.3f, want 1 pair at %.3f", ex.Pairs, ex.Average, ex.Docs[0].Similarity)
	}
	if got := partition(Cluster(docs, nil, opt)); !slices.ContainsFunc(got, func(g []int64) bool { return slices.Equal(g, []int64{1, 2}) }) {
		t.Errorf("Cluster made %v, want 1 and 2 together", got)
	}
	for _, name := range []string{"Lena", "Marsh", "Dunmere"} {
		if n, ok := sharedBy(ex.Names, name); !ok || n != 2 {
			t.Errorf("names %v: want %q shared by 2 reports", ex.Names, name)
		}
	}
	if n, ok := sharedBy(ex.Numbers, "4,200"); !ok || n != 2 {
		t.Errorf("numbers %v: want 4,200 shared by 2 reports", ex.Numbers)
	}
	if n, ok := sharedBy(ex.Terms, "ferry"); !ok || n != 2 {
		t.Errorf("terms %v: want ferry shared by 2 reports", words(ex.Terms))
	}
	for _, w := range words(ex.Terms) {
		if w == "marsh" || w == "4,200" || w == "library" {
			t.Errorf("terms %v: %q is a name, a number or a word of the other story", words(ex.Terms), w)
		}
	}
	if !ex.First.Equal(base) || !ex.Last.Equal(base.Add(5*time.Hour)) {
		t.Errorf("span %v to %v, want %v to %v", ex.First, ex.Last, base, base.Add(5*time.Hour))
	}
	if len(ex.Decisions) != 0 {
		t.Errorf("decisions %+v, want none", ex.Decisions)
	}
}

func TestExplainSplitAndMissing(t *testing.T) {
	base := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	docs := []Doc{
		{ID: 10, Title: "Dunmere council approves harbour budget", Published: base,
			Text: "Dunmere council approved the harbour budget of 3.1 million on Tuesday after a long debate."},
		{ID: 11, Title: "Harbour budget passes in Dunmere", Published: base.Add(time.Hour),
			Text: "The harbour budget of 3.1 million passed the Dunmere council on Tuesday."},
		{ID: 12, Title: "Tarrow Gazette wins regional print award", Published: base.Add(2 * time.Hour),
			Text: "The Tarrow Gazette won the regional award for print design at a ceremony in the capital."},
		{ID: 13, Title: "Dunmere budget vote draws crowd", Published: base.Add(30 * 24 * time.Hour),
			Text: "Residents filled the hall as the Dunmere council voted on the harbour budget."},
	}
	opt := DefaultOptions()
	opt.Decisions = []Decision{
		{Together: []int64{10, 11}},
		{Apart: []int64{12}, From: []int64{10, 11}},
	}

	// The unrelated report, alone after an editor's split: the decision
	// is why, and there is no other report to be like.
	alone := Explain(docs, []int64{12}, opt)
	want := []DecisionTie{{Index: 1, Taken: []int64{12}}}
	if diff := cmp.Diff(want, alone.Decisions); diff != "" {
		t.Errorf("decisions of the report split off (-want +got):\n%s", diff)
	}
	if d := alone.Docs[0]; d.ID != 12 || d.Closest != 0 || d.Compared || alone.Pairs != 0 {
		t.Errorf("report alone: %+v, %d pairs; want no closest report and no pair", d, alone.Pairs)
	}

	// The story it left shows both decisions; a report a month away is
	// never compared, and one the caller could not give is missing.
	rest := Explain(docs, []int64{10, 11, 13, 99}, opt)
	want = []DecisionTie{{Index: 0, Together: []int64{10, 11}}, {Index: 1, Left: []int64{10, 11}}}
	if diff := cmp.Diff(want, rest.Decisions); diff != "" {
		t.Errorf("decisions of the story left (-want +got):\n%s", diff)
	}
	byID := map[int64]DocTie{}
	for _, d := range rest.Docs {
		byID[d.ID] = d
	}
	if d := byID[13]; d.Compared || d.Closest != 0 || d.Similarity != 0 {
		t.Errorf("report outside the window: %+v, want it never compared", d)
	}
	if d := byID[99]; !d.Missing {
		t.Errorf("report 99: %+v, want it missing", d)
	}
	if d := byID[10]; d.Closest != 11 || !d.Compared {
		t.Errorf("report 10: %+v, want 11 closest", d)
	}
	// Three texts, three pairs; the two with report 13 count zero.
	if rest.Pairs != 3 || rest.Average != byID[10].Similarity/3 {
		t.Errorf("pairs %d, average %.4f, want 3 pairs averaging %.4f", rest.Pairs, rest.Average, byID[10].Similarity/3)
	}
	if n, ok := sharedBy(rest.Numbers, "3.1"); !ok || n != 2 {
		t.Errorf("numbers %v, want 3.1 shared by 2", rest.Numbers)
	}
}

func TestExplainCopy(t *testing.T) {
	base := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	docs := []Doc{
		{ID: 1, Title: "Tarrow bridge closes for repairs", Published: base, Text: "The Tarrow bridge closed for repairs on Monday."},
		{ID: 2, Title: "Bridge shut", Published: base.Add(time.Hour), Text: "The Tarrow bridge closed for repairs on Monday.", CopyOf: 1},
	}
	ex := Explain(docs, []int64{1, 2}, DefaultOptions())
	for _, d := range ex.Docs {
		if !d.Copy || d.Similarity != 1 || d.Closest != 3-d.ID {
			t.Errorf("doc %d: %+v, want the other as its copy", d.ID, d)
		}
	}
	if ex.Pairs != 0 {
		t.Errorf("%d pairs, want none: a copy and its original are one text", ex.Pairs)
	}
}

// TestExplainAgreesWithCluster: on the reports Cluster grouped, Explain's
// similarities are the clusterer's own. Average link joins two groups
// only when the average over the pairs across them reaches the
// threshold, so every group it makes averages at least the threshold
// over all its pairs; a pair that Options.Lone joined reaches Lone.
func TestExplainAgreesWithCluster(t *testing.T) {
	docs, _ := syntheticDocs(240, 4, 7)
	opt := DefaultOptions()
	groups := Cluster(docs, nil, opt)
	checked := 0
	for _, g := range groups {
		if len(g.DocIDs) < 2 || checked == 25 {
			continue
		}
		ex := Explain(docs, g.DocIDs, opt)
		least := opt.Threshold
		if ex.Pairs == 1 {
			least = opt.Lone
		}
		if ex.Pairs == 0 || ex.Average < least-1e-9 {
			t.Errorf("group %v: average %.4f over %d pairs, want at least %.2f", g.DocIDs, ex.Average, ex.Pairs, least)
		}
		for _, d := range ex.Docs {
			if d.Closest == 0 || !d.Compared || d.Similarity <= 0 {
				t.Errorf("group %v: doc %d has no closest doc: %+v", g.DocIDs, d.ID, d)
			}
		}
		checked++
	}
	if checked < 25 {
		t.Fatalf("only %d groups of two docs or more to check", checked)
	}

	// Merges of two single docs that average link made (the first
	// dozen): Explain gives the similarity it joined them at, to the
	// last bit.
	p := prepare(docs, opt)
	_, joins := linkMerges(p.units, p.feats.combine(opt.NameWeight), opt)
	grown := map[int]bool{} // units that have joined another by now
	pairs := 0
	for _, j := range joins { // in the order they were made, within each component
		if !grown[j.a] && !grown[j.b] && pairs < 12 {
			a, b := p.docs[p.units[j.a].rep].ID, p.docs[p.units[j.b].rep].ID
			ex := Explain(docs, []int64{a, b}, opt)
			if got := ex.Docs[0].Similarity; got != j.avg || ex.Average != j.avg {
				t.Errorf("docs %d and %d: Explain gives %v (average %v), average link joined them at %v", a, b, got, ex.Average, j.avg)
			}
			pairs++
		}
		grown[j.a], grown[j.b] = true, true
	}
	if pairs == 0 {
		t.Fatalf("no pair of docs joined alone to check")
	}
}

func BenchmarkExplain(b *testing.B) {
	for _, n := range []int{1000, 5000} {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			docs, _ := syntheticDocs(n, 14, 1)
			group := Cluster(docs, nil, DefaultOptions())[0].DocIDs
			for b.Loop() {
				Explain(docs, group, DefaultOptions())
			}
		})
	}
}
