package write

import (
	"path/filepath"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
)

// TestRender logs each story's page as a reader sees it; run with -v to
// read them.
func TestRender(t *testing.T) {
	for _, name := range cases(t) {
		st := loadStory(t, filepath.Join("testdata", name+".txt"))
		p, err := Writer{}.Write(st.ID, analyze.Analyze(st.Arts), st.Now)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		t.Logf("==== %s\n%s", name, render(p))
	}
}
