package store

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

func TestSnippet(t *testing.T) {
	long := strings.Repeat("x", 500)
	for _, tt := range []struct {
		name, text, query string
		want              string
		marks             []string
	}{
		{"whole short text", "Lena Marsh runs the Dunmere ferry.", "ferry",
			"Lena Marsh runs the Dunmere ferry.", []string{"ferry"}},
		{"a prefix marks the whole word", "The Dunmere ferry resumes.", "dun",
			"The Dunmere ferry resumes.", []string{"Dunmere"}},
		{"accents ignored", "Paul Lowe flew to Lüdwell.", "ludwell",
			"Paul Lowe flew to Lüdwell.", []string{"Lüdwell"}},
		{"eight words before the match, deep in the text", filler(100) + " Ilse Brandt spoke. " + filler(100), "brandt",
			"…on Tuesday that work would go on Ilse Brandt spoke. the county said on Tuesday that work would go on through the week as planned the county said on Tuesday…",
			[]string{"Brandt"}},
		{"where the most words come together", "Dunmere is quiet. " + filler(40) + " In Dunmere the ferry to Tarrow runs. " + filler(40), "dunmere tarrow ferry",
			"…on Tuesday that work would go on In Dunmere the ferry to Tarrow runs. the county said on Tuesday that work would go on through the week as planned the…",
			[]string{"Dunmere", "ferry", "Tarrow"}},
		{"starts after a word's run", "One two three four five six seven Carrow's low wage workers have won when the Senate voted.", "senate",
			"…low wage workers have won when the Senate voted.", []string{"Senate"}},
		{"ends before a word's run", "Senate " + filler(28) + " low-wage tail", "senate",
			"Senate " + filler(28) + "…", []string{"Senate"}},
		{"found by title: the opening words", filler(40), "nothing",
			"the county said on Tuesday that work would go on through the week as planned the county said on Tuesday that work would go on through the week as planned…", nil},
		{"one word longer than a snippet", long, "xx",
			strings.Repeat("x", news.MaxSnippetRunes-1) + "…", []string{strings.Repeat("x", news.MaxSnippetRunes-1)}},
		{"white space and control characters", "Lena\n\n\tMarsh\x00said \u202eno\u202c.", "said",
			"Lena Marsh said no.", []string{"said"}},
		{"invalid UTF-8", "Tarrow \xff fair", "fair", "Tarrow \uFFFD fair", []string{"fair"}},
		{"no words", "… — !", "fair", "", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := snippet(tt.text, searchWords(tt.query))
			if got.Text != tt.want {
				t.Errorf("snippet = %q\nwant      %q", got.Text, tt.want)
			}
			if diff := cmp.Diff(tt.marks, marked(got.Text, got.Marks)); diff != "" {
				t.Errorf("marks (-want +got):\n%s", diff)
			}
		})
	}
}

// Whatever the text, a snippet keeps to its bounds and marks whole
// words that it holds.
func TestSnippetBounds(t *testing.T) {
	texts := []string{
		filler(1000) + " Dunmere " + filler(1000),
		strings.Repeat("Dunmere-", 400),
		strings.Repeat("Tarrow ", 50) + strings.Repeat("!", 1000) + " Dunmere",
		strings.Repeat("ß", 300) + " Dunmere",
		strings.Repeat("日本語の記事 ", 200) + "Dunmere",
		"Dunmere",
	}
	for _, text := range texts {
		got := snippet(text, searchWords("dunmere tarrow"))
		if n := len(textWords(got.Text, nil)); n > news.MaxSnippetWords {
			t.Errorf("snippet of %.20q: %d words", text, n)
		}
		if n := utf8.RuneCountInString(got.Text); n > news.MaxSnippetRunes {
			t.Errorf("snippet of %.20q: %d characters", text, n)
		}
		last := -1
		for _, m := range got.Marks {
			if m.Start <= last || m.End <= m.Start || m.End > len(got.Text) {
				t.Fatalf("snippet of %.20q: mark %v out of order or bounds in %q", text, m, got.Text)
			}
			last = m.End
			if w := got.Text[m.Start:m.End]; w != "Dunmere" && w != "Tarrow" {
				t.Errorf("snippet of %.20q: marks %q", text, w)
			}
		}
	}
}

func TestMarkWords(t *testing.T) {
	title := "Dunmere's mayor, Lena Marsh, visits DUNMERE bridge"
	if diff := cmp.Diff([]string{"Dunmere", "Marsh", "DUNMERE"}, marked(title, markWords(title, searchWords("marsh dunmere")))); diff != "" {
		t.Errorf("marks (-want +got):\n%s", diff)
	}
	if got := markWords(title, searchWords("tarrow")); got != nil {
		t.Errorf("marks without a match: %v", got)
	}
}
