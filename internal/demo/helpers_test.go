package demo

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// testCorpus loads the shipped corpus or fails the test.
func testCorpus(t *testing.T) *Corpus {
	t.Helper()
	c, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return c
}

func outletBySlug(c *Corpus, slug string) OutletSpec {
	return c.sites[slug+HostSuffix].OutletSpec
}

func eventArticles(c *Corpus, id string) []ArticleSpec {
	var out []ArticleSpec
	for _, a := range c.Articles {
		if a.Event == id {
			out = append(out, a)
		}
	}
	return out
}

// sentences splits text after ".", "!" or "?" (and a closing quote) when
// whitespace and a capital letter or an opening quote follow. The corpus
// avoids abbreviations such as "Dr." so that this is enough.
func sentences(text string) []string {
	var out []string
	rs := []rune(text)
	start := 0
	for i := 0; i < len(rs); i++ {
		if rs[i] != '.' && rs[i] != '!' && rs[i] != '?' {
			continue
		}
		end := i + 1
		if end < len(rs) && rs[end] == '"' {
			end++
		}
		next := end
		for next < len(rs) && unicode.IsSpace(rs[next]) {
			next++
		}
		if next > end && next < len(rs) && (unicode.IsUpper(rs[next]) || rs[next] == '"') {
			out = append(out, strings.TrimSpace(string(rs[start:end])))
			start = next
		}
	}
	if rest := strings.TrimSpace(string(rs[start:])); rest != "" {
		out = append(out, rest)
	}
	return out
}

var quoteRE = regexp.MustCompile(`"[^"]*"`)

// ownVoice is the text without its direct quotes: what the outlet says
// itself rather than what it quotes someone saying.
func ownVoice(text string) string { return quoteRE.ReplaceAllString(text, " ") }

func wordsRE(words ...string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(` + strings.Join(words, "|") + `)\b`)
}

// The forward-looking markers an event without outlook must not contain.
var forwardRE = wordsRE("will", "would", "could", "may", "might", "expect", "expects", "expected",
	"plan", "plans", "planned", "next", "future", "upcoming", "likely", "forecast", "predict", "predicts",
	"intend", "intends", "aim", "aims", "hope", "hopes", "going to", "set to", "due to", "should", "shall",
	"later", "soon", "tomorrow", "next week", "next year", "prospects", "outlook")

var attributionRE = wordsRE("said", "says", "according to", "told")

// loadedRE is a small list of loaded words for checking the corpus's
// framing; it is the demo's own, not a lexicon for the desk.
var loadedRE = wordsRE("slammed", "radical", "reckless", "scheme", "giveaway", "draconian", "extremist",
	"disastrous", "boondoggle", "job-killing", "gouging", "greedy", "bungling", "gutted", "shameful",
	"cronies", "bloated", "tax grab", "caved", "profit-hungry", "strong-arm", "strong-arming", "pet projects?")

var numberRE = regexp.MustCompile(`\$?\d[\d,.]*\d|\$?\d`)

// numbers lists the distinct numbers a text states, as written.
func numbers(text string) map[string]bool {
	out := map[string]bool{}
	for _, n := range numberRE.FindAllString(text, -1) {
		out[strings.TrimRight(n, ".,")] = true
	}
	return out
}

var nameRE = regexp.MustCompile(`\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+\b`)

// names lists the capitalised multi-word phrases of a text: people,
// places and organisations.
func names(text string) map[string]bool {
	out := map[string]bool{}
	for _, n := range nameRE.FindAllString(text, -1) {
		out[n] = true
	}
	return out
}
