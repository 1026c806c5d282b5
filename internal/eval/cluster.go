package eval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/cluster"
)

// ClusterDoc is one line of a clustering set: {"doc_id", "text"} with
// optional "title", "published" and the gold "cluster_id". A doc marked
// "boilerplate_suspect" is one whose text may be a site's template
// rather than a report; it is clustered like any other and may be left
// out of the scores.
type ClusterDoc struct {
	ID          string
	Title       string
	Text        string
	Published   time.Time // zero when not given
	Gold        string    // "" when not given
	Boilerplate bool
}

// ReadClusterDocs reads a clustering set in JSON Lines; blank lines are
// skipped. A line that is not a JSON object with a doc_id, or that
// repeats one, is an error that names the line.
//
// A line of a summary set ({"id", "documents": [...]}, see
// ReadSummaryClusters) is read as one gold cluster: its documents become
// docs "<id>-1", "<id>-2", ... with their titles and texts, and no time,
// so that, as in eval desk, the clusterer tells its events apart by
// their words alone.
func ReadClusterDocs(r io.Reader) ([]ClusterDoc, error) {
	var out []ClusterDoc
	ids := idLines{}
	err := eachLine(r, func(n int, line []byte) error {
		var raw struct {
			DocID       json.RawMessage   `json:"doc_id"`
			ClusterID   json.RawMessage   `json:"cluster_id"`
			Title       string            `json:"title"`
			Text        string            `json:"text"`
			Published   string            `json:"published"`
			Boilerplate bool              `json:"boilerplate_suspect"`
			ID          json.RawMessage   `json:"id"`
			Documents   []json.RawMessage `json:"documents"`
		}
		if err := json.Unmarshal(line, &raw); err != nil {
			return err
		}
		if len(raw.Documents) > 0 && raw.DocID == nil {
			event, err := label(raw.ID)
			if err != nil || event == "" {
				return fmt.Errorf("a summary set's line needs an id")
			}
			for k, rd := range raw.Documents {
				doc, err := readSummaryDoc(rd)
				if err != nil {
					return fmt.Errorf("document %d: %w", k+1, err)
				}
				id, err := ids.add(n, "doc_id", json.RawMessage(strconv.Quote(fmt.Sprintf("%s-%d", event, k+1))))
				if err != nil {
					return err
				}
				out = append(out, ClusterDoc{ID: id, Title: doc.Title, Text: doc.Text, Gold: event})
			}
			return nil
		}
		id, err := ids.add(n, "doc_id", raw.DocID)
		if err != nil {
			return err
		}
		gold, err := label(raw.ClusterID)
		if err != nil {
			return fmt.Errorf("cluster_id: %w", err)
		}
		d := ClusterDoc{ID: id, Title: raw.Title, Text: raw.Text, Gold: gold, Boilerplate: raw.Boilerplate}
		if raw.Published != "" {
			if d.Published, err = parseTime(raw.Published); err != nil {
				return fmt.Errorf("published: %w", err)
			}
		}
		out = append(out, d)
		return nil
	})
	return out, err
}

// HalfClusters keeps the docs of the even- or odd-numbered gold clusters
// (from 0, in the order their first docs appear), so that options can be
// fitted on one half of a set and reported on the other; "" keeps all.
// Docs without a gold cluster go with neither half.
func HalfClusters(docs []ClusterDoc, half string) ([]ClusterDoc, error) {
	if half == "" {
		return docs, nil
	}
	if half != "even" && half != "odd" {
		return nil, fmt.Errorf("unknown half %q (want even or odd)", half)
	}
	keep := 0
	if half == "odd" {
		keep = 1
	}
	index := map[string]int{}
	var out []ClusterDoc
	for _, d := range docs {
		if d.Gold == "" {
			continue
		}
		k, ok := index[d.Gold]
		if !ok {
			k = len(index)
			index[d.Gold] = k
		}
		if k%2 == keep {
			out = append(out, d)
		}
	}
	return out, nil
}

// label reads an ID given as a JSON string or number, as written: 7 is
// "7" and "7" is "7", as a scorer that reads both with str() sees them.
func label(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	if raw[0] == '"' {
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	}
	if _, err := strconv.ParseFloat(string(raw), 64); err != nil {
		return "", fmt.Errorf("want a string or a number, got %s", raw)
	}
	return string(raw), nil
}

