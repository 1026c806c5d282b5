package cluster

import (
	"cmp"
	"container/heap"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// Stream assigns reports to stories one at a time, as they arrive: a
// report joins the open story it is most like, or starts one, and two
// stories that come to resemble each other merge. Cluster re-groups a
// whole window at once and its work grows with the pairs of reports in
// it; a Stream compares a report only with the open stories that share
// one of its most telling words, found through an index, so the work per
// report does not grow with the reports or stories it holds.
//
// The rules are Cluster's, applied greedily in arrival order: the
// similarity of a report to a story is its average similarity to the
// story's reports (the dot product with their summed TF-IDF vectors, over
// their number); it joins when that reaches Options.Threshold. Two
// stories merge when the average over their pairs reaches it too and
// they pass Options.Cohesion, Options.TitleNames and Options.Contrast.
// Options.Lone pairs a report with a story of one report that is its
// closest match and has met nothing closer. Once a report has joined, the
// reports of its story and of the open stories it is nearly as like are
// clustered again as Cluster would cluster them (see regroup), so that a
// report that joined a look-alike event's story for want of its own moves
// to its own once that one comes, and a story whose reports fall apart
// splits. Options.NameWeight is not used (the desk runs with 0), nor are
// notices told apart. Document frequencies count every report the Stream
// has seen, and each story's vector is computed again from its reports'
// term counts when that count has grown by half since, so early reports
// are not weighed with the few words known when they came.
//
// A story closes once no report has joined it for the quiet period: it
// takes no new report, leaves the index and is forgotten, so the memory a
// Stream holds is that of its open stories. A later report of the same
// event starts a new story.
//
// A Stream is deterministic for the same reports added in the same order.
// It is not safe for concurrent use.
type Stream struct {
	opt   Options
	quiet time.Duration
	clock time.Time // the latest time seen: a report's, or Advance's

	terms *vocab   // word stems -> term IDs, in order of first sight
	df    []int32  // by term ID: reports seen with the term
	figs  []uint64 // by term ID, a bit each: whether the term is a figure (see isFigure)
	amts  []uint64 // by term ID, a bit each: whether the term is an amount (see isAmount)
	n     int      // reports counted in df
	gen   int      // bumped when n has grown by half since the last bump
	genN  int
	memo  *tokenMemo
	body  []int32  // read's working space: the terms of a report's text
	title []int32  // and of its title
	tok   []byte   // and the token read
	words []string // and the content words of a token not in memo
	// counts and counted are countTerms' working space: its hash table,
	// all zero between calls, and the terms it returns
	counts, counted []uint64
	stem            text.Stemmer

	readTerms      []int32         // read's working space: the report's terms
	readTF         []float32       // and their frequencies
	readWeights    []float64       // read's working space: the vector of the report read
	weights        []float64       // sumOf's working space: the vector of a report of a story
	regroupWeights []float64       // regroup's working space: its reports' vectors
	sums           vecArena        // and the sums of its groups
	score          map[int]float64 // lookup's working space: the stories' partial scores
	idf            idfTable        // weigh's inverse document frequencies, by document frequency

	seq     int
	open    map[int]*story
	byID    map[string]*story
	byDoc   map[int64]*story
	unitOf  map[int64]int64           // doc -> the original whose member stands for it
	post    map[int32]map[int]float64 // term -> open stories whose key terms hold it -> its average weight there
	quietQ  heapOf[closing]
	used    map[string]bool // story IDs given out or reserved
	apart   []Decision      // editors' Apart decisions: merges must not undo them
	kept    []Decision      // editors' Together decisions: a regrouping must not undo them
	dirty   map[int]*story
	removed []string // IDs of stories merged into others since the last Take
	walked  int      // index entries read by lookups, for tests
}

// story is an open story in a Stream.
type story struct {
	seq         int
	id          string
	docs        []int64
	units       []*member // originals; copies ride along in docs
	lang        string
	first, last time.Time
	sum         vector  // the sum of the units' vectors
	gen         int     // the IDF generation sum was computed in
	keys        []int32 // the terms it is indexed under
	heads       []int32 // name terms every unit's title gives (Options.TitleNames)
	marks       tally   // the units' marks (Options.Contrast)
	best        float64 // for a story of one: the highest similarity it has met
}

// member is one original report of a story: what its vector is made of,
// and the docs it stands for (the original first, then its copies), so
// that a story can be regrouped by its members (see regroup).
type member struct {
	terms       []int32
	tf          []float32
	heads       []int32
	marks       []int32 // what it puts forward (Options.Contrast)
	titleFigs   []int32 // the amounts its title gives, ascending (see isAmount)
	key         string  // the original's Key
	docs        []int64 // the original and its copies
	first, last time.Time
}

// DefaultQuiet is how long a story stays open with no new report: the
// window within which Cluster links two reports directly (most reports of
// an event appear within three days of the first; the fourth day leaves
// room for a weekend and late analysis), so that a story closes when a
// new report could no longer be linked to its latest one.
const DefaultQuiet = 4 * 24 * time.Hour

// streamKeys is how many of its heaviest terms a story is indexed under,
// and how many of a report's terms are looked up. Reports of one event
// share their telling words (names, places, the event's own nouns), which
// weigh most in both; everyday words, which link everything, weigh least
// and are left out. 32 covers a report's distinctive vocabulary with room.
const streamKeys = 32

// NewStream returns an empty Stream. A quiet period of zero or less means
// stories never close.
func NewStream(opt Options, quiet time.Duration) *Stream {
	return &Stream{
		opt: opt, quiet: quiet,
		terms: newVocab(), memo: newTokenMemo(),
		open: map[int]*story{}, byID: map[string]*story{}, byDoc: map[int64]*story{}, unitOf: map[int64]int64{},
		post: map[int32]map[int]float64{}, used: map[string]bool{}, score: map[int]float64{},
		dirty: map[int]*story{},
	}
}

// Reserve marks story IDs as taken, so that no new story gets one: the
// IDs of stories stored before, kept or retired.
func (s *Stream) Reserve(ids ...string) {
	for _, id := range ids {
		s.used[id] = true
	}
}

// Forbid records an editor's decision: merges that would put one of
// d.Apart with one of d.From again are refused, and a story that falls
// apart (see regroup) keeps the docs of d.Together in one story.
func (s *Stream) Forbid(d Decision) {
	if len(d.Apart) > 0 && len(d.From) > 0 {
		s.apart = append(s.apart, d)
	}
	if len(d.Together) > 1 {
		s.kept = append(s.kept, d)
	}
}

// Advance closes the stories that have been quiet for the quiet period at
// now. Add advances to each report's time itself.
func (s *Stream) Advance(now time.Time) {
	if now.After(s.clock) {
		s.clock = now
	}
	if s.quiet <= 0 || s.clock.IsZero() {
		return
	}
	for s.quietQ.Len() > 0 {
		top := s.quietQ.items[0]
		if !top.last.Add(s.quiet).Before(s.clock) {
			return
		}
		heap.Pop(&s.quietQ)
		st := s.open[top.seq]
		if st == nil || !st.last.Equal(top.last) {
			continue // merged away, or joined since: a later entry stands for it
		}
		s.close(st)
	}
}

// Open reports whether the story holding doc is open; false when the
// Stream does not know doc.
func (s *Stream) Open(doc int64) bool { return s.byDoc[doc] != nil }

// Seed puts d into the story with the given ID without comparing it with
// anything: how a Stream takes up the stories stored before. Seeding
// closes no story; call Advance after the last. Docs must be seeded
// before any Add.
func (s *Stream) Seed(d Doc, storyID string) {
	s.used[storyID] = true
	st := s.byID[storyID]
	if st == nil {
		st = s.newStory(storyID)
	}
	if o := s.byDoc[d.CopyOf]; d.CopyOf != 0 && o == st && compatible(d.Language, st.lang) {
		s.joinCopy(st, d)
		return
	}
	m, v := s.read(d)
	s.join(st, d, m, v)
	s.reindex(st)
}

// Add assigns d to a story and returns the story's ID. A syndicated copy
// (CopyOf naming a doc of an open story, in a compatible language) joins
// its original's story.
func (s *Stream) Add(d Doc) string {
	s.Advance(d.Published)
	if o := s.byDoc[d.CopyOf]; d.CopyOf != 0 && o != nil && compatible(d.Language, o.lang) {
		s.joinCopy(o, d)
		return o.id
	}
	m, v := s.read(d)
	var best *story
	bestAvg := 0.0
	cands := s.candidates(v, d)
	avgs := make([]float64, len(cands))
	for k, st := range cands {
		avg := sparseDot(v, s.sumOf(st)) / float64(len(st.units))
		avgs[k] = avg
		if s.opt.Contrast > 0 && s.figuresApart(m, v, st) {
			continue // another event of the beat: see figuresApart
		}
		if len(st.units) == 1 {
			st.best = max(st.best, avg)
		}
		if avg > bestAvg || avg == bestAvg && best != nil && st.seq < best.seq {
			best, bestAvg = st, avg
		}
	}
	var st *story
	switch {
	case best != nil && bestAvg >= s.opt.Threshold:
		st = best
	case best != nil && s.opt.Lone > 0 && bestAvg >= s.opt.Lone && len(best.units) == 1 && bestAvg >= best.best:
		st = best // each the other's closest so far
	default:
		st = s.newStory(s.freshID(d))
	}
	s.join(st, d, m, v)
	s.reindex(st)
	for _, o := range s.regroup(neighbours(st, cands, avgs, streamNear*s.opt.Threshold)) {
		if s.open[o.seq] == o {
			s.mergeInto(o)
		}
	}
	return s.byDoc[d.ID].id
}

// Take returns the open stories that changed since the last Take, each
// with all its docs, in the order of their creation, and the IDs of the
// stories merged into others meanwhile (each now part of a story
// returned).
func (s *Stream) Take() (changed []Group, merged []string) {
	seqs := make([]int, 0, len(s.dirty))
	for q := range s.dirty {
		seqs = append(seqs, q)
	}
	slices.Sort(seqs)
	for _, q := range seqs {
		st := s.dirty[q]
		changed = append(changed, Group{ID: st.id, DocIDs: slices.Sorted(slices.Values(st.docs))})
	}
	merged = s.removed
	clear(s.dirty)
	s.removed = nil
	return changed, merged
}

// Groups returns every open story, in the order of creation.
func (s *Stream) Groups() []Group {
	seqs := make([]int, 0, len(s.open))
	for q := range s.open {
		seqs = append(seqs, q)
	}
	slices.Sort(seqs)
	out := make([]Group, 0, len(seqs))
	for _, q := range seqs {
		st := s.open[q]
		out = append(out, Group{ID: st.id, DocIDs: slices.Sorted(slices.Values(st.docs))})
	}
	return out
}

func (s *Stream) newStory(id string) *story {
	s.seq++
	st := &story{seq: s.seq, id: id, gen: s.gen}
	s.open[st.seq] = st
	s.byID[id] = st
	s.used[id] = true
	return st
}

// freshID is NewID of d's key ("doc:<ID>" when it has none), with "#2",
// "#3"... added until the ID is free, as Cluster names a new story.
func (s *Stream) freshID(d Doc) string {
	key := d.Key
	if key == "" {
		key = "doc:" + strconv.FormatInt(d.ID, 10)
	}
	id := NewID(key)
	for n := 2; s.used[id]; n++ {
		id = NewID(key + "#" + strconv.Itoa(n))
	}
	return id
}

// read counts d's terms into the document frequencies and returns its
// member record and its TF-IDF vector, whose weights are valid until the
// next read. A term's frequency is 1 + ln of
// its count in the text, plus Options.TitleWeight when the title has it.
func (s *Stream) read(d Doc) (*member, vector) {
	// The text's words, then the title's: words met for the first time
	// get their terms in the order the report first uses them, the same
	// on every run.
	body := s.termIDs(d.Text, s.body[:0])
	title := s.termIDs(d.Title, s.title[:0])
	s.body, s.title = body, title
	counted := s.countTerms(body)
	slices.Sort(title)
	title = slices.Compact(title)
	// terms and frequencies gather in reused space, then are kept at
	// their size
	terms, tf := s.readTerms[:0], s.readTF[:0]
	m := &member{}
	for i, j := 0, 0; i < len(counted) || j < len(title); {
		var id int32
		count := 0
		if j == len(title) || i < len(counted) && int32(counted[i]>>32) < title[j] {
			id = int32(counted[i] >> 32)
		} else {
			id = title[j]
		}
		if i < len(counted) && int32(counted[i]>>32) == id {
			count = int(uint32(counted[i]))
			i++
		}
		var f float64
		if count > 0 {
			f = 1 + math.Log(float64(count))
		}
		inTitle := j < len(title) && title[j] == id
		if inTitle {
			f += s.opt.TitleWeight
			j++
		}
		s.df[id]++
		terms = append(terms, id)
		tf = append(tf, float32(f))
		if inTitle || s.figure(id) {
			m.marks = append(m.marks, id) // every title word and figure, as markWords
		}
		if inTitle && s.amount(id) {
			m.titleFigs = append(m.titleFigs, id)
		}
	}
	s.readTerms, s.readTF = terms, tf
	m.terms, m.tf = slices.Clone(terms), slices.Clone(tf)
	for _, w := range nameWords(d.Title, "") {
		s.tok = text.EachToken(w, s.tok, func(tok []byte) {
			var ok bool
			if m.heads, _, ok = s.memo.get(m.heads, tok); ok {
				return
			}
			s.words = s.stem.AppendContentWords(s.words[:0], tok)
			for _, c := range s.words {
				if id, ok := s.terms.id(c); ok {
					m.heads = append(m.heads, id)
				}
			}
		})
	}
	slices.Sort(m.heads)
	m.heads = slices.Compact(m.heads)
	s.n++
	if s.n >= s.genN+s.genN/2+1 {
		s.gen++
		s.genN = s.n
	}
	s.readWeights = slices.Grow(s.readWeights[:0], len(m.terms))
	return m, s.weigh(m, s.readWeights[:len(m.terms)])
}

// countTerms returns each term of ids once, ascending, with the number
// of times ids holds it: the term in the upper half of an entry, its
// count in the lower. It counts in a hash table and sorts only the
// distinct terms, about three in five of a news text's terms.
func (s *Stream) countTerms(ids []int32) []uint64 {
	size := 64
	for size < 2*len(ids) {
		size *= 2
	}
	if len(s.counts) < size {
		s.counts = make([]uint64, size)
	}
	table, mask := s.counts[:size], uint64(size-1)
	shift := 64 - bits.Len(uint(size-1))
	for _, id := range ids {
		for i := uint64(uint32(id)) * 0x9e3779b97f4a7c15 >> shift; ; i = (i + 1) & mask {
			e := table[i]
			if e == 0 {
				table[i] = uint64(uint32(id))<<32 | 1
				break
			}
			if uint32(e>>32) == uint32(id) {
				table[i] = e + 1
				break
			}
		}
	}
	out := s.counted[:0]
	for k, e := range table {
		if e != 0 {
			out = append(out, e)
			table[k] = 0
		}
	}
	slices.Sort(out)
	s.counted = out
	return out
}

// termIDs appends to ids the terms of the content words of t
// (text.ContentWords), in order, giving the words met for the first time
// the next terms.
func (s *Stream) termIDs(t string, ids []int32) []int32 {
	s.tok = text.EachToken(t, s.tok, func(tok []byte) {
		var h uint64
		var ok bool
		if ids, h, ok = s.memo.get(ids, tok); ok {
			return
		}
		from := len(ids)
		s.words = s.stem.AppendContentWords(s.words[:0], tok)
		for _, w := range s.words {
			id, added := s.terms.add(w)
			if added {
				s.df = append(s.df, 0)
				if int(id/64) == len(s.figs) {
					s.figs, s.amts = append(s.figs, 0), append(s.amts, 0)
				}
				if isFigure(w) {
					s.figs[id/64] |= 1 << (id % 64)
				}
				if isAmount(w) {
					s.amts[id/64] |= 1 << (id % 64)
				}
			}
			ids = append(ids, id)
		}
		s.memo.put(tok, h, ids[from:])
	})
	return ids
}

// figure reports whether term id is a figure of two digits or more (see
// isFigure).
func (s *Stream) figure(id int32) bool {
	return s.figs[id/64]&(1<<(id%64)) != 0
}

// amount reports whether term id is an amount (see isAmount).
func (s *Stream) amount(id int32) bool {
	return s.amts[id/64]&(1<<(id%64)) != 0
}

// vector is m's unit-length TF-IDF vector under the current frequencies.
func (s *Stream) vector(m *member) vector {
	return s.weigh(m, make([]float64, len(m.terms)))
}

// weigh is vector(m), with its weights written into w, of m's length.
func (s *Stream) weigh(m *member, w []float64) vector {
	v := vector{Terms: m.terms, Weights: w[:len(m.terms):len(m.terms)]}
	if s.idf.n != s.n {
		clear(s.idf.of[:])
		s.idf.n = s.n
	}
	for k, t := range m.terms {
		v.Weights[k] = float64(m.tf[k]) * s.idf.at(s.df[t])
	}
	if norm := v.Norm(); norm > 0 {
		for k := range v.Weights {
			v.Weights[k] /= norm
		}
	}
	return v
}

// idfTable holds a term's inverse document frequency, 1 + ln((1+n)/(1+df))
// for n reports of which df have the term, for the small document
// frequencies most terms have, computed the first time one is asked for
// while n stays the same: the reports weighed for one Add share most of
// their terms' frequencies, and a logarithm costs more than its look-up.
type idfTable struct {
	n  int          // the reports the table is for
	of [256]float64 // by document frequency; 0 when not computed yet
}

// at returns the inverse document frequency of a term that df of the
// table's reports have.
func (t *idfTable) at(df int32) float64 {
	kept := uint32(df) < uint32(len(t.of))
	if kept && t.of[df] != 0 {
		return t.of[df]
	}
	w := math.Log(float64(1+t.n)/float64(1+df)) + 1
	if kept {
		t.of[df] = w
	}
	return w
}

// join adds an original report to st; v is its vector under the current
// frequencies.
func (s *Stream) join(st *story, d Doc, m *member, v vector) {
	m.key, m.docs = d.Key, []int64{d.ID}
	m.first, m.last = earliest(time.Time{}, d.Published), d.Published
	s.unitOf[d.ID] = d.ID
	st.sum = addVectors(s.sumOf(st), v)
	if len(st.units) == 0 {
		st.heads = m.heads
	} else {
		st.heads = text.IntersectSorted(st.heads, m.heads)
	}
	st.marks.add(m.marks)
	st.units = append(st.units, m)
	if st.lang == "" {
		st.lang = d.Language
	}
	s.addDoc(st, d)
}

// joinCopy adds a copy of a report of st to st, beside its original.
func (s *Stream) joinCopy(st *story, d Doc) {
	orig := s.unitOf[d.CopyOf]
	s.unitOf[d.ID] = orig
	for k := range st.units {
		if m := st.units[k]; m.docs[0] == orig {
			m.docs = append(m.docs, d.ID)
			m.first, m.last = earliest(m.first, d.Published), latest(m.last, d.Published)
			break
		}
	}
	s.addDoc(st, d)
}

func (s *Stream) addDoc(st *story, d Doc) {
	st.docs = append(st.docs, d.ID)
	s.byDoc[d.ID] = st
	if t := d.Published; !t.IsZero() {
		st.first = earliest(st.first, t)
		if t.After(st.last) {
			st.last = t
			if s.quiet > 0 {
				heap.Push(&s.quietQ, closing{last: t, seq: st.seq})
			}
		}
	}
	s.dirty[st.seq] = st
}

// sumOf returns st's summed vector, computed again from its reports'
// term counts when the document frequencies have moved on since.
func (s *Stream) sumOf(st *story) vector {
	if st.gen == s.gen {
		return st.sum
	}
	st.sum = vector{}
	for _, m := range st.units {
		s.weights = slices.Grow(s.weights[:0], len(m.terms))
		st.sum = addVectors(st.sum, s.weigh(m, s.weights[:len(m.terms)]))
	}
	st.gen = s.gen
	s.reindex(st)
	return st.sum
}

// candidates returns the open stories, in creation order, indexed under
// one of the heaviest terms of a report whose vector has terms, that may
// take d: in a compatible language and, when both times are known,
// within the window of d.
func (s *Stream) candidates(v vector, d Doc) []*story {
	return s.lookup(keyed(v), func(st *story) bool {
		if !compatible(st.lang, d.Language) {
			return false
		}
		return s.opt.Window <= 0 || d.Published.IsZero() || st.last.IsZero() || d.Published.Sub(st.last) <= s.opt.Window
	})
}

// streamCandidates is how many stories a report or story is compared
// with in full: those that share the most weight with it through the
// index. The index's partial score is a lower bound of the similarity
// that counts only the key terms, and the stories of another event that
// share a few of them score far below the story of the same event.
const streamCandidates = 8

// streamCommon is the most open stories a term may be filed under and
// still be read by a lookup. A term that many stories hold among their
// heaviest cannot single out one event, whose stories are found through
// their rarer terms, and reading its list made a lookup's work grow with
// the open stories. The lists are of two kinds: with BenchmarkIncremental's
// invented reports (about eight per event over 14 days), half the terms
// of the index are filed under 6 stories or fewer and 99 in 100 under 87
// or fewer even with 64,000 reports held, while the few everyday words
// that reach the keys are filed under nearly every open story (787 of
// 803 at 16,000 held, 2,788 of 2,822 at 64,000). 64 lies between, and
// a lookup reads at most streamKeys×64 entries.
const streamCommon = 64

// keyed returns the terms of v that are looked up, with their weights.
func keyed(v vector) vector {
	keys := topTerms(v)
	out := vector{Terms: keys, Weights: make([]float64, len(keys))}
	for k, t := range keys {
		j, _ := slices.BinarySearch(v.Terms, t)
		out.Weights[k] = v.Weights[j]
	}
	return out
}

// weighed is st's key terms with its average weight for each.
func (s *Stream) weighed(st *story) vector {
	sum := s.sumOf(st)
	out := vector{Terms: st.keys, Weights: make([]float64, len(st.keys))}
	for k, t := range st.keys {
		j, _ := slices.BinarySearch(sum.Terms, t)
		out.Weights[k] = sum.Weights[j] / float64(len(st.units))
	}
	return out
}

// lookup returns up to streamCandidates open stories that pass ok and
// are filed under the key terms of q, those with the highest partial
// score first, ties to the older, then in creation order. A term filed
// under more than streamCommon open stories is not read: it adds to no
// story's score.
func (s *Stream) lookup(q vector, ok func(*story) bool) []*story {
	score := s.score
	clear(score)
	for k, t := range q.Terms {
		list := s.post[t]
		if len(list) > streamCommon {
			continue
		}
		s.walked += len(list)
		for seq, w := range list {
			score[seq] += q.Weights[k] * w
		}
	}
	type cand struct {
		st    *story
		score float64
	}
	var cs []cand
	for seq, sc := range score {
		if st := s.open[seq]; st != nil && ok(st) {
			cs = append(cs, cand{st, sc})
		}
	}
	slices.SortFunc(cs, func(a, b cand) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.st.seq, b.st.seq)
	})
	cs = cs[:min(len(cs), streamCandidates)]
	out := make([]*story, len(cs))
	for k, c := range cs {
		out[k] = c.st
	}
	slices.SortFunc(out, func(a, b *story) int { return cmp.Compare(a.seq, b.seq) })
	return out
}

