package sources

import "testing"

func TestMatchDomain(t *testing.T) {
	for _, tt := range []struct {
		homepage, domain string
		want             bool
	}{
		{"https://www.bbc.co.uk/news", "bbc.co.uk", true},
		{"https://bbc.co.uk/", "www.bbc.co.uk", true},
		{"https://WWW.BBC.CO.UK/", "BBC.co.uk", true},
		{"https://edition.cnn.com/", "cnn.com", true},  // a subdomain matches
		{"https://cnn.com/", "edition.cnn.com", false}, // a parent does not
		{"https://notcnn.com/", "cnn.com", false},      // a suffix that is not a label boundary
		{"https://cnn.com.evil.example/", "cnn.com", false},
		{"https://www.abc.net.au/news", "https://abc.net.au/", true},
		{"https://abcnews.go.com/", "abc.net.au", false},
		{"http://localhost.example:8080/", "localhost.example", true},
		{"https://www.thehill.com./", "thehill.com", true}, // trailing dot
		{"nypost.com", "nypost.com", true},                 // bare hosts on both sides
		{"https://www.com/", "www.com", true},              // www.com is a site, not the web host of com
		{"https://example.co.uk/", "co.uk", false},         // a public suffix matches nothing
		{"https://example.com/", "com", false},
		{"http://192.168.1.10:8080/news", "192.168.1.10", true}, // an address rates the outlet served from it
		{"http://192.168.1.10/", "168.1.10", false},
		{"http://[2001:db8::1]:8080/news", "2001:db8::1", true}, // so does an IPv6 address, bare
		{"http://[2001:db8::1]/", "[2001:DB8:0::1]", true},      // or in brackets, in any of its spellings
		{"http://[2001:db8::1]/", "2001:db8::2", false},
		{"", "cnn.com", false},
		{"https://cnn.com/", "", false},
		{"https://cnn.com/", "cnn com", false},
		{"not a url", "url", false},
		{"mailto:editor@cnn.com", "cnn.com", false},
		{"ftp://cnn.com/", "cnn.com", false},
		{"HTTPS://CNN.COM/", "cnn.com", true},
		{"https://user@cnn.com/", "cnn.com", false},
	} {
		if got := MatchDomain(tt.homepage, tt.domain); got != tt.want {
			t.Errorf("MatchDomain(%q, %q) = %v; want %v", tt.homepage, tt.domain, got, tt.want)
		}
	}
}
