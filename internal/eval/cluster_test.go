package eval

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestReadClusterDocs(t *testing.T) {
	in := `{"doc_id": 17, "cluster_id": 4, "text": "a", "published": "2026-03-02T10:00:00+02:00"}

{"doc_id": "x-1", "cluster_id": "e", "title": "T", "text": "b", "published": "2026-03-02 09:30:00", "boilerplate_suspect": true}
{"doc_id": 1.5, "text": "c", "published": "2026-03-03"}
`
	got, err := ReadClusterDocs(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []ClusterDoc{
		{ID: "17", Gold: "4", Text: "a", Published: time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)},
		{ID: "x-1", Gold: "e", Title: "T", Text: "b", Published: time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC), Boilerplate: true},
		{ID: "1.5", Text: "c", Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("docs (-want +got):\n%s", diff)
	}

	bad := map[string]string{
		`{"text": "no id"}`:                         "line 1: no doc_id",
		`{"doc_id": true, "text": "x"}`:             "line 1: no doc_id",
		`{"doc_id": "a", "cluster_id": [1]}`:        "line 1: cluster_id: want a string or a number, got [1]",
		"{\"doc_id\": \"a\"}\n{\"doc_id\": \"a\"}":  `line 2: doc_id "a" already on line 1`,
		`{"doc_id": "a", "published": "yesterday"}`: `line 1: published: "yesterday" is not a time (want RFC 3339)`,
		"{\"doc_id\": \"a\"}\n[1, 2]":               "line 2: json: cannot unmarshal array",
	}
	for in, want := range bad {
		_, err := ReadClusterDocs(strings.NewReader(in))
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("ReadClusterDocs(%q) = %v, want an error starting %q", in, err, want)
		}
	}
}

// TestReadClusterDocsFromSummarySet: a summary set's line is one gold
// cluster of its documents, read without their dates.
func TestReadClusterDocsFromSummarySet(t *testing.T) {
	in := `{"id": "pier", "documents": ["The pier closed.", {"title": "Pier shut", "text": "Dunmere shut its pier.", "date": "2030-05-03"}], "summary": "S"}
{"id": 7, "documents": ["Ferries ran late."]}
`
	got, err := ReadClusterDocs(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []ClusterDoc{
		{ID: "pier-1", Gold: "pier", Text: "The pier closed."},
		{ID: "pier-2", Gold: "pier", Title: "Pier shut", Text: "Dunmere shut its pier."},
		{ID: "7-1", Gold: "7", Text: "Ferries ran late."},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("docs (-want +got):\n%s", diff)
	}
	if _, err := ReadClusterDocs(strings.NewReader(`{"documents": ["x"]}`)); err == nil || !strings.Contains(err.Error(), "needs an id") {
		t.Errorf("a summary line without an id: %v", err)
	}
}

// TestHalfClusters: halves split gold clusters, never one cluster's docs.
func TestHalfClusters(t *testing.T) {
	docs := []ClusterDoc{{ID: "1", Gold: "a"}, {ID: "2", Gold: "b"}, {ID: "3", Gold: "a"}, {ID: "4"}, {ID: "5", Gold: "c"}}
	ids := func(ds []ClusterDoc) (out []string) {
		for _, d := range ds {
			out = append(out, d.ID)
		}
		return out
	}
	even, _ := HalfClusters(docs, "even")
	odd, _ := HalfClusters(docs, "odd")
	if diff := cmp.Diff([]string{"1", "3", "5"}, ids(even)); diff != "" {
		t.Errorf("even (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"2"}, ids(odd)); diff != "" {
		t.Errorf("odd (-want +got):\n%s", diff)
	}
	if all, _ := HalfClusters(docs, ""); len(all) != len(docs) {
		t.Errorf("no half keeps %d of %d docs", len(all), len(docs))
	}
	if _, err := HalfClusters(docs, "third"); err == nil {
		t.Error("an unknown half is accepted")
	}
}

// Two events told in shared words become two stories; a page of site
// chrome stands alone. Scores are over the docs with gold clusters, and
// leave the boilerplate suspect out when asked.
func TestRunCluster(t *testing.T) {
	docs := []ClusterDoc{
		{ID: "1", Gold: "bridge", Text: "The harbor authority closed the north river bridge after inspectors found cracks in two steel supports; engineers will survey it for three weeks."},
		{ID: "2", Gold: "bridge", Text: "Inspectors found cracks in two steel supports of the north river bridge, so the harbor authority closed it while engineers survey the bridge."},
		{ID: "3", Gold: "levy", Text: "County voters approved the school levy by a narrow margin; it pays for new roofs and heating in six schools, the county clerk said."},
		{ID: "4", Gold: "levy", Text: "The school levy passed by a narrow margin, the county clerk said, and six schools will get new roofs and heating."},
		{ID: "5", Text: "A report with no gold cluster about a marathon in the old town drawing record crowds of runners."},
		{ID: "6", Gold: "levy", Boilerplate: true, Text: "Sign up for our newsletter and manage your cookie settings."},
	}
	tick := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { tick = tick.Add(time.Second); return tick }
	rep, err := RunCluster(context.Background(), docs, ClusterOptions{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Docs != 6 || rep.Stories != 4 || rep.DocsPerSec != 6 {
		t.Errorf("docs %d, stories %d, %.1f docs/s; want 6, 4, 6", rep.Docs, rep.Stories, rep.DocsPerSec)
	}
	s := func(id string) string { return rep.Story[id] }
	if s("1") != s("2") || s("3") != s("4") || s("1") == s("3") || s("6") == s("3") || s("5") == "" {
		t.Fatalf("stories %v", rep.Story)
	}
	if !rep.Scored || rep.Scores.Docs != 5 || rep.Scores.PairP != 1 || rep.Scores.PairR != 0.5 {
		t.Errorf("scores %+v; want 5 docs, pair precision 1, recall 2/4", rep.Scores)
	}
	rep, _ = RunCluster(context.Background(), docs, ClusterOptions{SkipBoilerplate: true})
	if rep.Scores.Docs != 4 || rep.Scores.PairF1 != 1 || rep.Scores.BCubedF1 != 1 {
		t.Errorf("without the boilerplate suspect: %+v; want 4 docs scored perfectly", rep.Scores)
	}

	var buf bytes.Buffer
	if err := WriteClusterPredictions(&buf, docs[:2], rep.Story); err != nil {
		t.Fatal(err)
	}
	want := `{"doc_id":"1","story":"` + s("1") + `"}` + "\n" + `{"doc_id":"2","story":"` + s("1") + `"}` + "\n"
	if buf.String() != want {
		t.Errorf("predictions\n%s\nwant\n%s", buf.String(), want)
	}
}
