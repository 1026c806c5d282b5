package extract

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/testenv"
)

// The scorer of the article-extraction benchmark: 4-token shingles of
// \w+ tokens, per-page precision and recall, F1 of their means.
var wordRE = regexp.MustCompile(`[\p{L}\p{N}\p{M}_]+`)

func shingles(s string) map[string]int {
	toks := wordRE.FindAllString(s, -1)
	out := map[string]int{}
	if len(toks) == 0 {
		return out
	}
	if len(toks) < 4 {
		out[strings.Join(toks, " ")]++
		return out
	}
	for i := 0; i+4 <= len(toks); i++ {
		out[strings.Join(toks[i:i+4], " ")]++
	}
	return out
}

type score struct{ f1, p, r, acc float64 }

func scoreAll(truth, pred map[string]string) score {
	var sp, sr float64
	var np, nr, exact int
	for id, t := range truth {
		ts, ps := shingles(t), shingles(pred[id])
		var tp, fp, fn float64
		for k, c := range ts {
			tp += float64(min(c, ps[k]))
			fn += float64(max(0, c-ps[k]))
		}
		for k, c := range ps {
			fp += float64(max(0, c-ts[k]))
		}
		if strings.Join(wordRE.FindAllString(t, -1), " ") == strings.Join(wordRE.FindAllString(pred[id], -1), " ") {
			exact++
		}
		if fp == 0 && fn == 0 {
			sp, sr, np, nr = sp+1, sr+1, np+1, nr+1
			continue
		}
		if tp+fp > 0 {
			sp += tp / (tp + fp)
			np++
		}
		if tp+fn > 0 {
			sr += tp / (tp + fn)
			nr++
		}
	}
	p, r := sp/float64(max(np, 1)), sr/float64(max(nr, 1))
	return score{f1: 2 * p * r / (p + r), p: p, r: r, acc: float64(exact) / float64(len(truth))}
}

// evalPages loads the shared extraction benchmark, or skips.
func evalPages(t testing.TB) (dir string, truth map[string]string, urls map[string]string, pages map[string][]byte) {
	dir = filepath.Join(testenv.EvalDir(t), "article-extraction-benchmark")
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		testenv.Missing(t, "eval", err.Error())
	}
	var gt map[string]struct{ ArticleBody, URL string }
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatal(err)
	}
	truth, urls, pages = map[string]string{}, map[string]string{}, map[string][]byte{}
	for id, v := range gt {
		gz, err := os.ReadFile(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			t.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		truth[id], urls[id], pages[id] = v.ArticleBody, v.URL, page
	}
	return dir, truth, urls, pages
}

// TestEvalExtraction scores Extract on the shared half of the article
// extraction benchmark and checks the scorer against the committed
// go-trafilatura output. It logs the figures and fails only well below
// the published go-trafilatura score.
func TestEvalExtraction(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the extraction benchmark in -short mode")
	}
	dir, truth, urls, pages := evalPages(t)
	raw, err := os.ReadFile(filepath.Join(dir, "reference-outputs", "go_trafilatura.json"))
	if err == nil {
		var ref struct {
			Output map[string]struct{ ArticleBody string }
		}
		if json.Unmarshal(raw, &ref) == nil {
			pred := map[string]string{}
			for id, v := range ref.Output {
				pred[id] = v.ArticleBody
			}
			s := scoreAll(truth, pred)
			t.Logf("scorer check, committed go_trafilatura: F1 %.3f P %.3f R %.3f acc %.3f (README: 0.962 / 0.940 / 0.985 / 0.278)", s.f1, s.p, s.r, s.acc)
		}
	}
	pred := map[string]string{}
	ids := make([]string, 0, len(pages))
	for id := range pages {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	start := time.Now()
	var slow []string
	for _, id := range ids {
		t0 := time.Now()
		r, err := Extract(pages[id], urls[id])
		if d := time.Since(t0); d > 500*time.Millisecond {
			slow = append(slow, id+" "+d.String())
		}
		if err == nil {
			pred[id] = r.Text
		}
	}
	elapsed := time.Since(start)
	s := scoreAll(truth, pred)
	t.Logf("Extract: F1 %.3f P %.3f R %.3f acc %.3f on %d pages, %.1f pages/s; slow: %v",
		s.f1, s.p, s.r, s.acc, len(ids), float64(len(ids))/elapsed.Seconds(), slow)
	if s.f1 < 0.93 {
		t.Errorf("F1 %.3f is well below go-trafilatura's published 0.962", s.f1)
	}
}

// BenchmarkExtractEval measures Extract on the benchmark's real pages.
func BenchmarkExtractEval(b *testing.B) {
	_, _, urls, pages := evalPages(b)
	ids := make([]string, 0, len(pages))
	for id := range pages {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	b.ResetTimer()
	for b.Loop() {
		for _, id := range ids {
			Extract(pages[id], urls[id])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*len(ids)), "ms/page")
}
