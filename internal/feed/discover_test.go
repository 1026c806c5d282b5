package feed

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDiscover(t *testing.T) {
	tests := []struct {
		name, page, url string
		want            []string
	}{
		{
			name: "rss atom and json",
			page: `<!doctype html><html><head>
				<link rel="stylesheet" href="/site.css">
				<link rel="alternate" type="application/rss+xml" title="All news" href="/feeds/all.xml">
				<link rel="alternate" type="application/atom+xml" href="https://harbor-ledger.example/feeds/all.atom">
				<link rel="alternate" type="application/feed+json" href="feed.json">
				<link rel="alternate" hreflang="fr" href="/fr/">
				</head><body></body></html>`,
			url:  "https://harbor-ledger.example/news/",
			want: []string{"https://harbor-ledger.example/feeds/all.xml", "https://harbor-ledger.example/feeds/all.atom", "https://harbor-ledger.example/news/feed.json"},
		},
		{
			name: "case, extra rel tokens and type parameters",
			page: `<LINK REL="Alternate Feed" TYPE="Application/RSS+XML; charset=utf-8" HREF="/rss">`,
			url:  "http://prairie-courier.example/a/b",
			want: []string{"http://prairie-courier.example/rss"},
		},
		{
			name: "base href",
			page: `<head><base href="https://cdn.civic-wire.example/site/"><link rel="alternate" type="application/atom+xml" href="atom.xml"></head>`,
			url:  "https://civic-wire.example/",
			want: []string{"https://cdn.civic-wire.example/site/atom.xml"},
		},
		{
			name: "repeats, empty href and other schemes",
			page: `<link rel="alternate" type="application/rss+xml" href="/rss">
				<link rel="alternate" type="application/rss+xml" href="https://summit-daily.example/rss">
				<link rel="alternate" type="application/rss+xml" href="">
				<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
				<link rel="alternate" type="application/rss+xml" href="feed://summit-daily.example/x">`,
			url:  "https://summit-daily.example/",
			want: []string{"https://summit-daily.example/rss"},
		},
		{
			name: "links in the body count, anchors do not",
			page: `<body><a rel="alternate" type="application/rss+xml" href="/a.xml">RSS</a><link rel="alternate" type="application/rss+xml" href="/b.xml"></body>`,
			url:  "https://lakeside-tribune.example/",
			want: []string{"https://lakeside-tribune.example/b.xml"},
		},
		{
			name: "no feeds",
			page: `<html><head><title>Plain</title></head></html>`,
			url:  "https://lakeside-tribune.example/",
		},
		{
			name: "relative page url keeps absolute hrefs only",
			page: `<link rel="alternate" type="application/rss+xml" href="/rss"><link rel="alternate" type="application/rss+xml" href="https://x.example/rss">`,
			url:  "",
			want: []string{"https://x.example/rss"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Discover([]byte(tc.page), tc.url)); diff != "" {
				t.Errorf("Discover (-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzDiscover(f *testing.F) {
	f.Add([]byte(`<link rel="alternate" type="application/rss+xml" href="/rss">`), "https://a.example/")
	f.Add([]byte(`<base href="//b.example/x/"><link rel=alternate type=application/atom+xml href=y>`), "https://a.example/")
	f.Fuzz(func(t *testing.T, page []byte, pageURL string) {
		for _, u := range Discover(page, pageURL) {
			if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
				t.Fatalf("Discover returned %q", u)
			}
		}
	})
}