// reindex files st under its heaviest terms.
func (s *Stream) reindex(st *story) {
	keys := topTerms(st.sum)
	n := float64(max(1, len(st.units)))
	for _, t := range st.keys {
		if _, keep := slices.BinarySearch(keys, t); !keep {
			s.unfile(t, st.seq)
		}
	}
	for _, t := range keys {
		list := s.post[t]
		if list == nil {
			list = map[int]float64{}
			s.post[t] = list
		}
		j, _ := slices.BinarySearch(st.sum.Terms, t)
		list[st.seq] = st.sum.Weights[j] / n
	}
	st.keys = keys
}

// unfile removes the story seq from the index under term t, and the
// term from the index when no story is left under it.
func (s *Stream) unfile(t int32, seq int) {
	list := s.post[t]
	delete(list, seq)
	if len(list) == 0 {
		delete(s.post, t)
	}
}

// unindex removes st from the index and the open stories.
func (s *Stream) unindex(st *story) {
	for _, t := range st.keys {
		s.unfile(t, st.seq)
	}
	delete(s.open, st.seq)
	delete(s.byID, st.id)
}

// close forgets a quiet story: it takes no more reports. A change made
// to it since the last Take is still taken.
func (s *Stream) close(st *story) {
	s.unindex(st)
	for _, id := range st.docs {
		delete(s.byDoc, id)
		delete(s.unitOf, id)
	}
}

