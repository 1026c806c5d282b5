package sources

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// outletTOML writes one [[outlet]] table: a valid one, with the keys in
// change replaced (an empty value removes the key).
func outletTOML(slug string, change map[string]string) string {
	fields := []struct{ key, value string }{
		{"slug", fmt.Sprintf("%q", slug)},
		{"name", `"The Harbor Ledger"`},
		{"homepage", fmt.Sprintf(`"https://%s.example/"`, slug)},
		{"feeds", fmt.Sprintf(`["https://%s.example/feed.xml"]`, slug)},
		{"country", `"GB"`},
		{"language", `"en"`},
		{"lean", `"center"`},
		{"rater", `"Unbiased Post editors"`},
		{"rated", `"2026-11-26"`},
		{"checked", `""`},
	}
	var b strings.Builder
	b.WriteString("[[outlet]]\n")
	done := map[string]bool{}
	for _, f := range fields {
		v, changed := change[f.key]
		done[f.key] = true
		if !changed {
			v = f.value
		}
		if v != "" {
			fmt.Fprintf(&b, "%s = %s\n", f.key, v)
		}
	}
	for k, v := range change {
		if !done[k] && v != "" {
			fmt.Fprintf(&b, "%s = %s\n", k, v)
		}
	}
	return b.String()
}

