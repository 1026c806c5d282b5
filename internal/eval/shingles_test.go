package eval

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"snake_case and 3.14", []string{"snake_case", "and", "3", "14"}},
		{"café Ⅻ ½ 東京", []string{"café", "Ⅻ", "½", "東京"}},
		// A combining mark is not a word character in Python's \w.
		{"cafe\u0301s", []string{"cafe", "s"}},
		{"it's — “quoted”", []string{"it", "s", "quoted"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Tokens(tt.in)); diff != "" {
				t.Errorf("Tokens(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestShingles(t *testing.T) {
	tests := []struct {
		in   string
		want map[string]int
	}{
		{"", map[string]int{}},
		{"...", map[string]int{}},
		{"one", map[string]int{"one": 1}},
		{"one two three", map[string]int{"one two three": 1}},
		{"a b c d", map[string]int{"a b c d": 1}},
		{"a b c d e", map[string]int{"a b c d": 1, "b c d e": 1}},
		{"x y z w x y z w", map[string]int{"x y z w": 2, "y z w x": 1, "z w x y": 1, "w x y z": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Shingles(tt.in)); diff != "" {
				t.Errorf("Shingles(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
