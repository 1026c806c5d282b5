package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/jobs"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

// lockedBuffer is a bytes.Buffer safe to write from the serving
// goroutine while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// serve on a store that follows nothing says how to add sources.
func TestServeWithoutFeedsSaysHowToAddThem(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr lockedBuffer
	ready := make(chan string, 1)
	done := make(chan int, 1)
	m := Main{Stdout: io.Discard, Stderr: &stderr, Ready: func(u string) { ready <- u }}
	db := filepath.Join(t.TempDir(), "desk.db")
	go func() { done <- m.Run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--tick", "1h"}) }()
	select {
	case <-ready:
	case code := <-done:
		t.Fatalf("serve exited with %d: %s", code, stderr.String())
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("serve exited with %d after cancel: %s", code, stderr.String())
	}
	if want := "follows no feeds yet: run 'unbiased sources import'"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q does not say %q", stderr.String(), want)
	}
}

// startServe runs serve with args until the test ends and returns its
// site URL and error stream.
func startServe(t *testing.T, args ...string) (string, *lockedBuffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stderr lockedBuffer
	ready := make(chan string, 1)
	done := make(chan int, 1)
	m := Main{Stdout: io.Discard, Stderr: &stderr, Ready: func(u string) { ready <- u }}
	db := filepath.Join(t.TempDir(), "desk.db")
	args = append([]string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--tick", "1h"}, args...)
	go func() { done <- m.Run(ctx, args) }()
	t.Cleanup(func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("serve exited with %d after cancel: %s", code, stderr.String())
		}
	})
	select {
	case u := <-ready:
		return u, &stderr
	case code := <-done:
		done <- code
		t.Fatalf("serve exited with %d: %s", code, stderr.String())
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	return "", nil
}

// adminStatus is the status of GET /admin at base through client, with
// the request as nginx's plain "proxy_pass http://127.0.0.1:PORT;" sends
// it: the upstream's address as Host, and no proxy header.
func adminStatus(t *testing.T, client *http.Client, base string, header map[string]string) int {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, base+"admin", nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// TestServeAdminListeners: on the reader's listener a request from this
// machine, as a reverse proxy on this machine sends it, is no admin; the
// token opens the admin pages there, and the admin listener, on loopback
// or a Unix socket, admits this machine without it.
func TestServeAdminListeners(t *testing.T) {
	const token = "serve-test-admin-token-0123456789"
	t.Run("reader's listener without a token", func(t *testing.T) {
		site, stderr := startServe(t)
		if got := adminStatus(t, http.DefaultClient, site, nil); got != http.StatusNotFound {
			t.Errorf("GET /admin from loopback: %d, want 404", got)
		}
		if !strings.Contains(stderr.String(), "admin pages off: give --admin-addr") {
			t.Errorf("stderr does not say how to open the admin pages: %s", stderr.String())
		}
	})
	t.Run("reader's listener with a token", func(t *testing.T) {
		site, _ := startServe(t, "--admin-token", token)
		if got := adminStatus(t, http.DefaultClient, site, nil); got != http.StatusNotFound {
			t.Errorf("GET /admin from loopback without the token: %d, want 404", got)
		}
		if got := adminStatus(t, http.DefaultClient, site, map[string]string{"Authorization": "Bearer " + token}); got != http.StatusOK {
			t.Errorf("GET /admin with the token: %d, want 200", got)
		}
	})
	t.Run("admin listener on loopback", func(t *testing.T) {
		port := freePort(t)
		site, stderr := startServe(t, "--admin-addr", "127.0.0.1:"+port)
		if got := adminStatus(t, http.DefaultClient, site, nil); got != http.StatusNotFound {
			t.Errorf("GET /admin on the reader's listener: %d, want 404", got)
		}
		if got := adminStatus(t, http.DefaultClient, "http://127.0.0.1:"+port+"/", nil); got != http.StatusOK {
			t.Errorf("GET /admin on the admin listener: %d, want 200", got)
		}
		if want := "admin pages at http://127.0.0.1:" + port + "/admin"; !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr does not say %q: %s", want, stderr.String())
		}
	})
	t.Run("admin listener on a Unix socket", func(t *testing.T) {
		sock := filepath.Join(t.TempDir(), "admin.sock")
		startServe(t, "--admin-addr", "unix:"+sock)
		fi, err := os.Stat(sock)
		if err != nil {
			t.Fatal(err)
		}
		if perm := fi.Mode().Perm(); perm&0o077 != 0 {
			t.Errorf("socket mode %v: others may connect", perm)
		}
		client := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			return (&net.Dialer{}).DialContext(ctx, "unix", sock)
		}}}
		if got := adminStatus(t, client, "http://localhost/", nil); got != http.StatusOK {
			t.Errorf("GET /admin over the socket: %d, want 200", got)
		}
		if got := adminStatus(t, client, "http://localhost/", map[string]string{"X-Forwarded-For": "198.51.100.4"}); got != http.StatusNotFound {
			t.Errorf("GET /admin over the socket through a proxy: %d, want 404", got)
		}
	})
}