// parseTime reads RFC 3339, or a date and time without a zone (taken as
// UTC), or a date alone.
func parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a time (want RFC 3339)", s)
}

// ClusterReport is what a clustering run found and, where the set gives
// gold clusters, how well.
type ClusterReport struct {
	Docs       int
	Stories    int
	DocsPerSec float64
	// Story maps each doc ID to its story's ID.
	Story map[string]string
	// Scored says whether the set had gold clusters; Scores are over the
	// docs that have one (less the boilerplate suspects, when skipped).
	Scored bool
	Scores cluster.Scores
}

// ClusterOptions tune RunCluster.
type ClusterOptions struct {
	Cluster         cluster.Options // the zero value means cluster.DefaultOptions
	SkipBoilerplate bool            // leave boilerplate suspects out of the scores
	Now             func() time.Time
	// Incremental feeds the docs one at a time, in time order (file
	// order among docs of the same or no time), to a cluster.Stream whose
	// stories close after Quiet (cluster.DefaultQuiet when zero), instead
	// of clustering them as one batch.
	Incremental bool
	Quiet       time.Duration
}

// RunCluster groups docs into stories with the desk's clusterer, as one
// batch, and scores the stories against the gold clusters the docs give.
func RunCluster(ctx context.Context, docs []ClusterDoc, opt ClusterOptions) (ClusterReport, error) {
	if reflect.ValueOf(opt.Cluster).IsZero() {
		opt.Cluster = cluster.DefaultOptions()
	}
	now := opt.Now
	if now == nil {
		now = time.Now
	}
	in := make([]cluster.Doc, len(docs))
	for i, d := range docs {
		in[i] = cluster.Doc{ID: int64(i + 1), Key: d.ID, Title: d.Title, Text: d.Text, Published: d.Published}
	}
	if err := ctx.Err(); err != nil {
		return ClusterReport{}, err
	}
	start := now()
	var story map[int64]string
	if opt.Incremental {
		story = streamStories(in, opt.Cluster, opt.Quiet)
	} else {
		story = make(map[int64]string, len(in))
		for _, g := range cluster.Cluster(in, nil, opt.Cluster) {
			for _, id := range g.DocIDs {
				story[id] = g.ID
			}
		}
	}
	elapsed := now().Sub(start)

	rep := ClusterReport{Docs: len(docs), Story: make(map[string]string, len(docs))}
	if elapsed > 0 {
		rep.DocsPerSec = float64(len(docs)) / elapsed.Seconds()
	}
	ids := map[string]bool{}
	for id, s := range story {
		rep.Story[docs[id-1].ID] = s
		ids[s] = true
	}
	rep.Stories = len(ids)
	gold := map[string]string{}
	for _, d := range docs {
		if d.Gold != "" && !(opt.SkipBoilerplate && d.Boilerplate) {
			gold[d.ID] = d.Gold
		}
	}
	if len(gold) > 0 {
		rep.Scored = true
		rep.Scores = cluster.Score(gold, rep.Story)
	}
	return rep, nil
}

// streamStories adds docs to a cluster.Stream in time order, ties by
// ID, and returns each doc's story at the end.
func streamStories(docs []cluster.Doc, opt cluster.Options, quiet time.Duration) map[int64]string {
	if quiet <= 0 {
		quiet = cluster.DefaultQuiet
	}
	sorted := slices.Clone(docs)
	slices.SortStableFunc(sorted, func(a, b cluster.Doc) int { return a.Published.Compare(b.Published) })
	s := cluster.NewStream(opt, quiet)
	story := make(map[int64]string, len(docs))
	for _, d := range sorted {
		s.Add(d)
		changed, _ := s.Take()
		for _, g := range changed {
			for _, id := range g.DocIDs {
				story[id] = g.ID
			}
		}
	}
	return story
}

// WriteClusterPredictions writes one {"doc_id","story"} line per doc, in
// the order of docs.
func WriteClusterPredictions(w io.Writer, docs []ClusterDoc, story map[string]string) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		if err := enc.Encode(struct {
			DocID string `json:"doc_id"`
			Story string `json:"story"`
		}{d.ID, story[d.ID]}); err != nil {
			return err
		}
	}
	return bw.Flush()
}
