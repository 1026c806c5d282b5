package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// export writes the published stories of a desk as static files.
func TestExportWritesTheSite(t *testing.T) {
	ctx := context.Background()
	d := newTestDesk(t, 1)
	d.save(t, d.story("bridge", "Bridge closes for repairs", d.articles...))
	dir, db := t.TempDir(), d.path

	var stdout, stderr bytes.Buffer
	m := Main{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }}
	site := filepath.Join(dir, "site")
	if code := m.Run(ctx, []string{"export", "--db", db, "--out", site, "--base-url", "https://news.example.org"}); code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr.String())
	}
	if want := "exported 1 story, 1 front page, 1 outlet page and 0 images to " + site; !strings.HasPrefix(stdout.String(), want) {
		t.Errorf("stdout %q, want it to start %q", stdout.String(), want)
	}
	for _, f := range []string{"index.html", "stories/bridge/index.html", "feed.atom", "about/index.html", "outlets/index.html", "outlets/ledger/index.html"} {
		b, err := os.ReadFile(filepath.Join(site, f))
		if err != nil {
			t.Errorf("%s: %v", f, err)
		} else if f == "stories/bridge/index.html" && !strings.Contains(string(b), "Bridge closes for repairs") {
			t.Errorf("%s does not hold the story", f)
		} else if f == "outlets/ledger/index.html" && !strings.Contains(string(b), `href="/stories/bridge"`) {
			t.Errorf("%s does not link the story its reports are part of", f)
		}
	}
}
