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
}
