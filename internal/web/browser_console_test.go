package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/audits"
	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// TestBrowserReaderPagesClean loads every reader page of the site in
// Chromium and fails when the browser reports a console error or
// warning, an uncaught exception, a Content-Security-Policy violation
// (as a log entry or as an Audits issue), or a same-origin subresource
// that failed to load. The pages carry no script and the policy allows
// only the site's own styles and images, so anything the browser
// refuses or cannot fetch is part of a page that a reader sees broken.
func TestBrowserReaderPagesClean(t *testing.T) {
	ctx := chromiumTab(t)
	h, _ := newTestHandler(t, newHistoryReader(), nil)
	srv := httptest.NewServer(h)
	defer srv.Close()

	pages := []struct {
		name, path string
		status     int
	}{
		{"front", "/", http.StatusOK},
		{"story", "/stories/river-barrier", http.StatusOK},
		{"story without outlook", "/stories/transit-fares", http.StatusOK},
		{"story with what's new", "/stories/dunmere-bridge", http.StatusOK},
		{"search", "/search?q=barrier", http.StatusOK},
		{"blind spots", "/blindspots", http.StatusOK},
		{"about", "/about", http.StatusOK},
		{"outlets", "/outlets", http.StatusOK},
		{"outlet", "/outlets/harbor-ledger", http.StatusOK},
		{"not found", "/nowhere", http.StatusNotFound},
	}

	// All pages load one after another in one tab. The listener files
	// each report under the page loading at the time; the page changes
	// only after a round trip to the browser, when every event sent
	// during the previous load has been read.
	var mu sync.Mutex
	var current string                     // URL of the page loading now
	var notFound bool                      // whether that page is the 404 page
	reports := map[string][]string{}       // by page URL
	urls := map[network.RequestID]string{} // request URLs, to name a failed load
	add := func(format string, args ...any) {
		reports[current] = append(reports[current], fmt.Sprintf(format, args...))
	}
	sameOrigin := func(u string) bool { return strings.HasPrefix(u, srv.URL+"/") }
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *cdplog.EventEntryAdded:
			en := e.Entry
			if en.Level != cdplog.EntryLevelError && en.Level != cdplog.EntryLevelWarning {
				return
			}
			// The browser logs the 404 page's own status as a failed
			// load; that status is the answer the page is meant to give.
			if notFound && en.Source == cdplog.EntrySourceNetwork && en.URL == current {
				return
			}
			add("console %s (%s): %s %s", en.Level, en.Source, en.Text, en.URL)
		case *runtime.EventConsoleAPICalled:
			switch e.Type {
			case runtime.ConsoleAPICalledTypeError, runtime.ConsoleAPICalledTypeWarning, runtime.ConsoleAPICalledTypeAssert:
				var args []string
				for _, a := range e.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				add("console.%s: %s", e.Type, strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			d := e.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			add("uncaught exception: %s (%s:%d)", msg, d.URL, d.LineNumber)
		case *audits.EventIssueAdded:
			if d := e.Issue.Details; d != nil && d.ContentSecurityPolicyIssueDetails != nil {
				c := d.ContentSecurityPolicyIssueDetails
				add("CSP violation: %s, directive %s, blocked %q", c.ContentSecurityPolicyViolationType, c.ViolatedDirective, c.BlockedURL)
				return
			}
			add("browser issue %s", e.Issue.Code)
		case *network.EventRequestWillBeSent:
			urls[e.RequestID] = e.Request.URL
		case *network.EventResponseReceived:
			if u := e.Response.URL; u != current && sameOrigin(u) && e.Response.Status >= 400 {
				add("%s %s answered %d", e.Type, u, e.Response.Status)
			}
		case *network.EventLoadingFailed:
			if u := urls[e.RequestID]; sameOrigin(u) {
				add("%s %s failed to load: %s %s", e.Type, u, e.ErrorText, e.BlockedReason)
			}
		}
	}); err != nil {
		t.Fatalf("chromium: %v", err)
	}

	// Audits reports issues only once enabled. chromedp turns Log and
	// Network on in every tab already; enabling them here as well keeps
	// the test from depending on that.
	enable := chromedp.Func(func(ctx context.Context, tab *chromedp.Target) error {
		for _, c := range []cdp.Command[cdp.Empty, cdp.Empty]{audits.Enable, cdplog.Enable} {
			if _, err := cdp.Call(ctx, tab, c, cdp.Empty{}); err != nil {
				return fmt.Errorf("%s: %w", c.Method, err)
			}
		}
		_, err := cdp.Call(ctx, tab, network.Enable, network.EnableParams{})
		return err
	})
	if err := chromedp.Do(ctx, enable); err != nil {
		t.Fatalf("chromium: %v", err)
	}

	for _, p := range pages {
		u := srv.URL + p.path
		mu.Lock()
		current, notFound = u, p.status == http.StatusNotFound
		mu.Unlock()
		resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(u))
		if err != nil {
			t.Fatalf("%s page (%s): chromium: %v", p.name, p.path, err)
		}
		if resp.Status != int64(p.status) {
			t.Errorf("%s page (%s): status %d, want %d", p.name, p.path, resp.Status, p.status)
		}
		// Issues and log entries may trail the load event by a
		// moment: wait briefly, then make one round trip so that all
		// sent before it has been read.
		if err := chromedp.Do(ctx, chromedp.Sleep(100*time.Millisecond)); err != nil {
			t.Fatalf("chromium: %v", err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[string]("document.readyState")); err != nil {
			t.Fatalf("chromium: %v", err)
		}
	}

	mu.Lock()
	defer mu.Unlock()
	for _, p := range pages {
		for _, msg := range reports[srv.URL+p.path] {
			t.Errorf("%s page (%s): %s", p.name, p.path, msg)
		}
	}
	// Anything reported before the first page began loading.
	for _, msg := range reports[""] {
		t.Errorf("before the first page: %s", msg)
	}
}
