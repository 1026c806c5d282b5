package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var errNoNetwork = errors.New("test: connection not allowed")

// fakeLookup resolves from a table, so that no test asks a real resolver.
func fakeLookup(table map[string][]string) func(context.Context, string) ([]netip.Addr, error) {
	return func(_ context.Context, host string) ([]netip.Addr, error) {
		var out []netip.Addr
		for _, s := range table[host] {
			out = append(out, netip.MustParseAddr(s))
		}
		if len(out) == 0 {
			return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
		}
		return out, nil
	}
}

// noConnect returns a client whose every connection attempt fails the
// test and is aborted before any packet is sent. robots.txt stays on, so
// that its fetch is proved to pass the guard too; waits take no time.
func noConnect(t *testing.T, o Options, table map[string][]string) *Client {
	t.Helper()
	o.Retries = -1
	o = newFakeClock().with(o)
	c := New(o)
	c.lookup = fakeLookup(table)
	c.connectHook = func(network, addr string) error {
		t.Errorf("connection attempted: %s %s", network, addr)
		return errNoNetwork
	}
	return c
}

func TestCheckAddr(t *testing.T) {
	refused := []string{
		"127.0.0.1", "127.255.0.1", "10.0.0.1", "172.16.0.1", "172.31.255.255",
		"192.168.1.1", "169.254.169.254", "169.254.0.1", "100.64.0.1",
		"100.127.255.254", "0.0.0.0", "0.1.2.3", "224.0.0.251", "239.1.1.1",
		"255.255.255.255", "240.0.0.1", "198.18.0.1", "192.0.0.8",
		"::", "::1", "fe80::1", "fe80::1%eth0", "fc00::1", "fd12:3456::1",
		"ff02::1", "fec0::1", "fd00::1", "fdff:ffff:ffff::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:0.0.0.0",
		"::ffff:169.254.169.254", "::ffff:100.64.0.1", "64:ff9b::a9fe:a9fe",
		"64:ff9b::7f00:1", "2002:7f00:1::1", "2002:a9fe:a9fe::1",
	}
	allowed := []string{
		"8.8.8.8", "1.1.1.1", "203.0.113.5", "100.63.255.255", "100.128.0.1",
		"172.32.0.1", "192.169.0.1", "2606:4700::1111", "2a00:1450:4001::1",
		"::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1",
	}
	for _, s := range refused {
		t.Run("refuse "+s, func(t *testing.T) {
			if err := CheckAddr(netip.MustParseAddr(s)); !errors.Is(err, ErrPrivateAddress) {
				t.Errorf("CheckAddr(%s) = %v, want ErrPrivateAddress", s, err)
			}
		})
	}
	for _, s := range allowed {
		t.Run("allow "+s, func(t *testing.T) {
			if err := CheckAddr(netip.MustParseAddr(s)); err != nil {
				t.Errorf("CheckAddr(%s) = %v, want nil", s, err)
			}
		})
	}
	if err := CheckAddr(netip.Addr{}); !errors.Is(err, ErrPrivateAddress) {
		t.Errorf("CheckAddr(zero) = %v, want ErrPrivateAddress", err)
	}
}

