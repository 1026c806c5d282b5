package sources

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

func TestParseRatings(t *testing.T) {
	ledgerAndCourier := []RatingRow{
		{Name: "The Harbor Ledger", Domain: "harborledger.example", Lean: news.LeanLeft},
		{Name: "Quay Courier", Domain: "news.quaycourier.example", Lean: news.Right},
	}
	for _, tt := range []struct {
		name string
		in   string
		want []RatingRow
	}{
		{"plain", "name,domain,lean\nThe Harbor Ledger,harborledger.example,lean_left\nQuay Courier,news.quaycourier.example,right\n", ledgerAndCourier},
		{"byte order mark", "\ufeffname,domain,lean\nThe Harbor Ledger,harborledger.example,lean_left\nQuay Courier,news.quaycourier.example,right\n", ledgerAndCourier},
		{"reordered columns, extra columns, header case, CRLF",
			"Lean,Rated On,DOMAIN,Name\r\nLean Left,2026-01-01,harborledger.example,The Harbor Ledger\r\nright,2026-01-02,news.quaycourier.example,Quay Courier\r\n", ledgerAndCourier},
		{"blank lines and spaces", "name,domain,lean\n\nThe Harbor Ledger, harborledger.example ,  lean-left\n,,\n\nQuay Courier,news.quaycourier.example,RIGHT\n", ledgerAndCourier},
		{"domain as URL with www and port", "name,domain,lean\nThe Harbor Ledger,https://WWW.HarborLedger.example:443/news/,lean_left\nQuay Courier,news.quaycourier.example.,right\n", ledgerAndCourier},
		{"quoted fields", "name,domain,lean\n\"The Harbor Ledger\",harborledger.example,lean_left\n\"Quay Courier, evening edition\",news.quaycourier.example,right\n",
			[]RatingRow{ledgerAndCourier[0], {Name: "Quay Courier, evening edition", Domain: "news.quaycourier.example", Lean: news.Right}}},
		{"empty name and unrated", "name,domain,lean\n,harborledger.example,unrated\n", []RatingRow{{Domain: "harborledger.example", Lean: news.Unrated}}},
		{"header only", "name,domain,lean\n", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseRatings(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseRatings mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseRatingsBadLines(t *testing.T) {
	for _, tt := range []struct {
		name   string
		in     string
		line   int
		column string
		value  string // the bad value, which the message must show
		good   int    // rows still returned
	}{
		{"bad lean", "name,domain,lean\nThe Harbor Ledger,harborledger.example,lean_left\nQuay Courier,quaycourier.example,centre-ish\n", 3, "lean", "centre-ish", 1},
		{"line numbers count blank lines", "name,domain,lean\n\n\nQuay Courier,quaycourier.example,far-out\nThe Harbor Ledger,harborledger.example,left\n", 4, "lean", "far-out", 1},
		{"line numbers count quoted line breaks", "name,domain,lean\n\"The Harbor\nLedger\",harborledger.example,left\nQuay Courier,quaycourier.example,wobbly\n", 4, "lean", "wobbly", 1},
		{"empty lean", "name,domain,lean\nQuay Courier,quaycourier.example,\n", 2, "lean", `""`, 0},
		{"bad domain", "name,domain,lean\nQuay Courier,quay courier dot example,left\n", 2, "domain", "quay courier dot example", 0},
		{"empty domain", "name,domain,lean\nQuay Courier,,left\n", 2, "domain", "required", 0},
		{"public suffix", "name,domain,lean\nQuay Courier,co.uk,left\n", 2, "domain", "co.uk", 0},
		{"duplicate domain", "name,domain,lean\nThe Harbor Ledger,harborledger.example,left\nLedger again,www.harborledger.example,right\n", 3, "domain", "line 2", 1},
		{"short line", "name,domain,lean\nQuay Courier,quaycourier.example\n", 2, "lean", "2 fields", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseRatings(strings.NewReader(tt.in))
			if err == nil {
				t.Fatalf("ParseRatings accepted it: %+v", got)
			}
			var re *RowError
			if !errors.As(err, &re) {
				t.Fatalf("error %q holds no *RowError", err)
			}
			if re.Line != tt.line || re.Column != tt.column {
				t.Errorf("error names line %d column %q; want line %d column %q (%v)", re.Line, re.Column, tt.line, tt.column, err)
			}
			for _, want := range []string{"line " + strconv.Itoa(tt.line), tt.value} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not contain %q", err, want)
				}
			}
			if len(got) != tt.good {
				t.Errorf("%d good rows returned; want %d", len(got), tt.good)
			}
		})
	}
}

func TestParseRatingsBadFiles(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"empty", "", "empty file"},
		{"missing domain column", "name,host,lean\nQuay Courier,quaycourier.example,left\n", `"domain"`},
		{"missing lean column", "\ufeffname,domain\nQuay Courier,quaycourier.example\n", `"lean"`},
		{"header after blank lines names its line", "\n\nname,lean\n", "line 3"},
		{"column twice", "name,domain,lean,Lean\nQuay Courier,quaycourier.example,left,right\n", "twice"},
		{"broken quotes", "name,domain,lean\nQuay \"Courier\",quaycourier.example,left\n", "line 2"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseRatings(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseRatings error = %v; want one containing %q", err, tt.want)
			}
			if got != nil {
				t.Errorf("rows returned from a bad file: %+v", got)
			}
		})
	}
}

func TestParseRatingsCapsItsMessage(t *testing.T) {
	var b strings.Builder
	b.WriteString("name,domain,lean\n")
	for range 50 {
		b.WriteString("x,quaycourier.example,sideways\n")
	}
	_, err := ParseRatings(strings.NewReader(b.String()))
	if err == nil || !strings.Contains(err.Error(), "and 40 more") {
		t.Errorf("error = %v; want the first 10 problems and a count of the rest", err)
	}
	var all interface{ Unwrap() []error }
	if !errors.As(err, &all) || len(all.Unwrap()) != 50 {
		t.Errorf("error does not unwrap to all 50 problems")
	}
}

func FuzzParseRatings(f *testing.F) {
	for _, seed := range []string{
		"name,domain,lean\nThe Harbor Ledger,harborledger.example,lean_left\n",
		"\ufeffLean,DOMAIN,name,extra\r\nRight,https://www.quay.example/x,Quay,1\r\n",
		"name,domain,lean\n\n,,\nQuay,quay.example,centre-ish\n",
		"name,domain,lean\n\"a\nb\",co.uk,left\n",
		"name,domain\n",
		"",
		"name,domain,lean\nq,www.com,center\nr,WWW.COM.,right\n",
		"name,domain,lean\nq,\"x\"y,left\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		rows, err := ParseRatings(strings.NewReader(in))
		var re *RowError
		if err != nil && len(rows) > 0 && !errors.As(err, &re) {
			t.Fatalf("rows returned with an error that names no line: %v", err)
		}
		seen := map[string]bool{}
		for _, r := range rows {
			if !slices.Contains(news.Leans, r.Lean) {
				t.Errorf("row %+v has lean %q", r, r.Lean)
			}
			if r.Domain == "" || r.Domain != strings.ToLower(r.Domain) || seen[r.Domain] {
				t.Errorf("row %+v: domain empty, not lower-case or repeated", r)
			}
			seen[r.Domain] = true
			if !MatchDomain("https://"+r.Domain+"/", r.Domain) || !MatchDomain("https://www."+r.Domain, r.Domain) {
				t.Errorf("row %+v does not match its own domain", r)
			}
		}
	})
}
