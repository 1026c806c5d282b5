package extract

import (
	"net/url"
	"testing"
)

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://harbor-ledger.example/2026/03/02/ferry", "https://harbor-ledger.example/2026/03/02/ferry"},
		{"  HTTPS://Harbor-Ledger.EXAMPLE/News/Ferry  ", "https://harbor-ledger.example/News/Ferry"},
		{"https://harbor-ledger.example:443/a", "https://harbor-ledger.example/a"},
		{"http://harbor-ledger.example:80/a", "http://harbor-ledger.example/a"},
		{"http://harbor-ledger.example:8080/a", "http://harbor-ledger.example:8080/a"},
		{"https://harbor-ledger.example:80/a", "https://harbor-ledger.example:80/a"},
		{"https://harbor-ledger.example./a", "https://harbor-ledger.example/a"},
		{"https://harbor-ledger.example", "https://harbor-ledger.example/"},
		{"https://harbor-ledger.example/a#comments", "https://harbor-ledger.example/a"},
		{"https://harbor-ledger.example/a?utm_source=rss&utm_medium=feed", "https://harbor-ledger.example/a"},
		{"https://harbor-ledger.example/a?UTM_Campaign=x&id=7", "https://harbor-ledger.example/a?id=7"},
		{"https://harbor-ledger.example/a?fbclid=IwAR&gclid=Cj0&mc_cid=1&mc_eid=2&ref=home&cmpid=rss", "https://harbor-ledger.example/a"},
		{"https://harbor-ledger.example/a?page=2&id=7&b=1", "https://harbor-ledger.example/a?b=1&id=7&page=2"},
		{"https://harbor-ledger.example/a?tag=b&tag=a", "https://harbor-ledger.example/a?tag=b&tag=a"},
		{"https://harbor-ledger.example/search?q=tram%20budget&x=a+b", "https://harbor-ledger.example/search?q=tram%20budget&x=a+b"},
		{"https://harbor-ledger.example/a?", "https://harbor-ledger.example/a"},
		{"https://harbor-ledger.example/a?&&id=1&", "https://harbor-ledger.example/a?id=1"},
		{"https://harbor-ledger.example/2026/ferry/amp", "https://harbor-ledger.example/2026/ferry"},
		{"https://harbor-ledger.example/2026/ferry/amp/", "https://harbor-ledger.example/2026/ferry/"},
		{"https://harbor-ledger.example/amp/2026/ferry", "https://harbor-ledger.example/2026/ferry"},
		{"https://harbor-ledger.example/2026/ferry.amp.html", "https://harbor-ledger.example/2026/ferry.html"},
		{"https://harbor-ledger.example/2026/ferry.amp", "https://harbor-ledger.example/2026/ferry"},
		{"https://harbor-ledger.example/2026/ferry?amp=1", "https://harbor-ledger.example/2026/ferry"},
		{"https://harbor-ledger.example/2026/ferry?outputType=amp&id=3", "https://harbor-ledger.example/2026/ferry?id=3"},
		{"https://harbor-ledger.example/2026/example-amplifier", "https://harbor-ledger.example/2026/example-amplifier"},
		{"https://harbor-ledger.example/2026/camp", "https://harbor-ledger.example/2026/camp"},
		{"https://amp.harbor-ledger.example/a", "https://harbor-ledger.example/a"},
		{"https://m.harbor-ledger.example/a", "https://harbor-ledger.example/a"},
		{"https://mobile.harbor-ledger.example/a", "https://harbor-ledger.example/a"},
		{"https://m.amp.harbor-ledger.example/a/amp?amp", "https://harbor-ledger.example/a"},
		{"https://www.harbor-ledger.example/a", "https://www.harbor-ledger.example/a"},
		{"https://m.example/a", "https://m.example/a"},
		{"https://media.harbor-ledger.example/a", "https://media.harbor-ledger.example/a"},
		{"https://harbor-ledger.example/caf%C3%A9/Na%C3%AFve", "https://harbor-ledger.example/caf%C3%A9/Na%C3%AFve"},
		{"https://harbor-ledger.example/a%2Fb", "https://harbor-ledger.example/a%2Fb"},
		{"https://[2001:DB8::1]:443/a", "https://[2001:db8::1]/a"},
		{"https://user@harbor-ledger.example/a", "https://user@harbor-ledger.example/a"},
		{"ftp://harbor-ledger.example/a", "ftp://harbor-ledger.example/a"},
		{"/relative/path?utm_source=x", "/relative/path?utm_source=x"},
		{"mailto:desk@harbor-ledger.example", "mailto:desk@harbor-ledger.example"},
		{"", ""},
		{"http://[::1", "http://[::1"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got := CanonicalURL(tc.in)
			if got != tc.want {
				t.Errorf("CanonicalURL(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if again := CanonicalURL(got); again != got {
				t.Errorf("not idempotent: CanonicalURL(%q) = %q", got, again)
			}
		})
	}
}

func FuzzCanonicalURL(f *testing.F) {
	for _, s := range []string{
		"https://Harbor-Ledger.example:443/2026/ferry/amp?utm_source=x&b=2&a=1#top",
		"http://m.amp.site.example/a.amp.html?amp=1&outputType=amp",
		"https://[2001:db8::1]:8443/%7Euser/?q=a+b&q=c",
		"https://site.example/amp/amp/amp/",
		"http://site.example/a%2Fb;c?d=%ZZ",
		"not a url",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		got := CanonicalURL(raw)
		if again := CanonicalURL(got); again != got {
			t.Fatalf("not idempotent: %q -> %q -> %q", raw, got, again)
		}
		if u, err := url.Parse(got); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && got != raw {
			if u.Fragment != "" {
				t.Fatalf("CanonicalURL(%q) = %q keeps a fragment", raw, got)
			}
		}
	})
}
