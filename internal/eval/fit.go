package eval

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

// FitSet is one summary set the writer's weights are fitted on: its
// clusters (one half of a file, see Half), the length its summaries are
// cut to, and the leans its outlets get.
type FitSet struct {
	Name     string
	Clusters []SummaryCluster
	Words    int
	Leans    Leans
}

// FitGrid is the weights tried for each parameter, by its name in
// write.ParseParams.
var FitGrid = map[string][]float64{
	"central": {0, 0.5, 1, 1.5, 2, 3, 4},
	"rank":    {0, 0.25, 0.5, 1, 1.5, 2, 3},
	"early":   {0, 0.25, 0.5, 1, 1.5, 2, 3},
	"support": {0, 0.1, 0.2, 0.3, 0.5, 0.8, 1.2},
	"title":   {0, 0.25, 0.5, 1, 1.5, 2, 3},
	"long":    {0, 0.1, 0.2, 0.3, 0.5, 0.8, 1.2},
	"stale":   {0, 0.25, 0.5, 1, 1.5, 2, 3},
	"lede":    {0, 0.5, 1, 1.5, 2, 3, 4},
	"restate": {0, 0.5, 1, 2, 3},
}

// fitOrder is the order in which coordinate ascent visits the weights.
var fitOrder = write.ParamNames

// FitStep is one weight set the fit scored: for each set, the ROUGE-1 of
// its summaries and of its openings (see scoreFit); Mean, the objective,
// is the mean of all of them.
type FitStep struct {
	Params  write.Params
	R1      []float64
	Opening []float64
	Mean    float64
}

// FitParams fits the writer's weights by coordinate ascent: starting from
// start, it tries every value of FitGrid for one weight at a time, keeps
// the best for the mean over the sets of two ROUGE-1 figures, of the
// summaries and of their openings (refusals score as empty; see
// scoreFit),
// and goes round until a round changes nothing or rounds are done. Each
// cluster is analysed once; only the writer runs for each weight set.
// step, when set, is told of every weight set scored.
func FitParams(ctx context.Context, sets []FitSet, start write.Params, rounds int, step func(FitStep)) (FitStep, error) {
	prepared := make([][]fitCluster, len(sets))
	for k, s := range sets {
		prepared[k] = prepareFit(s)
	}
	score := func(p write.Params) (FitStep, error) {
		st := FitStep{Params: p}
		for k, s := range sets {
			r1, opening, err := scoreFit(ctx, prepared[k], s.Words, p)
			if err != nil {
				return st, err
			}
			st.R1 = append(st.R1, r1)
			st.Opening = append(st.Opening, opening)
			st.Mean += (r1 + opening) / float64(2*len(sets))
		}
		if step != nil {
			step(st)
		}
		return st, nil
	}
	best, err := score(start)
	if err != nil {
		return best, err
	}
	for r := 0; r < rounds; r++ {
		changed := false
		for _, name := range fitOrder {
			for _, v := range FitGrid[name] {
				p := best.Params
				*p.Field(name) = v
				if p == best.Params {
					continue
				}
				st, err := score(p)
				if err != nil {
					return best, err
				}
				if st.Mean > best.Mean+1e-9 {
					best, changed = st, true
				}
			}
		}
		if !changed {
			break
		}
	}
	return best, nil
}

// FormatParams writes weights as --params takes them.
func FormatParams(p write.Params) string {
	kv := make([]string, len(write.ParamNames))
	for k, name := range write.ParamNames {
		kv[k] = fmt.Sprintf("%s=%g", name, *p.Field(name))
	}
	return strings.Join(kv, ",")
}

// fitCluster is a cluster ready for the writer: its reports, their
// analysis, the time its page is written at, and its reference.
type fitCluster struct {
	id        string
	refs      []news.ArticleRef
	a         analyze.Analysis
	now       time.Time
	reference string
}

func prepareFit(s FitSet) []fitCluster {
	out := make([]fitCluster, len(s.Clusters))
	parallel(len(s.Clusters), func(i int) {
		c := s.Clusters[i]
		now := clusterTime(c)
		refs := summaryReports(c, now, s.Leans)
		out[i] = fitCluster{id: c.ID, refs: refs, a: analyze.Analyze(refs), now: now, reference: c.Reference}
	})
	return out
}

// scoreFit returns two mean ROUGE-1 figures (percentages) of the desk's
// pages of the clusters under weights p: of their summaries, cut to
// words words, against the references; and of their openings (the first
// highlight and the lead) against the references' first sentences,
// which say what happened. The first figure judges what the page
// chooses; the second, what it puts first.
func scoreFit(ctx context.Context, cs []fitCluster, words int, p write.Params) (float64, float64, error) {
	if err := ctx.Err(); err != nil {
		return 0, 0, err
	}
	r1 := make([]float64, len(cs))
	opening := make([]float64, len(cs))
	w := write.Writer{Params: p}
	parallel(len(cs), func(i int) {
		c := cs[i]
		page, err := w.Write(c.id, c.a, c.now)
		if err != nil || len(write.Verify(page, c.refs)) > 0 {
			return
		}
		r1[i] = Rouge(c.reference, CutWords(strings.Join(strings.Fields(write.PlainText(page)), " "), words)).R1
		var open []string
		if len(page.Highlights) > 0 {
			open = append(open, page.Highlights[0].Text)
		}
		for _, s := range page.Lead {
			open = append(open, s.Text)
		}
		opening[i] = Rouge(firstSentence(c.reference), strings.Join(open, " ")).R1
	})
	var sum, sumOpen float64
	for i := range r1 {
		sum += r1[i]
		sumOpen += opening[i]
	}
	n := float64(max(1, len(cs)))
	return 100 * sum / n, 100 * sumOpen / n, nil
}

// firstSentence is the first sentence of a reference summary, without
// the dash some sets open with.
func firstSentence(s string) string {
	s = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "–—- "))
	for i, r := range s {
		if (r == '.' || r == '!' || r == '?') && (i+1 == len(s) || s[i+1] == ' ') {
			return s[:i+1]
		}
	}
	return s
}

// parallel runs f(0..n-1) on as many goroutines as there are processors.
func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
