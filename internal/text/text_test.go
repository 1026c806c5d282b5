package text

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  “Hello,”  she said\u00a0— twice ", `"Hello," she said - twice`},
		{"it\u2019s\n\nfine", "it's fine"},
		{"Cafe\u0301", "Café"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if !Contains("He said: “We will rebuild.”", `"We will rebuild."`) {
		t.Error("Contains missed a quote that differs only in quote marks")
	}
	if Contains("He said: “We will rebuild.”", `"We shall rebuild."`) {
		t.Error("Contains matched different words")
	}
}

func TestTokens(t *testing.T) {
	got := Tokens("The $1.5 bn follow-up, Ortiz's plan: 2,300 homes (don't).")
	want := []string{"the", "1.5", "bn", "follow-up", "ortiz's", "plan", "2,300", "homes", "don't"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tokens (-want +got):\n%s", diff)
	}
	// a capital and a number are one token, hyphen or not
	got = Tokens("The T-4 and T4 ferries, a B-12 bus, the A-1 road, FLU-19 and X-rays.")
	want = []string{"the", "t4", "and", "t4", "ferries", "a", "b12", "bus", "the", "a1", "road", "flu", "19", "and", "x-rays"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tokens (-want +got):\n%s", diff)
	}
}

func TestContentWords(t *testing.T) {
	got := ContentWords("The councils were voting on the budgets")
	want := []string{"council", "vote", "budget"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ContentWords (-want +got):\n%s", diff)
	}
}

// TestClaimWords: a prefix of time dates the word it joins and is no
// part of it.
func TestClaimWords(t *testing.T) {
	got, want := ClaimWords("the ex-harbour master and the then-mayor"), ContentWords("the former harbour master and the mayor")
	if !cmp.Equal(want[1:], got) {
		t.Errorf("ClaimWords = %q, want %q", got, want[1:])
	}
	want = ClaimWords("United States and United Kingdom troops")
	for _, in := range []string{"US and UK troops", "U.S. and U.K. troops", "USA and UK troops"} {
		if got := ClaimWords(in); !cmp.Equal(want, got) {
			t.Errorf("ClaimWords(%q) = %q, want %q", in, got, want)
		}
	}
	if got := ClaimWords("send us the US troops"); !cmp.Equal(got, []string{"send", "us", "unit", "state", "troop"}) {
		t.Errorf("ClaimWords: %q", got)
	}
	if got := ContentWords("the ex-harbour master"); cmp.Equal(got, []string{"harbour", "master"}) {
		t.Errorf("ContentWords = %q: it keeps words as written", got)
	}
}

func TestNames(t *testing.T) {
	got := Names("In Port Calder, Mayor Ines Halvorsen met the Bank of Elmora. The vote failed. Lena B. Marsh sent Plan B. Then Paul Lowe left. The Harbour Board's Tarrow office and Ilse Brandt’s Dunmere ferry wait. Jake “Skip” Lowe and the “Harbour” crew sailed.")
	want := []string{"Port Calder", "Mayor Ines Halvorsen", "Bank of Elmora", "Lena B. Marsh", "Plan B", "Paul Lowe", "Harbour Board", "Tarrow", "Ilse Brandt", "Dunmere", "Jake Lowe", "Harbour"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Names (-want +got):\n%s", diff)
	}
}

// TestNamesEndAtParentheses: a name in parentheses after another is a
// name of its own: a paper and its country, a member and their party.
func TestNamesEndAtParentheses(t *testing.T) {
	got := Names("The Harbour Gazette (Kell) and Rep. Lena Marsh (D-Tarrow) spoke.")
	want := []string{"Harbour Gazette", "Kell", "Rep", "Lena Marsh", "D-Tarrow"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Names (-want +got):\n%s", diff)
	}
}

// TestNamesEndAtLineBreaks: a line that ends on a name and the next that
// opens on a capital give two names, not one.
func TestNamesEndAtLineBreaks(t *testing.T) {
	got := Names("Council refuses to serve Lena Marsh\n\nReviewers flooded the page of Ilse Brandt\nPaul Lowe said nothing.")
	want := []string{"Council", "Lena Marsh", "Reviewers", "Ilse Brandt", "Paul Lowe"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Names (-want +got):\n%s", diff)
	}
}

