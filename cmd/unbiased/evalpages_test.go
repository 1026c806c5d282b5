package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/eval"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestPagesFromDirDatesReports: the pages 'eval desk --out' keeps are
// checked against their sources as written on their days, so that a
// page's "on Monday" for a Tuesday report's "yesterday" is found in it.
func TestPagesFromDirDatesReports(t *testing.T) {
	dir := t.TempDir()
	story := filepath.Join(dir, "abcdefghij")
	if err := os.Mkdir(story, 0o755); err != nil {
		t.Fatal(err)
	}
	tuesday := time.Date(2031, 3, 11, 9, 0, 0, 0, time.UTC)
	sources := []eval.DeskSource{{Event: "pier", Document: 1, Outlet: "Lowland Press", URL: "https://lowland.test/pier",
		Text: "The Dunmere harbour board voted yesterday to close the east pier for the winter.", Published: tuesday}}
	page := news.Page{StoryID: "abcdefghij", Headline: "Dunmere harbour board votes to close east pier",
		Lead:    []news.Sentence{{Text: "The Dunmere harbour board voted on Monday to close the east pier for the winter, Lowland Press reported.", Cites: []int{1}, AttributedTo: "Lowland Press"}},
		Sources: []news.Source{{Ref: 1, Outlet: "Lowland Press", URL: "https://lowland.test/pier"}}}
	for name, v := range map[string]any{"sources.json": sources, "page.json": page} {
		data, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(story, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pages, err := pagesFromDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if rep := eval.CheckPages(pages); rep.Unsupported != 0 || rep.Citations != 1 {
		t.Errorf("citations %d, unsupported %d, want 1 and 0: %+v", rep.Citations, rep.Unsupported, rep.Defects)
	}
}
