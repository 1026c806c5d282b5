package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSets(t *testing.T) {
	u := UniqueSorted([]string{"b", "a", "b", "c", "a"})
	if diff := cmp.Diff([]string{"a", "b", "c"}, u); diff != "" {
		t.Errorf("UniqueSorted (-want +got):\n%s", diff)
	}
	if UniqueSorted(nil) != nil {
		t.Error("UniqueSorted(nil) is not nil")
	}
	if n := SharedSorted([]string{"a", "b", "d"}, []string{"b", "c", "d", "e"}); n != 2 {
		t.Errorf("SharedSorted = %d, want 2", n)
	}
	if diff := cmp.Diff([]int32{3, 9}, IntersectSorted([]int32{1, 3, 5, 9}, []int32{2, 3, 9, 12})); diff != "" {
		t.Errorf("IntersectSorted (-want +got):\n%s", diff)
	}
	if got := IntersectSorted([]int32{1}, []int32{2}); got != nil {
		t.Errorf("IntersectSorted of disjoint lists = %v, want nil", got)
	}
}