func TestGuardRefusesBeforeConnecting(t *testing.T) {
	table := map[string][]string{
		"localhost":        {"127.0.0.1", "::1"},
		"intranet.example": {"10.1.2.3"},
		"mixed.example":    {"203.0.113.7", "192.168.0.9"},
		"metadata.example": {"169.254.169.254"},
		"ula.example":      {"fd00::1"},
		"mapped.example":   {"::ffff:10.0.0.1"},
		"cgnat.example":    {"100.64.0.1"},
		"zero.example":     {"0.0.0.0"},
		"v6local.example":  {"::1"},
	}
	tests := []struct {
		name, url, want string
	}{
		{"metadata", "http://169.254.169.254/latest/meta-data/", `fetch "http://169.254.169.254/latest/meta-data/": refused: private address`},
		{"rfc1918", "http://10.0.0.1/", `fetch "http://10.0.0.1/": refused: private address`},
		{"rfc1918 written oddly", "HTTP://10.0.0.1", `fetch "HTTP://10.0.0.1": refused: private address`},
		{"loopback with port", "https://127.0.0.1:8443/x", `fetch "https://127.0.0.1:8443/x": refused: private address`},
		{"ipv6 loopback", "http://[::1]:8080/", `fetch "http://[::1]:8080/": refused: private address`},
		{"mapped loopback", "http://[::ffff:127.0.0.1]/", `fetch "http://[::ffff:127.0.0.1]/": refused: private address`},
		{"mapped metadata", "http://[::ffff:a9fe:a9fe]/", `fetch "http://[::ffff:a9fe:a9fe]/": refused: private address`},
		{"cgnat", "http://100.64.1.1/", `fetch "http://100.64.1.1/": refused: private address`},
		{"unspecified", "http://0.0.0.0/", `fetch "http://0.0.0.0/": refused: private address`},
		{"link-local v6", "http://[fe80::1]/", `fetch "http://[fe80::1]/": refused: private address`},
		{"ula", "http://[fd00::1]/", `fetch "http://[fd00::1]/": refused: private address`},
		{"localhost", "http://localhost/", `fetch "http://localhost/": localhost resolves to 127.0.0.1: refused: private address`},
		{"name to private", "http://intranet.example/a", `fetch "http://intranet.example/a": intranet.example resolves to 10.1.2.3: refused: private address`},
		{"mapped rfc1918", "http://[::ffff:10.0.0.1]/", `fetch "http://[::ffff:10.0.0.1]/": refused: private address`},
		{"cgnat first address", "http://100.64.0.1/", `fetch "http://100.64.0.1/": refused: private address`},
		{"ula fd00::/8", "http://[fd00::abcd]:8080/", `fetch "http://[fd00::abcd]:8080/": refused: private address`},
		{"name to metadata", "http://metadata.example/latest/", `fetch "http://metadata.example/latest/": metadata.example resolves to 169.254.169.254: refused: private address`},
		{"name to ula", "http://ula.example/", `fetch "http://ula.example/": ula.example resolves to fd00::1: refused: private address`},
		{"name to mapped rfc1918", "http://mapped.example/", `fetch "http://mapped.example/": mapped.example resolves to ::ffff:10.0.0.1: refused: private address`},
		{"name to cgnat", "http://cgnat.example/", `fetch "http://cgnat.example/": cgnat.example resolves to 100.64.0.1: refused: private address`},
		{"name to unspecified", "http://zero.example/", `fetch "http://zero.example/": zero.example resolves to 0.0.0.0: refused: private address`},
		{"name to ipv6 loopback", "http://v6local.example/", `fetch "http://v6local.example/": v6local.example resolves to ::1: refused: private address`},
		{"any address private", "http://mixed.example/", `fetch "http://mixed.example/": mixed.example resolves to 192.168.0.9: refused: private address`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := noConnect(t, Options{}, table)
			_, err := c.Get(context.Background(), Request{URL: tc.url})
			if !errors.Is(err, ErrPrivateAddress) {
				t.Fatalf("Get(%s) error = %v, want ErrPrivateAddress", tc.url, err)
			}
			if err.Error() != tc.want {
				t.Errorf("error text\n got %s\nwant %s", err, tc.want)
			}
		})
	}
}

// recordDials makes c's every connection attempt be recorded and
// aborted before any packet is sent.
func recordDials(c *Client) *[]string {
	var dialed []string
	c.connectHook = func(_, addr string) error {
		dialed = append(dialed, addr)
		return errNoNetwork
	}
	return &dialed
}

func TestGuardPassesPublicAddress(t *testing.T) {
	t.Run("page", func(t *testing.T) {
		c := New(newFakeClock().with(Options{Retries: -1, IgnoreRobots: true}))
		c.lookup = fakeLookup(map[string][]string{"news.example": {"203.0.113.10"}})
		dialed := recordDials(c)
		_, err := c.Get(context.Background(), Request{URL: "http://news.example/feed"})
		if !errors.Is(err, errNoNetwork) {
			t.Fatalf("error = %v, want the hook's error", err)
		}
		if diff := cmp.Diff([]string{"203.0.113.10:80"}, *dialed); diff != "" {
			t.Errorf("dialed (-want +got):\n%s", diff)
		}
	})
	t.Run("robots.txt first", func(t *testing.T) {
		c := New(newFakeClock().with(Options{Retries: -1}))
		c.lookup = fakeLookup(map[string][]string{"news.example": {"2001:db8::10"}})
		dialed := recordDials(c)
		_, err := c.Get(context.Background(), Request{URL: "https://news.example/feed"})
		// An unreachable robots.txt disallows the page, which is then
		// not requested.
		if !errors.Is(err, ErrDisallowed) || !errors.Is(err, errNoNetwork) {
			t.Fatalf("error = %v, want ErrDisallowed caused by the hook", err)
		}
		if diff := cmp.Diff([]string{"[2001:db8::10]:443"}, *dialed); diff != "" {
			t.Errorf("dialed (-want +got):\n%s", diff)
		}
	})
}

// The hook that the refusal tests rely on does see every address the
// guard lets through: with the guard off, a metadata address reaches it.
// So a broken guard fails those tests, with no packet sent.
func TestConnectHookSeesUnguardedDials(t *testing.T) {
	c := New(newFakeClock().with(Options{Retries: -1, AllowPrivate: true, IgnoreRobots: true}))
	c.lookup = fakeLookup(nil)
	dialed := recordDials(c)
	_, err := c.Get(context.Background(), Request{URL: "http://169.254.169.254/latest/meta-data/"})
	if !errors.Is(err, errNoNetwork) {
		t.Fatalf("error = %v, want the hook's error", err)
	}
	if diff := cmp.Diff([]string{"169.254.169.254:80"}, *dialed); diff != "" {
		t.Errorf("dialed (-want +got):\n%s", diff)
	}
}

