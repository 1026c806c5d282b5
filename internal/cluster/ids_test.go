package cluster

import (
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNewID(t *testing.T) {
	// Story IDs are links that must survive upgrades: the derivation is
	// pinned (checked against an independent SHA-256 and base32).
	tests := []struct{ key, want string }{
		{"https://outlet1.example/news/101", "xl654sdmgx"},
		{"", "4oymiquy7q"},
	}
	for _, tt := range tests {
		if got := NewID(tt.key); got != tt.want {
			t.Errorf("NewID(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
	shape := regexp.MustCompile(`^[a-z2-7]{10}$`)
	seen := map[string]string{}
	for _, d := range concat(fire, budget, strike) {
		id := NewID(d.Key)
		if !shape.MatchString(id) {
			t.Errorf("NewID(%q) = %q: not 10 characters of lower-case base32", d.Key, id)
		}
		if other, dup := seen[id]; dup {
			t.Errorf("NewID gives %q to both %q and %q", id, other, d.Key)
		}
		seen[id] = d.Key
	}
}

// storyOf maps each doc to its group's ID, as the store would keep it
// for the next run.
func storyOf(groups []Group) map[int64]string {
	out := map[int64]string{}
	for _, g := range groups {
		for _, id := range g.DocIDs {
			out[id] = g.ID
		}
	}
	return out
}

func TestClusterStableIDs(t *testing.T) {
	opt := DefaultOptions()
	first := Cluster(concat(fire[:3], budget[:3]), nil, opt)
	want := []Group{
		{ID: NewID(fire[0].Key), DocIDs: ids(fire[:3])},
		{ID: NewID(budget[0].Key), DocIDs: ids(budget[:3])},
	}
	if diff := cmp.Diff(want, first); diff != "" {
		t.Fatalf("first run (-want +got):\n%s", diff)
	}
	// Later: more reports of both stories, an earlier report of the fire
	// that arrived late, and a new story.
	early := report(100, 13, at(2, 6, 30), "en", "Warehouse ablaze in Port Calder",
		"Firefighters are tackling a large fire at a grain warehouse owned by Lindqvist Shipping on the Port Calder waterfront. Fire chief Tomas Reyk said crews from three stations were at the scene.")
	second := Cluster(concat([]Doc{early}, fire, budget, strike), storyOf(first), opt)
	want = []Group{
		{ID: NewID(fire[0].Key), DocIDs: append([]int64{early.ID}, ids(fire)...)},
		{ID: NewID(strike[0].Key), DocIDs: ids(strike)},
		{ID: NewID(budget[0].Key), DocIDs: ids(budget)},
	}
	if diff := cmp.Diff(want, second); diff != "" {
		t.Errorf("second run (-want +got):\n%s", diff)
	}
	// A third run with the same input changes nothing.
	if diff := cmp.Diff(second, Cluster(concat([]Doc{early}, fire, budget, strike), storyOf(second), opt)); diff != "" {
		t.Errorf("third run (-second +third):\n%s", diff)
	}
}

func TestClusterIDRules(t *testing.T) {
	holding := func(id string, docs ...[]Doc) map[int64]string {
		m := map[int64]string{}
		for _, d := range concat(docs...) {
			m[d.ID] = id
		}
		return m
	}
	union := func(ms ...map[int64]string) map[int64]string {
		out := map[int64]string{}
		for _, m := range ms {
			for k, v := range m {
				out[k] = v
			}
		}
		return out
	}
	tests := []struct {
		name string
		docs []Doc
		prev map[int64]string
		want []Group
	}{
		{
			name: "a story's ID stays with it when another story's docs leave",
			docs: budget,
			prev: union(holding("firestory", fire), holding("budgetvote", budget)),
			want: []Group{{ID: "budgetvote", DocIDs: ids(budget)}},
		},
		{
			name: "a retired ID is not given to a new story that would derive it",
			docs: strike,
			prev: map[int64]string{999: NewID(strike[0].Key)}, // an old story, gone from this run
			want: []Group{{ID: NewID(strike[0].Key + "#2"), DocIDs: ids(strike)}},
		},
		{
			name: "a story that splits keeps its ID where most of its docs went",
			docs: concat(fire, budget),
			prev: holding("wrongmerge", fire, budget),
			want: []Group{
				{ID: "wrongmerge", DocIDs: ids(fire)},
				{ID: NewID(budget[0].Key), DocIDs: ids(budget)},
			},
		},
		{
			name: "stories that merge keep the ID of the larger",
			docs: fire,
			prev: union(holding("smallpart", fire[:2]), holding("largepart", fire[2:])),
			want: []Group{{ID: "largepart", DocIDs: ids(fire)}},
		},
		{
			name: "a tie goes to the ID held by the earliest report",
			docs: fire,
			prev: union(holding("zlater", fire[:3]), holding("aearly", fire[3:])),
			want: []Group{{ID: "zlater", DocIDs: ids(fire)}},
		},
		{
			name: "an ID contested by two groups goes to the one holding it most; the other takes its own",
			docs: concat(fire, budget),
			prev: union(holding("shared", fire[:2], budget[:4]), holding("budgetown", budget[4:]), holding("fireown", fire[2:])),
			want: []Group{
				{ID: "fireown", DocIDs: ids(fire)},
				{ID: "shared", DocIDs: ids(budget)},
			},
		},
		{
			name: "a group whose only ID went elsewhere gets a new one, not a reused one",
			docs: concat(fire, budget),
			prev: union(holding("shared", fire[:1], budget)),
			want: []Group{
				{ID: NewID(fire[0].Key), DocIDs: ids(fire)},
				{ID: "shared", DocIDs: ids(budget)},
			},
		},
		{
			name: "a doc with no key takes its ID from its doc ID",
			docs: []Doc{{ID: 42, Title: "Bridge closed", Text: "The north bridge closed."}},
			want: []Group{{ID: NewID("doc:42"), DocIDs: []int64{42}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Cluster(tt.docs, tt.prev, DefaultOptions())); diff != "" {
				t.Errorf("groups (-want +got):\n%s", diff)
			}
		})
	}
}