// mergeInto merges into st, or st into, the open stories it has come to
// resemble (see Options), the most alike first, and returns the story
// that holds st's reports at the end. Of two stories that merge, the
// older (earlier first report, then created first) keeps its ID.
func (s *Stream) mergeInto(st *story) *story {
	for {
		var best *story
		bestAvg := 0.0
		sum := s.sumOf(st)
		cands := s.lookup(keyed(s.weighed(st)), func(o *story) bool { return o != st && compatible(o.lang, st.lang) })
		for _, o := range cands {
			avg := sparseDot(sum, s.sumOf(o)) / float64(len(st.units)*len(o.units))
			if avg < s.opt.Threshold || avg < s.opt.Cohesion*min(s.cohesion(st), s.cohesion(o)) {
				continue
			}
			if s.opt.TitleNames && (namesApart(st, o) || namesApart(o, st)) || s.forbidden(st, o) {
				continue
			}
			if s.opt.Contrast > 0 && (s.contrasted(st, o) || s.loneApart(st, o) || s.loneApart(o, st)) {
				continue
			}
			if avg > bestAvg {
				best, bestAvg = o, avg
			}
		}
		if best == nil {
			return st
		}
		keep, gone := st, best
		if older(best, st) {
			keep, gone = best, st
		}
		s.absorb(keep, gone)
		st = keep
	}
}

