package cluster

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// lookAlikes are pairs of events of one beat that words alone join.
var lookAlikes = []struct {
	name string
	a, b []Doc
}{
	{"headline words", inquiryCharges, inquirySubpoenas},
	{"figures", ferryWeek, ferryNextWeek},
}

// TestClusterContrast: two events of one beat, each of whose reports put
// forward what the other's never mention (a word of every headline, a
// figure), stay apart; without the rule their shared words join them.
func TestClusterContrast(t *testing.T) {
	for _, c := range lookAlikes {
		t.Run(c.name, func(t *testing.T) {
			docs := concat(c.a, c.b)
			opt := DefaultOptions()
			if got, want := partition(Cluster(docs, nil, opt)), [][]int64{ids(c.a), ids(c.b)}; !cmp.Equal(got, want) {
				t.Errorf("with Contrast: groups %v, want %v", got, want)
			}
			opt.Contrast = 0
			if got := partition(Cluster(docs, nil, opt)); len(got) != 1 {
				t.Errorf("without Contrast: groups %v, want one (the test needs events that words alone join)", got)
			}
		})
	}
}

// TestClusterContrastMentioned: a mark that the other event's reports
// mention too keeps nothing apart, and neither does a mark of one side
// alone: one event's reports, split by the words of their headlines,
// still meet.
func TestClusterContrastMentioned(t *testing.T) {
	charges, subpoenas := slices.Clone(inquiryCharges), slices.Clone(inquirySubpoenas)
	charges[2].Text += " No subpoena has been issued in the inquiry so far."
	if got := partition(Cluster(concat(charges, subpoenas), nil, DefaultOptions())); len(got) != 1 {
		t.Errorf("groups %v, want one: the reports of charges mention a subpoena", got)
	}
}

// TestClusterContrastReprint: a report printed again under a second
// address puts forward nothing new, so its headline's words are not
// what two of the story's reports share.
func TestClusterContrastReprint(t *testing.T) {
	docs := concat(budget, []Doc{later(budget[1], 904, at(6, 14, 0))})
	if got := partition(Cluster(docs, nil, DefaultOptions())); len(got) != 1 {
		t.Errorf("groups %v, want one", got)
	}
}

// TestStreamContrast: a Stream keeps the two events apart as Cluster
// does, whichever of their reports comes first.
func TestStreamContrast(t *testing.T) {
	for _, c := range lookAlikes {
		t.Run(c.name, func(t *testing.T) {
			want := [][]int64{ids(c.a), ids(c.b)}
			if got := partition(streamOf(DefaultQuiet, c.a, c.b).Groups()); !cmp.Equal(got, want) {
				t.Errorf("with Contrast: groups %v, want %v", got, want)
			}
			opt := DefaultOptions()
			opt.Contrast = 0
			s := NewStream(opt, DefaultQuiet)
			all := concat(c.a, c.b)
			slices.SortFunc(all, compareDocs)
			for _, d := range all {
				s.Add(d)
			}
			if got := partition(s.Groups()); len(got) != 1 {
				t.Errorf("without Contrast: groups %v, want one", got)
			}
		})
	}
}

// TestContrastLoneReport: a report alone whose headline gives an amount
// that no report of a story mentions, where the story puts forward an
// amount the report never mentions, is another event of the beat (next
// week's figures), in a Stream as in Cluster; one that mentions the
// story's amount too ("up from ...") joins it, and so does one whose
// headline gives no amount.
func TestContrastLoneReport(t *testing.T) {
	next := report(1701, 7, at(21, 9, 0), "en", "Brennock ferries carried 51,900 passengers last week",
		"Ferries from Brennock harbour carried 51,900 passengers in the week, the harbour authority said on Saturday. The summer season has opened and crossings to the islands were busiest at weekends. Extra sailings will run from June, the authority said, and quay cafes welcomed the crowds.")
	upFrom := next
	upFrom.ID, upFrom.Text = 1702, strings.Replace(next.Text, "51,900 passengers in the week", "51,900 passengers in the week, up from 48,200", 1)
	plain := next
	plain.ID, plain.Title = 1703, "Brennock ferries carried more passengers last week"
	for _, c := range []struct {
		name  string
		doc   Doc
		apart bool
	}{{"another week", next, true}, {"mentions the story's figure", upFrom, false}, {"no amount in its headline", plain, false}} {
		t.Run(c.name, func(t *testing.T) {
			docs := concat(ferryWeek, []Doc{c.doc})
			want := 1
			if c.apart {
				want = 2
			}
			if got := partition(Cluster(docs, nil, DefaultOptions())); len(got) != want {
				t.Errorf("Cluster: groups %v, want %d", got, want)
			}
			if got := partition(streamOf(DefaultQuiet, ferryWeek, []Doc{c.doc}).Groups()); len(got) != want {
				t.Errorf("Stream: groups %v, want %d", got, want)
			}
			opt := DefaultOptions()
			opt.Contrast = 0
			if got := partition(Cluster(docs, nil, opt)); len(got) != 1 {
				t.Errorf("without Contrast: groups %v, want one (the test needs a report that words alone join)", got)
			}
		})
	}
}
