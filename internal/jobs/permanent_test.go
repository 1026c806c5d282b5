package jobs

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// flakySite serves a feed of three pages on loopback: /gone answers 404,
// /flaky answers 503 twice and then its page, /a1 its page at once. The
// feed /missing.xml answers 404 and /page.xml an HTML page that is no
// feed. It counts the requests by path.
type flakySite struct {
	mu   sync.Mutex
	hits map[string]int
	url  string
}

func newFlakySite(t *testing.T) *flakySite {
	s := &flakySite{hits: map[string]int{}}
	page := func(w http.ResponseWriter, title string) {
		fmt.Fprintf(w, "<html><head><title>%s</title></head><body><article><h1>%s</h1>%s</article></body></html>", title, title,
			strings.Repeat("<p>The Harbour Board of Tarrow agreed on Monday to "+title+", Lena Marsh said, before the ferries return in May.</p>", 4))
	}
	srv := serveOn(t, "127.0.0.30", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		n := s.hits[r.URL.Path]
		s.mu.Unlock()
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Tarrow Gazette</title><link>%[1]s/</link>
<item><title>Gone</title><link>%[1]s/gone</link><guid>gone</guid></item>
<item><title>Flaky</title><link>%[1]s/flaky</link><guid>flaky</guid></item>
<item><title>A1</title><link>%[1]s/a1</link><guid>a1</guid></item></channel></rss>`, s.url)
		case "/flaky":
			if n <= 2 {
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			page(w, "repaint the ferry")
		case "/a1":
			page(w, "dredge the channel")
		case "/page.xml":
			page(w, "open the east pier")
		default:
			http.NotFound(w, r)
		}
	}))
	s.url = srv.URL
	return s
}

func (s *flakySite) hitsOf() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]int{}
	for k, v := range s.hits {
		out[k] = v
	}
	return out
}

// A page or feed that fails for a reason that would recur (404, a body
// that is no feed) is fetched once and its job ends at once, kept as
// failed with its error; a page that answers 503 is tried again with
// River's backoff until it is read and stored.
func TestPermanentFailuresNotRetried(t *testing.T) {
	eachDB(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := newFlakySite(t)
		d := openDesk(t, dsn, true)
		if err := d.q.EnqueueFeeds(ctx, []string{s.url + "/feed.xml", s.url + "/missing.xml", s.url + "/page.xml"}); err != nil {
			t.Fatal(err)
		}
		d.start(t)
		drain(t, d.q)

		want := map[string]int{"/feed.xml": 1, "/missing.xml": 1, "/page.xml": 1, "/gone": 1, "/flaky": 3, "/a1": 1}
		if diff := cmp.Diff(want, s.hitsOf()); diff != "" {
			t.Errorf("requests by path (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(map[string]int{s.url + "/flaky": 1, s.url + "/a1": 1}, storedPages(t, dsn)); diff != "" {
			t.Errorf("articles stored, by address (-want +got):\n%s", diff)
		}
		failed, err := d.q.List(ctx, []string{"failed"}, 10)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, j := range failed {
			got[j.Subject] = fmt.Sprintf("%s %s %d/%d", j.Kind, j.State, j.Attempt, j.MaxAttempts)
			if wantErr := map[string]string{s.url + "/gone": "404", s.url + "/missing.xml": "404", s.url + "/page.xml": "not a feed"}[j.Subject]; !strings.Contains(j.LastError, wantErr) {
				t.Errorf("job %d of %s: last error %q, want it to name %q", j.ID, j.Subject, j.LastError, wantErr)
			}
		}
		wantFailed := map[string]string{
			s.url + "/gone":        "read_article cancelled 1/5",
			s.url + "/missing.xml": "fetch_feed cancelled 1/3",
			s.url + "/page.xml":    "fetch_feed cancelled 1/3",
		}
		if diff := cmp.Diff(wantFailed, got); diff != "" {
			t.Errorf("failed jobs by subject (-want +got):\n%s", diff)
		}
		all, err := d.q.List(ctx, nil, 100)
		if err != nil {
			t.Fatal(err)
		}
		for _, j := range all {
			if j.Subject == s.url+"/flaky" && (j.State != "completed" || j.Attempt != 3) {
				t.Errorf("the flaky page's job: %+v, want completed at its third attempt", j)
			}
		}
	})
}
