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
type tokenMemo struct {
	seed         maphash.Seed
	newer, older memoHalf
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
	}
}

// Len returns the number of tokens remembered, counting twice a token in
// both halves.
func (m *tokenMemo) Len() int { return m.newer.tokens.Len() + m.older.tokens.Len() }

// get returns the terms remembered for tok, valid until the next get or
// put, and whether m holds tok. When it does not, h is tok's hash, for
// put.
func (m *tokenMemo) get(tok []byte) (terms []int32, h uint64, ok bool) {
	h = maphash.Bytes(m.seed, tok)
	if ts, ok := m.newer.get(h, tok); ok {
		return ts, h, true
	}
	if ts, ok := m.older.get(h, tok); ok {
		return m.put(tok, h, ts), h, true
	}
	return nil, h, false
}

// put remembers the terms of tok, whose hash is h and which the newer
// half does not hold, and returns them as m holds them.
func (m *tokenMemo) put(tok []byte, h uint64, terms []int32) []int32 {
	if m.newer.tokens.Len() >= maxMemo/2 {
		m.older, m.newer = m.newer, m.older
		m.newer.tokens.reset()
		m.newer.spans = m.newer.spans[:0]
		m.newer.terms = m.newer.terms[:0] // terms may lie here: append moves them as copy does
	}
	nh := &m.newer
	insert(nh.tokens, h, tok)
	from := int32(len(nh.terms))
	nh.terms = append(nh.terms, terms...)
	nh.spans = append(nh.spans, [2]int32{from, int32(len(nh.terms))})
	return nh.terms[from:]
}

func (h *memoHalf) get(hash uint64, tok []byte) ([]int32, bool) {
	id, ok := find(h.tokens, hash, tok)
	if !ok {
		return nil, false
	}
	sp := h.spans[id]
	return h.terms[sp[0]:sp[1]], true
}
