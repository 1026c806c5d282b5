package eval

import (
	"bytes"
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/theunbiasedpost/unbiased/internal/demo"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

func TestReadSummaryClusters(t *testing.T) {
	in := `{"id": "a", "documents": ["First report.\n \nSecond paragraph."], "summary": "Gold.", "summary_title": "Gold title"}
{"id": 7, "documents": [{"text": "T", "title": "H", "outlet": "The Ledger", "lean": "Lean Right", "url": "https://l.example/x", "date": "2026-03-02"}, {"text": "U", "lean": null, "outlet": null}]}
`
	got, err := ReadSummaryClusters(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []SummaryCluster{
		{ID: "a", Reference: "Gold.", ReferenceTitle: "Gold title", Documents: []SummaryDoc{{Text: "First report.\n \nSecond paragraph.", Lean: news.Unrated}}},
		{ID: "7", Documents: []SummaryDoc{
			{Title: "H", Text: "T", Outlet: "The Ledger", Lean: news.LeanRight, URL: "https://l.example/x", Date: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)},
			{Text: "U", Lean: news.Unrated},
		}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("clusters (-want +got):\n%s", diff)
	}
	for in, want := range map[string]string{
		`{"documents": []}`: "line 1: no id",
		`{"id": "a", "documents": [{"title": "no text"}]}`:                       "line 1: document 1: no text",
		`{"id": "a", "documents": [{"text": "x", "lean": "far"}]}`:               `line 1: document 1: unknown lean "far"`,
		`{"id": "a", "documents": [{"text": "x", "date": "soon"}]}`:              `line 1: document 1: date: "soon" is not a time`,
		"{\"id\": \"a\", \"documents\": []}\n{\"id\": \"a\", \"documents\": []}": `line 2: id "a" already on line 1`,
	} {
		if _, err := ReadSummaryClusters(strings.NewReader(in)); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("ReadSummaryClusters(%q) = %v, want an error starting %q", in, err, want)
		}
	}
}

// demoClusters turns the demo corpus's events into a summary set.
func demoClusters(t *testing.T) []SummaryCluster {
	t.Helper()
	outlets := map[string]demo.OutletSpec{}
	for _, o := range demo.Outlets() {
		outlets[o.Slug] = o
	}
	var out []SummaryCluster
	for _, ev := range demo.Events() {
		c := SummaryCluster{ID: ev.ID, Reference: ev.Summary}
		for _, a := range demo.Articles() {
			if a.Event != ev.ID {
				continue
			}
			o := outlets[a.Outlet]
			c.Documents = append(c.Documents, SummaryDoc{Title: a.Title, Text: a.Text(), Outlet: o.Name, Lean: o.Lean, URL: a.URL,
				Date: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC).Add(a.Offset)})
		}
		out = append(out, c)
	}
	return out
}

// The desk's summary of a story is its published page's sentences: every
// demo event gets one, within the word limit, and each of its sentences
// stands in one of the event's reports.
// attribution matches the attribution that opens a sentence one outlet
// states alone, up to the first letter of the outlet's words.
var attribution = regexp.MustCompile(`^According to [^,]+, .`)

// reportedTail matches the attribution that ends a sentence one outlet
// states alone: ", The Ledger reported" and whom it cited, or ",
// according to The Ledger" after a quotation and its speaker.
var reportedTail = regexp.MustCompile(`, (?:[^,]+ reported(, citing .*)?|according to [^,]+)$`)

// heldInOrder reports whether one line of all holds s's words in order,
// in at most three runs: the sentence as a report gives it, or a shorter
// wording that leaves out an aside or two.
func heldInOrder(all, s string) bool {
	words := strings.Fields(s)
	for _, line := range strings.Split(all, "\n") {
		rest, runs, k := line, 0, 0
		for k < len(words) && runs < 3 {
			// the longest run of words from k that rest holds
			j := k + 1
			i := strings.Index(rest, strings.Join(words[k:j], " "))
			if i < 0 {
				break
			}
			for j < len(words) && strings.Contains(rest[i:], strings.Join(words[k:j+1], " ")) {
				j++
			}
			run := strings.Join(words[k:j], " ")
			rest = rest[i+strings.Index(rest[i:], run)+len(run):]
			k, runs = j, runs+1
		}
		if k == len(words) {
			return true
		}
	}
	return false
}

// fullName matches a first name and surname, which the page may give
// where the report has the surname alone.
var fullName = regexp.MustCompile(`\b[A-Z][a-z]+ ([A-Z][a-z]+)\b`)

func TestDeskSummaries(t *testing.T) {
	clusters := demoClusters(t)
	const words = 120
	results, err := DeskSummaries(context.Background(), clusters, words, write.Writer{}, LeansGiven)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := DeskSummaries(context.Background(), clusters, words, write.Writer{}, LeansGiven)
	for i, r := range results {
		c := clusters[i]
		if r.Err != nil || r.Summary == "" {
			t.Errorf("%s: no summary: %v", c.ID, r.Err)
			continue
		}
		if n := len(strings.Fields(r.Summary)); n > words {
			t.Errorf("%s: %d words, want at most %d", c.ID, n, words)
		}
		if again[i].Summary != r.Summary {
			t.Errorf("%s: two runs differ", c.ID)
		}
		var all strings.Builder
		for _, d := range c.Documents {
			all.WriteString(strings.Join(strings.Fields(d.Text), " "))
			all.WriteByte('\n')
		}
		sentences := strings.SplitAfter(r.Summary, ". ")
		for _, s := range sentences[:len(sentences)-1] { // the last may be cut
			s = strings.TrimSpace(s)
			if m := attribution.FindStringSubmatchIndex(s); m != nil {
				s = s[m[1]+1:] // the report's words, but their first letter
			}
			s = strings.TrimSuffix(s, ".")
			if loc := reportedTail.FindStringIndex(s); loc != nil {
				s = s[:loc[0]] // the outlet that reported it, and whom it cited
			}
			// or with a surname the page gave in full where it first names
			// someone; an aside the page left out counts as a gap
			held := heldInOrder(all.String(), s)
			for _, loc := range fullName.FindAllStringSubmatchIndex(s, -1) {
				held = held || heldInOrder(all.String(), s[:loc[0]]+s[loc[2]:loc[3]]+s[loc[1]:])
			}
			if !held {
				t.Errorf("%s: %q is in none of its reports", c.ID, s)
			}
		}
	}
}

// One outlet's two reports are one outlet: not enough to publish.
func TestDeskSummariesNeedTwoOutlets(t *testing.T) {
	c := demoClusters(t)[0]
	for i := range c.Documents {
		c.Documents[i].Outlet = "The Only Outlet"
	}
	results, err := DeskSummaries(context.Background(), []SummaryCluster{c}, 250, write.Writer{}, LeansGiven)
	if err != nil {
		t.Fatal(err)
	}
	if r := results[0]; r.Summary != "" || !errors.Is(r.Err, write.ErrNotPublishable) {
		t.Errorf("summary %q, err %v; want none, and ErrNotPublishable", r.Summary, r.Err)
	}
}

func TestWriteSummaries(t *testing.T) {
	var buf bytes.Buffer
	err := WriteSummaries(&buf, []SummaryResult{{ID: "a", Summary: "One <b>two</b>."}, {ID: "b", Err: write.ErrNotPublishable}})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"id":"a","summary":"One <b>two</b>."}` + "\n" + `{"id":"b","summary":""}` + "\n"; buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}
