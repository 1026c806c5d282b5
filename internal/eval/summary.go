package eval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

// SummaryDoc is one report of a summary set's cluster.
type SummaryDoc struct {
	Title  string
	Text   string
	Outlet string    // "" when unknown
	Lean   news.Lean // news.Unrated when unknown
	URL    string
	Date   time.Time // zero when unknown
}

// SummaryCluster is one line of a summary set: {"id", "documents", and the
// reference "summary", with its "summary_title" when the set has one}. A document is a string (its text) or an object
// {"text"} with optional "title", "outlet", "lean", "url" and "date".
type SummaryCluster struct {
	ID        string
	Documents []SummaryDoc
	Reference string // "" when the set gives none
	// ReferenceTitle is the headline an editor gave the reference
	// summary ("summary_title"); "" when the set gives none.
	ReferenceTitle string
}

// ReadSummaryClusters reads a summary set in JSON Lines. A line that is
// not an object with an id and a list of documents, or whose lean or date
// cannot be read, is an error that names the line.
func ReadSummaryClusters(r io.Reader) ([]SummaryCluster, error) {
	var out []SummaryCluster
	ids := idLines{}
	err := eachLine(r, func(n int, line []byte) error {
		var raw struct {
			ID        json.RawMessage   `json:"id"`
			Documents []json.RawMessage `json:"documents"`
			Summary   string            `json:"summary"`
			Title     string            `json:"summary_title"`
		}
		if err := json.Unmarshal(line, &raw); err != nil {
			return err
		}
		id, err := ids.add(n, "id", raw.ID)
		if err != nil {
			return err
		}
		c := SummaryCluster{ID: id, Reference: raw.Summary, ReferenceTitle: raw.Title}
		for k, d := range raw.Documents {
			doc, err := readSummaryDoc(d)
			if err != nil {
				return fmt.Errorf("document %d: %w", k+1, err)
			}
			c.Documents = append(c.Documents, doc)
		}
		out = append(out, c)
		return nil
	})
	return out, err
}

func readSummaryDoc(raw json.RawMessage) (SummaryDoc, error) {
	d := SummaryDoc{Lean: news.Unrated}
	if bytes.HasPrefix(bytes.TrimSpace(raw), []byte(`"`)) {
		err := json.Unmarshal(raw, &d.Text)
		return d, err
	}
	var obj struct {
		Title, Text, Outlet, Lean, URL, Date *string
	}
	if err := json.Unmarshal(raw, &obj); err != nil {
		return d, err
	}
	if obj.Text == nil {
		return d, errors.New("no text")
	}
	get := func(p *string) string {
		if p == nil {
			return ""
		}
		return strings.TrimSpace(*p)
	}
	d.Title, d.Text, d.Outlet, d.URL = get(obj.Title), *obj.Text, get(obj.Outlet), get(obj.URL)
	if l := get(obj.Lean); l != "" {
		lean, err := news.ParseLean(l)
		if err != nil {
			return d, err
		}
		d.Lean = lean
	}
	if s := get(obj.Date); s != "" {
		t, err := parseTime(s)
		if err != nil {
			return d, fmt.Errorf("date: %w", err)
		}
		d.Date = t
	}
	return d, nil
}

// DefaultSummaryWords is the length summaries are cut to unless told.
const DefaultSummaryWords = 250

// SummaryResult is the desk's summary of one cluster.
type SummaryResult struct {
	ID      string
	Summary string // "" when no page could be published
	// Err says why no page was published (write.ErrNotPublishable, or a
	// sentence that failed verification); nil when one was.
	Err error
}

// Leans says which lean each document's outlet has in an evaluation.
type Leans string

// The ways of giving documents leans.
const (
	// LeansRotate gives the documents of a cluster, in turn, the leans
	// left, lean left, center, lean right and right.
	LeansRotate Leans = "rotate"
	// LeansUnrated leaves every outlet unrated.
	LeansUnrated Leans = "unrated"
	// LeansGiven uses the documents' own leans (unrated when none).
	LeansGiven Leans = "given"
)

// ParseLeans reads a Leans value; "" is LeansRotate.
func ParseLeans(s string) (Leans, error) {
	switch l := Leans(s); l {
	case "":
		return LeansRotate, nil
	case LeansRotate, LeansUnrated, LeansGiven:
		return l, nil
	}
	return "", fmt.Errorf("unknown leans %q (want rotate, unrated or given)", s)
}

// rotation is the order of LeansRotate.
var rotation = []news.Lean{news.Left, news.LeanLeft, news.Center, news.LeanRight, news.Right}

// lean is the lean document k of a cluster has under l.
func (l Leans) lean(k int, d SummaryDoc) news.Lean {
	switch l {
	case LeansUnrated:
		return news.Unrated
	case LeansGiven:
		return d.Lean
	}
	return rotation[k%len(rotation)]
}

