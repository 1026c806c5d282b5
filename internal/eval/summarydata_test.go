package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/testenv"
)

// TestRougeBaselinesEvalData runs the two baselines on the staged
// summarization data and compares the mean ROUGE with the figures that
// shared/tools/baselines.py and score_rouge.py print for the same files
// (the baselines cut to the same word budget as the scorer). Cheap: about
// a second.
func TestRougeBaselinesEvalData(t *testing.T) {
	dir := testenv.EvalDir(t)
	tests := []struct {
		name, file string
		words      int
		// withTitle feeds a document as title + ". " + text, not text
		// alone.
		withTitle bool
		lead, tr  [3]float64 // R1, R2, RL rounded to two decimals
	}{
		{"multinews", "multinews-sample/multinews_test_sample125.jsonl", 250, false,
			[3]float64{39.70, 12.37, 18.36}, [3]float64{41.33, 13.41, 19.24}},
		{"neus-text", "neus/neus_test_dev153.jsonl", 60, false,
			[3]float64{37.63, 16.84, 24.65}, [3]float64{37.76, 16.56, 24.89}},
		{"neus-title-text", "neus/neus_test_dev153.jsonl", 60, true,
			[3]float64{35.10, 14.10, 21.59}, [3]float64{37.54, 16.64, 24.90}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := os.Open(filepath.Join(dir, tt.file))
			if err != nil {
				testenv.Missing(t, "eval", err.Error())
			}
			defer f.Close()
			clusters, err := ReadSummaryClusters(f)
			if err != nil {
				t.Fatal(err)
			}
			gold, lead, tr := map[string]string{}, map[string]string{}, map[string]string{}
			for _, c := range clusters {
				var docs []string
				for _, d := range c.Documents {
					if tt.withTitle && d.Title != "" {
						docs = append(docs, d.Title+". "+d.Text)
					} else {
						docs = append(docs, d.Text)
					}
				}
				gold[c.ID] = c.Reference
				lead[c.ID] = LeadSummary(docs, tt.words)
				tr[c.ID] = TextRankSummary(docs, tt.words)
			}
			for name, c := range map[string]struct {
				pred map[string]string
				want [3]float64
			}{"lead": {lead, tt.lead}, "textrank": {tr, tt.tr}} {
				m := MeanRouge(gold, c.pred, tt.words)
				got := fmt.Sprintf("%.2f/%.2f/%.2f", m.R1, m.R2, m.RL)
				want := fmt.Sprintf("%.2f/%.2f/%.2f", c.want[0], c.want[1], c.want[2])
				t.Logf("%s: n=%d ROUGE-1/2/L %s", name, m.N, got)
				if got != want || m.Missing != 0 {
					t.Errorf("%s: ROUGE-1/2/L %s (missing %d), reference %s", name, got, m.Missing, want)
				}
			}
		})
	}
}
