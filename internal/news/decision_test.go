package news

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// reporters is a StoryReporter over fixed stories.
type reporters map[string][]StoryReport

func (r reporters) StoryReports(_ context.Context, id string) ([]StoryReport, error) {
	if id == "broken" {
		return nil, errors.New("database is locked")
	}
	return r[id], nil
}

var desk = reporters{
	"pier": {
		{ID: 1, Outlet: "Dunmere Gazette", Title: "East pier to close", URL: "https://gazette.example/pier"},
		{ID: 2, Outlet: "Tarrow Harbour Board", Title: "Notice: east pier works", URL: "https://board.example/notice"},
		{ID: 5, Outlet: "Valley Courier", Title: "Tarrow levy passes", URL: "https://courier.example/levy"},
	},
	"levy": {{ID: 7, Outlet: "Northgate Tribune", Title: "School levy approved", URL: "https://tribune.example/levy"}},
}

// TestMergeDecision: two stories or more, each once and each known,
// give one decision with all their reports; anything else is refused
// with the kind of error the callers answer by.
func TestMergeDecision(t *testing.T) {
	ctx := context.Background()
	d, err := MergeDecision(ctx, desk, []string{"levy", "pier"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Decision{Kind: DecisionTogether, Articles: []int64{7, 1, 2, 5}}, d); diff != "" {
		t.Errorf("merge (-want +got):\n%s", diff)
	}
	for _, tt := range []struct {
		ids  []string
		kind error
		msg  string
	}{
		{nil, ErrRefused, "a merge needs two different story IDs or more; none was given"},
		{[]string{"pier"}, ErrRefused, `a merge needs two different story IDs or more; only "pier" was given`},
		{[]string{"pier", "pier"}, ErrRefused, `story "pier" is given twice; a merge needs two different story IDs or more`},
		{[]string{"pier", "levy", "pier"}, ErrRefused, `story "pier" is given twice; a merge needs two different story IDs or more`},
		{[]string{"pier", "nope"}, ErrNotFound, `no story "nope"`},
	} {
		_, err := MergeDecision(ctx, desk, tt.ids)
		if !errors.Is(err, tt.kind) || err.Error() != tt.msg {
			t.Errorf("merge %q: %v; want %q (%v)", tt.ids, err, tt.msg, tt.kind)
		}
	}
	if _, err := MergeDecision(ctx, desk, []string{"pier", "broken"}); err == nil || errors.Is(err, ErrRefused) || errors.Is(err, ErrNotFound) {
		t.Errorf("merge when the store fails: %v; want the store's error as it is", err)
	}
}

// TestSplitDecision: the reports chosen, by id or address, go apart from
// the story's others; a report the story lacks, none or all of them are
// refused.
func TestSplitDecision(t *testing.T) {
	ctx := context.Background()
	d, err := SplitDecision(ctx, desk, "pier", []string{"https://courier.example/levy", "5"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Decision{Kind: DecisionApart, Articles: []int64{5}, Others: []int64{1, 2}}, d); diff != "" {
		t.Errorf("split (-want +got):\n%s", diff)
	}
	for _, tt := range []struct {
		story string
		picks []string
		kind  error
		msg   string
	}{
		{"nope", []string{"1"}, ErrNotFound, `no story "nope"`},
		{"pier", nil, ErrRefused, "no report was chosen to take out of story pier"},
		{"pier", []string{"1", "7"}, ErrNotInStory, `story pier has no report "7"`},
		{"pier", []string{"1", "2", "5"}, ErrRefused, "that is every report of story pier; leave at least one"},
		{"levy", []string{"7"}, ErrRefused, "that is every report of story levy; leave at least one"},
	} {
		_, err := SplitDecision(ctx, desk, tt.story, tt.picks)
		if !errors.Is(err, tt.kind) || err.Error() != tt.msg {
			t.Errorf("split %s %q: %v; want %q (%v)", tt.story, tt.picks, err, tt.msg, tt.kind)
		}
	}
}

func TestDecisionSummary(t *testing.T) {
	for d, want := range map[*Decision]string{
		{Kind: DecisionTogether, Articles: []int64{4, 5, 9}}:               "reports 4,5,9 together",
		{Kind: DecisionApart, Articles: []int64{9}, Others: []int64{4, 5}}: "reports 9 apart from 4,5",
	} {
		if got := d.Summary(); got != want {
			t.Errorf("Summary() = %q, want %q", got, want)
		}
	}
}

// TestGroupingDecisionEffect: what a decision does to a story reads the
// same for a merge, for the story a split made, and for the one it left.
func TestGroupingDecisionEffect(t *testing.T) {
	split := Decision{Kind: DecisionApart, Articles: []int64{9}, Others: []int64{4, 5, 6}}
	tests := []struct {
		d    GroupingDecision
		want string
	}{
		{GroupingDecision{Decision: Decision{Kind: DecisionTogether, Articles: []int64{4, 5, 7}}, Together: []int64{4, 5}},
			"keeps reports 4, 5 and 7 in one story, of which this story holds reports 4 and 5"},
		{GroupingDecision{Decision: Decision{Kind: DecisionTogether, Articles: []int64{4, 5}}, Together: []int64{4, 5}},
			"keeps reports 4 and 5 in one story"},
		{GroupingDecision{Decision: split, Taken: []int64{9}}, "took report 9 out of the story of reports 4, 5 and 6, into a story of their own"},
		{GroupingDecision{Decision: split, Left: []int64{4, 6}}, "took report 9 out of this story, away from reports 4 and 6"},
	}
	for _, tt := range tests {
		if got := tt.d.Effect(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.d, got, tt.want)
		}
	}
}
