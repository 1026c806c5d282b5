package web

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParagraphs(t *testing.T) {
	in := "# Title\n\nFirst line\nsecond line.\n\n## Part\n\n- **Bold.** One\n  item.\n- Two.\n\nLast."
	want := []string{"First line second line.", "Bold. One item.", "Two.", "Last."}
	if diff := cmp.Diff(want, paragraphs(in)); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
}
