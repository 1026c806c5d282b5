package eval

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// writeFiles writes name -> content under dir; a name ending in .gz is
// gzipped.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		data := []byte(content)
		if strings.HasSuffix(name, ".gz") {
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			zw.Write(data)
			zw.Close()
			data = b.Bytes()
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const articlePage = `<!doctype html><html lang="en"><head><title>Bridge reopens | Town Herald</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Bridge reopens</h1>
<p>The old river bridge reopened to traffic on Monday after eight months of repairs, the county said in a statement.</p>
<p>Engineers replaced the deck and two of the supports, which had been damaged by the spring floods of last year.</p>
<p>Commuters who had been taking a detour of twenty minutes welcomed the news, and local shops expect more trade.</p>
</article><footer>Copyright 2024 Town Herald</footer></body></html>`

const articleText = "The old river bridge reopened to traffic on Monday after eight months of repairs, the county said in a statement.\n\n" +
	"Engineers replaced the deck and two of the supports, which had been damaged by the spring floods of last year.\n\n" +
	"Commuters who had been taking a detour of twenty minutes welcomed the news, and local shops expect more trade."

func TestRunExtract(t *testing.T) {
	dir := t.TempDir()
	gt, _ := json.Marshal(map[string]map[string]string{
		"gz":    {"articleBody": articleText, "url": "https://herald.example/bridge"},
		"plain": {"articleBody": articleText},
		"gone":  {"articleBody": articleText},
	})
	writeFiles(t, dir, map[string]string{
		"ground-truth.json":  string(gt),
		"html/gz.html.gz":    articlePage,
		"html/plain.html":    articlePage,
		"html/unrelated.txt": "not a page",
	})
	var calls []int
	rep, err := RunExtract(context.Background(), dir, ExtractOptions{Progress: func(done, total int) { calls = append(calls, done*10+total) }})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Extractor != DefaultExtractor || rep.Pages != 3 || rep.Missing != 1 {
		t.Errorf("extractor, pages, missing = %q, %d, %d; want %q, 3, 1", rep.Extractor, rep.Pages, rep.Missing, DefaultExtractor)
	}
	for _, id := range []string{"gz", "plain"} {
		if got := rep.Predictions[id]; got != articleText {
			t.Errorf("prediction %s = %q, want the three paragraphs", id, got)
		}
	}
	if len(rep.Failures) != 1 || rep.Failures[0].ID != "gone" || !errors.Is(rep.Failures[0].Err, os.ErrNotExist) {
		t.Errorf("failures = %v, want page gone not found", rep.Failures)
	}
	// Two perfect pages and one missing: precision 1 on two, recall 1, 1, 0.
	if rep.P != 1 || rep.R != 2.0/3 || rep.Acc != 2.0/3 {
		t.Errorf("p, r, acc = %v, %v, %v; want 1, 2/3, 2/3", rep.P, rep.R, rep.Acc)
	}
	if rep.PagesPerSec <= 0 {
		t.Errorf("pages per second = %v, want > 0", rep.PagesPerSec)
	}
	if diff := cmp.Diff([]int{13, 23, 33}, calls); diff != "" {
		t.Errorf("progress calls (-want +got):\n%s", diff)
	}
}

func TestRunExtractErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"bad/ground-truth.json": `{"a": {"url": "x"}}`, "empty/ground-truth.json": `{}`})
	tests := []struct {
		name, dir, extractor, want string
	}{
		{"unknown extractor", dir, "magic", `unknown extractor "magic"`},
		{"no ground truth", dir, "", "read ground truth"},
		{"no articleBody", filepath.Join(dir, "bad"), "", `page "a" has no articleBody`},
		{"no pages", filepath.Join(dir, "empty"), "", "no pages"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := RunExtract(context.Background(), tt.dir, ExtractOptions{Extractor: tt.extractor})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestWritePredictions(t *testing.T) {
	var b bytes.Buffer
	if err := WritePredictions(&b, map[string]string{"b": "x <y>", "a": ""}); err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"a\": {\n    \"articleBody\": \"\"\n  },\n  \"b\": {\n    \"articleBody\": \"x <y>\"\n  }\n}\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