func older(a, b *story) bool {
	if !a.first.Equal(b.first) {
		return !a.first.IsZero() && (b.first.IsZero() || a.first.Before(b.first))
	}
	return a.seq < b.seq
}

// absorb moves every report of gone into keep.
func (s *Stream) absorb(keep, gone *story) {
	keep.sum = addVectors(s.sumOf(keep), s.sumOf(gone))
	keep.heads = text.IntersectSorted(keep.heads, gone.heads)
	keep.marks.merge(&gone.marks)
	keep.units = append(keep.units, gone.units...)
	if keep.lang == "" {
		keep.lang = gone.lang
	}
	for _, id := range gone.docs {
		s.byDoc[id] = keep
	}
	keep.docs = append(keep.docs, gone.docs...)
	keep.first = earliest(keep.first, gone.first)
	if gone.last.After(keep.last) {
		keep.last = gone.last
		if s.quiet > 0 {
			heap.Push(&s.quietQ, closing{last: keep.last, seq: keep.seq})
		}
	}
	s.unindex(gone)
	delete(s.dirty, gone.seq)
	s.removed = append(s.removed, gone.id)
	s.dirty[keep.seq] = keep
	s.reindex(keep)
}

// cohesion is a story's average similarity over the pairs of its
// reports, from its summed unit vectors: |sum|² counts each report with
// itself once and each pair twice. 0 for a story of one.
func (s *Stream) cohesion(st *story) float64 {
	n := len(st.units)
	if n < 2 {
		return 0
	}
	var sq float64
	for _, w := range s.sumOf(st).Weights {
		sq += w * w
	}
	return (sq - float64(n)) / 2 / float64(pairs(n))
}

