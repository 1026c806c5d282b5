package write

import (
	"strings"
	"testing"
)

// FuzzHeadlineGrammar: the headline's grammar steps take any words
// without failing, never add a word, and rewrite a word only as a form
// of the same verb.
func FuzzHeadlineGrammar(f *testing.F) {
	for _, h := range []string{
		"Harbour board opened inquiry into ferry deal",
		"Lowe said he was leaving the board",
		"Two men were arrested in Tarrow",
		"Dunmere council has chosen a new harbour master",
		"Ferry crews are preparing to strike",
		"A visibly frustrated Lena Marsh left the quay",
		", . ; : \" “ ”",
		"and and and",
		"Hundreds of riders flooded the quay and ferries sank",
		"Lowe has",
		"X said",
	} {
		f.Add(h)
	}
	story := storyWords{lower: map[string]bool{"riders": true}, surname: map[string]bool{"Marsh": true}}
	f.Fuzz(func(t *testing.T, h string) {
		words := strings.Fields(h)
		out, verb, left := withoutAuxiliary(words)
		if len(out) > len(words) || verb >= len(out) {
			t.Fatalf("withoutAuxiliary(%q) = %q, %d", h, out, verb)
		}
		if left {
			out = progressiveInPresent(out, verb, story)
		} else {
			out = inPresent(out, story, verb)
		}
		if perfect, k := withoutPerfect(words); k >= 0 {
			if k >= len(perfect) {
				t.Fatalf("withoutPerfect(%q) = %q, %d", h, perfect, k)
			}
			inPresent(perfect, story, k)
		}
		if len(out) > len(words) {
			t.Fatalf("%q grew to %q", h, out)
		}
		present := inPresent(words, story, -1)
		if len(present) != len(words) {
			t.Fatalf("inPresent(%q) = %q: words lost or added", h, present)
		}
		for i, w := range present {
			old := strings.ToLower(strings.Trim(words[i], `,.;:"“”`))
			if w == words[i] || reportedShift[old] != "" || irregularBase[old] != "" {
				continue
			}
			if len(old) < 2 || !strings.HasPrefix(strings.ToLower(w), old[:2]) {
				t.Fatalf("inPresent(%q) rewrote %q as %q", h, words[i], w)
			}
		}
	})
}
