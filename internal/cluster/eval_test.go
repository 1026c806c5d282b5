package cluster

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/testenv"
)

// evalDoc is a doc of a labelled clustering set: lines of
// {"doc_id","text"} with optional "title", "published" (RFC 3339),
// "boilerplate_suspect", and the gold "cluster_id".
type evalDoc struct {
	Doc
	name, gold  string
	boilerplate bool
}

func loadEval(t testing.TB, path string) []evalDoc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		testenv.Missing(t, "eval", err.Error())
	}
	defer f.Close()
	var out []evalDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var line struct {
			DocID       any    `json:"doc_id"`
			ClusterID   any    `json:"cluster_id"`
			Title       string `json:"title"`
			Text        string `json:"text"`
			Published   string `json:"published"`
			Boilerplate bool   `json:"boilerplate_suspect"`
		}
		if len(sc.Bytes()) == 0 {
			continue
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("%s line %d: %v", path, len(out)+1, err)
		}
		d := evalDoc{name: fmt.Sprint(line.DocID), gold: fmt.Sprint(line.ClusterID), boilerplate: line.Boilerplate}
		d.Doc = Doc{ID: int64(len(out) + 1), Key: d.name, Title: line.Title, Text: line.Text}
		if line.Published != "" {
			if ts, err := time.Parse(time.RFC3339, line.Published); err == nil {
				d.Published = ts
			}
		}
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return out
}

// scoreGroups scores groups of the given docs (doc indexes into ds).
func scoreGroups(ds []evalDoc, groups [][]int) Scores {
	gold, pred := map[string]string{}, map[string]string{}
	for g, members := range groups {
		for _, i := range members {
			gold[ds[i].name] = ds[i].gold
			pred[ds[i].name] = strconv.Itoa(g)
		}
	}
	return Score(gold, pred)
}

// scoreCluster runs Cluster itself and scores its groups.
func scoreCluster(ds []evalDoc, opt Options) Scores {
	docs := make([]Doc, len(ds))
	byID := map[int64]int{}
	for i, d := range ds {
		docs[i] = d.Doc
		byID[d.ID] = i
	}
	var groups [][]int
	for _, g := range Cluster(docs, nil, opt) {
		var members []int
		for _, id := range g.DocIDs {
			members = append(members, byID[id])
		}
		groups = append(groups, members)
	}
	return scoreGroups(ds, groups)
}

// tuner clusters one set of docs under many thresholds and name weights,
// reading the docs once.
type tuner struct {
	ds []evalDoc // in the prepared order
	p  prepared
}

func newTuner(ds []evalDoc, opt Options) tuner {
	docs := make([]Doc, len(ds))
	for i, d := range ds {
		docs[i] = d.Doc
	}
	p := prepare(docs, opt)
	byID := map[int64]evalDoc{}
	for _, d := range ds {
		byID[d.ID] = d
	}
	sorted := make([]evalDoc, len(p.docs))
	for i, d := range p.docs {
		sorted[i] = byID[d.ID]
	}
	return tuner{ds: sorted, p: p}
}

func (tu tuner) score(opt Options) Scores { return scoreGroups(tu.ds, tu.p.groups(opt)) }

// sweep scores every threshold in ths (ascending) from one run at the
// lowest; see joining. It scores average link alone: the lone pairs of
// Options.Lone depend on the groups each threshold leaves, and Lone was
// fitted after the threshold.
func (tu tuner) sweep(opt Options, ths []float64) []Scores {
	opt.Threshold, opt.Lone = ths[0], 0
	_, joins := linkMerges(tu.p.units, tu.p.feats.combine(opt.NameWeight), opt)
	out := make([]Scores, len(ths))
	for i, th := range ths {
		var groups [][]int
		for _, us := range cut(len(tu.p.units), joins, th) {
			var docs []int
			for _, u := range us {
				docs = append(docs, tu.p.units[u].docs...)
			}
			groups = append(groups, docs)
		}
		out[i] = scoreGroups(tu.ds, groups)
	}
	return out
}

var (
	gridThresholds  = steps(0.10, 0.30, 0.01)
	gridNameWeights = []float64{0, 0.25, 0.5, 1}
)

func steps(from, to, by float64) []float64 {
	var out []float64
	for i := 0; from+float64(i)*by <= to+1e-9; i++ {
		out = append(out, from+float64(i)*by)
	}
	return out
}

// fit returns the options of the grid (thresholds and name weights, the
// rest from base) with the best B-cubed F1 on tu's docs, and its scores.
func (tu tuner) fit(base Options) (Options, Scores) {
	best, bestS := base, Scores{BCubedF1: -1}
	for _, nw := range gridNameWeights {
		o := base
		o.NameWeight = nw
		for i, s := range tu.sweep(o, gridThresholds) {
			if s.BCubedF1 > bestS.BCubedF1 {
				best, bestS = o, s
				best.Threshold = gridThresholds[i]
			}
		}
	}
	return best, bestS
}

