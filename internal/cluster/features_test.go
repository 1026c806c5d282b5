package cluster

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

func TestContentWordsMatchesText(t *testing.T) {
	memo := map[string][]string{}
	for _, d := range concat(fire, budget, strike, fuego) {
		for _, s := range []string{d.Title, d.Text} {
			if diff := cmp.Diff(text.ContentWords(s), contentWords(s, memo)); diff != "" {
				t.Errorf("doc %d (-text.ContentWords +contentWords):\n%s", d.ID, diff)
			}
		}
	}
}

func TestNameWords(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              []string
	}{
		{
			name:  "titles and ranks written in lower case elsewhere are dropped",
			title: "Fire on the Port Calder waterfront",
			body:  "Mayor Ines Halvorsen visited the port. The mayor said the fire was out. Fire crews left at noon.",
			want:  []string{"calder", "ines", "halvorsen"},
		},
		{
			name: "connectors and stop words are not names",
			body: "The Bank of Elmora said profits rose.",
			want: []string{"bank", "elmora"},
		},
		{
			name: "a word is dropped only when written in lower case as a whole word",
			body: "Calder Street was closed. The caldera is a volcano.",
			want: []string{"calder", "street"},
		},
		{
			name: "no names",
			body: "the vote failed.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, nameWords(tt.title, tt.body)); diff != "" {
				t.Errorf("nameWords (-want +got):\n%s", diff)
			}
		})
	}
}

// TestContentWordsMemoBounded: the memo of a long-running reader never
// holds more than maxMemo tokens, and what it returns is the same with
// it full, cleared or absent.
func TestContentWordsMemoBounded(t *testing.T) {
	var b strings.Builder
	for i := range maxMemo + 100 {
		fmt.Fprintf(&b, "qz%dx ", i)
	}
	memo := map[string][]string{}
	contentWords(b.String(), memo)
	if len(memo) > maxMemo {
		t.Errorf("memo holds %d tokens, want at most %d", len(memo), maxMemo)
	}
	s := "Divers found rot in the piles of the east pier"
	if got, want := strings.Join(contentWords(s, memo), " "), strings.Join(text.ContentWords(s), " "); got != want {
		t.Errorf("contentWords = %q, want %q", got, want)
	}
}
