package weburl

import (
	"net/url"
	"testing"
)

func TestResolve(t *testing.T) {
	base, _ := url.Parse("https://news.example/world/2026/story.html")
	tests := []struct {
		base *url.URL
		ref  string
		want string
	}{
		{base, "photo.jpg", "https://news.example/world/2026/photo.jpg"},
		{base, "/feed.xml", "https://news.example/feed.xml"},
		{base, "//cdn.example/a.png", "https://cdn.example/a.png"},
		{base, "  HTTP://Other.example/x  ", "http://Other.example/x"},
		{base, "../index.html?x=1#top", "https://news.example/world/index.html?x=1#top"},
		{base, "", ""},
		{base, "mailto:desk@news.example", ""},
		{base, "javascript:alert(1)", ""},
		{base, "ftp://files.example/a", ""},
		{base, "http://[::1", ""},
		{nil, "relative/only.html", ""},
		{nil, "https://news.example/a", "https://news.example/a"},
		{nil, "https:///no-host", ""},
	}
	for _, tc := range tests {
		if got := Resolve(tc.base, tc.ref); got != tc.want {
			t.Errorf("Resolve(%v, %q) = %q, want %q", tc.base, tc.ref, got, tc.want)
		}
	}
}
