package cluster

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// levy and bridge: two decisions of the Dunmere council on one evening,
// told in the words of one beat (the council, its mayor, the harbour).
// The first bridge report comes before any other of its event, and is
// like the levy's story enough to join it.
var levy = []Doc{
	report(1301, 1, at(16, 18, 0), "en", "Dunmere council votes harbour levy on cruise passengers",
		"Dunmere council voted on Tuesday to charge cruise passengers a harbour levy of four pounds each from April. Mayor Lena Marsh said the levy would pay for cleaning the quay and the harbour walk. Cruise operators warned the levy would drive ships to other ports. The council voted nine to three."),
	report(1302, 2, at(16, 18, 40), "en", "Cruise passengers to pay four pound harbour levy",
		"Every cruise passenger landing at Dunmere will pay a harbour levy of four pounds from April after the council backed the charge by nine votes to three. Mayor Lena Marsh said the quay and the harbour walk needed the money. Cruise operators said ships would go elsewhere."),
}

var bridge = []Doc{
	report(1401, 3, at(16, 19, 0), "en", "Dunmere council shuts old harbour bridge",
		"Dunmere council voted on Tuesday to shut the old harbour bridge after engineers found rusted girders. Mayor Lena Marsh said the council had no choice. Drivers face a long detour around the harbour while the girders are replaced."),
	report(1402, 4, at(16, 19, 30), "en", "Rusted girders close harbour bridge for a year",
		"Engineers found rusted girders under the old harbour bridge, which will close for a year while they are replaced. Drivers face a detour of six miles. The engineers said the girders could fail under heavy lorries."),
	report(1403, 5, at(16, 20, 15), "en", "Bridge closure: detour for drivers as girders replaced",
		"The old harbour bridge closes on Monday so engineers can replace its rusted girders. Drivers will take a six mile detour for a year. Heavy lorries had crossed the bridge for decades."),
}

// The first bridge report joins the levy's story; the second bridge
// report is too unlike that story to join it, but pairs with the first:
// clustered again, the bridge reports leave the levy's story, as Cluster
// groups them.
func TestStreamRegroup(t *testing.T) {
	want := [][]int64{ids(levy), ids(bridge)}
	if got := partition(Cluster(concat(levy, bridge), nil, DefaultOptions())); !cmp.Equal(got, want) {
		t.Fatalf("Cluster: %v, want %v", got, want)
	}
	s := streamOf(DefaultQuiet, levy)
	s.Take()
	s.Add(bridge[0])
	if got := partition(s.Groups()); !cmp.Equal(got, [][]int64{ids(levy, bridge[:1])}) {
		t.Fatalf("after the first bridge report: %v, want it in the levy's story", got)
	}
	for _, d := range bridge[1:] {
		s.Add(d)
	}
	if got := partition(s.Groups()); !cmp.Equal(got, want) {
		t.Errorf("stories %v, want %v", got, want)
	}
	changed, merged := s.Take()
	wantChanged := []Group{{ID: NewID(levy[0].Key), DocIDs: ids(levy)}, {ID: NewID(bridge[1].Key), DocIDs: ids(bridge)}}
	if !cmp.Equal(changed, wantChanged) || len(merged) > 0 {
		t.Errorf("changed %v, merged %v; want %v and none merged", changed, merged, wantChanged)
	}
}

// An editor's decisions hold when stories are clustered again: the
// groups that hold docs put together become one, as in Cluster, and docs
// kept apart are not put together.
func TestStreamRegroupDecisions(t *testing.T) {
	for _, c := range []struct {
		d    Decision
		want [][]int64
	}{
		{Decision{Together: []int64{levy[0].ID, bridge[0].ID}}, [][]int64{ids(levy, bridge)}},
		{Decision{Apart: []int64{bridge[0].ID}, From: []int64{bridge[1].ID}}, [][]int64{ids(levy, bridge[:1]), ids(bridge[1:])}},
	} {
		s := NewStream(DefaultOptions(), DefaultQuiet)
		s.Forbid(c.d)
		for _, r := range concat(levy, bridge) {
			s.Add(r)
		}
		if got := partition(s.Groups()); !cmp.Equal(got, c.want) {
			t.Errorf("with %+v: stories %v, want %v", c.d, got, c.want)
		}
	}
}

// market and ferry: a lone report of the Tarrow market's new stalls, and,
// hours later, three reports of a ferry strike. The first strike report
// shares the market report's harbour words enough to join its story;
// the next two share only the strike's own words with it.
var market = []Doc{
	report(1501, 1, at(17, 9, 0), "en", "Tarrow harbour market adds evening stalls",
		"The harbour market in Tarrow will open evening stalls on the quay from May. Traders said the harbour walk was busy after dark in summer. The harbour board agreed to light the quay until ten."),
}

var ferry = []Doc{
	report(1601, 2, at(17, 14, 0), "en", "Ferry crews strike at Tarrow harbour",
		"Ferry crews walked out at Tarrow harbour on Thursday over rosters, leaving the quay empty. The harbour board said evening sailings were cancelled. The union said crews worked fourteen hour shifts."),
	report(1602, 3, at(17, 14, 40), "en", "Ferry strike: union says crews worked fourteen hour shifts",
		"The union behind the ferry strike said crews worked fourteen hour shifts on rosters set without notice. Sailings to the islands were cancelled and the strike will run until Sunday, the union said."),
	report(1603, 4, at(17, 15, 20), "en", "Islanders stranded as ferry strike cancels sailings",
		"Islanders were stranded on Thursday as the ferry strike cancelled every sailing. The union said the strike over rosters and fourteen hour shifts would run until Sunday."),
}

// A report a story began with, which the first report of another event
// joined, stays alone once the rest of its story has left it behind,
// as Cluster leaves it, instead of going back to the other event.
func TestStreamRegroupLeftBehind(t *testing.T) {
	want := [][]int64{ids(market), ids(ferry)}
	if got := partition(Cluster(concat(market, ferry), nil, DefaultOptions())); !cmp.Equal(got, want) {
		t.Fatalf("Cluster: %v, want %v", got, want)
	}
	s := streamOf(DefaultQuiet, market, ferry[:1])
	if got := partition(s.Groups()); !cmp.Equal(got, [][]int64{ids(market, ferry[:1])}) {
		t.Fatalf("after the first strike report: %v, want it in the market's story", got)
	}
	for _, d := range ferry[1:] {
		s.Add(d)
	}
	got := partition(s.Groups())
	slices.SortFunc(got, func(a, b []int64) int { return int(a[0] - b[0]) })
	if !cmp.Equal(got, want) {
		t.Errorf("stories %v, want %v", got, want)
	}
}
