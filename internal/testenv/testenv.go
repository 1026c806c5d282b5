// Package testenv lets tests find the outside services they use (a
// PostgreSQL server, a Chromium browser, the evaluation data) and skip
// with a logged reason when one is absent. Under UNBIASED_TEST_REQUIRE=all
// (set by CI) a missing service fails the test instead, so that CI cannot
// pass by skipping.
package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Required reports whether the named service must be present: when
// UNBIASED_TEST_REQUIRE is "all", or a comma-separated list naming it.
func Required(service string) bool {
	v := os.Getenv("UNBIASED_TEST_REQUIRE")
	for _, s := range strings.Split(v, ",") {
		s = strings.TrimSpace(s)
		if s == "all" || s == service {
			return true
		}
	}
	return false
}

// Missing skips the test because service is not available, or fails it
// when the service is required.
func Missing(t testing.TB, service, reason string) {
	t.Helper()
	if Required(service) {
		t.Fatalf("%s is required (UNBIASED_TEST_REQUIRE=%s) but unavailable: %s", service, os.Getenv("UNBIASED_TEST_REQUIRE"), reason)
	}
	t.Skipf("skipping: %s unavailable: %s", service, reason)
}

// Chromium returns the path of a Chromium binary: $UNBIASED_CHROMIUM, or
// chromium / chromium-browser / google-chrome on PATH. It skips (or
// fails, see Missing) when there is none.
func Chromium(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("UNBIASED_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	Missing(t, "chromium", "no chromium on PATH and UNBIASED_CHROMIUM unset")
	return ""
}

// PostgresURL returns $UNBIASED_TEST_POSTGRES, or skips (or fails).
func PostgresURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("UNBIASED_TEST_POSTGRES")
	if u == "" {
		Missing(t, "postgres", "UNBIASED_TEST_POSTGRES unset")
	}
	return u
}

// EvalDir returns the evaluation data folder: $UNBIASED_EVAL_DIR, or
// ../shared/eval beside the repository root. It skips (or fails) when the
// folder is absent; a fresh clone has none.
func EvalDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("UNBIASED_EVAL_DIR")
	if dir == "" {
		dir = filepath.Join(RepoRoot(), "..", "shared", "eval")
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		Missing(t, "eval", "evaluation data not found at "+dir)
	}
	return dir
}

// RepoRoot is the folder holding go.mod.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}
