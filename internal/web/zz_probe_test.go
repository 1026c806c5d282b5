package web

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

type nopRW struct{ h http.Header }

func (w *nopRW) Header() http.Header         { return w.h }
func (w *nopRW) Write(p []byte) (int, error) { return len(p), nil }
func (w *nopRW) WriteHeader(int)             {}

func TestProbeAllocs(t *testing.T) {
	st := demoStore(t)
	h := New(st, Options{Logger: slog.New(slog.DiscardHandler)})
	list, _ := st.ListStories(context.Background(), 1, 0)
	page := bytes.Repeat([]byte("x"), 19000)
	mod := time.Now()
	ref := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		http.ServeContent(w, r, "", mod, bytes.NewReader(page))
	})
	for _, c := range []struct {
		name string
		h    http.Handler
		path string
		ae   string
	}{{"ref", ref, "/x", ""}, {"story", h, storyPath(list[0].ID), ""}, {"story gz", h, storyPath(list[0].ID), "gzip"}, {"front", h, "/", ""}, {"atom", h, "/feed.atom", ""}, {"api", h, "/api/stories", ""}, {"css", h, loadAssets().cssURL, ""}} {
		req := httptest.NewRequest("GET", c.path, nil)
		if c.ae != "" {
			req.Header.Set("Accept-Encoding", c.ae)
		}
		run := func() {
			w := &nopRW{h: http.Header{}}
			c.h.ServeHTTP(w, req)
		}
		run()
		allocs := testing.AllocsPerRun(2000, run)
		start := time.Now()
		for range 20000 {
			run()
		}
		t.Logf("%-8s allocs %5.1f  %v/op", c.name, allocs, time.Since(start)/20000)
	}
	_ = io.Discard
}
