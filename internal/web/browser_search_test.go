package web

import (
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// TestBrowserSearchForm types a query into the header's search box of
// the front page in a real Chromium, submits the form as a reader does,
// and checks that the browser reaches the results page and lists the
// matching story; then, on that page, types other words, chooses the
// outlets' reports and submits again, and checks that the reports are
// listed with the words marked. No page may log an error, such as a
// Content Security Policy that blocks the form.
func TestBrowserSearchForm(t *testing.T) {
	ctx := chromiumTab(t)
	h, _ := newTestHandler(t, newReportReader(), nil)
	srv := httptest.NewServer(h)
	defer srv.Close()

	var mu sync.Mutex
	var logged []string
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.EntryLevelError {
				logged = append(logged, e.Entry.Text)
			}
		case *runtime.EventExceptionThrown:
			logged = append(logged, e.ExceptionDetails.Text)
		}
	}); err != nil {
		t.Fatalf("chromium: %v", err)
	}

	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#site-search-q`)),
		chromedp.SendKeys(chromedp.CSS(`#site-search-q`), "barrier"),
		chromedp.Submit(chromedp.CSS(`#site-search-q`)),
		chromedp.WaitVisible(chromedp.CSS(`.search-results, main`)),
		chromedp.Sleep(300*time.Millisecond),
	)
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	url, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	results, err := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS(`main`)))
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	if !strings.Contains(url, "/search?q=barrier") {
		t.Errorf("after submitting the form the browser is at %q, want the results for the query", url)
	}
	if !strings.Contains(results, `href="/stories/river-barrier"`) {
		t.Errorf("results page does not list the matching story:\n%s", results)
	}

	err = chromedp.Do(ctx,
		chromedp.WaitVisible(chromedp.CSS(`#search-q`)),
		chromedp.Clear(chromedp.CSS(`#search-q`)),
		chromedp.SendKeys(chromedp.CSS(`#search-q`), "dunmere"),
		chromedp.Click(chromedp.CSS(`#search-in-reports`)),
		chromedp.Submit(chromedp.CSS(`#search-q`)),
		chromedp.WaitVisible(chromedp.CSS(`main .outlet-list`)),
		chromedp.Sleep(300*time.Millisecond),
	)
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	if url, err = chromedp.Run(ctx, chromedp.Location()); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	if results, err = chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS(`main`))); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	if !strings.Contains(url, "/search?q=dunmere&in=reports") {
		t.Errorf("after choosing the reports the browser is at %q, want their results for the query", url)
	}
	for _, want := range []string{`<h1 class="label">Search the outlets' reports</h1>`, `href="https://harborledger.example/news/dunmere-ferry"`,
		`<mark>Dunmere</mark>`, `In our story <a href="/stories/river-barrier">`} {
		if !strings.Contains(results, want) {
			t.Errorf("the reports' results lack %s:\n%s", want, results)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if len(logged) > 0 {
		t.Errorf("the browser logged errors: %q", logged)
	}
}
