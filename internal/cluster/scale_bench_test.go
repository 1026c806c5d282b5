package cluster

import (
	"flag"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/testenv"
)

var (
	scaleMax     = flag.Int("scale.max", 100_000, "reports BenchmarkStreamScale streams (a smaller number gives a quick run)")
	scaleRespell = flag.Int("scale.respell", 0, "BenchmarkStreamScale spells the words that this many events of the set use or fewer anew in each replica (0: none)")
)

// scaleCheckpoints are the reports held at which BenchmarkStreamScale
// measures, up to total; total itself is always the last.
func scaleCheckpoints(total int) []int {
	var out []int
	for _, n := range []int{10_000, 25_000, 50_000, 100_000} {
		if n < total {
			out = append(out, n)
		}
	}
	return append(out, total)
}

// scaleLabel names a checkpoint in a metric's unit: "10k", or the number.
func scaleLabel(n int) string {
	if n%1000 == 0 {
		return strconv.Itoa(n/1000) + "k"
	}
	return strconv.Itoa(n)
}

// scaleDoc is a replicated report without its title and text, which are
// made when it is added (see respeller): its ID, key and time, its place
// in the original set and its replica.
type scaleDoc struct {
	Doc
	orig, replica int
}

// replicate copies ds (r times over, the last copy cut short) until there
// are n reports. Replica r of ds[i] gets ID r*len(ds)+i+1, the original's
// key with "/r<r>" added (so that the stories it starts get IDs of their
// own), the original's language, and a time of its own: the replicas
// start at even steps over the first 13 days from start and each of
// their reports comes within a day of its replica's start, so the stream
// spans 14 days, the reports of one event of one replica fall within a
// day of each other, and the replicas overlap in time. The times come
// from a seeded source, the same on every run. The result is in time
// order, ties by ID, as a desk would add the reports.
func replicate(ds []evalDoc, n int, start time.Time) []scaleDoc {
	replicas := (n + len(ds) - 1) / len(ds)
	step := time.Duration(0)
	if replicas > 1 {
		step = 13 * 24 * time.Hour / time.Duration(replicas-1)
	}
	rng := rand.New(rand.NewPCG(2026, 14))
	out := make([]scaleDoc, 0, n)
	for r := 0; len(out) < n; r++ {
		base := start.Add(time.Duration(r) * step)
		for i := 0; i < len(ds) && len(out) < n; i++ {
			d := Doc{
				ID:        int64(r*len(ds) + i + 1),
				Key:       ds[i].Key + "/r" + strconv.Itoa(r),
				OutletID:  ds[i].OutletID,
				Published: base.Add(time.Duration(rng.Int64N(int64(24 * time.Hour)))),
				Language:  ds[i].Language,
			}
			out = append(out, scaleDoc{Doc: d, orig: i, replica: r})
		}
	}
	slices.SortFunc(out, func(a, b scaleDoc) int { return compareDocs(a.Doc, b.Doc) })
	return out
}

// respeller writes the title and text of a replicated report. With
// upTo 0 they are its original's, the same strings. Otherwise every word
// (a run of letters) that the reports of upTo events of the set or fewer
// use is spelt anew in each replica but the first: a tag of the replica
// goes before it, in its case. The words more events use, everyday
// words, stay as they are, so that the replicas' events are different
// events told in the same everyday words, as on a desk, and not the same
// events told again.
type respeller struct {
	ds   []evalDoc
	upTo int
	span [][2][][2]int // by doc, for the title and the text: byte ranges of the words respelt
}

func newRespeller(ds []evalDoc, upTo int) respeller {
	o := respeller{ds: ds, upTo: upTo}
	if upTo <= 0 {
		return o
	}
	events := map[string]map[string]bool{} // lower-case word -> the events using it
	words := func(s string, each func(lo, hi int)) {
		start := -1
		for i, r := range s {
			switch {
			case unicode.IsLetter(r):
				if start < 0 {
					start = i
				}
			case start >= 0:
				each(start, i)
				start = -1
			}
		}
		if start >= 0 {
			each(start, len(s))
		}
	}
	for _, d := range ds {
		for _, s := range []string{d.Title, d.Text} {
			words(s, func(lo, hi int) {
				w := strings.ToLower(s[lo:hi])
				if events[w] == nil {
					events[w] = map[string]bool{}
				}
				events[w][d.gold] = true
			})
		}
	}
	o.span = make([][2][][2]int, len(ds))
	for i, d := range ds {
		for f, s := range []string{d.Title, d.Text} {
			words(s, func(lo, hi int) {
				if len(events[strings.ToLower(s[lo:hi])]) <= upTo {
					o.span[i][f] = append(o.span[i][f], [2]int{lo, hi})
				}
			})
		}
	}
	return o
}

