package cluster

import (
	"cmp"
	"crypto/sha256"
	"encoding/base32"
	"slices"
	"strconv"
	"strings"
)

// NewID returns the story ID derived from key, the canonical URL of a
// story's earliest report: the first 10 characters of the lower-case
// base32 SHA-256 of the key. That is short enough for a path, URL-safe
// (a-z and 2-7), and 50 bits wide, so that a desk with a million stories
// has about one chance in two thousand of a clash, which Cluster resolves.
func NewID(key string) string {
	sum := sha256.Sum256([]byte(key))
	return strings.ToLower(base32.StdEncoding.EncodeToString(sum[:]))[:10]
}

// assignIDs names the groups (ascending indexes into docs, which are
// sorted by compareDocs; groups in the order of their first docs) by the
// rules in Cluster's comment.
func assignIDs(docs []Doc, groups [][]int, prev map[int64]string) []Group {
	type claim struct {
		group, held, first int
		id                 string
	}
	var claims []claim
	for g, members := range groups {
		at := map[string]int{}
		for _, i := range members { // ascending, so first is the earliest holder
			id, ok := prev[docs[i].ID]
			if !ok || id == "" {
				continue
			}
			c, seen := at[id]
			if !seen {
				c = len(claims)
				at[id] = c
				claims = append(claims, claim{group: g, first: i, id: id})
			}
			claims[c].held++
		}
	}
	// The strongest claims are served first: most members, then earliest
	// holder, then the ID. A group takes its best claim still free, and an
	// ID goes to the group that holds it most.
	slices.SortFunc(claims, func(a, b claim) int {
		if c := cmp.Compare(b.held, a.held); c != 0 {
			return c
		}
		if c := cmp.Compare(a.first, b.first); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	ids := make([]string, len(groups))
	used := map[string]bool{}
	for _, c := range claims {
		if ids[c.group] == "" && !used[c.id] {
			ids[c.group] = c.id
			used[c.id] = true
		}
	}
	// IDs held before but not kept stay retired: a new story never takes
	// the ID of one that none of its members belonged to.
	for _, id := range prev {
		used[id] = true
	}
	out := make([]Group, len(groups))
	for g, members := range groups {
		if ids[g] == "" {
			first := docs[members[0]]
			key := first.Key
			if key == "" {
				key = "doc:" + strconv.FormatInt(first.ID, 10)
			}
			id := NewID(key)
			for n := 2; used[id]; n++ {
				id = NewID(key + "#" + strconv.Itoa(n))
			}
			ids[g] = id
			used[id] = true
		}
		docIDs := make([]int64, len(members))
		for x, i := range members {
			docIDs[x] = docs[i].ID
		}
		slices.Sort(docIDs)
		out[g] = Group{ID: ids[g], DocIDs: docIDs}
	}
	return out
}
