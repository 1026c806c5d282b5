package cluster

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// streamOf adds docs, in time order, to a new Stream.
func streamOf(quiet time.Duration, docs ...[]Doc) *Stream {
	s := NewStream(DefaultOptions(), quiet)
	all := concat(docs...)
	slices.SortFunc(all, compareDocs)
	for _, d := range all {
		s.Add(d)
	}
	return s
}

// later returns a copy of d under a new ID and key, published at when.
func later(d Doc, id int64, when time.Time) Doc {
	d.ID, d.Published = id, when
	d.Key = d.Key + "/later"
	return d
}

func TestStreamGroups(t *testing.T) {
	s := streamOf(DefaultQuiet, fire, strike, budget, []Doc{teaser})
	got := s.Groups()
	want := [][]int64{sorted(append(ids(fire), teaser.ID)), ids(strike), ids(budget)}
	if !cmp.Equal(partition(got), want) {
		t.Fatalf("groups %v, want %v", partition(got), want)
	}
	if got[0].ID != NewID(fire[0].Key) {
		t.Errorf("the fire's story is %q, want the ID of its first report's key %q", got[0].ID, NewID(fire[0].Key))
	}
}

func TestStreamDeterministic(t *testing.T) {
	docs, _ := syntheticDocs(400, 3, 7)
	a, b := streamOf(DefaultQuiet, docs).Groups(), streamOf(DefaultQuiet, docs).Groups()
	if !cmp.Equal(a, b) {
		t.Errorf("two runs over the same reports differ")
	}
	if len(a) < 20 || len(a) > 200 {
		t.Errorf("%d stories from 400 reports of about 50 events", len(a))
	}
}

func TestStreamQuiet(t *testing.T) {
	quiet := 48 * time.Hour
	s := streamOf(quiet, fire) // the last fire report is on 2 March, 19:05
	// Follow-ups in words of their own: a report printed again word for
	// word, not marked as a copy, pairs off with its original (as
	// Cluster pairs them) and is no test of the quiet period.
	within := later(fire[1], 901, at(4, 12, 0))
	within.Text = "Investigators said on Wednesday that an electrical fault most likely started the fire that destroyed the Lindqvist Shipping grain warehouse on the Port Calder waterfront. Fire chief Tomas Reyk said the roof collapsed an hour after the flames were reported. Mayor Ines Halvorsen said the forty workers would be paid while the site is cleared."
	if got, want := s.Add(within), NewID(fire[0].Key); got != want {
		t.Errorf("a report within the quiet period went to %q, want the fire's story %q", got, want)
	}
	s.Advance(at(6, 12, 1)) // two days and a minute after the last report
	if s.Open(fire[0].ID) {
		t.Errorf("the fire's story is still open two days after its last report")
	}
	past := later(fire[2], 902, at(6, 13, 0))
	past.Text = "Demolition crews began clearing the burned Lindqvist Shipping grain warehouse on the Port Calder waterfront on Friday. Fire investigators confirmed the blaze began with an electrical fault. Harbour traffic was not affected, and the forty dock workers will move to temporary space."
	if got := s.Add(past); got == NewID(fire[0].Key) {
		t.Errorf("a report after the quiet period joined the closed story")
	}
	if got := s.Groups(); !cmp.Equal(partition(got), [][]int64{{past.ID}}) {
		t.Errorf("open stories %v, want the new report's alone", partition(got))
	}
	// the same reports with a longer quiet period: one story
	s = streamOf(7*24*time.Hour, fire, []Doc{within, past})
	if got := partition(s.Groups()); !cmp.Equal(got, [][]int64{sorted(append(ids(fire), 901, 902))}) {
		t.Errorf("with a week's quiet period: %v, want one story", got)
	}
}

// seeded is a Stream holding the fire as two stories, "older" (its first
// three reports) and "newer" (the other three), as a desk might have
// stored them, and the budget.
func seeded(t *testing.T) *Stream {
	s := NewStream(DefaultOptions(), DefaultQuiet)
	all := concat(fire, budget)
	slices.SortFunc(all, compareDocs)
	for _, d := range all {
		switch {
		case d.ID >= 200:
			s.Seed(d, "budget")
		case d.ID <= fire[2].ID:
			s.Seed(d, "older")
		default:
			s.Seed(d, "newer")
		}
	}
	s.Take()
	return s
}

func TestStreamMerge(t *testing.T) {
	s := seeded(t)
	d := later(fire[3], 903, at(3, 9, 0))
	if got := s.Add(d); got != "older" {
		t.Errorf("the new fire report went to %q, want the older story's ID", got)
	}
	changed, merged := s.Take()
	want := []Group{{ID: "older", DocIDs: sorted(append(ids(fire), d.ID))}}
	if !cmp.Equal(changed, want) || !cmp.Equal(merged, []string{"newer"}) {
		t.Errorf("changed %v, merged %v; want %v, [newer]", changed, merged, want)
	}
	// nothing changed since: nothing to take
	if changed, merged := s.Take(); len(changed)+len(merged) > 0 {
		t.Errorf("a second Take gave %v, %v", changed, merged)
	}
}

func TestStreamForbid(t *testing.T) {
	s := seeded(t)
	s.Forbid(Decision{Apart: ids(fire[3:]), From: []int64{fire[0].ID}})
	d := later(fire[3], 903, at(3, 9, 0))
	s.Add(d)
	changed, merged := s.Take()
	if len(merged) > 0 || len(changed) != 1 {
		t.Fatalf("changed %v, merged %v: an editor kept the two stories apart", changed, merged)
	}
	if g := changed[0]; len(g.DocIDs) != 4 {
		t.Errorf("the new report's story is %v, want one of the two with it", g)
	}
}

