package fetch

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// page returns an article page of about n bytes.
func page(n int) []byte {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><meta charset=\"utf-8\"><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1>\n")
	for i := 0; b.Len() < n-40; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d: the council voted on the harbour budget after a long debate about dredging, ferries and fees.</p>\n", i)
	}
	b.WriteString("</article></body></html>\n")
	return []byte(b.String())
}

// BenchmarkGet measures pages fetched per second from ten hosts, all
// mapped to one loopback server serving 30 KB pages, with robots.txt on
// (fetched once per host, then cached) and the per-host and global
// in-flight limits at their defaults. The rate limit is off: with it, the
// figure would be the limit (1 page a second per host), not the client.
func BenchmarkGet(b *testing.B) {
	body := page(30 << 10)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.Header().Set("Content-Type", "text/plain")
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(body)
	}))
	defer srv.Close()
	c := mapped(srv, Options{HostRate: -1})
	var next atomic.Int64
	b.SetBytes(int64(len(body)))
	b.SetParallelism(10) // 10 requests in flight per CPU, over 10 hosts
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			n := next.Add(1)
			u := fmt.Sprintf("http://news-%d.bench.test/articles/%d", n%10, n)
			resp, err := c.Get(context.Background(), Request{URL: u})
			if err != nil {
				b.Error(err)
				return
			}
			if len(resp.Body) != len(body) {
				b.Errorf("body of %d bytes, want %d", len(resp.Body), len(body))
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