// doc returns sd with its title and text.
func (o respeller) doc(sd scaleDoc) Doc {
	d, orig := sd.Doc, o.ds[sd.orig]
	d.Title, d.Text = orig.Title, orig.Text
	if o.upTo <= 0 || sd.replica == 0 {
		return d
	}
	tag := []byte{'q', byte('a' + sd.replica/676%26), byte('a' + sd.replica/26%26), byte('a' + sd.replica%26)}
	d.Title = respell(d.Title, o.span[sd.orig][0], string(tag))
	d.Text = respell(d.Text, o.span[sd.orig][1], string(tag))
	return d
}

// respell puts tag before each word of s at spans: in capitals before a
// word in capitals, capitalised before a capitalised word (whose first
// letter it lowers), as it is before a word in lower case.
func respell(s string, spans [][2]int, tag string) string {
	if len(spans) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(spans)*(len(tag)+1))
	at := 0
	for _, sp := range spans {
		w := s[sp[0]:sp[1]]
		b.WriteString(s[at:sp[0]])
		first, size := utf8.DecodeRuneInString(w)
		switch {
		case len(w) > size && strings.ToUpper(w) == w:
			b.WriteString(strings.ToUpper(tag))
			b.WriteString(w)
		case unicode.IsUpper(first):
			b.WriteString(strings.ToUpper(tag[:1]) + tag[1:])
			b.WriteRune(unicode.ToLower(first))
			b.WriteString(w[size:])
		default:
			b.WriteString(tag)
			b.WriteString(w)
		}
		at = sp[1]
	}
	b.WriteString(s[at:])
	return b.String()
}