func TestParse(t *testing.T) {
	data := outletTOML("harbor-ledger", map[string]string{
		"country":  `"gb"`,
		"language": `"EN"`,
		"lean":     `"Lean Left"`,
		"rated":    `2026-11-26`, // a TOML date works as well as a string
		"checked":  `"2026-11-27"`,
		"note":     `"  Paywalled.  "`,
		"feeds":    `["https://harbor-ledger.example/feed.xml", "https://harbor-ledger.example/politics.xml"]`,
	}) + outletTOML("quay-courier", map[string]string{"lean": `"unrated"`, "rater": "", "rated": ""})
	got, err := Parse([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{
			Outlet: news.Outlet{
				Slug: "harbor-ledger", Name: "The Harbor Ledger", Homepage: "https://harbor-ledger.example/",
				Country: "GB", Language: "en",
				Rating: news.Rating{Lean: news.LeanLeft, Rater: "Unbiased Post editors", RatedAt: time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)},
			},
			Feeds:   []string{"https://harbor-ledger.example/feed.xml", "https://harbor-ledger.example/politics.xml"},
			Note:    "Paywalled.",
			Checked: "2026-11-27",
		},
		{
			Outlet: news.Outlet{
				Slug: "quay-courier", Name: "The Harbor Ledger", Homepage: "https://quay-courier.example/",
				Country: "GB", Language: "en", Rating: news.Rating{Lean: news.Unrated},
			},
			Feeds: []string{"https://quay-courier.example/feed.xml"},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Parse mismatch (-want +got):\n%s", diff)
	}
}

func TestParseErrors(t *testing.T) {
	first := outletTOML("harbor-ledger", nil)
	for _, tt := range []struct {
		name   string
		data   string
		outlet string // FieldError.Outlet
		field  string
		detail string // in the message
	}{
		{"missing slug", outletTOML("", nil), "#1", "slug", "required"},
		{"bad slug", outletTOML("Harbor Ledger", nil), `"Harbor Ledger"`, "slug", "lower-case"},
		{"duplicate slug", first + outletTOML("harbor-ledger", map[string]string{"feeds": `["https://other.example/rss"]`}), `"harbor-ledger"`, "slug", "outlet #1"},
		{"missing name", outletTOML("quay", map[string]string{"name": ""}), `"quay"`, "name", "required"},
		{"relative homepage", outletTOML("quay", map[string]string{"homepage": `"/news"`}), `"quay"`, "homepage", `"/news"`},
		{"ftp homepage", outletTOML("quay", map[string]string{"homepage": `"ftp://quay.example/"`}), `"quay"`, "homepage", "http"},
		{"no feeds", outletTOML("quay", map[string]string{"feeds": `[]`}), `"quay"`, "feeds", "at least one"},
		{"feed without scheme", outletTOML("quay", map[string]string{"feeds": `["quay.example/rss"]`}), `"quay"`, "feeds", `"quay.example/rss"`},
		{"feed with user", outletTOML("quay", map[string]string{"feeds": `["https://me:pw@quay.example/rss"]`}), `"quay"`, "feeds", "user"},
		{"duplicate feed", first + outletTOML("quay", map[string]string{"feeds": `["http://HARBOR-LEDGER.example/feed.xml/"]`}), `"quay"`, "feeds", `outlet "harbor-ledger"`},
		{"unknown lean", outletTOML("quay", map[string]string{"lean": `"centre"`}), `"quay"`, "lean", `"centre"`},
		{"missing lean", outletTOML("quay", map[string]string{"lean": ""}), `"quay"`, "lean", "required"},
		{"long country", outletTOML("quay", map[string]string{"country": `"GBR"`}), `"quay"`, "country", `"GBR"`},
		{"missing country", outletTOML("quay", map[string]string{"country": ""}), `"quay"`, "country", "required"},
		{"long language", outletTOML("quay", map[string]string{"language": `"eng"`}), `"quay"`, "language", `"eng"`},
		{"rated without rater", outletTOML("quay", map[string]string{"rater": ""}), `"quay"`, "rater", "required"},
		{"rated without date", outletTOML("quay", map[string]string{"rated": ""}), `"quay"`, "rated", "required"},
		{"unrated rater without date", outletTOML("quay", map[string]string{"lean": `"unrated"`, "rated": ""}), `"quay"`, "rated", "required"},
		{"bad date", outletTOML("quay", map[string]string{"rated": `"26/11/2026"`}), `"quay"`, "rated", `"26/11/2026"`},
		{"date of wrong type", outletTOML("quay", map[string]string{"rated": `20261126`}), `"quay"`, "rated", "20261126"},
		{"bad checked date", outletTOML("quay", map[string]string{"checked": `"yesterday"`}), `"quay"`, "checked", `"yesterday"`},
		{"misspelt key", outletTOML("quay", map[string]string{"leen": `"left"`}), `"quay"`, "leen", "unknown key"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse([]byte(tt.data))
			if err == nil {
				t.Fatalf("Parse accepted it: %+v", got)
			}
			if got != nil {
				t.Errorf("Parse returned entries with an error: %+v", got)
			}
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("error %q holds no *FieldError", err)
			}
			if fe.Outlet != tt.outlet || fe.Field != tt.field {
				t.Errorf("error names outlet %s field %s; want outlet %s field %s (%v)", fe.Outlet, fe.Field, tt.outlet, tt.field, err)
			}
			msg := err.Error()
			for _, want := range []string{"outlet " + tt.outlet, tt.field, tt.detail} {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q does not contain %q", msg, want)
				}
			}
		})
	}
}

func TestParseReportsEveryProblemOnOneLine(t *testing.T) {
	data := outletTOML("quay", map[string]string{"lean": `"centre"`}) +
		outletTOML("harbor-ledger", map[string]string{"country": `"United Kingdom"`})
	_, err := Parse([]byte(data))
	if err == nil {
		t.Fatal("Parse accepted two bad outlets")
	}
	msg := err.Error()
	for _, want := range []string{`outlet "quay": lean`, `outlet "harbor-ledger": country`} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not contain %q", msg, want)
		}
	}
	if strings.Contains(msg, "\n") {
		t.Errorf("error spans lines: %q", msg)
	}
}

func TestParseDocumentErrors(t *testing.T) {
	for _, tt := range []struct{ name, data, want string }{
		{"empty", "", "no [[outlet]]"},
		{"syntax", "[[outlet]]\nslug = \"quay\nname = \"x\"\n", "line 2"},
		{"wrong type", "[[outlet]]\nfeeds = \"https://quay.example/rss\"\n", "feeds"},
		{"unknown top-level key", "title = \"ours\"\n" + outletTOML("quay", nil), `unknown key "title"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error = %v; want one containing %q", err, tt.want)
			}
		})
	}
}
