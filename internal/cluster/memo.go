package cluster

import "hash/maphash"

// tokenMemo remembers the terms of the content words of each token a
// Stream reads: stemming is most of the cost of reading a report, and
// news repeats its words. It holds at most maxMemo tokens, in two halves:
// new tokens go into the newer half, and when that is full the older half
// is forgotten and the newer takes its place. A token found in the older
// half is copied into the newer, so that the words news keeps using stay
// while the names of past events leave. The halves hash with one seed, so
// that a token is hashed once for both.
//
// In front of the halves, a small table holds the latest short token
// looked up under each of its places, with its term, when it has one or
// none: the everyday words that make up most of a text are found there
// without reading the halves, whose size makes each look-up a wait for
// memory. A token's terms never change, so the table is never out of
// date.
type tokenMemo struct {
	seed         maphash.Seed
	newer, older memoHalf
	front        *[memoFront]frontEntry
}

// memoFront is the number of places in a tokenMemo's front table. At
// 32,768 (768 KB) it finds about six in seven of the tokens of news
// text, against two in three at 2,048 and five in six at 16,384, and
// the look-ups it saves in the halves make up for its size.
const memoFront = 32768

// frontEntry is a place of a tokenMemo's front table.
type frontEntry struct {
	word [16]byte // the token, in its first size bytes
	size uint8    // 0 when empty
	none bool     // the token has no term
	term int32    // its term, unless none
}

// memoHalf is one half of a tokenMemo.
type memoHalf struct {
	tokens *vocab
	spans  [][2]int32 // by token ID: where its terms start and end in terms
	terms  []int32
}

func newTokenMemo() *tokenMemo {
	seed := maphash.MakeSeed()
	return &tokenMemo{
		seed:  seed,
		newer: memoHalf{tokens: newSeededVocab(seed)},
		older: memoHalf{tokens: newSeededVocab(seed)},
		front: new([memoFront]frontEntry),
	}
}

// Len returns the number of tokens remembered, counting twice a token in
// both halves.
func (m *tokenMemo) Len() int { return m.newer.tokens.Len() + m.older.tokens.Len() }

// get appends the terms remembered for tok to dst and reports whether m
// holds tok. When it does not, h is tok's hash, for put.
func (m *tokenMemo) get(dst []int32, tok []byte) (terms []int32, h uint64, ok bool) {
	h = maphash.Bytes(m.seed, tok)
	e := &m.front[h%memoFront]
	if int(e.size) == len(tok) && string(e.word[:e.size]) == string(tok) {
		if e.none {
			return dst, h, true
		}
		return append(dst, e.term), h, true
	}
	// The first slots of both halves are read before either is searched,
	// so that the two reads from memory overlap: most tokens not in the
	// front table are not in the newer half either.
	first, firstOlder := m.newer.tokens.first(h), m.older.tokens.first(h)
	ts, ok := m.newer.get(h, tok, first)
	if !ok {
		if ts, ok = m.older.get(h, tok, firstOlder); !ok {
			return dst, h, false
		}
		ts = m.put(tok, h, ts)
	}
	m.remember(e, tok, ts)
	return append(dst, ts...), h, true
}

// remember puts tok and its terms in the front table at e, when tok is
// short enough and has one term or none.
func (m *tokenMemo) remember(e *frontEntry, tok []byte, terms []int32) {
	if len(tok) == 0 || len(tok) > len(e.word) || len(terms) > 1 {
		return
	}
	e.size = uint8(copy(e.word[:], tok))
	e.none = len(terms) == 0
	if !e.none {
		e.term = terms[0]
	}
}

// put remembers the terms of tok, whose hash is h and which the newer
// half does not hold, and returns them as m holds them.
func (m *tokenMemo) put(tok []byte, h uint64, terms []int32) []int32 {
	if m.newer.tokens.Len() >= maxMemo/2 {
		m.older, m.newer = m.newer, m.older
		m.newer.tokens.reset()
		m.newer.spans = m.newer.spans[:0]
		m.newer.terms = m.newer.terms[:0] // terms may lie here: append moves them as copy does
		// A token found in the front table is not copied into the newer
		// half, so the table starts again too: what it holds is always
		// in the newer half, and a word in use that loses its place in
		// the table is still found there.
		clear(m.front[:])
	}
	nh := &m.newer
	insert(nh.tokens, h, tok)
	from := int32(len(nh.terms))
	nh.terms = append(nh.terms, terms...)
	nh.spans = append(nh.spans, [2]int32{from, int32(len(nh.terms))})
	m.remember(&m.front[h%memoFront], tok, nh.terms[from:])
	return nh.terms[from:]
}

// get returns the terms of tok, whose hash is hash and whose search in
// the half starts at slot first (see vocab.first), and whether the half
// holds tok.
func (h *memoHalf) get(hash uint64, tok []byte, first uint64) ([]int32, bool) {
	id, ok := findFrom(h.tokens, hash, tok, first)
	if !ok {
		return nil, false
	}
	sp := h.spans[id]
	return h.terms[sp[0]:sp[1]], true
}
