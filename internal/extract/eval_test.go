package extract_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/eval"
	"github.com/theunbiasedpost/unbiased/internal/extract"
	"github.com/theunbiasedpost/unbiased/internal/testenv"
)

// evalDir opens the shared extraction benchmark, or skips.
func evalDir(t testing.TB) *eval.ExtractDir {
	t.Helper()
	d, err := eval.OpenExtractDir(filepath.Join(testenv.EvalDir(t), "article-extraction-benchmark"))
	if err != nil {
		testenv.Missing(t, "eval", err.Error())
	}
	return d
}

// TestEvalExtraction scores Extract on the shared half of the article
// extraction benchmark with the benchmark's metric, on all pages and on
// the two halves by position in ID order, and logs the figures. It fails
// only when Extract falls below go-trafilatura's published 0.962, which
// it must beat by a margin.
func TestEvalExtraction(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the extraction benchmark in -short mode")
	}
	d := evalDir(t)
	pred := map[string]string{}
	halves := [2]map[string]string{{}, {}}
	var spent time.Duration
	for i, id := range d.IDs {
		page, err := d.Page(id)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		r, _ := extract.Extract(page, d.URLs[id])
		spent += time.Since(start)
		if r != nil {
			pred[id] = r.Text
		}
		halves[i%2][id] = d.Truth[id]
	}
	all := eval.ScoreExtraction(d.Truth, pred)
	t.Logf("Extract: F1 %.4f P %.4f R %.4f acc %.4f on %d pages, %.1f pages/s", all.F1, all.P, all.R, all.Acc, all.Pages, float64(all.Pages)/spent.Seconds())
	for i, name := range []string{"even", "odd"} {
		s := eval.ScoreExtraction(halves[i], pred)
		t.Logf("%s pages: F1 %.4f P %.4f R %.4f acc %.4f", name, s.F1, s.P, s.R, s.Acc)
	}
	if all.F1 < 0.962 {
		t.Errorf("F1 %.4f is below go-trafilatura's published 0.962", all.F1)
	}
}

// BenchmarkExtractEval measures Extract on the benchmark's real pages.
func BenchmarkExtractEval(b *testing.B) {
	d := evalDir(b)
	pages := make([][]byte, len(d.IDs))
	for i, id := range d.IDs {
		p, err := d.Page(id)
		if err != nil {
			b.Fatal(err)
		}
		pages[i] = p
	}
	b.ResetTimer()
	for b.Loop() {
		for i, id := range d.IDs {
			extract.Extract(pages[i], d.URLs[id])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*len(d.IDs)), "ms/page")
}
