package cluster

import (
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