func TestControlGuard(t *testing.T) {
	c := New(Options{})
	if err := c.controlGuard("tcp4", "169.254.169.254:80", nil); !errors.Is(err, ErrPrivateAddress) {
		t.Errorf("controlGuard(metadata) = %v, want ErrPrivateAddress", err)
	}
	if err := c.controlGuard("tcp4", "203.0.113.1:443", nil); err != nil {
		t.Errorf("controlGuard(public) = %v, want nil", err)
	}
	open := New(Options{AllowPrivate: true})
	if err := open.controlGuard("tcp4", "127.0.0.1:80", nil); err != nil {
		t.Errorf("controlGuard with AllowPrivate = %v, want nil", err)
	}
}

// demoClient maps *.demo.test to srv, as the demo does, and refuses to
// connect anywhere else.
func demoClient(t *testing.T, srv *httptest.Server, table map[string][]string) *Client {
	t.Helper()
	addr := srv.Listener.Addr().String()
	var d net.Dialer
	return noConnect(t, Options{
		AllowHost: func(host string) bool { return strings.HasSuffix(host, ".demo.test") },
		Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
			return d.DialContext(ctx, network, addr)
		},
	}, table)
}

func TestRedirectsAreChecked(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/", http.StatusFound)
		case "/named":
			http.Redirect(w, r, "http://intranet.example/admin", http.StatusMovedPermanently)
		case "/file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		case "/loopback":
			http.Redirect(w, r, "http://"+r.Context().Value(http.LocalAddrContextKey).(net.Addr).String()+"/secret", http.StatusFound)
		case "/ipv6-loopback":
			http.Redirect(w, r, "http://[::1]:8080/secret", http.StatusFound)
		case "/localhost":
			http.Redirect(w, r, "http://localhost/secret", http.StatusFound)
		case "/secret":
			t.Errorf("the loopback target was reached")
		case "/ok":
			fmt.Fprint(w, "ok")
		default:
			http.Redirect(w, r, "/ok", http.StatusFound)
		}
	}))
	defer srv.Close()
	table := map[string][]string{"intranet.example": {"192.168.10.10"}, "localhost": {"127.0.0.1"}}
	local := srv.Listener.Addr().String()
	tests := []struct {
		name, path string
		want       error
		text       string
	}{
		{"to metadata", "/metadata", ErrPrivateAddress, `fetch "http://harbor.demo.test/metadata": redirect to "http://169.254.169.254/latest/": refused: private address`},
		{"to private name", "/named", ErrPrivateAddress, `fetch "http://harbor.demo.test/named": redirect to "http://intranet.example/admin": intranet.example resolves to 192.168.10.10: refused: private address`},
		{"to file scheme", "/file", ErrUnsupportedScheme, `fetch "http://harbor.demo.test/file": redirect to "file:///etc/passwd": unsupported scheme "file"`},
		{"to loopback", "/loopback", ErrPrivateAddress, `fetch "http://harbor.demo.test/loopback": redirect to "http://` + local + `/secret": refused: private address`},
		{"to ipv6 loopback", "/ipv6-loopback", ErrPrivateAddress, `fetch "http://harbor.demo.test/ipv6-loopback": redirect to "http://[::1]:8080/secret": refused: private address`},
		{"to localhost", "/localhost", ErrPrivateAddress, `fetch "http://harbor.demo.test/localhost": redirect to "http://localhost/secret": localhost resolves to 127.0.0.1: refused: private address`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := demoClient(t, srv, table)
			_, err := c.Get(context.Background(), Request{URL: "http://harbor.demo.test" + tc.path})
			if !errors.Is(err, tc.want) {
				t.Fatalf("error = %v, want %v", err, tc.want)
			}
			if err.Error() != tc.text {
				t.Errorf("error text\n got %s\nwant %s", err, tc.text)
			}
		})
	}
	t.Run("allowed host", func(t *testing.T) {
		c := demoClient(t, srv, table)
		resp, err := c.Get(context.Background(), Request{URL: "http://harbor.demo.test/start"})
		if err != nil {
			t.Fatal(err)
		}
		if resp.URL != "http://harbor.demo.test/ok" || string(resp.Body) != "ok" {
			t.Errorf("got %s %q, want the redirected page", resp.URL, resp.Body)
		}
	})
	t.Run("other hosts stay guarded", func(t *testing.T) {
		c := demoClient(t, srv, map[string][]string{"elsewhere.test": {"127.0.0.1"}})
		_, err := c.Get(context.Background(), Request{URL: "http://elsewhere.test/"})
		if !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("error = %v, want ErrPrivateAddress", err)
		}
	})
}

func TestUnsupportedSchemes(t *testing.T) {
	for _, u := range []string{"file:///etc/passwd", "ftp://files.example/a", "gopher://old.example/", "javascript:alert(1)", "/relative/path"} {
		t.Run(u, func(t *testing.T) {
			c := noConnect(t, Options{}, nil)
			_, err := c.Get(context.Background(), Request{URL: u})
			if err == nil || !strings.HasPrefix(err.Error(), fmt.Sprintf("fetch %q: ", u)) {
				t.Errorf("Get(%s) error = %v, want one naming the URL", u, err)
			}
			if strings.Contains(u, "://") && !errors.Is(err, ErrUnsupportedScheme) {
				t.Errorf("Get(%s) error = %v, want ErrUnsupportedScheme", u, err)
			}
		})
	}
}