func TestStreamTakesOnlyChanges(t *testing.T) {
	s := seeded(t)
	d := later(budget[1], 904, at(6, 14, 0))
	s.Add(d)
	changed, merged := s.Take()
	want := []Group{{ID: "budget", DocIDs: sorted(append(ids(budget), d.ID))}}
	if !cmp.Equal(changed, want) || len(merged) > 0 {
		t.Errorf("changed %v, merged %v; want only %v", changed, merged, want)
	}
}

func TestStreamReservedIDs(t *testing.T) {
	s := NewStream(DefaultOptions(), DefaultQuiet)
	s.Reserve(NewID(strike[0].Key))
	if got := s.Add(strike[0]); got == NewID(strike[0].Key) {
		t.Errorf("a new story took the reserved ID %q", got)
	} else if want := NewID(strike[0].Key + "#2"); got != want {
		t.Errorf("a new story took %q, want %q", got, want)
	}
}

// A term that every open story is filed under is not read by a lookup:
// the work of adding a report stays that of its rarer terms, and the
// report still finds its event's story through them.
func TestStreamSkipsCommonTerms(t *testing.T) {
	syllables := strings.Fields("ka lo mi ren tos va ber dul si no ga pre")
	word := func(i int) string { // a distinct invented word for each i
		w := ""
		for ; i > 0 || w == ""; i /= len(syllables) {
			w += syllables[i%len(syllables)]
		}
		return w + "ton"
	}
	s := NewStream(DefaultOptions(), DefaultQuiet)
	stories := 2 * streamCommon
	var first Doc
	for k := range stories {
		own := []string{word(3 * k), word(3*k + 1), word(3*k + 2)}
		d := Doc{
			ID: int64(k + 1), Key: "https://tarrow.example/" + strconv.Itoa(k), Language: "en",
			Title:     "Dunmere " + strings.Join(own, " "),
			Text:      "Dunmere harbour. " + strings.Join(own, " ") + ". " + strings.Join(own, " ") + ".",
			Published: at(2, 8, 0).Add(time.Duration(k) * time.Minute),
		}
		if k == 0 {
			first = d
		}
		s.Add(d)
	}
	if got := len(s.Groups()); got != stories {
		t.Fatalf("%d stories from %d reports of as many events", got, stories)
	}
	shared, ok := s.terms.id("dunmer")
	if !ok {
		t.Fatalf("no term for the shared word")
	}
	if got := len(s.post[shared]); got <= streamCommon {
		t.Fatalf("the shared word is filed under %d stories, want more than %d", got, streamCommon)
	}
	s.walked = 0
	again := later(first, 9001, at(2, 12, 0))
	if got, want := s.Add(again), NewID(first.Key); got != want {
		t.Errorf("a second report of the first event went to %q, want its story %q", got, want)
	}
	if s.walked >= stories {
		t.Errorf("adding one report read %d index entries, at least the %d stories of the word they all share", s.walked, stories)
	}
}

// TestTopTerms: the heaviest streamKeys terms, ties to the lower term, as
// sorting every term by weight would give them.
func TestTopTerms(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for _, n := range []int{0, 1, streamKeys - 1, streamKeys, streamKeys + 1, 500} {
		v := vector{}
		for k := range n {
			v.Terms = append(v.Terms, int32(3*k+1))
			v.Weights = append(v.Weights, float64(rng.IntN(20))/4) // many ties
		}
		idx := make([]int, n)
		for k := range idx {
			idx[k] = k
		}
		slices.SortStableFunc(idx, func(a, b int) int {
			switch {
			case v.Weights[a] > v.Weights[b]:
				return -1
			case v.Weights[a] < v.Weights[b]:
				return 1
			}
			return 0
		})
		var want []int32
		for _, k := range idx[:min(n, streamKeys)] {
			want = append(want, v.Terms[k])
		}
		slices.Sort(want)
		if got := topTerms(v); !slices.Equal(got, want) {
			t.Errorf("%d terms: topTerms = %v, want %v", n, got, want)
		}
	}
}

// TestStreamMemoBounded: a Stream's token memo never holds more than
// maxMemo tokens, and the words of a report read once it has started
// again empty get their terms.
func TestStreamMemoBounded(t *testing.T) {
	s := NewStream(DefaultOptions(), 0)
	var b strings.Builder
	for i := range maxMemo + 100 {
		b.WriteString("qz" + strconv.Itoa(i) + "x ")
	}
	s.read(Doc{ID: 1, Text: b.String()})
	if s.memo.Len() > maxMemo {
		t.Errorf("memo holds %d tokens, want at most %d", s.memo.Len(), maxMemo)
	}
	const sentence = "Divers found rot in the piles of the east pier"
	s.read(Doc{ID: 2, Text: sentence})
	var want []int32
	for _, w := range text.ContentWords(sentence) {
		id, ok := s.terms.id(w)
		if !ok {
			t.Fatalf("no term for %q", w)
		}
		want = append(want, id)
	}
	if got := s.termIDs(sentence, nil); !slices.Equal(got, want) {
		t.Errorf("termIDs = %v, want %v", got, want)
	}
}