// namesApart is the Options.TitleNames rule: a, of two or more reports,
// and b, of two or more, are two events when a name that every title of
// a gives appears in no report of b.
func namesApart(a, b *story) bool {
	if len(a.units) < 2 || len(b.units) < 2 {
		return false
	}
	for _, t := range a.heads {
		if _, found := slices.BinarySearch(b.sum.Terms, t); !found {
			return true
		}
	}
	return false
}

// contrasted is the Options.Contrast rule: a and b are two events when
// each has a mark that Contrast of its reports carry, two at least, and
// that no report of the other mentions.
// figuresApart reports whether report m, with vector v, tells another
// event than story st by its figures (see the function figuresApart).
func (s *Stream) figuresApart(m *member, v vector, st *story) bool {
	return figuresApart(m.titleFigs, v, &st.marks, s.sumOf(st), s.opt.Contrast, s.amount)
}

// loneApart reports whether lone, a story of one report, tells another
// event than st by its figures (see the function figuresApart).
func (s *Stream) loneApart(lone, st *story) bool {
	return len(lone.units) == 1 && figuresApart(lone.units[0].titleFigs, s.sumOf(lone), &st.marks, s.sumOf(st), s.opt.Contrast, s.amount)
}

func (s *Stream) contrasted(a, b *story) bool {
	return contrasted(&a.marks, &b.marks, s.sumOf(a), s.sumOf(b), s.opt.Contrast)
}