// halves splits docs by gold cluster (sorted cluster IDs, alternately),
// so that no event is in both halves.
func halves(ds []evalDoc) (a, b []evalDoc) {
	var ids []string
	seen := map[string]bool{}
	for _, d := range ds {
		if !seen[d.gold] {
			seen[d.gold] = true
			ids = append(ids, d.gold)
		}
	}
	slices.Sort(ids)
	inA := map[string]bool{}
	for i, id := range ids {
		inA[id] = i%2 == 0
	}
	for _, d := range ds {
		if inA[d.gold] {
			a = append(a, d)
		} else {
			b = append(b, d)
		}
	}
	return a, b
}

func withoutBoilerplate(ds []evalDoc) []evalDoc {
	var out []evalDoc
	for _, d := range ds {
		if !d.boilerplate {
			out = append(out, d)
		}
	}
	return out
}

func fmtScores(s Scores) string {
	return fmt.Sprintf("B-cubed P/R/F1 %.3f/%.3f/%.3f  pairwise P/R/F1 %.3f/%.3f/%.3f  clusters %d (gold %d)  docs %d",
		s.BCubedP, s.BCubedR, s.BCubedF1, s.PairP, s.PairR, s.PairF1, s.PredClusters, s.GoldClusters, s.Docs)
}

// TestEvalMultiNewsProxy measures clustering quality on real news
// clusters when the evaluation data is present; run it with -v to see the
// figures. Thresholds and name weights fitted on one half are scored on
// the other; figures whose threshold was chosen on the data they are
// scored on are labelled ORACLE. The reference baseline (TF-IDF single
// link) is rebuilt and scored in the same run. The search over options
// is skipped with -short.
func TestEvalMultiNewsProxy(t *testing.T) {
	path := filepath.Join(testenv.EvalDir(t), "news-clustering-multinews-proxy", "documents.jsonl")
	all := loadEval(t, path)
	clean := withoutBoilerplate(all)
	def := DefaultOptions()
	sets := []struct {
		name string
		ds   []evalDoc
	}{{"all docs", all}, {"non-boilerplate docs", clean}}

	sAll := scoreCluster(all, def)
	for _, set := range sets {
		s := sAll
		if set.name != "all docs" {
			s = scoreCluster(set.ds, def)
		}
		t.Logf("%s, DefaultOptions (threshold %.2f, name weight %.2f, chosen on this data): %s", set.name, def.Threshold, def.NameWeight, fmtScores(s))
	}
	if sAll.BCubedF1 < 0.85 || sAll.PairF1 < 0.70 {
		t.Errorf("DefaultOptions on all docs: B-cubed F1 %.3f, pairwise F1 %.3f; want at least 0.85 and 0.70 (the single-link reference, with an oracle threshold, has 0.86 and 0.70)", sAll.BCubedF1, sAll.PairF1)
	}
	if testing.Short() {
		t.Skip("skipping the search over options in -short mode")
	}
	for _, set := range sets {
		a, b := halves(set.ds)
		var bc, pw float64
		for _, dir := range []struct {
			name       string
			train, dev []evalDoc
		}{{"A->B", a, b}, {"B->A", b, a}} {
			opt, _ := newTuner(dir.train, def).fit(def)
			s := newTuner(dir.dev, def).score(opt)
			bc, pw = bc+s.BCubedF1/2, pw+s.PairF1/2
			t.Logf("%s, fitted on half %s (threshold %.2f, name weight %.2f): %s", set.name, dir.name, opt.Threshold, opt.NameWeight, fmtScores(s))
		}
		t.Logf("%s, fitted on one half, scored on the other: mean B-cubed F1 %.3f, pairwise F1 %.3f", set.name, bc, pw)
		opt, s := newTuner(set.ds, def).fit(def)
		t.Logf("%s, ORACLE threshold %.2f and name weight %.2f: %s", set.name, opt.Threshold, opt.NameWeight, fmtScores(s))

		ref := referenceVectors(set.ds)
		refThresholds := steps(0.05, 0.5, 0.01)
		best := func(groups func(th float64) [][]int) (float64, Scores) {
			bt, bs := 0.0, Scores{BCubedF1: -1}
			for _, th := range refThresholds {
				if s := scoreGroups(set.ds, groups(th)); s.BCubedF1 > bs.BCubedF1 {
					bt, bs = th, s
				}
			}
			return bt, bs
		}
		single := singleLinkJoins(ref)
		th, s := best(func(th float64) [][]int { return cut(len(ref), single, th) })
		t.Logf("%s, reference TF-IDF single link, ORACLE threshold %.2f: %s", set.name, th, fmtScores(s))
		_, average := linkMerges(oneDocUnits(len(ref)), ref, Options{Threshold: refThresholds[0]})
		th, s = best(func(th float64) [][]int { return cut(len(ref), average, th) })
		t.Logf("%s, reference TF-IDF average link, ORACLE threshold %.2f: %s", set.name, th, fmtScores(s))
	}
}
