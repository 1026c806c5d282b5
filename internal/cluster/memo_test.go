package cluster

import (
	"hash/maphash"
	"slices"
	"strconv"
	"testing"
)

// TestTokenMemoKeepsWordsInUse: a token looked up while the memo takes
// in more new tokens than it can hold is still remembered, with its
// terms, and the memo never holds more than maxMemo tokens.
func TestTokenMemoKeepsWordsInUse(t *testing.T) {
	m := newTokenMemo()
	put := func(tok string, terms []int32) {
		_, h, _ := m.get(nil, []byte(tok))
		m.put([]byte(tok), h, terms)
	}
	get := func(tok string) ([]int32, bool) {
		ts, _, ok := m.get(nil, []byte(tok))
		return ts, ok
	}
	put("harbour", []int32{7})
	put("pier", []int32{8, 9})
	for i := range 2 * maxMemo {
		put("qz"+strconv.Itoa(i)+"x", []int32{int32(10 + i)})
		if m.Len() > maxMemo {
			t.Fatalf("memo holds %d tokens, want at most %d", m.Len(), maxMemo)
		}
		if i%1000 == 0 {
			if ts, ok := get("harbour"); !ok || !slices.Equal(ts, []int32{7}) {
				t.Fatalf("after %d new tokens, get(harbour) = %v, %v; want [7], true", i, ts, ok)
			}
		}
	}
	if ts, ok := get("harbour"); !ok || !slices.Equal(ts, []int32{7}) {
		t.Errorf("get(harbour) = %v, %v; want [7], true", ts, ok)
	}
	if _, ok := get("pier"); ok {
		t.Errorf("a token not used since 2×maxMemo new ones is still remembered")
	}
	if ts, ok := get("qz" + strconv.Itoa(2*maxMemo-1) + "x"); !ok || !slices.Equal(ts, []int32{int32(10 + 2*maxMemo - 1)}) {
		t.Errorf("the latest token: %v, %v", ts, ok)
	}
}

// TestTokenMemoKeepsFrontTokens: a token that is only ever found in the
// front table is still remembered after the halves have turned over
// twice and another token has taken its place in the table.
func TestTokenMemoKeepsFrontTokens(t *testing.T) {
	m := newTokenMemo()
	put := func(tok string, terms []int32) {
		_, h, _ := m.get(nil, []byte(tok))
		m.put([]byte(tok), h, terms)
	}
	put("harbour", []int32{7})
	slot := maphash.Bytes(m.seed, []byte("harbour")) % memoFront
	other := func(i int) (string, bool) {
		tok := "qz" + strconv.Itoa(i) + "x"
		return tok, maphash.Bytes(m.seed, []byte(tok))%memoFront == slot
	}
	var rival string
	for i := 0; i < 2*maxMemo || rival == ""; i++ {
		tok, same := other(i)
		if same {
			if rival == "" {
				rival = tok
			}
			continue
		}
		put(tok, []int32{int32(10 + i)})
		if i%1000 == 0 {
			if ts, _, ok := m.get(nil, []byte("harbour")); !ok || !slices.Equal(ts, []int32{7}) {
				t.Fatalf("after %d new tokens, get(harbour) = %v, %v; want [7], true", i, ts, ok)
			}
		}
	}
	put(rival, []int32{1})
	if ts, _, ok := m.get(nil, []byte("harbour")); !ok || !slices.Equal(ts, []int32{7}) {
		t.Errorf("after %q took its place in the front table, get(harbour) = %v, %v; want [7], true", rival, ts, ok)
	}
}
