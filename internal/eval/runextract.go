package eval

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// errNoText is a page's failure when the extractor returned no text and
// no error.
var errNoText = errors.New("no text")

// ExtractOptions tune RunExtract.
type ExtractOptions struct {
	// Extractor names the extractor to run (see ExtractorNames); empty
	// means DefaultExtractor.
	Extractor string
	// Progress, when set, is called after each page with the number of
	// pages done and the total.
	Progress func(done, total int)
}

// PageFailure is a page that yielded no prediction or no text.
type PageFailure struct {
	ID  string
	Err error
}

// ExtractReport is the outcome of one extraction run.
type ExtractReport struct {
	Extractor string
	ExtractScore
	// PagesPerSec counts the time spent in the extractor only, not in
	// reading and decompressing pages or in scoring.
	PagesPerSec float64
	Predictions map[string]string // id -> extracted text ("" when none)
	Failures    []PageFailure     // in page order
}

// RunExtract runs one extractor over every page of the extraction data
// folder dir, one page at a time, and scores the texts with
// ScoreExtraction. A page that cannot be read, or from which the
// extractor finds no text, is recorded in Failures and scored as an
// empty prediction; it does not stop the run. RunExtract fails on an
// unknown extractor, an unreadable ground truth, or a cancelled ctx.
func RunExtract(ctx context.Context, dir string, opts ExtractOptions) (*ExtractReport, error) {
	name := opts.Extractor
	if name == "" {
		name = DefaultExtractor
	}
	ex, ok := LookupExtractor(name)
	if !ok {
		return nil, fmt.Errorf("unknown extractor %q (want one of %s)", name, strings.Join(ExtractorNames(), ", "))
	}
	d, err := OpenExtractDir(dir)
	if err != nil {
		return nil, err
	}
	rep := &ExtractReport{Extractor: name, Predictions: make(map[string]string, len(d.IDs))}
	var spent time.Duration
	for i, id := range d.IDs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		page, err := d.Page(id)
		if err != nil {
			rep.Failures = append(rep.Failures, PageFailure{id, err})
		} else {
			start := time.Now()
			text, err := ex(page, d.URLs[id])
			spent += time.Since(start)
			rep.Predictions[id] = text
			if err == nil && strings.TrimSpace(text) == "" {
				err = errNoText
			}
			if err != nil {
				rep.Failures = append(rep.Failures, PageFailure{id, err})
			}
		}
		if opts.Progress != nil {
			opts.Progress(i+1, len(d.IDs))
		}
	}
	rep.ExtractScore = ScoreExtraction(d.Truth, rep.Predictions)
	if spent > 0 {
		rep.PagesPerSec = float64(len(d.IDs)-rep.Missing) / spent.Seconds()
	}
	return rep, nil
}
