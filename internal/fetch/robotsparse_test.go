package fetch

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParseRobots(t *testing.T) {
	type check struct {
		path    string
		allowed bool
	}
	tests := []struct {
		name   string
		body   string
		delay  time.Duration
		checks []check
	}{
		{"crlf and comments", "User-agent: *\r\nDisallow: /a # private\r\nCrawl-delay: 2.5\r\n", 2500 * time.Millisecond,
			[]check{{"/a", false}, {"/b", true}}},
		{"byte order mark", "\ufeffUser-agent: *\nDisallow: /a\n", 0, []check{{"/a", false}}},
		{"bad crawl-delay skipped", "User-agent: *\nCrawl-delay: soon\nDisallow: /a\n", 0, []check{{"/a", false}, {"/b", true}}},
		{"negative crawl-delay skipped", "User-agent: *\nCrawl-delay: -3\nDisallow: /a\n", 0, []check{{"/a", false}}},
		{"rules before any agent skipped", "Disallow: /\nUser-agent: *\nDisallow: /a\n", 0, []check{{"/a", false}, {"/b", true}}},
		{"huge crawl-delay bounded", "User-agent: *\nCrawl-delay: 1e300\n", maxCrawlDelay, nil},
		{"our group", "User-agent: Other\nDisallow: /\n\nUser-agent: UnbiasedPost\nUser-agent: Else\nDisallow: /x\nCrawl-delay: 7\n", 7 * time.Second,
			[]check{{"/x/1", false}, {"/y", true}}},
		{"end anchor", "User-agent: *\nDisallow: /*.pdf$\n", 0, []check{{"/a.pdf", false}, {"/a.pdf?x", true}}},
		{"only sitemaps", "Sitemap: https://example.com/sitemap.xml\n", 0, []check{{"/", true}}},
		{"binary junk", "\x00\x01\xff\xfe:::\n\n", 0, []check{{"/", true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := parseRobots([]byte(tc.body))
			if g == nil {
				for _, c := range tc.checks {
					if !c.allowed {
						t.Fatalf("parseRobots = nil (all allowed), want %s disallowed", c.path)
					}
				}
				return
			}
			if diff := cmp.Diff(tc.delay, crawlDelay(g)); diff != "" {
				t.Errorf("crawl delay (-want +got):\n%s", diff)
			}
			for _, c := range tc.checks {
				if got := g.Test(c.path); got != c.allowed {
					t.Errorf("Test(%s) = %v, want %v", c.path, got, c.allowed)
				}
			}
		})
	}
}

// FuzzRobots feeds robots.txt bodies and URLs from outside: parsing and
// matching never panic, always decide, and a Disallow: / for everyone
// refuses every path whatever junk without rules follows it.
func FuzzRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /private\nCrawl-delay: 3\n"), "http://example.com/private/a?b=c")
	f.Add([]byte("Disallow: /\nUser-agent: *\nCrawl-delay: x\n"), "https://EXAMPLE.com:443/")
	f.Add([]byte("User-agent: UnbiasedPost\nAllow: /*$\nDisallow: /\n"), "http://[::1]:8080/a$b")
	f.Add([]byte("\ufeffuser-agent:*\r\ndisallow:/a*b$\r\n"), "http://h/%zz")
	f.Add([]byte("User-agent: *\nDisallow: /(\n"), "http://h/(")
	f.Add([]byte{0xff, 0xfe, 0, ':', '\n'}, "http://h")
	f.Fuzz(func(t *testing.T, body []byte, raw string) {
		u, err := url.Parse(raw)
		if err != nil || checkScheme(u) != nil {
			u = &url.URL{Scheme: "http", Host: "example.com", Path: "/" + raw}
		}
		key := robotsKey(u)
		if key != strings.ToLower(key) || !strings.Contains(key, "://") {
			t.Errorf("robotsKey(%q) = %q", raw, key)
		}
		path := robotsPath(u)
		if !strings.HasPrefix(path, "/") && !strings.HasPrefix(path, "*") {
			t.Errorf("robotsPath(%q) = %q, want an absolute path", raw, path)
		}
		if g := parseRobots(body); g != nil {
			g.Test(path)
			if d := crawlDelay(g); d < 0 || d > maxCrawlDelay {
				t.Errorf("crawl delay %v out of bounds", d)
			}
		}
		closed := append([]byte("User-agent: *\nDisallow: /\n\n"), body...)
		if lower := strings.ToLower(string(body)); strings.Contains(lower, "user") || strings.Contains(lower, "allow") {
			return // body may set its own group for us, or allow paths in ours
		}
		if g := parseRobots(closed); g == nil || g.Test(path) {
			t.Errorf("Disallow: / followed by %q allows %q", body, path)
		}
	})
}
