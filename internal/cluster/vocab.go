package cluster

import "hash/maphash"

// vocab numbers words: each word added gets the next ID, from 0, and
// keeps it. It holds its words one after another in a single byte slice
// and its hash table as plain integers, so that a vocabulary of millions
// of words is a handful of objects that hold no pointers, which the
// garbage collector need not scan, instead of a string and a map slot
// for each word.
type vocab struct {
	seed  maphash.Seed
	text  []byte   // the words, one after another
	ends  []uint32 // by ID: where its word ends in text
	slots []uint64 // open addressing: the upper half of a word's hash and its ID + 1; 0 when empty
}

func newVocab() *vocab { return newSeededVocab(maphash.MakeSeed()) }

// newSeededVocab returns an empty vocab that hashes with seed, so that
// vocabs of one seed can share a word's hash (see find).
func newSeededVocab(seed maphash.Seed) *vocab { return &vocab{seed: seed} }

// Len returns the number of words: every ID is below it.
func (v *vocab) Len() int { return len(v.ends) }

// word returns the word with the given ID, as bytes of v that stay
// valid until the next add.
func (v *vocab) word(id int32) []byte {
	from := uint32(0)
	if id > 0 {
		from = v.ends[id-1]
	}
	return v.text[from:v.ends[id]]
}

// id returns the ID of w, and whether v holds w.
func (v *vocab) id(w string) (int32, bool) {
	return find(v, maphash.String(v.seed, w), w)
}

// find returns the ID of w, whose hash under v's seed is h, and whether
// v holds w.
func find[W ~string | ~[]byte](v *vocab, h uint64, w W) (int32, bool) {
	if len(v.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(v.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := v.slots[i]
		if e == 0 {
			return 0, false
		}
		if e>>32 == h>>32 {
			if id := int32(uint32(e) - 1); string(v.word(id)) == string(w) {
				return id, true
			}
		}
	}
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
	v.text = append(v.text, w...)
	v.ends = append(v.ends, uint32(len(v.text)))
	if 4*len(v.ends) > 3*len(v.slots) {
		v.grow()
	} else {
		v.place(h, id)
	}
	return id
}

// reset empties v, keeping its space.
func (v *vocab) reset() {
	v.text, v.ends = v.text[:0], v.ends[:0]
	clear(v.slots)
}

// place files the word with hash h and the given ID in the table, which
// has room.
func (v *vocab) place(h uint64, id int32) {
	mask := uint64(len(v.slots) - 1)
	i := h & mask
	for v.slots[i] != 0 {
		i = (i + 1) & mask
	}
	v.slots[i] = h>>32<<32 | uint64(uint32(id)+1)
}

// grow doubles the table and files every word in it again.
func (v *vocab) grow() {
	v.slots = make([]uint64, max(64, 2*len(v.slots)))
	for id := range v.ends {
		v.place(maphash.Bytes(v.seed, v.word(int32(id))), int32(id))
	}
}