// TestAliases: the forms of a country's name are one name; a name with
// no other form is only itself.
func TestAliases(t *testing.T) {
	if got := Aliases("u s"); len(got) < 3 || got[0] != "u s" || !slices.Contains(got, "united states") {
		t.Errorf("Aliases(u s) = %q", got)
	}
	if got := Aliases("dunmere"); len(got) != 1 {
		t.Errorf("Aliases(dunmere) = %q", got)
	}
	if CanonicalName("usa") != CanonicalName("united states") || CanonicalName("uk") == CanonicalName("us") || CanonicalName("tarrow") != "tarrow" {
		t.Error("CanonicalName does not join the forms of one name only")
	}
}

func TestSimHash(t *testing.T) {
	a := "The harbor authority closed the north bridge on Tuesday after inspectors found cracks in two of its steel supports, officials said, and traffic was sent through the tunnel. " +
		"Engineers from the county will spend the next three weeks on a full survey of the structure. Ferry operators added evening crossings for commuters. " +
		"Local shops near the bridge said sales fell on the first day of the closure, while the tunnel saw queues of up to forty minutes at the morning peak. " +
		"The authority said it would publish the inspection report once the survey ends, and asked drivers to plan for longer journeys."
	copyA := a + " Reporting by Meridian Wire."
	b := "Voters in the county approved a school levy by a narrow margin, with turnout well above the last election, according to the county clerk."
	if d := Hamming(SimHash(a), SimHash(copyA)); d > NearDuplicateBits {
		t.Errorf("copy with a credit line is %d bits away", d)
	}
	if d := Hamming(SimHash(a), SimHash(b)); d <= NearDuplicateBits {
		t.Errorf("unrelated texts are only %d bits apart", d)
	}
	if ContentHash("Hello,  “world”") != ContentHash(`hello, "World"`) {
		t.Error("ContentHash differs on white space, case and quote marks")
	}
}

// Bidirectional controls and other invisible format characters go;
// joiners that scripts need stay.
func TestStripFormat(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mayor \u202eyaS\u202c resigns", "Mayor yaS resigns"},
		{"\ufeffHeadline\u200b here\u2066!\u2069", "Headline here!"},
		{"co\u00adoperate", "cooperate"},
		{"می\u200cخواهم", "می\u200cخواهم"},
		{"plain text", "plain text"},
	}
	for _, tt := range tests {
		if got := StripFormat(tt.in); got != tt.want {
			t.Errorf("StripFormat(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUnaccented(t *testing.T) {
	for in, want := range map[string]string{"Lemaître": "Lemaitre", "Dunmère Quay": "Dunmere Quay", "Dunmere": "Dunmere", "Zoë Marsh's": "Zoe Marsh's"} {
		if got := Unaccented(in); got != want {
			t.Errorf("Unaccented(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsPossessive(t *testing.T) {
	for w, want := range map[string]bool{
		"Ramos's": true, "Ramos’s": true, "officials'": true, "Ramos": false, "it's": true, "boss": false, "'s": true,
	} {
		if got := IsPossessive(w); got != want {
			t.Errorf("IsPossessive(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestNamesWithStopWords: "New", "May", "Will" and "One" are stop words
// that, capitalised, begin or go on a name; a month, a sentence's first
// word and a question keep them out.
func TestNamesWithStopWords(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Tarrow is home of the New Harbour Gulls and their ground.", []string{"Tarrow", "New Harbour Gulls"}},
		{"New Tarrow voted on the plan.", []string{"New Tarrow"}},
		{"New rules for Tarrow came in May.", []string{"Tarrow"}},
		{"Prime Minister Lena May said so in May 2019.", []string{"Prime Minister Lena May"}},
		{"Lena May's office said no.", []string{"Lena May"}},
		{"The board met in Tarrow May 5 and again in June.", []string{"Tarrow", "June"}},
		{"In May Lena Marsh left the board.", []string{"Lena Marsh"}},
		{"Since May Paul Lowe has run the ferry.", []string{"Paul Lowe"}},
		{"May Paul Lowe run again?", []string{"Paul Lowe"}},
		{"The actor Will Lowe flew on Air Force One with Lena Marsh.", []string{"Will Lowe", "Air Force One", "Lena Marsh"}},
		{"Lowe will run. Will Marsh run too?", []string{"Lowe", "Marsh"}},
	} {
		if diff := cmp.Diff(tt.want, Names(tt.in)); diff != "" {
			t.Errorf("Names(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}
