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

// export and sources import, long on a big desk, stay quiet when their
// output is not a terminal and report their progress through Main's
// hook when one is set.
func TestExportAndImportProgress(t *testing.T) {
	ctx := context.Background()
	d := newTestDesk(t, 1)
	d.save(t, d.story("bridge", "Dunmere bridge closes for repairs", d.articles...))
	dir := t.TempDir()
	for _, args := range [][]string{
		{"export", "--db", d.path, "--out", filepath.Join(dir, "site")},
		{"sources", "import", "--db", filepath.Join(dir, "catalogue.db")},
	} {
		var stdout, stderr bytes.Buffer
		var whats []string
		var last, lastTotal, finished int
		hooked := Main{Stdout: &stdout, Stderr: &stderr, Progress: func(what string) (func(done, total int), func()) {
			whats = append(whats, what)
			return func(done, total int) { last, lastTotal = done, total }, func() { finished++ }
		}}
		if code := hooked.Run(ctx, args); code != 0 {
			t.Fatalf("%s: exit %d: %s", args[0], code, stderr.String())
		}
		if len(whats) != 1 || finished != 1 || last == 0 || last != lastTotal {
			t.Fatalf("%s: progress %q ended at %d of %d, finished %d times; want one, ended at the total, finished once",
				args[0], whats, last, lastTotal, finished)
		}

		// Warnings may go to standard error; a bar, redrawn with
		// carriage returns and named as the hook was, may not.
		stderr.Reset()
		quiet := Main{Stdout: &stdout, Stderr: &stderr}
		if code := quiet.Run(ctx, args); code != 0 {
			t.Fatalf("%s: exit %d: %s", args[0], code, stderr.String())
		}
		if strings.Contains(stderr.String(), "\r") || strings.Contains(stderr.String(), whats[0]) {
			t.Errorf("%s drew progress on a standard error that is no terminal: %q", args[0], stderr.String())
		}
	}
}
