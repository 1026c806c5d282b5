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

// TestVocabPages: words of every length, up to longer than a page, keep
// their IDs and come back whole, across the pages they fill and after a
// reset.
func TestVocabPages(t *testing.T) {
	v := newVocab()
	var words []string
	for i := 0; len(words) < 3000; i++ {
		n := 1 + i*i%97
		switch i % 500 {
		case 7:
			n = vocabPage
		case 8:
			n = vocabPage + 1
		case 9:
			n = 3*vocabPage + 5
		case 10:
			n = vocabPage - 1
		}
		w := []byte(strconv.Itoa(i) + ":")
		for len(w) < n {
			w = append(w, byte('a'+(i+len(w))%26))
		}
		words = append(words, string(w[:max(n, len(w))]))
	}
	for round := range 2 {
		for i, w := range words {
			if id, added := v.add(w); !added || id != int32(i) {
				t.Fatalf("round %d: add(word %d) = %d, %v; want %d, true", round, i, id, added, i)
			}
		}
		for i, w := range words {
			if got := string(v.word(int32(i))); got != w {
				t.Fatalf("round %d: word(%d) has %d bytes, want %d", round, i, len(got), len(w))
			}
			if id, ok := v.id(w); !ok || id != int32(i) {
				t.Fatalf("round %d: id(word %d) = %d, %v", round, i, id, ok)
			}
		}
		v.reset()
		if v.Len() != 0 {
			t.Fatalf("Len() after reset = %d", v.Len())
		}
		if _, ok := v.id(words[0]); ok {
			t.Fatalf("a word is found after reset")
		}
	}
}
