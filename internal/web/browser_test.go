package web

import (
	"context"
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

// chromiumTab starts a headless Chromium driven through the DevTools
// protocol (chromedp), headless, with a profile of its own, and returns
// the context of one tab; the browser stops when the test ends, and every
// step must finish within a minute.
func chromiumTab(t *testing.T) context.Context {
	t.Helper()
	bin := testenv.Chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()), chromedp.Flag("disable-quic", true))
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

	// With UNBIASED_WEB_SCREENSHOTS=DIR, also save how the pages look on
	// a desktop and on a phone, for a person to review.
	dir := os.Getenv("UNBIASED_WEB_SCREENSHOTS")
	if dir == "" {
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
