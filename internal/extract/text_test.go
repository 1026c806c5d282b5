package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"blocks and inline", "<p>One <b>bold</b>  word.</p><p>Two\n lines</p>", []string{"One bold word.", "Two lines"}},
		{"br splits", "<div>First<br>Second<br><br>Third</div>", []string{"First", "Second", "Third"}},
		{"lists and headings", "<h2>Head</h2><ul><li>a</li><li>b <a href=x>c</a></li></ul>", []string{"Head", "a", "b c"}},
		{"skips scripts and captions", "<p>Text<script>var x=1</script></p><figure><img><figcaption>Photo: A</figcaption></figure>", []string{"Text"}},
		{"inline joins without space", "<p>foo<b>bar</b></p>", []string{"foobar"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, paragraphs(doc)); diff != "" {
				t.Errorf("paragraphs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTidy(t *testing.T) {
	body := "The council voted on Tuesday to fund the footbridge over the Mill Race after a long debate."
	tests := []struct {
		name          string
		in            []string
		title, author string
		want          []string
	}{
		{"headline kicker byline dateline", []string{"Transport", "Council funds footbridge", "By Ruth Eliasson", "March 2, 2026", body}, "Council funds footbridge", "", []string{body}},
		{"headline glued to byline", []string{"Council funds footbridgeBy Ruth Eliasson", body}, "Council funds footbridge", "", []string{body}},
		{"headline run into the lede", []string{"Council funds footbridge The council voted on Tuesday.", body}, "Council funds footbridge", "", []string{"The council voted on Tuesday.", body}},
		{"lede that opens with the headline's words", []string{"Council funds footbridge over the Mill Race after a long debate.", body}, "Council funds footbridge", "",
			[]string{"Council funds footbridge over the Mill Race after a long debate.", body}},
		{"byline by author name", []string{"Ruth Eliasson, Harbor Ledger · 2 March", body}, "", "Ruth Eliasson", []string{body}},
		{"french byline", []string{"Par Renée Côté", body}, "", "", []string{body}},
		{"boilerplate lines", []string{body, "Read more: Ferry contract renewed", "Advertisement", "© 2026 The Harbor Ledger", "Copyright 2026 Prairie Courier Publishing Co.", body}, "", "", []string{body, body}},
		{"long paragraph above the headline stays", []string{body, "Council funds footbridge", body}, "Council funds footbridge", "", []string{body, body}},
		{"body that starts like a boilerplate word but is long", []string{"Related talks between the council and the ferry operator continued for a third day on Wednesday without any agreement."}, "", "", []string{"Related talks between the council and the ferry operator continued for a third day on Wednesday without any agreement."}},
		{"wire copy's typed dash", []string{"Crews stopped the helicopter drops _ the wind blew the water away _ but kept spraying from the trucks."}, "", "",
			[]string{"Crews stopped the helicopter drops — the wind blew the water away — but kept spraying from the trucks."}},
		{"a date deep in the body stays", []string{body, body, body, body, body, body, "March 2, 2026"}, "", "", []string{body, body, body, body, body, body, "March 2, 2026"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tidy(tc.in, hints{title: tc.title, author: tc.author})); diff != "" {
				t.Errorf("tidy (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDocTitle(t *testing.T) {
	tests := []struct{ title, h1, want string }{
		{"Ferry crossings suspended after fault | The Harbor Ledger", "", "Ferry crossings suspended after fault"},
		{"Prairie Courier - County weighs road levy and bridge repairs", "", "County weighs road levy and bridge repairs"},
		{"Home - Site", "", "Home - Site"},
		{"Talks fail - again - Northgate Herald", "", "Talks fail - again - Northgate Herald"},
		{"Talks fail - again - Northgate Herald", "Talks fail - again", "Talks fail - again - Northgate Herald"},
		{"News | Talks fail again | Northgate Herald", "Talks fail again", "Talks fail again"},
		{"Well-known title", "", "Well-known title"},
	}
	for _, tc := range tests {
		t.Run(tc.title, func(t *testing.T) {
			if got := docTitle(tc.title, tc.h1); got != tc.want {
				t.Errorf("docTitle(%q, %q) = %q, want %q", tc.title, tc.h1, got, tc.want)
			}
		})
	}
}

func TestAuthorList(t *testing.T) {
	tests := map[string]string{
		"Ines Morrow; Tomas Reyes":         "Ines Morrow, Tomas Reyes",
		"By Ines Morrow and Tomas Reyes":   "Ines Morrow, Tomas Reyes",
		"Ines Morrow, Ines Morrow":         "Ines Morrow",
		"https://harbor-ledger.example/me": "",
		"  ":                               "",
	}
	for in, want := range tests {
		if got := authorList(in); got != want {
			t.Errorf("authorList(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		full bool
	}{
		{"2026-03-02T08:30:00+01:00", time.Date(2026, 3, 2, 7, 30, 0, 0, time.UTC), true},
		{"2026-03-02T08:30:00.123Z", time.Date(2026, 3, 2, 8, 30, 0, 123e6, time.UTC), true},
		{"2026-03-02T08:30:00+0100", time.Date(2026, 3, 2, 7, 30, 0, 0, time.UTC), true},
		{"2026-03-02T08:30", time.Date(2026, 3, 2, 8, 30, 0, 0, time.UTC), true},
		{"2026-03-02 08:30:00", time.Date(2026, 3, 2, 8, 30, 0, 0, time.UTC), true},
		{"Mon, 02 Mar 2026 08:30:00 GMT", time.Date(2026, 3, 2, 8, 30, 0, 0, time.UTC), true},
		{"2026-03-02", time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), false},
		{"last Tuesday", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, full := parseDate(tc.in)
			if !got.Equal(tc.want) || full != tc.full || got.Location() != time.UTC {
				t.Errorf("parseDate(%q) = %v, %v; want %v, %v", tc.in, got, full, tc.want, tc.full)
			}
		})
	}
}

func TestLanguage(t *testing.T) {
	for in, want := range map[string]string{"en-GB": "en", "FR": "fr", "pt_BR": "pt", "deu": "", "": "", "e1": ""} {
		if got := language(in); got != want {
			t.Errorf("language(%q) = %q, want %q", in, got, want)
		}
	}
}

// What a date line or byline leaves when its date or name went into other
// markup is dropped: "Published", "in".
func TestTidyLeftOvers(t *testing.T) {
	body := "The council voted on Tuesday to fund the footbridge over the Mill Race after a long debate."
	got := tidy([]string{"Published", body, "in", body}, hints{})
	if diff := cmp.Diff([]string{body, body}, got); diff != "" {
		t.Errorf("tidy (-want +got):\n%s", diff)
	}
}
