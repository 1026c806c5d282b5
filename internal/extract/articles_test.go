package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

func TestDropOtherArticles(t *testing.T) {
	body := "<p>" + strings.Repeat("The ferry will stop running at night from March while engineers repair its engine. ", 7) + "</p>"
	story := `<article><h1>Ferry stops at night</h1>` + body + `</article>`
	tests := []struct {
		name, page string
		want       []string // the first words of each remaining paragraph
	}{
		{
			name: "a list of related posts goes",
			page: story + `<article><h3>You may also like</h3><article><p>Bridge repairs begin.</p></article><article><p>Harbour wall rebuilt.</p></article></article>`,
			want: []string{"Ferry", "The"},
		},
		{
			name: "the next story goes",
			page: story + `<article><h1>Council sets budget</h1><p>The council set its budget.</p></article>`,
			want: []string{"Ferry", "The"},
		},
		{
			name: "boxes of one story stay",
			page: `<main>` + story + `<article><h2>Timetable</h2><p>Last crossing 9 p.m.</p></article></main>`,
			want: []string{"Ferry", "The", "Timetable", "Last"},
		},
		{
			name: "a headline outside any article changes nothing",
			page: `<h1>Ferry stops at night</h1>` + body + `<article><h1>Council sets budget</h1><p>The council set its budget.</p></article>`,
			want: []string{"Ferry", "The", "Council", "The"},
		},
		{
			name: "too short a story changes nothing",
			page: `<article><h1>Ferry stops at night</h1><p>Short note.</p></article><article><h1>Council sets budget</h1><p>The council set its budget.</p></article>`,
			want: []string{"Ferry", "Short", "Council", "The"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			dropOtherArticles(doc, "Ferry stops at night")
			var got []string
			for _, p := range paragraphs(doc) {
				got = append(got, strings.Fields(p)[0])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("paragraphs left (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHeadline(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<h1>The Daily Ledger</h1><article><h1>Ferry stops at night</h1></article>`))
	if err != nil {
		t.Fatal(err)
	}
	for title, want := range map[string]string{
		"Ferry stops at night | The Daily Ledger": "Ferry stops at night",
		"Ferry stops at night":                    "Ferry stops at night",
		"Ferry stops":                             "Ferry stops at night",
		"Something else":                          "The Daily Ledger",
		"":                                        "The Daily Ledger",
	} {
		if got := collapse(textOf(headline(doc, title), 100)); got != want {
			t.Errorf("headline(%q) = %q, want %q", title, got, want)
		}
	}
}
