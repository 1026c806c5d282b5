package eval

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/feed"
	"github.com/theunbiasedpost/unbiased/internal/testenv"
)

// TestEvalReferenceOutputs scores the benchmark's committed predictions
// of other tools and compares with the figures its README publishes for
// this half of the data (F1, P, R, accuracy to three decimals): the
// check that our metric is the benchmark's.
func TestEvalReferenceOutputs(t *testing.T) {
	dir := filepath.Join(testenv.EvalDir(t), "article-extraction-benchmark")
	d, err := OpenExtractDir(dir)
	if err != nil {
		testenv.Missing(t, "eval", err.Error())
	}
	published := map[string][4]float64{
		"trafilatura":         {0.960, 0.944, 0.977, 0.300},
		"go_trafilatura":      {0.962, 0.940, 0.985, 0.278},
		"go_readability":      {0.928, 0.890, 0.970, 0.211},
		"go_readability_fork": {0.944, 0.909, 0.981, 0.178},
		"go_domdistiller":     {0.919, 0.888, 0.952, 0.067},
		"newspaper":           {0.954, 0.965, 0.943, 0.278},
		"readability":         {0.932, 0.915, 0.950, 0.333},
		"goose3":              {0.903, 0.956, 0.856, 0.222},
		"justext":             {0.806, 0.856, 0.762, 0.089},
		"boilerpipe":          {0.848, 0.846, 0.851, 0.011},
		"html-text":           {0.661, 0.496, 0.994, 0.000},
		"AutoExtract":         {0.978, 0.987, 0.968, 0.489},
	}
	for tool, want := range published {
		t.Run(tool, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, "reference-outputs", tool+".json"))
			if err != nil {
				t.Skipf("no committed output: %v", err)
			}
			var ref struct {
				Output map[string]struct {
					ArticleBody string `json:"articleBody"`
				} `json:"output"`
			}
			if err := json.Unmarshal(raw, &ref); err != nil {
				t.Fatal(err)
			}
			pred := map[string]string{}
			for id, v := range ref.Output {
				pred[id] = v.ArticleBody
			}
			s := ScoreExtraction(d.Truth, pred)
			got := [4]float64{s.F1, s.P, s.R, s.Acc}
			for i, name := range []string{"f1", "p", "r", "acc"} {
				if math.Abs(got[i]-want[i]) > 0.0005 {
					t.Errorf("%s = %.4f, published %.3f", name, got[i], want[i])
				}
			}
		})
	}
}

// TestEvalFeedFixtures runs RunFeeds on the shared feed corpus: every
// feed must parse or fail with an error, and the agreement is logged.
func TestEvalFeedFixtures(t *testing.T) {
	dir := filepath.Join(testenv.EvalDir(t), "feed-fixtures-feed-rs")
	if _, err := os.Stat(dir); err != nil {
		testenv.Missing(t, "eval", err.Error())
	}
	rep, err := RunFeeds(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Failures {
		// Every file either parses or is refused as not a feed: a crash,
		// a read error or any other failure is a bug.
		if !errors.Is(f.Err, feed.ErrNotAFeed) {
			t.Errorf("%s: error %v does not wrap feed.ErrNotAFeed", f.File, f.Err)
		}
		t.Logf("%s: %v", f.File, f.Err)
	}
	t.Logf("%d files, %d parsed, %d failed; %d compared: counts %.3f, over %d items titles %.3f, links %.3f, dates %.3f",
		rep.Files, rep.Parsed, rep.Failed, rep.Compared, rep.CountAgree, rep.Items, rep.TitleAgree, rep.LinkAgree, rep.DateAgree)
	if rep.Parsed+rep.Failed != rep.Files || rep.Parsed == 0 {
		t.Errorf("parsed %d + failed %d != %d files", rep.Parsed, rep.Failed, rep.Files)
	}
}
