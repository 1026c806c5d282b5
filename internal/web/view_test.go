package web

import (
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

func TestSafeLink(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://a.example/x?y=1", "https://a.example/x?y=1"},
		{"http://a.example/", "http://a.example/"},
		{"HTTPS://A.example/", "HTTPS://A.example/"},
		{"javascript:alert(1)", ""},
		{" JavaScript:alert(1)", ""},
		{"data:text/html,hi", ""},
		{"//a.example/x", ""},
		{"/local/path", ""},
		{"ftp://a.example/f", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := safeLink(tt.in); got != tt.want {
			t.Errorf("safeLink(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsLocalPath(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"/images/abc.png", true},
		{"", false},
		{"images/abc.png", false},
		{"//evil.example/x.png", false},
		{"https://evil.example/x.png", false},
		{"/\\evil.example", false},
		{"javascript:alert(1)", false},
	}
	for _, tt := range tests {
		if got := isLocalPath(tt.in); got != tt.want {
			t.Errorf("isLocalPath(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestMark(t *testing.T) {
	tests := map[string]string{
		"The Unbiased Post":           "UP",
		"Valley Briefs":               "VB",
		"the daily":                   "D",
		"Harbor City Civic News Desk": "HCC",
		"Post":                        "P",
		"Ελεύθερος Τύπος":             "ΕΤ",
	}
	for in, want := range tests {
		if got := mark(in); got != want {
			t.Errorf("mark(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanBase(t *testing.T) {
	tests := map[string]string{
		"":                           "",
		"https://news.example/":      "https://news.example",
		"https://news.example/desk/": "https://news.example/desk",
		"http://127.0.0.1:8080":      "http://127.0.0.1:8080",
		"news.example":               "",
		"javascript:alert(1)":        "",
		"https://news.example/?q=1":  "",
		"ftp://news.example":         "",
	}
	for in, want := range tests {
		if got := cleanBase(in); got != want {
			t.Errorf("cleanBase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPageLang(t *testing.T) {
	tests := map[string]string{"": "en", "en": "en", "pt-BR": "pt-BR", "de": "de", "e": "en", `en" x`: "en", "english-language-x": "en"}
	for in, want := range tests {
		if got := pageLang(in); got != want {
			t.Errorf("pageLang(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCoverageView(t *testing.T) {
	c := news.Coverage{ByLean: []news.LeanCount{
		{Lean: news.Left, Count: 1, Percent: 4},
		{Lean: news.Center, Label: "Center", Count: 0, Percent: 0},
		{Lean: news.LeanRight, Label: "Lean Right", Count: 12, Percent: 60},
		{Lean: news.Right, Label: "Right", Count: 7, Percent: 50}, // too much: clipped to what is left
	}}
	v := coverage(c)
	var got []string
	for _, s := range v.Segments {
		got = append(got, s.Class+" "+s.Name()+" x="+strconv.Itoa(s.X)+" w="+strconv.Itoa(s.Percent)+" wide="+s.Wide+" narrow="+s.Narrow)
	}
	want := []string{
		"left Left 1 x=0 w=4 wide=1 narrow=",
		"lean_right Lean Right 12 x=4 w=60 wide=Lean Right 12 narrow=Lean Right 12",
		"right Right 7 x=64 w=36 wide=Right 7 narrow=Right 7",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("segments (-want +got):\n%s", diff)
	}
	if len(v.Tally) != 4 || v.Tally[0].Label != "Left" {
		t.Errorf("tally %+v, want all four leans, labelled", v.Tally)
	}
	if v.Total != "20 independent reports" {
		t.Errorf("total %q", v.Total)
	}
}

func TestSectionAnchors(t *testing.T) {
	used := map[string]bool{}
	sections := []news.Section{
		{Anchor: "the-vote", Title: "The vote"},
		{Anchor: "the-vote", Title: "The vote, again"},
		{Anchor: "coverage", Title: "Coverage"},
		{Anchor: "", Title: "¿Qué?"},
		{Anchor: "source-1", Title: ""},
	}
	var got []string
	for i, sec := range sections {
		got = append(got, sectionAnchor(sec, i, used))
	}
	want := []string{"the-vote", "the-vote-again", "section-3", "qu", "section-5"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("anchors (-want +got):\n%s", diff)
	}
}

func TestClip(t *testing.T) {
	if got := clip("short  text\n", 50); got != "short text" {
		t.Errorf("clip short = %q", got)
	}
	if got := clip("one two three four five six", 15); got != "one two three…" {
		t.Errorf("clip long = %q", got)
	}
}