// freePort returns a loopback port that was free a moment ago.
func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	return port
}

// serve --role worker reads the feeds it is given and writes what it
// reads, serving no site; --role web serves the site and reads nothing.
func TestServeRoles(t *testing.T) {
	srv := pierNews(t)
	db := filepath.Join(t.TempDir(), "desk.db")

	adminAddr := "127.0.0.1:" + freePort(t)
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr lockedBuffer
	ready := make(chan string, 1)
	done := make(chan int, 1)
	m := Main{Stdout: &stdout, Stderr: &stderr, Ready: func(u string) { ready <- u }, Getenv: func(string) string { return "" }}
	go func() {
		done <- m.Run(ctx, []string{"serve", "--role", "worker", "--db", db, "--tick", "1h", "--admin-addr", adminAddr, "--allow-private", srv.URL + "/feed.xml"})
	}()
	select {
	case u := <-ready:
		if u != "" {
			t.Errorf("a worker serves the site at %s", u)
		}
	case code := <-done:
		t.Fatalf("serve --role worker exited with %d: %s", code, stderr.String())
	case <-time.After(30 * time.Second):
		t.Fatal("serve --role worker did not start")
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	deadline := time.Now().Add(30 * time.Second)
	for {
		total, _, err := st.ArticleCounts(context.Background())
		if err == nil && total == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the worker stored %d articles (%v); want the feed's one: %s", total, err, stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Its admin overview lists its job queue.
	resp, err := http.Get("http://" + adminAddr + "/admin")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), `<h2 id="jobs">Jobs</h2>`) {
		t.Errorf("the worker's admin overview: %d, no jobs section:\n%.3000s", resp.StatusCode, page)
	}
	// Its metrics count the queue's jobs by kind and state.
	resp, err = http.Get("http://" + adminAddr + "/admin/metrics")
	if err != nil {
		t.Fatal(err)
	}
	figures, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, kind := range jobs.Kinds {
		if want := `unbiased_jobs{kind="` + kind + `",state="running"} `; resp.StatusCode != http.StatusOK || !strings.Contains(string(figures), want) {
			t.Errorf("the worker's metrics: %d, no %s:\n%.3000s", resp.StatusCode, want, figures)
		}
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("serve --role worker exited with %d after cancel: %s", code, stderr.String())
	}
	// The worker read the feed and its page as jobs of the queue.
	var jout, jerr bytes.Buffer
	jm := Main{Stdout: &jout, Stderr: &jerr, Getenv: func(string) string { return "" }}
	if code := jm.Run(context.Background(), []string{"jobs", "list", "--db", db, "--state", "completed"}); code != 0 {
		t.Fatalf("jobs list: exit %d: %s", code, jerr.String())
	}
	for _, want := range []string{"fetch_feed", srv.URL + "/feed.xml", "read_article", srv.URL + "/a1"} {
		if !strings.Contains(jout.String(), want) {
			t.Errorf("jobs list --state completed after the worker has no %q:\n%s", want, jout.String())
		}
	}

	// A web process serves what the worker wrote, and reads no feed.
	var werr lockedBuffer
	wm := Main{Stdout: io.Discard, Stderr: &werr, Getenv: func(string) string { return "" }}
	if code := wm.Run(context.Background(), []string{"serve", "--role", "web", "--db", db, srv.URL + "/feed.xml"}); code != 2 {
		t.Errorf("serve --role web with a feed: exit %d, want 2 (%s)", code, werr.String())
	}
	for _, bad := range []string{"nope", ""} {
		if code := wm.Run(context.Background(), []string{"serve", "--role", bad, "--db", db}); code != 2 {
			t.Errorf("serve --role %q: exit %d, want 2", bad, code)
		}
	}
}
