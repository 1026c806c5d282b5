package web

import (
	"context"
	"flag"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/testenv"
)

// chromiumFlags keep a headless Chromium from reaching the network on its
// own account and from touching the user's profile.
func chromiumFlags(t *testing.T) []string {
	return []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(),
	}
}

// chromiumTempVar is the environment variable that gives a Chromium
// started by the test a temporary folder of its own, removed when the
// test ends: the browser leaves folders (org.chromium.Chromium.*) in the
// temporary folder when it stops, and a test's must not outlive it.
func chromiumTempVar(t *testing.T) string {
	return "TMPDIR=" + t.TempDir()
}

// screenshotDir is where a browser test saves how pages look, for a
// person to review, and whether it saves them at all: in the folder that
// UNBIASED_WEB_SCREENSHOTS names when it is set, else, when go test runs
// with -artifacts, in the test's artifact folder (under -outputdir).
// Otherwise it saves none: each costs a browser's start, and the
// temporary folder t.ArtifactDir gives then would throw them away.
func screenshotDir(t *testing.T) (string, bool) {
	if dir := os.Getenv("UNBIASED_WEB_SCREENSHOTS"); dir != "" {
		return dir, true
	}
	if f := flag.Lookup("test.artifacts"); f != nil && f.Value.String() == "true" {
		return t.ArtifactDir(), true
	}
	return "", false
}

// chromiumTab starts a headless Chromium driven through the DevTools
// protocol (chromedp), headless, with a profile of its own, and returns
// the context of one tab; the browser stops when the test ends, and every
// step must finish within a minute.
func chromiumTab(t *testing.T) context.Context {
	t.Helper()
	bin := testenv.Chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()), chromedp.Flag("disable-quic", true), chromedp.Env(chromiumTempVar(t)))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(func() {
		cancelTime()
		cancel()
		cancelAlloc()
	})
	return ctx
}

// runChromium runs the browser with a time limit and returns its stdout.
func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(chromiumFlags(t), args...)...)
	cmd.Env = append(os.Environ(), chromiumTempVar(t))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
	}
	return out
}

// TestBrowserStoryPage loads the story page in a real browser and checks
// the anatomy of the DOM it built: the page must parse as a browser
// parses it, not only as our own checks do.
func TestBrowserStoryPage(t *testing.T) {
	bin := testenv.Chromium(t)
	h, _ := newTestHandler(t, newHistoryReader(), nil)
	srv := httptest.NewServer(h)
	defer srv.Close()

	for _, id := range []string{"river-barrier", "transit-fares", "dunmere-bridge"} {
		t.Run(id, func(t *testing.T) {
			dom := runChromium(t, bin, "--dump-dom", srv.URL+"/stories/"+id)
			doc, err := html.Parse(strings.NewReader(string(dom)))
			if err != nil {
				t.Fatalf("parse dumped DOM: %v", err)
			}
			checkStoryAnatomy(t, doc)
		})
	}

	// Also save how the pages look on a desktop and on a phone, when
	// asked to (see screenshotDir).
	dir, ok := screenshotDir(t)
	if !ok {
		return
	}
	shots := []struct {
		name, path, size string
		dark             bool
	}{
		{"story-desktop", "/stories/river-barrier", "1280,3300", false},
		{"story-phone", "/stories/river-barrier", "390,5200", false},
		{"story-phone-360", "/stories/transit-fares", "360,3000", false},
		{"story-dark-desktop", "/stories/river-barrier", "1280,3300", true},
		{"story-blindspot-phone", "/stories/transit-fares", "390,3200", false},
		{"story-whats-new-phone", "/stories/dunmere-bridge", "390,2400", false},
		{"front-desktop", "/", "1280,1400", false},
		{"front-phone", "/", "390,1800", false},
		{"front-dark-phone", "/", "390,1800", true},
		{"about-desktop", "/about", "1280,1800", false},
		{"blindspots-phone", "/blindspots", "390,1800", false},
		{"outlets-phone", "/outlets", "390,1800", false},
		{"outlet-desktop", "/outlets/harbor-ledger", "1280,1400", false},
		{"outlet-dark-phone", "/outlets/harbor-ledger", "390,1800", true},
		{"search-phone", "/search?q=flood+barrier", "390,1400", false},
		{"not-found-phone", "/nowhere", "390,900", false},
	}
	for _, sh := range shots {
		out := filepath.Join(dir, sh.name+".png")
		args := []string{"--hide-scrollbars", "--screenshot=" + out, "--window-size=" + sh.size}
		if sh.dark {
			args = append(args, "--force-dark-mode", "--blink-settings=preferredColorScheme=0")
		}
		runChromium(t, bin, append(args, srv.URL+sh.path)...)
		t.Logf("saved %s", out)
	}
}
