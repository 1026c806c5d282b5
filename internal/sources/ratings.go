package sources

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// RatingRow is one line of a ratings table that a user loads to rate
// outlets in place of the editors. The table is matched to the catalogue by
// Domain (see MatchDomain); Name is for people reading the table and may be
// empty.
type RatingRow struct {
	Name   string
	Domain string // host name in lower case, without "www." or a port
	Lean   news.Lean
}

// ratingColumns are the columns a ratings table must have.
var ratingColumns = []string{"name", "domain", "lean"}

// ParseRatings reads a ratings table: CSV whose first line is a header
// naming the columns name, domain and lean in any order and any case. Other
// columns are ignored, a UTF-8 byte order mark is skipped, and blank lines
// (or lines of empty fields) are skipped. A domain may be written as a host
// name or a URL; it is returned as a bare host name, and one that is a
// public suffix ("co.uk") or appears twice is an error. A lean is anything
// news.ParseLean accepts.
//
// A missing header column or broken CSV is an error and no rows are
// returned. A bad line does not stop the others: ParseRatings returns the
// good rows together with an error that names every bad line and its value
// (errors.As finds a *RowError), and the caller decides whether a partial
// table is worth loading.
func ParseRatings(r io.Reader) ([]RatingRow, error) {
	br := bufio.NewReader(r)
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		_, _ = br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true

	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, errors.New("ratings: empty file: want a header line with name, domain and lean")
	}
	if err != nil {
		return nil, fmt.Errorf("ratings: %w", err)
	}
	headerLine, _ := cr.FieldPos(0)
	col, err := headerColumns(header, headerLine)
	if err != nil {
		return nil, fmt.Errorf("ratings: %w", err)
	}

	var rows []RatingRow
	var errs problems
	seen := map[string]int{} // domain -> line
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("ratings: %w", err)
		}
		if blank(rec) {
			continue
		}
		line, _ := cr.FieldPos(0)
		row, bad := ratingRow(rec, col, line)
		if bad != nil {
			errs = append(errs, bad)
			continue
		}
		if first, ok := seen[row.Domain]; ok {
			errs = append(errs, &RowError{line, "domain", fmt.Errorf("%q is already rated on line %d", row.Domain, first)})
			continue
		}
		seen[row.Domain] = line
		rows = append(rows, row)
	}
	if err := errs.err(); err != nil {
		return rows, fmt.Errorf("ratings: %w", err)
	}
	return rows, nil
}

// headerColumns finds where each required column is in the header, which
// is on the given line.
func headerColumns(header []string, line int) (map[string]int, error) {
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		if !slices.Contains(ratingColumns, h) {
			continue
		}
		if _, dup := col[h]; dup {
			return nil, &RowError{line, h, errors.New("column appears twice in the header")}
		}
		col[h] = i
	}
	for _, c := range ratingColumns {
		if _, ok := col[c]; !ok {
			return nil, &RowError{line, "", fmt.Errorf("header has no %q column (want name, domain and lean)", c)}
		}
	}
	return col, nil
}

// ratingRow checks one record; the error is a *RowError.
func ratingRow(rec []string, col map[string]int, line int) (RatingRow, error) {
	field := func(name string) (string, error) {
		i := col[name]
		if i >= len(rec) {
			return "", &RowError{line, name, fmt.Errorf("missing: the line has %d fields", len(rec))}
		}
		return strings.TrimSpace(rec[i]), nil
	}
	var row RatingRow
	var err error
	if row.Name, err = field("name"); err != nil {
		return row, err
	}
	domain, err := field("domain")
	if err != nil {
		return row, err
	}
	if row.Domain, err = normalDomain(domain); err != nil {
		return row, &RowError{line, "domain", err}
	}
	lean, err := field("lean")
	if err != nil {
		return row, err
	}
	if row.Lean, err = news.ParseLean(lean); err != nil {
		return row, &RowError{line, "lean", err}
	}
	return row, nil
}

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}
