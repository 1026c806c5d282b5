package analyze

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The storm cut power to 2,300 homes.", []string{"2300"}},
		{"The storm cut power to 2300 homes.", []string{"2300"}},
		{"It costs $1.5 million, or 1,234.5 per day.", []string{"1.5", "1234.5"}},
		{"The council voted 5-4 after three hours.", []string{"5", "4", "3"}},
		{"Twenty-five drivers and one cyclist were stuck.", []string{"25"}},
		{"Turnout was 61%, up from 58 percent in 2022.", []string{"61", "58", "2022"}},
		{"No numbers here.", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Numbers(tt.in)); diff != "" {
			t.Errorf("Numbers(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}
