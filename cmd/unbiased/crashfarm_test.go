package main

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/demo"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// crashFarm serves the demo corpus to a desk that runs as a process of
// its own, and so cannot be handed the demo's dialer: each demo outlet
// answers on a loopback listener of its own, and every address of a demo
// host in a feed or page is rewritten to that listener's. Each outlet
// gets its own loopback address (127.0.0.2, 127.0.0.3, ...) where the
// system allows it, so that the desk's politeness (about one request a
// second per host name) holds each outlet back, not all of them together.
// The farm keeps no state: two desks reading it read the same thing.
type crashFarm struct {
	// outlets in the order the desk is given them: one lean after
	// another, so that every round of outlets mixes the sides.
	outlets []farmOutlet
	// articles are the canonical addresses of every report the farm
	// serves.
	articles map[string]bool
	// catalogue is a sources catalogue (TOML) of the outlets, their
	// leans and their feeds, for 'unbiased sources import'.
	catalogue string
}

type farmOutlet struct {
	spec demo.OutletSpec
	base string // http://127.0.0.N:PORT
	feed string
}

// newCrashFarm starts the farm; it stops when the test ends. The
// articles are dated from clock, as demo.NewServer dates them. Each
// answer takes delay, as a real site's does, so that a desk's jobs are
// at work for that long.
func newCrashFarm(t *testing.T, clock time.Time, delay time.Duration) *crashFarm {
	t.Helper()
	site := demo.NewServer(func() time.Time { return clock })
	f := &crashFarm{articles: map[string]bool{}}
	shared := false
	var servers []*httptest.Server
	var pairs []string
	for i, o := range leansInTurn(demo.Outlets()) {
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.%d:0", 2+i))
		if err != nil {
			// Not every system routes all of 127/8 to loopback: the
			// outlets then share one host name, and its politeness.
			shared = true
			if ln, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
				t.Fatal(err)
			}
		}
		srv := httptest.NewUnstartedServer(nil)
		srv.Listener.Close()
		srv.Listener = ln
		servers = append(servers, srv)
		base := "http://" + ln.Addr().String()
		demoBase := strings.TrimSuffix(o.Homepage, "/")
		pairs = append(pairs, demoBase, base)
		f.outlets = append(f.outlets, farmOutlet{spec: o, base: base, feed: base + strings.TrimPrefix(o.FeedURL, demoBase)})
	}
	if shared {
		t.Logf("loopback addresses other than 127.0.0.1 are unavailable: the outlets share one host name, and the runs are slower")
	}
	rewrite := strings.NewReplacer(pairs...)
	for i, srv := range servers {
		srv.Config.Handler = farmHandler(site, f.outlets[i].spec.Host, rewrite, delay)
		srv.Start()
		t.Cleanup(srv.Close)
	}
	base := map[string]string{}
	for _, o := range f.outlets {
		base[o.spec.Slug] = o.base
	}
	for _, a := range demo.Articles() {
		f.articles[base[a.Outlet]+a.Path] = true
	}
	f.catalogue = filepath.Join(t.TempDir(), "farm.toml")
	if err := os.WriteFile(f.catalogue, []byte(f.catalogueTOML()), 0o644); err != nil {
		t.Fatal(err)
	}
	return f
}

// farmHandler answers as the demo outlet host does, after delay, with
// the demo hosts' addresses in the body rewritten to the farm's.
func farmHandler(site *demo.Server, host string, rewrite *strings.Replacer, delay time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if delay > 0 {
			select {
			case <-time.After(delay):
			case <-r.Context().Done(): // a desk killed while it waited
				return
			}
		}
		r = r.Clone(r.Context())
		r.Host = host
		rec := httptest.NewRecorder()
		site.ServeHTTP(rec, r)
		for k, v := range rec.Header() {
			if k != "Content-Length" {
				w.Header()[k] = v
			}
		}
		w.WriteHeader(rec.Code)
		w.Write([]byte(rewrite.Replace(rec.Body.String())))
	})
}

// leansInTurn orders outlets one lean after another (a left outlet, a
// lean-left one, a centre one, ...), each lean's outlets in corpus order.
func leansInTurn(outlets []demo.OutletSpec) []demo.OutletSpec {
	var leans []news.Lean
	byLean := map[news.Lean][]demo.OutletSpec{}
	for _, o := range outlets {
		if byLean[o.Lean] == nil {
			leans = append(leans, o.Lean)
		}
		byLean[o.Lean] = append(byLean[o.Lean], o)
	}
	var out []demo.OutletSpec
	for len(out) < len(outlets) {
		for _, l := range leans {
			if len(byLean[l]) > 0 {
				out = append(out, byLean[l][0])
				byLean[l] = byLean[l][1:]
			}
		}
	}
	return out
}

// feeds returns the feed URLs of the first n outlets.
func (f *crashFarm) feeds(n int) []string {
	var out []string
	for _, o := range f.outlets[:n] {
		out = append(out, o.feed)
	}
	return out
}

// catalogueTOML is the farm's outlets as a sources catalogue, rated as
// the demo rates them.
func (f *crashFarm) catalogueTOML() string {
	var b strings.Builder
	for _, o := range f.outlets {
		s := o.spec
		fmt.Fprintf(&b, "[[outlet]]\nslug = %s\nname = %s\nhomepage = %s\nfeeds = [%s]\ncountry = %s\nlanguage = %s\nlean = %s\n",
			strconv.Quote(s.Slug), strconv.Quote(s.Name), strconv.Quote(o.base+"/"), strconv.Quote(o.feed),
			strconv.Quote(s.Country), strconv.Quote(s.Language), strconv.Quote(string(s.Lean)))
		if s.Lean != news.Unrated {
			fmt.Fprintf(&b, "rater = %s\nrated = \"2026-01-05\"\n", strconv.Quote(demo.Rater))
		}
		b.WriteString("\n")
	}
	return b.String()
}