// BenchmarkStreamScale measures a Stream at catalogue scale on real
// reports: the clustering evaluation set (without the reports it marks as
// boilerplate) copied under fresh IDs and keys until it makes
// -scale.max reports (100,000 by default) over 14 days (see replicate).
// The reports are added one at a time in time order, with a Take every
// 100 reports as a rebuild after a poll would call it, on a Stream with
// DefaultOptions and DefaultQuiet. It skips when the data is absent.
//
// For the slice of reports added up to each checkpoint (10,000, 25,000,
// 50,000 and 100,000 reports held) it reports reports/s, wall ms and CPU
// ms per report (CPU time is the whole process's, the garbage collector's
// included), and at the checkpoint the live heap per report held (after a
// collection, less the heap before the Stream was made), the reports and
// stories still open, and the reports of the largest open story.
// cost_ratio_<last>_10k is the wall time per report of the last slice
// over that of the first: 1 when the cost per report does not grow with
// the reports held. Making the reports' title and text is not timed.
//
// The stories are scored against the replicated gold, in which a report's
// event is its original's event within its replica: bcubed_f1 and
// pair_f1. bcubed_f1_in_replica scores each replica on its own: a story's
// reports of different replicas count as different stories.
//
// By default every replica has its original's title and text. Copies of
// one report in replicas an hour or so apart then have the same words,
// and a Stream rightly puts them in one story, which the gold counts as
// joining two events; as the stories never go quiet, none closes, and
// the run measures a few hundred stories that grow without end. With
// -scale.respell N each replica spells the words that N events of the
// set or fewer use in its own way (see respeller). At 20 (a sixth of the
// set's events; about three in five of its content words) a report's
// copies in other replicas mostly fall below the Stream's threshold,
// while reports of one event share the same words as before, so that the
// replicas' events are different events sharing everyday words, open and
// close as events on a desk do, and the scores mean what they say. The
// words respelt are new words to the Stream, so its vocabulary grows with
// every replica, faster than a desk's.
//
// One iteration is the whole run:
//
//	go test ./internal/cluster -run XXX -bench StreamScale -benchtime 1x -timeout 60m
//
// and, for a quick run, add -scale.max 20000; add -scale.respell 20 as above.
func BenchmarkStreamScale(b *testing.B) {
	ds := withoutBoilerplate(loadEval(b, filepath.Join(testenv.EvalDir(b), "news-clustering-multinews-proxy", "documents.jsonl")))
	if len(ds) == 0 {
		b.Skip("skipping: the evaluation set has no reports but boilerplate")
	}
	total := *scaleMax
	if total < 1 {
		b.Fatalf("-scale.max %d: want at least 1", total)
	}
	marks := scaleCheckpoints(total)
	docs := replicate(ds, total, time.Date(2026, time.March, 1, 0, 0, 0, 0, time.UTC))
	words := newRespeller(ds, *scaleRespell)
	events := map[string]bool{}
	for _, d := range ds {
		events[d.gold] = true
	}
	respelt := "titles and texts as in the set"
	if *scaleRespell > 0 {
		respelt = "words of " + strconv.Itoa(*scaleRespell) + " events or fewer respelt in each replica"
	}
	b.Logf("%d reports: %d replicas of %d reports of %d events, over %s; %s", len(docs),
		(total+len(ds)-1)/len(ds), len(ds), len(events), docs[len(docs)-1].Published.Sub(docs[0].Published).Round(time.Hour), respelt)

	type slice struct {
		n                        int
		wall, cpu                time.Duration
		heap                     float64 // bytes per report held
		openReports, openStories int
		largest                  int // reports of the largest open story
	}
	var (
		got    []slice
		scores Scores
		inRep  Scores
	)
	for b.Loop() {
		got = got[:0]
		// A doc's story is the one the last Take returned it in: Take
		// returns every story that changed since the one before, with all
		// its docs, and every change of a story's docs (a report joining,
		// two stories merging, a regrouping moving reports between
		// stories) marks the story that receives them as changed. A story
		// that closes is forgotten by the Stream but, when it changed
		// since the last Take, is still returned by the next; once closed
		// it never changes. A story merged away or retired by a regrouping
		// has given all its docs to changed stories, and a story ID is
		// never given out twice, so after the last Take each doc holds the
		// ID of the story it ended in, whether that story is still open or
		// closed long ago. The merged IDs Take returns are not needed. The
		// labels are kept in a slice made before the baseline heap is
		// read; the IDs they hold are the Stream's own strings.
		story := make([]string, total)
		record := func(groups []Group) {
			for _, g := range groups {
				for _, id := range g.DocIDs {
					story[id-1] = g.ID
				}
			}
		}
		batch := make([]Doc, 0, 100)
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		baseline := ms.HeapAlloc

		s := NewStream(DefaultOptions(), DefaultQuiet)
		var wall, cpu time.Duration
		next := 0
		for i := 0; i < len(docs); {
			end := min(i+100, len(docs), marks[next])
			batch = batch[:0]
			for _, sd := range docs[i:end] {
				batch = append(batch, words.doc(sd))
			}
			w0, c0 := time.Now(), cpuTime()
			for _, d := range batch {
				s.Add(d)
			}
			changed, _ := s.Take()
			wall, cpu = wall+time.Since(w0), cpu+cpuTime()-c0
			i = end
			record(changed)
			if i < marks[next] {
				continue
			}
			sl := slice{n: i, wall: wall, cpu: cpu, openReports: len(s.byDoc), openStories: len(s.open)}
			for _, st := range s.open {
				sl.largest = max(sl.largest, len(st.docs))
			}
			clear(batch[:cap(batch)])
			runtime.GC()
			runtime.ReadMemStats(&ms)
			sl.heap = float64(int64(ms.HeapAlloc)-int64(baseline)) / float64(i)
			got = append(got, sl)
			b.Logf("at %d reports: %d open stories of %d reports (largest %d); %d terms, %d memoised tokens, %d story IDs given out, %d index terms, %d in the quiet queue",
				i, sl.openStories, sl.openReports, sl.largest, s.terms.Len(), s.memo.Len(), len(s.used), len(s.post), s.quietQ.Len())
			wall, cpu = 0, 0
			next++
		}
		for _, g := range s.Groups() { // the open stories: already recorded
			for _, id := range g.DocIDs {
				if story[id-1] != g.ID {
					b.Fatalf("report %d is in open story %s but was last taken in %q", id, g.ID, story[id-1])
				}
			}
		}
		gold, pred := make(map[string]string, total), make(map[string]string, total)
		goldIn, predIn := make(map[string]string, total), make(map[string]string, total)
		for _, d := range docs {
			if story[d.ID-1] == "" {
				b.Fatalf("report %d was never taken in a story", d.ID)
			}
			k, r := strconv.FormatInt(d.ID, 10), "/r"+strconv.Itoa(d.replica)
			gold[k], pred[k] = ds[d.orig].gold+r, story[d.ID-1]
			goldIn[k], predIn[k] = gold[k], pred[k]+r
		}
		scores, inRep = Score(gold, pred), Score(goldIn, predIn)
	}

	prev := 0
	for _, sl := range got {
		at := "@" + scaleLabel(sl.n)
		added := float64(sl.n - prev)
		prev = sl.n
		b.ReportMetric(added/sl.wall.Seconds(), "reports/s"+at)
		b.ReportMetric(sl.wall.Seconds()*1000/added, "ms/report"+at)
		b.ReportMetric(sl.cpu.Seconds()*1000/added, "cpu_ms/report"+at)
		b.ReportMetric(sl.heap/1024, "heap_KB/report"+at)
		b.ReportMetric(float64(sl.openReports), "open_reports"+at)
		b.ReportMetric(float64(sl.openStories), "open_stories"+at)
		b.ReportMetric(float64(sl.largest), "largest_story"+at)
	}
	if len(got) > 1 {
		first, last := got[0], got[len(got)-1]
		perFirst := first.wall.Seconds() / float64(first.n)
		perLast := last.wall.Seconds() / float64(last.n-got[len(got)-2].n)
		b.ReportMetric(perLast/perFirst, "cost_ratio_"+scaleLabel(last.n)+"_"+scaleLabel(first.n))
	}
	b.ReportMetric(scores.BCubedF1, "bcubed_f1")
	b.ReportMetric(scores.PairF1, "pair_f1")
	b.ReportMetric(inRep.BCubedF1, "bcubed_f1_in_replica")
	b.ReportMetric(float64(scores.PredClusters), "stories")
	b.Logf("against the replicated gold: %s", fmtScores(scores))
	b.Logf("each replica on its own: %s", fmtScores(inRep))
}
