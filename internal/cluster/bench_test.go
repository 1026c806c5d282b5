package cluster

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/testenv"
)

// syntheticDocs invents n reports of about n/8 events whose first
// reports are spread over days days. Every report mixes common words
// (Zipf-distributed, as in real text) with its event's own words and
// names, so that events overlap the way news does: through everyday
// vocabulary. It returns the docs and each doc's event.
func syntheticDocs(n, days int, seed uint64) ([]Doc, map[int64]int) {
	rng := rand.New(rand.NewPCG(seed, 99))
	syllables := strings.Fields("ka lo mi ren tos va ber dul si no ga pre mun tal ori bek sa vel dor ni")
	word := func() string {
		var b strings.Builder
		for range 2 + rng.IntN(2) {
			b.WriteString(syllables[rng.IntN(len(syllables))])
		}
		return b.String()
	}
	common := make([]string, 4000)
	for i := range common {
		common[i] = word()
	}
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(common)-1))
	type event struct {
		words, names []string
		start        time.Time
	}
	events := make([]event, max(1, n/8))
	t0 := time.Date(2026, time.March, 1, 0, 0, 0, 0, time.UTC)
	for e := range events {
		ev := event{start: t0.Add(time.Duration(rng.Int64N(int64(days) * int64(24*time.Hour))))}
		for range 30 {
			ev.words = append(ev.words, word())
		}
		for range 4 {
			w := word()
			ev.names = append(ev.names, strings.ToUpper(w[:1])+w[1:])
		}
		events[e] = ev
	}
	pick := func(ev event) string {
		switch r := rng.Float64(); {
		case r < 0.12:
			return ev.words[rng.IntN(len(ev.words))]
		case r < 0.15:
			return ev.names[rng.IntN(len(ev.names))]
		default:
			return common[zipf.Uint64()]
		}
	}
	docs := make([]Doc, n)
	gold := map[int64]int{}
	for i := range docs {
		e := rng.IntN(len(events))
		ev := events[e]
		var title, body []string
		for range 8 {
			title = append(title, pick(ev))
		}
		for s := range 16 {
			for k := range 15 {
				w := pick(ev)
				if k == 0 {
					w = strings.ToUpper(w[:1]) + w[1:]
				}
				body = append(body, w)
			}
			body[len(body)-1] += "."
			_ = s
		}
		id := int64(i + 1)
		docs[i] = Doc{
			ID:        id,
			Key:       "https://outlet" + strconv.Itoa(rng.IntN(50)) + ".example/" + strconv.FormatInt(id, 10),
			OutletID:  int64(rng.IntN(50)),
			Title:     strings.Join(title, " "),
			Text:      strings.Join(body, " "),
			Published: ev.start.Add(time.Duration(rng.Int64N(int64(36 * time.Hour)))),
			Language:  "en",
		}
		gold[id] = e
	}
	return docs, gold
}

func BenchmarkCluster(b *testing.B) {
	for _, bc := range []struct{ n, days int }{{1000, 14}, {5000, 14}, {5000, 1}} {
		b.Run(fmt.Sprintf("docs=%d/days=%d", bc.n, bc.days), func(b *testing.B) {
			docs, gold := syntheticDocs(bc.n, bc.days, 1)
			var groups []Group
			for b.Loop() {
				groups = Cluster(docs, nil, DefaultOptions())
			}
			b.ReportMetric(float64(bc.n)*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
			g, p := map[string]string{}, map[string]string{}
			for _, gr := range groups {
				for _, id := range gr.DocIDs {
					k := strconv.FormatInt(id, 10)
					g[k], p[k] = strconv.Itoa(gold[id]), gr.ID
				}
			}
			b.ReportMetric(Score(g, p).BCubedF1, "bcubed_f1")
		})
	}
}

// BenchmarkClusterMultiNews times DefaultOptions on the real evaluation
// set, when present.
func BenchmarkClusterMultiNews(b *testing.B) {
	ds := loadEval(b, filepath.Join(testenv.EvalDir(b), "news-clustering-multinews-proxy", "documents.jsonl"))
	docs := make([]Doc, len(ds))
	for i, d := range ds {
		docs[i] = d.Doc
	}
	for b.Loop() {
		Cluster(docs, nil, DefaultOptions())
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkIncremental times a Stream adding one report to a desk that
// already holds n reports over 14 days, against Cluster re-grouping those
// n reports, the batch rebuild that adding a poll's reports used to cost.
// ns/op is per added report. It reports the batch run's seconds and
// allocation per report, the Stream's heap per report held, and
// batch/add: how many reports the Stream adds in the time of one batch
// rebuild. The reports are syntheticDocs, invented: no data is read.
func BenchmarkIncremental(b *testing.B) {
	for _, n := range []int{1000, 16000, 64000} {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			const pool = 2000
			all, _ := syntheticDocs(n+pool, 14, 3)
			slices.SortFunc(all, compareDocs)
			held, added := all[:n], all[n:] // the newest reports are the ones added

			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			before, allocBefore := ms.HeapAlloc, ms.TotalAlloc
			start := time.Now()
			Cluster(held, nil, DefaultOptions())
			batch := time.Since(start)
			runtime.ReadMemStats(&ms)
			batchAlloc := ms.TotalAlloc - allocBefore

			s := NewStream(DefaultOptions(), DefaultQuiet)
			for _, d := range held {
				s.Add(d)
			}
			runtime.GC()
			runtime.ReadMemStats(&ms)
			heap := int64(ms.HeapAlloc) - int64(before)
			s.Take()

			next := int64(len(all) + 1)
			i := 0
			for b.Loop() {
				d := added[i%pool]
				d.ID, i, next = next, i+1, next+1 // a new report each time, after the first pass a reprint
				s.Add(d)
				if i%100 == 0 {
					s.Take() // as a rebuild would, after a poll
				}
			}
			perAdd := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(batch.Seconds(), "batch_s")
			b.ReportMetric(float64(batchAlloc)/float64(n)/1024, "batch_alloc_KB/doc")
			b.ReportMetric(float64(heap)/float64(n)/1024, "stream_heap_KB/doc")
			b.ReportMetric(batch.Seconds()/perAdd, "batch/add")
		})
	}
}
