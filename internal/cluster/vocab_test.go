package cluster

import (
	"strconv"
	"testing"
)

// TestVocab: words get IDs in the order they are first added, keep them
// as the table grows, and are found again by their IDs.
func TestVocab(t *testing.T) {
	v := newVocab()
	const n = 5000
	for i := range n {
		w := "w" + strconv.Itoa(i)
		if id, added := v.add(w); !added || id != int32(i) {
			t.Fatalf("add(%q) = %d, %v; want %d, true", w, id, added, i)
		}
		if id, added := v.add(w); added || id != int32(i) {
			t.Fatalf("add(%q) again = %d, %v; want %d, false", w, id, added, i)
		}
	}
	if v.Len() != n {
		t.Errorf("Len() = %d, want %d", v.Len(), n)
	}
	for i := range n {
		w := "w" + strconv.Itoa(i)
		if id, ok := v.id(w); !ok || id != int32(i) {
			t.Errorf("id(%q) = %d, %v; want %d, true", w, id, ok, i)
		}
		if got := string(v.word(int32(i))); got != w {
			t.Errorf("word(%d) = %q, want %q", i, got, w)
		}
	}
	for _, w := range []string{"", "w", "w5000", "x1"} {
		if id, ok := v.id(w); ok {
			t.Errorf("id(%q) = %d, true for a word never added", w, id)
		}
	}
	if id, added := v.add(""); !added || id != n {
		t.Errorf("add(\"\") = %d, %v; want %d, true", id, added, n)
	}
	if id, ok := v.id(""); !ok || id != n {
		t.Errorf("id(\"\") = %d, %v; want %d, true", id, ok, n)
	}
}
