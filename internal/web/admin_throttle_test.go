package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestAdminGuessesThrottled: wrong admin tokens, as a Bearer header or in
// the sign-in form, are allowed in a burst and then answered 429 with
// Retry-After, even the right token, until the allowance refills. Other
// addresses are not held back.
func TestAdminGuessesThrottled(t *testing.T) {
	now := testNow
	h, logs := newAdminHandler(t, newFixtureAdmin(), adminTestToken, func(o *Options) {
		o.AdminLocal = false
		o.Now = func() time.Time { return now }
	})
	bearer := func(addr, token string) int {
		r := adminRequest(http.MethodGet, "/admin", addr, nil)
		r.Header.Set("Authorization", "Bearer "+token)
		return serve(h, r).Code
	}
	for i := range guessBurst {
		if code := bearer(remoteAddr, "wrong-"+strconv.Itoa(i)); code != http.StatusNotFound {
			t.Fatalf("wrong guess %d: %d, want 404", i+1, code)
		}
	}
	r := adminRequest(http.MethodGet, "/admin", remoteAddr, nil)
	r.Header.Set("Authorization", "Bearer "+adminTestToken)
	rec := serve(h, r)
	if rec.Code != http.StatusTooManyRequests {
		t.Fatalf("right token after %d wrong ones: %d, want 429", guessBurst, rec.Code)
	}
	if ra, err := strconv.Atoi(rec.Header().Get("Retry-After")); err != nil || ra < 1 || ra > int(guessEvery/time.Second) {
		t.Errorf("Retry-After %q, want 1 to %d seconds", rec.Header().Get("Retry-After"), int(guessEvery/time.Second))
	}
	if code := bearer("198.51.100.9:5555", adminTestToken); code != http.StatusOK {
		t.Errorf("right token from another address: %d, want 200", code)
	}

	// The sign-in form shares the allowance of its address.
	var b browser
	b.visitFrom(t, h, "/admin/login", remoteAddr)
	if rec := b.post(h, "/admin/login", remoteAddr, url.Values{"token": {"guess"}}, nil); rec.Code != http.StatusTooManyRequests {
		t.Errorf("sign-in while throttled: %d, want 429", rec.Code)
	}

	now = now.Add(guessEvery)
	if code := bearer(remoteAddr, adminTestToken); code != http.StatusOK {
		t.Errorf("right token once the allowance refilled: %d, want 200", code)
	}
	if code := bearer(remoteAddr, "wrong-again"); code != http.StatusNotFound {
		t.Errorf("one wrong guess with one earned: %d, want 404", code)
	}
	if code := bearer(remoteAddr, "wrong-once-more"); code != http.StatusTooManyRequests {
		t.Errorf("a second wrong guess with one earned: %d, want 429", code)
	}
	if !strings.Contains(logs.String(), "admin token guesses throttled") {
		t.Errorf("throttling not logged")
	}

	// Without a token nothing is a guess: a Bearer header is refused as
	// an unknown address, however often.
	h2, _ := newAdminHandler(t, newFixtureAdmin(), "", func(o *Options) { o.AdminLocal = false })
	for i := range 3 * guessBurst {
		r := adminRequest(http.MethodGet, "/admin", remoteAddr, nil)
		r.Header.Set("Authorization", "Bearer x")
		if code := serve(h2, r).Code; code != http.StatusNotFound {
			t.Fatalf("Bearer %d without a token set: %d, want 404", i+1, code)
		}
	}
}

// TestGuessLimitForgets: the table of addresses stays bounded. While it
// is full, new addresses share one allowance; addresses whose allowance
// refilled are forgotten.
func TestGuessLimitForgets(t *testing.T) {
	now := testNow
	g := newGuessLimit(func() time.Time { return now })
	for i := range guessPeers {
		g.fail("10.0." + strconv.Itoa(i/256) + "." + strconv.Itoa(i%256))
	}
	for i := range guessBurst {
		g.fail("2001:db8::" + strconv.Itoa(i))
	}
	if len(g.peers) != guessPeers+1 {
		t.Errorf("%d addresses remembered, want the cap plus the shared one", len(g.peers))
	}
	if g.wait("2001:db8::ffff") == 0 {
		t.Errorf("a new address may guess while the shared allowance is spent")
	}
	now = now.Add(guessBurst * guessEvery)
	g.fail("192.0.2.1")
	if len(g.peers) != 1 {
		t.Errorf("%d addresses remembered after the others refilled, want 1", len(g.peers))
	}
}