// forbidden reports whether merging a and b would undo an editor's
// Apart decision.
func (s *Stream) forbidden(a, b *story) bool {
	holds := func(st *story, ids []int64) bool {
		for _, id := range ids {
			if s.byDoc[id] == st {
				return true
			}
		}
		return false
	}
	for _, d := range s.apart {
		if holds(a, d.Apart) && holds(b, d.From) || holds(b, d.Apart) && holds(a, d.From) {
			return true
		}
	}
	return false
}

// vector is a sparse vector with ascending terms.
type vector = text.Vector

// topTerms returns, ascending, the up to streamKeys terms of v with the
// highest weights, ties to the lower term. It keeps the best so far in
// order as it reads v once, which is cheaper than sorting a large
// story's every term.
func topTerms(v vector) []int32 {
	best := make([]int, 0, streamKeys) // indexes of v, heaviest first, ties by index
	for k, w := range v.Weights {
		if len(best) == streamKeys && w <= v.Weights[best[len(best)-1]] {
			continue // reading in ascending order, a tie goes to the one kept
		}
		at := len(best)
		for at > 0 && w > v.Weights[best[at-1]] {
			at--
		}
		if len(best) < streamKeys {
			best = append(best, 0)
		}
		copy(best[at+1:], best[at:len(best)-1])
		best[at] = k
	}
	out := make([]int32, len(best))
	for k, i := range best {
		out[k] = v.Terms[i]
	}
	slices.Sort(out)
	return out
}

// sparseDot is a.Dot(b), by binary search in the longer vector when it
// is much longer than the other: a report against a large story.
func sparseDot(a, b vector) float64 {
	if len(a.Terms) > len(b.Terms) {
		a, b = b, a
	}
	if len(b.Terms) < 8*len(a.Terms) {
		return dot(a, b)
	}
	var s float64
	rest := b.Terms
	off := 0
	for k, t := range a.Terms {
		j, found := slices.BinarySearch(rest, t)
		if found {
			s += a.Weights[k] * b.Weights[off+j]
		}
		rest, off = rest[j:], off+j
	}
	return s
}

// closing is an entry of the queue of stories by their latest report.
type closing struct {
	last time.Time
	seq  int
}

// before orders the queue: the story whose latest report is oldest
// first, ties by the order stories opened.
func (a closing) before(b closing) bool {
	if !a.last.Equal(b.last) {
		return a.last.Before(b.last)
	}
	return a.seq < b.seq
}
