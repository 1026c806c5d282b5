package text

import (
	"cmp"
	"sort"
)

// UniqueSorted returns the distinct strings of xs in sorted order, in a
// new slice; nil for none.
func UniqueSorted(xs []string) []string {
	if len(xs) == 0 {
		return nil
	}
	out := append([]string(nil), xs...)
	sort.Strings(out)
	j := 0
	for i := range out {
		if i == 0 || out[i] != out[j-1] {
			out[j] = out[i]
			j++
		}
	}
	return out[:j]
}

// SharedSorted counts the strings two sorted lists have in common, in one
// pass over both.
func SharedSorted(a, b []string) int {
	n, _ := shared(a, b, false)
	return n
}

// IntersectSorted returns the elements two ascending lists have in
// common, ascending, in one pass over both.
func IntersectSorted[T cmp.Ordered](a, b []T) []T {
	_, out := shared(a, b, true)
	return out
}

// shared walks two ascending lists once: how many elements they have in
// common and, when keep is set, which.
func shared[T cmp.Ordered](a, b []T, keep bool) (int, []T) {
	n := 0
	var out []T
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			if keep {
				out = append(out, a[i])
			}
			i++
			j++
		}
	}
	return n, out
}
