package cluster

import (
	"hash/maphash"
	"math/bits"
)

// vocab numbers words: each word added gets the next ID, from 0, and
// keeps it. It holds its words one after another in pages of bytes and
// its hash table as plain integers, so that a vocabulary of millions of
// words is a few hundred objects that hold no pointers, which the garbage
// collector need not scan, instead of a string and a map slot for each
// word.
//
// A page, once made, is never copied: the words of a growing vocabulary
// are not moved again and again as one slice's would be, and no more than
// a page stands empty. The table places a word by the top bits of its
// hash, which its slot keeps, so that doubling the table moves the slots
// without reading a word or hashing it again.
type vocab struct {
	seed  maphash.Seed
	pages [][]byte // the words, one after another, in pages of vocabPage bytes; a word never spans two
	// ends are, by ID, where its word ends in the pages laid end to end,
	// each counted as full: a word that would not fit in what is left of
	// a page starts the next.
	ends  []uint32
	long  map[int32][]byte // the words longer than a page, which take no room in the pages
	slots []uint64         // open addressing: the upper half of a word's hash and its ID + 1; 0 when empty
	shift uint8            // a word's hash shifted right by shift is its place in slots
}

// vocabPageBits is the log of vocabPage, the size of a vocab's pages.
const (
	vocabPageBits = 16
	vocabPage     = 1 << vocabPageBits
)

func newVocab() *vocab { return newSeededVocab(maphash.MakeSeed()) }

// newSeededVocab returns an empty vocab that hashes with seed, so that
// vocabs of one seed can share a word's hash (see find).
func newSeededVocab(seed maphash.Seed) *vocab { return &vocab{seed: seed} }

// Len returns the number of words: every ID is below it.
func (v *vocab) Len() int { return len(v.ends) }

// word returns the word with the given ID, as bytes of v that stay
// valid while v is not reset.
func (v *vocab) word(id int32) []byte {
	end := v.ends[id]
	from := uint32(0)
	if id > 0 {
		from = v.ends[id-1]
	}
	if from == end {
		return v.long[id] // nil for the empty word
	}
	// A word that starts a page after the end of the one before lies
	// wholly in the page of its last byte.
	from = max(from, (end-1)>>vocabPageBits<<vocabPageBits)
	at := from & (vocabPage - 1)
	return v.pages[from>>vocabPageBits][at : at+end-from]
}

// id returns the ID of w, and whether v holds w.
func (v *vocab) id(w string) (int32, bool) {
	return find(v, maphash.String(v.seed, w), w)
}

// find returns the ID of w, whose hash under v's seed is h, and whether
// v holds w.
func find[W ~string | ~[]byte](v *vocab, h uint64, w W) (int32, bool) {
	return findFrom(v, h, w, v.first(h))
}

// first returns the slot at which the search for a word with hash h
// starts, 0 when the table is empty.
func (v *vocab) first(h uint64) uint64 {
	if len(v.slots) == 0 {
		return 0
	}
	return v.slots[h>>v.shift]
}

// findFrom is find, with e the slot first(h) returned.
func findFrom[W ~string | ~[]byte](v *vocab, h uint64, w W, e uint64) (int32, bool) {
	mask := uint64(len(v.slots) - 1)
	for i := h >> v.shift; e != 0; {
		if e>>32 == h>>32 {
			if id := int32(uint32(e) - 1); string(v.word(id)) == string(w) {
				return id, true
			}
		}
		i = (i + 1) & mask
		e = v.slots[i]
	}
	return 0, false
}

// add returns the ID of w, giving it the next ID when v does not hold
// it yet, and whether it was new.
func (v *vocab) add(w string) (int32, bool) {
	h := maphash.String(v.seed, w)
	if id, ok := find(v, h, w); ok {
		return id, false
	}
	return insert(v, h, w), true
}

// insert gives w, whose hash under v's seed is h and which v does not
// hold, the next ID, and returns it.
func insert[W ~string | ~[]byte](v *vocab, h uint64, w W) int32 {
	id := int32(len(v.ends))
	end := uint32(0)
	if id > 0 {
		end = v.ends[id-1]
	}
	switch n := uint32(len(w)); {
	case n > vocabPage:
		if v.long == nil {
			v.long = map[int32][]byte{}
		}
		v.long[id] = []byte(w)
	case n > 0:
		p := end >> vocabPageBits
		if end&(vocabPage-1)+n > vocabPage {
			p++ // w starts the next page
			end = p << vocabPageBits
		}
		for int(p) >= len(v.pages) {
			v.pages = append(v.pages, make([]byte, 0, vocabPage))
		}
		v.pages[p] = append(v.pages[p], w...)
		end += n
	}
	v.ends = append(v.ends, end)
	if 4*len(v.ends) > 3*len(v.slots) {
		v.grow()
	}
	v.place(h>>32<<32 | uint64(uint32(id)+1))
	return id
}

// reset empties v, keeping its space.
func (v *vocab) reset() {
	for p := range v.pages {
		v.pages[p] = v.pages[p][:0]
	}
	v.ends = v.ends[:0]
	v.long = nil
	clear(v.slots)
}

// place files slot e, a word's slot, in the table, which has room.
func (v *vocab) place(e uint64) {
	mask := uint64(len(v.slots) - 1)
	i := e >> v.shift
	for v.slots[i] != 0 {
		i = (i + 1) & mask
	}
	v.slots[i] = e
}

// grow doubles the table and files every slot in it again. A slot holds
// the upper half of its word's hash, whose top bits place it in any table
// of up to 2³² slots.
func (v *vocab) grow() {
	old := v.slots
	v.slots = make([]uint64, max(64, 2*len(old)))
	v.shift = uint8(64 - bits.Len(uint(len(v.slots)-1)))
	for _, e := range old {
		if e != 0 {
			v.place(e)
		}
	}
}
