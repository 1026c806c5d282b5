package text

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// referenceTokens is Tokens as first written, folding every text and
// lowering every token as a string, which EachToken and Tokens must
// match.
func referenceTokens(s string) []string {
	s = quoteFolds.Replace(s)
	out := make([]string, 0, len(s)/6)
	start := -1
	var prev rune
	glued := false
	flush := func(end int) {
		tok := strings.ToLower(s[start:end])
		if glued {
			tok = strings.Replace(tok, "-", "", 1)
		}
		out = append(out, tok)
		start, glued = -1, false
	}
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && r == '-' && i == start+1 && prev >= 'A' && prev <= 'Z' && i+1 < len(s) && unicode.IsDigit(nextRune(s[i+1:])):
			glued = true
		case start >= 0 && (r == '\'' || r == '-' || r == '.' || r == ',') && i+1 < len(s) && joinable(prev, r, nextRune(s[i+1:])):
		case start >= 0:
			flush(i)
		}
		prev = r
	}
	if start >= 0 {
		flush(len(s))
	}
	return out
}

// eachTokens collects what EachToken gives for s.
func eachTokens(s string, buf []byte) ([]string, []byte) {
	var out []string
	buf = EachToken(s, buf, func(tok []byte) { out = append(out, string(tok)) })
	return out, buf
}

// tokenCases are texts whose tokens are easy to get wrong.
var tokenCases = []string{
	"",
	"The $1.5 bn follow-up, Ortiz\u2019s plan: 2,300 homes (don\u2019t).",
	"The T-4 and T4 ferries, a B-12 bus, the A-1 road, FLU-19 and X-rays.",
	"pages 10\u201312 and 1990\u20131995, \u201cquoted\u201d \u2018words\u2019",
	"zero\u200bwidth, non\u00a0breaking and thin\u2009spaces",
	"and so on\u2026 and 3\u2026 4. End.",
	"\u00c9COLE \u00c9t\u00e9 \u0130stanbul \u212aelvin \u03a3\u039f\u03a6\u0399\u0391 \u0414\u041e\u041c",
	"T-4x T-X4 t-4 TT-4 T-\u0664 \u00c9-4 T\u20134",
	"1.5.6 1,5 .5 5. a.b a-b- -a 'a' a''b a'-b",
	"x\u2212y 3\u22122 \u00abguillemets\u00bb \u201elow\u201f \u2032prime\u2033",
	"invalid \xff\xfe bytes\xe2\x80 mid\xe2\x80\x99word caf\xc3",
	"ALL CAPS HEADLINE: MAYOR'S O'BRIEN-SMITH SAYS 4.5%",
	"ends with joiner- and, dot. comma,",
}

func TestEachTokenMatchesTokens(t *testing.T) {
	var buf []byte
	check := func(s string) {
		want := referenceTokens(s)
		if got := Tokens(s); !slices.Equal(got, want) {
			t.Errorf("Tokens(%q) = %q, want %q", s, got, want)
		}
		var got []string
		got, buf = eachTokens(s, buf)
		if len(got) == 0 && len(want) == 0 {
			return
		}
		if !slices.Equal(got, want) {
			t.Errorf("EachToken(%q) gave %q, want %q", s, got, want)
		}
	}
	for _, s := range tokenCases {
		check(s)
	}
	// Random texts of the pieces the cases are made of.
	randomTexts(rand.New(rand.NewPCG(1, 2)), []string{"a", "Z", "T", "x", "4", "12", "\u0664", "\u00c9", "\u0130", "\u212a", "\u03a3", "\u00df",
		"-", "'", ".", ",", " ", "\u2019", "\u2013", "\u2014", "\u2026", "\u200b", "\u00a0", "\u201c", "\xff", "\xe2\x80"}, check)
}

// randomTexts calls check with 20,000 texts, each of up to 11 of the
// pieces drawn from rng.
func randomTexts(rng *rand.Rand, pieces []string, check func(string)) {
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
}

func TestAppendFoldedMatchesQuoteFolds(t *testing.T) {
	pieces := []string{"a", " ", "'", "\u2019", "\u2018", "\u201c", "\u201d", "\u00ab", "\u2013", "\u2014", "\u2212",
		"\u00a0", "\u2009", "\u202f", "\u200b", "\u2026", "\u00e9", "\ufffd", "\xff", "\xe2", "\x80", "\x99", "\xe2\x80"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := string(appendFolded(nil, s)), quoteFolds.Replace(s); got != want {
			t.Fatalf("appendFolded(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestEachTokenAllocates: with its buffer reused, EachToken makes no
// allocation, on ASCII text or not.
func TestEachTokenAllocates(t *testing.T) {
	for _, s := range tokenCases {
		buf := EachToken(s, nil, func([]byte) {})
		if n := testing.AllocsPerRun(10, func() { buf = EachToken(s, buf, func([]byte) {}) }); n != 0 {
			t.Errorf("EachToken(%q) makes %v allocations", s, n)
		}
	}
}

// TestStemmerMatchesContentWords: for every token EachToken gives, a
// Stemmer's content words are ContentWords of the token.
func TestStemmerMatchesContentWords(t *testing.T) {
	var st Stemmer
	var buf []byte
	var got []string
	check := func(s string) {
		buf = EachToken(s, buf, func(tok []byte) {
			got = st.AppendContentWords(got[:0], tok)
			if want := ContentWords(string(tok)); !slices.Equal(got, want) {
				t.Errorf("in %q, token %q: AppendContentWords gave %q, want %q", s, tok, got, want)
			}
		})
	}
	for _, s := range tokenCases {
		check(s)
	}
	check("The harbour's cranes were running again; workers said the strike, now in its 12th day, cost 2,300 jobs.")
	randomTexts(rand.New(rand.NewPCG(5, 6)), []string{"a", "Z", "T", "x", "ing", "ies", "Y", "y", "'s", "4", "12", "\u0664", "\u00c9", "\u0130",
		"\u212a", "\u03a3", "\u00df", "-", "'", ".", ",", " ", "\u2019", "\u2013", "\u00a0", "\xff"}, check)
}
