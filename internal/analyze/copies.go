package analyze

import (
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// markCopies decides which reports are copies of which, and which one of
// each group of copies counts as independent.
//
// Two reports are copies when one names the other in CopyOf, when both
// name the same article (a wire story whose original the desk never
// saw), when their normalised texts hash equal, or when their SimHash
// fingerprints are within text.NearDuplicateBits. The report that counts
// is the first published member of the group that has text, as the
// design's "counts once, for the outlet that published first" asks; the
// reports are already in publication order.
func markCopies(rs []Report) {
	parent := make([]int, len(rs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int) {
		a, b := find(i), find(j)
		if a == b {
			return
		}
		if b < a {
			a, b = b, a
		}
		parent[b] = a // the earlier report roots the group
	}

	byID := map[int64]int{}
	for i, r := range rs {
		if r.ID != 0 {
			byID[r.ID] = i
		}
	}
	byTarget := map[int64]int{}
	original := make([]bool, len(rs)) // named by another report's CopyOf
	for i, r := range rs {
		if r.CopyOf == 0 {
			continue
		}
		if j, ok := byID[r.CopyOf]; ok {
			union(i, j)
			rs[i].CopyOfRef = rs[j].Ref
			original[j] = true
		} else if j, ok := byTarget[r.CopyOf]; ok {
			union(i, j)
		} else {
			byTarget[r.CopyOf] = i
		}
	}

	hashes := make([]string, len(rs))
	prints := make([]uint64, len(rs))
	for i, r := range rs {
		if r.Text == "" {
			continue
		}
		hashes[i] = r.ContentHash
		if hashes[i] == "" {
			hashes[i] = text.ContentHash(r.Text)
		}
		prints[i] = r.Fingerprint
		if prints[i] == 0 {
			prints[i] = text.SimHash(r.Text)
		}
	}
	for i := range rs {
		for j := i + 1; j < len(rs); j++ {
			if hashes[i] == "" || hashes[j] == "" || find(i) == find(j) {
				continue
			}
			if hashes[i] == hashes[j] || text.Hamming(prints[i], prints[j]) <= text.NearDuplicateBits {
				union(i, j)
			}
		}
	}

	counted := map[int]int{} // group root -> index of the report that counts
	for i, r := range rs {
		g := find(i)
		if _, ok := counted[g]; ok || r.Text == "" {
			continue
		}
		counted[g] = i
		rs[i].Independent = true
	}
	// A report that the metadata names as an original is never shown as
	// a copy, even when a copy of it was published first and counts.
	for i := range rs {
		if rs[i].Independent || rs[i].CopyOfRef != 0 || rs[i].CopyOf != 0 || original[i] {
			continue
		}
		if k, ok := counted[find(i)]; ok && k != i {
			rs[i].CopyOfRef = rs[k].Ref
		}
	}
}

// markWire sets Wire. A report is wire copy when its first
// paragraph opens with a dateline naming an agency, or when it belongs
// to a group of copies or names the article it copies: a text that
// several outlets carried is the agency's, whatever the lean of the
// outlet that published it first.
func markWire(rs []Report) {
	carried := map[int]bool{}
	for _, r := range rs {
		if r.CopyOfRef != 0 {
			carried[r.CopyOfRef] = true
			carried[r.Ref] = true
		}
	}
	for i := range rs {
		r := &rs[i]
		if paras := text.Paragraphs(r.Text); len(paras) > 0 {
			if _, agency, ok := text.Dateline(paras[0]); ok && agency != "" {
				r.Wire = true
			}
		}
		r.Wire = r.Wire || carried[r.Ref] || r.CopyOf != 0
	}
}
