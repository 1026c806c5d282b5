package extract

import (
	"net/url"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadJSONLD(t *testing.T) {
	base, _ := url.Parse("https://harbor-ledger.example/2026/03/02/ferry")
	tests := []struct {
		name   string
		blocks []string
		want   jsonLD
	}{
		{
			name:   "plain NewsArticle, author string, image string",
			blocks: []string{`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry &amp; port news","author":"By Ines Morrow","datePublished":"2026-03-02T08:30:00+01:00","image":"/img/a.jpg","articleBody":"One.\nTwo."}`},
			want:   jsonLD{headline: "Ferry & port news", author: "Ines Morrow", published: "2026-03-02T08:30:00+01:00", image: "https://harbor-ledger.example/img/a.jpg", body: "One.\nTwo."},
		},
		{
			name: "graph with references",
			blocks: []string{`{"@context":"https://schema.org","@graph":[
				{"@type":"Organization","@id":"#org","name":"Harbor Ledger Media"},
				{"@type":"Person","@id":"#p1","name":"Tomas Reyes"},
				{"@type":"WebPage","@id":"#page","name":"Page"},
				{"@type":["ReportageNewsArticle","NewsArticle"],"headline":"Port deal","author":[{"@id":"#p1"},{"@type":"Person","name":"Ines Morrow"}],
				 "publisher":{"@id":"#org"},"image":{"@type":"ImageObject","url":"https://cdn.example/i.jpg"},"inLanguage":"en-US"}]}`},
			want: jsonLD{headline: "Port deal", author: "Tomas Reyes, Ines Morrow", image: "https://cdn.example/i.jpg", publisher: "Harbor Ledger Media", language: "en-US"},
		},
		{
			name: "array of blocks, news type beats generic article",
			blocks: []string{
				`[{"@type":"BreadcrumbList"},{"@type":"Article","headline":"Generic"}]`,
				`{"@type":"NewsArticle","headline":"News","image":[{"url":""},{"contentUrl":"https://cdn.example/2.jpg"}]}`,
			},
			want: jsonLD{headline: "News", image: "https://cdn.example/2.jpg"},
		},
		{
			name:   "organisation only when no person",
			blocks: []string{`{"@type":"NewsArticle","headline":"Wire copy","author":{"@type":"Organization","name":"Civic Wire"}}`},
			want:   jsonLD{headline: "Wire copy", author: "Civic Wire"},
		},
		{
			name:   "people before organisations",
			blocks: []string{`{"@type":"NewsArticle","headline":"H","author":[{"@type":"Organization","name":"Civic Wire"},{"@type":"Person","name":"Dana Whitlock"}]}`},
			want:   jsonLD{headline: "H", author: "Dana Whitlock"},
		},
		{
			name:   "paywall flag as string and in hasPart",
			blocks: []string{`{"@type":"NewsArticle","headline":"H","isAccessibleForFree":"True","hasPart":[{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paid"}]}`},
			want:   jsonLD{headline: "H", paywalled: true},
		},
		{
			name:   "paywall flag as boolean",
			blocks: []string{`{"@type":"NewsArticle","headline":"H","isAccessibleForFree":false}`},
			want:   jsonLD{headline: "H", paywalled: true},
		},
		{
			name:   "main entity of a web page, comment wrapper, name for headline",
			blocks: []string{"<!--\n" + `{"@type":"WebPage","mainEntity":{"@type":"BlogPosting","name":"Notes from the pier"}}` + "\n-->"},
			want:   jsonLD{headline: "Notes from the pier"},
		},
		{
			name:   "broken and unrelated blocks",
			blocks: []string{`{"@type":"NewsArticle",`, `{"@type":"Recipe","name":"Soup"}`, `"just a string"`},
			want:   jsonLD{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := readJSONLD(tc.blocks, base)
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(jsonLD{})); diff != "" {
				t.Errorf("readJSONLD (-want +got):\n%s", diff)
			}
		})
	}
}
