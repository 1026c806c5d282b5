package fetch

import "testing"

func TestContentTypes(t *testing.T) {
	tests := []struct {
		contentType string
		feed, html  bool
	}{
		{"application/rss+xml; charset=utf-8", true, false},
		{"application/atom+xml", true, false},
		{"application/feed+json", true, false},
		{"application/json", true, false},
		{"application/xml", true, false},
		{"TEXT/XML; Charset=ISO-8859-1", true, false},
		{"application/rdf+xml", true, false},
		{"application/ld+json", false, false},
		{"application/x-custom+xml", true, false},
		{"text/html; charset=utf-8", false, true},
		{"application/xhtml+xml", false, true},
		{"image/png", false, false},
		{"image/svg+xml", false, false},
		{"application/octet-stream", false, false},
		{"text/plain", false, false},
		{"", false, false},
		{"garbage;;;", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.contentType, func(t *testing.T) {
			if got := IsFeedType(tc.contentType); got != tc.feed {
				t.Errorf("IsFeedType(%q) = %v, want %v", tc.contentType, got, tc.feed)
			}
			if got := IsHTMLType(tc.contentType); got != tc.html {
				t.Errorf("IsHTMLType(%q) = %v, want %v", tc.contentType, got, tc.html)
			}
		})
	}
}