// Summaries summarises every cluster by method: "desk" (DeskSummaries),
// or one of the references, "lead" (LeadSummary) and "textrank"
// (TextRankSummary), over the documents' texts. Each summary is cut to
// words words; leans matter to the desk only.
func Summaries(ctx context.Context, clusters []SummaryCluster, method string, words int, w write.Writer, leans Leans) ([]SummaryResult, error) {
	var ref func([]string, int) string
	switch method {
	case "desk":
		return DeskSummaries(ctx, clusters, words, w, leans)
	case "lead":
		ref = LeadSummary
	case "textrank":
		ref = TextRankSummary
	default:
		return nil, fmt.Errorf("unknown summary method %q", method)
	}
	out := make([]SummaryResult, 0, len(clusters))
	for _, c := range clusters {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		texts := make([]string, len(c.Documents))
		for i, d := range c.Documents {
			texts[i] = d.Text
		}
		out = append(out, SummaryResult{ID: c.ID, Summary: CutWords(ref(texts, words), words)})
	}
	return out, nil
}

// summaryEpoch is the time of a cluster whose documents give none: pages
// are written as of a fixed time, so that a run gives the same summaries
// whenever it runs.
var summaryEpoch = time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC)

// DeskSummaries writes each cluster's page with the desk's writer,
// exactly as the desk publishes a story, and takes as its summary the
// page's cited sentences in reading order (highlights, lead, sections,
// outlook; no headline, coverage or framing), cut to words words.
//
// A cluster's documents become reports: documents that name the same
// outlet are that outlet's, every other document is an outlet of its
// own, named "Outlet N"; leans are as leans says. The page is written as
// of the cluster's newest document, which is also the time of a
// document that gives none.
func DeskSummaries(ctx context.Context, clusters []SummaryCluster, words int, w write.Writer, leans Leans) ([]SummaryResult, error) {
	out := make([]SummaryResult, 0, len(clusters))
	for _, c := range clusters {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		now := clusterTime(c)
		refs := summaryReports(c, now, leans)
		res := SummaryResult{ID: c.ID}
		page, err := w.Write(c.ID, analyze.Analyze(refs), now)
		if err == nil {
			if problems := write.Verify(page, refs); len(problems) > 0 {
				err = fmt.Errorf("%d sentences failed verification: %v", len(problems), problems[0])
			}
		}
		if err != nil {
			res.Err = err
		} else {
			res.Summary = CutWords(strings.Join(strings.Fields(write.PlainText(page)), " "), words)
		}
		out = append(out, res)
	}
	return out, nil
}

// clusterTime is the time a cluster's page is written at: its newest
// document's, or summaryEpoch when none gives one.
func clusterTime(c SummaryCluster) time.Time {
	var now time.Time
	for _, d := range c.Documents {
		if d.Date.After(now) {
			now = d.Date
		}
	}
	if now.IsZero() {
		return summaryEpoch
	}
	return now
}

// summaryReports turns a cluster's documents into the desk's reports.
func summaryReports(c SummaryCluster, now time.Time, leans Leans) []news.ArticleRef {
	named := map[string]news.Outlet{}
	urls := map[string]bool{}
	nextID := int64(1)
	refs := make([]news.ArticleRef, 0, len(c.Documents))
	for i, d := range c.Documents {
		key := strings.ToLower(d.Outlet)
		o, known := named[key]
		if !known || key == "" {
			name := d.Outlet
			if name == "" {
				name = fmt.Sprintf("Outlet %d", i+1)
			}
			o = news.Outlet{ID: nextID, Slug: fmt.Sprintf("source-%d", nextID), Name: name,
				Rating: news.Rating{Lean: leans.lean(i, d), Rater: "the evaluation set"}}
			nextID++
			if key != "" {
				named[key] = o
			}
		}
		url := d.URL
		if url == "" || urls[url] {
			url = fmt.Sprintf("urn:eval:%s:%d", c.ID, i+1)
		}
		urls[url] = true
		published := d.Date
		if published.IsZero() {
			published = now
		}
		refs = append(refs, news.ArticleRef{Outlet: o, Article: news.Article{
			ID: int64(i + 1), OutletID: o.ID, URL: url, CanonicalURL: url, Title: d.Title,
			Published: published, FirstSeen: now, Text: paragraphs(d.Text), Language: "en",
		}})
	}
	return refs
}

// paragraphs puts a document's text in the desk's form: paragraphs split
// at blank lines, white space collapsed inside them, joined by "\n\n".
func paragraphs(s string) string {
	var out []string
	for _, block := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if f := strings.Fields(block); len(f) > 0 {
			out = append(out, strings.Join(f, " "))
		}
	}
	return strings.Join(out, "\n\n")
}

// WriteSummaries writes one {"id","summary"} line per result.
func WriteSummaries(w io.Writer, results []SummaryResult) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, r := range results {
		if err := enc.Encode(struct {
			ID      string `json:"id"`
			Summary string `json:"summary"`
		}{r.ID, r.Summary}); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Half returns the clusters of one half of a set: "even" or "odd" keeps
// the clusters at even or odd places (from 0, in file order), and ""
// keeps all. Parameters are fitted on one half and reported on the other.
func Half[T any](items []T, half string) ([]T, error) {
	var keep int
	switch half {
	case "":
		return items, nil
	case "even":
		keep = 0
	case "odd":
		keep = 1
	default:
		return nil, fmt.Errorf("unknown half %q (want even or odd)", half)
	}
	var out []T
	for i, it := range items {
		if i%2 == keep {
			out = append(out, it)
		}
	}
	return out, nil
}
