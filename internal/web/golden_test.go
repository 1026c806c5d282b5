package web

import (
	"flag"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// assetVersion matches the content hash in asset links, which changes
// with every edit of the stylesheet and is no part of a page's markup.
var assetVersion = regexp.MustCompile(`\?v=[0-9a-f]+`)

// TestGoldenPages renders each page over the fixtures and compares it,
// byte for byte, with testdata/<case>.golden.
func TestGoldenPages(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	tests := []struct {
		name   string
		target string
		status int
	}{
		{"story", "/stories/river-barrier", http.StatusOK},
		{"story-no-outlook", "/stories/transit-fares", http.StatusOK},
		{"front", "/", http.StatusOK},
		{"about", "/about", http.StatusOK},
		{"blindspots", "/blindspots", http.StatusOK},
		{"search", "/search?q=flood+barrier", http.StatusOK},
		{"outlets", "/outlets", http.StatusOK},
		{"outlet", "/outlets/harbor-ledger", http.StatusOK},
		{"outlet-no-reports", "/outlets/eastfield-gazette", http.StatusOK},
		{"not-found", "/stories/no-such-story", http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, tt.target)
			if rec.Code != tt.status {
				t.Fatalf("GET %s: status %d, want %d", tt.target, rec.Code, tt.status)
			}
			golden := filepath.Join("testdata", tt.name+".golden")
			got := assetVersion.ReplaceAllString(rec.Body.String(), "?v=VERSION")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/web -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("GET %s differs from %s (-want +got):\n%s", tt.target, golden, diff)
			}
		})
	}
}
