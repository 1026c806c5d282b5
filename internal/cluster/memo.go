package cluster

// tokenMemo remembers the terms of the content words of each token a
// Stream reads: stemming is most of the cost of reading a report, and
// news repeats its words. It holds at most maxMemo tokens, in two halves:
// new tokens go into the newer half, and when that is full the older half
// is forgotten and the newer takes its place. A token found in the older
// half is copied into the newer, so that the words news keeps using stay
// while the names of past events leave.
type tokenMemo struct {
	newer, older memoHalf
}

// memoHalf is one half of a tokenMemo.
type memoHalf struct {
	tokens *vocab
	spans  [][2]int32 // by token ID: where its terms start and end in terms
	terms  []int32
}

func newTokenMemo() *tokenMemo {
	return &tokenMemo{newer: memoHalf{tokens: newVocab()}, older: memoHalf{tokens: newVocab()}}
}

// Len returns the number of tokens remembered, counting twice a token in
// both halves.
func (m *tokenMemo) Len() int { return m.newer.tokens.Len() + m.older.tokens.Len() }

// get returns the terms remembered for tok, valid until the next get or
// put.
func (m *tokenMemo) get(tok string) ([]int32, bool) {
	if ts, ok := m.newer.get(tok); ok {
		return ts, true
	}
	if ts, ok := m.older.get(tok); ok {
		return m.put(tok, ts), true
	}
	return nil, false
}

// put remembers the terms of tok, which the newer half does not hold,
// and returns them as m holds them.
func (m *tokenMemo) put(tok string, terms []int32) []int32 {
	if m.newer.tokens.Len() >= maxMemo/2 {
		m.older, m.newer = m.newer, m.older
		m.newer.tokens.reset()
		m.newer.spans = m.newer.spans[:0]
		m.newer.terms = m.newer.terms[:0] // terms may lie here: append moves them as copy does
	}
	h := &m.newer
	h.tokens.add(tok)
	from := int32(len(h.terms))
	h.terms = append(h.terms, terms...)
	h.spans = append(h.spans, [2]int32{from, int32(len(h.terms))})
	return h.terms[from:]
}

func (h *memoHalf) get(tok string) ([]int32, bool) {
	id, ok := h.tokens.id(tok)
	if !ok {
		return nil, false
	}
	sp := h.spans[id]
	return h.terms[sp[0]:sp[1]], true
}
