package sources

import (
	"fmt"
	"strings"
)

// FieldError is a problem with one field of one outlet in a catalogue.
type FieldError struct {
	Outlet string // the outlet's slug, quoted, or "#N" (its 1-based position) when it has none
	Field  string // the catalogue key, such as "lean" or "feeds"
	Err    error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("outlet %s: %s: %v", e.Outlet, e.Field, e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

// RowError is a problem with one line of a ratings table.
type RowError struct {
	Line   int    // 1-based line of the file
	Column string // "name", "domain" or "lean"; empty when the whole line is at fault
	Err    error
}

func (e *RowError) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	}
	return fmt.Sprintf("line %d: %s: %v", e.Line, e.Column, e.Err)
}

func (e *RowError) Unwrap() error { return e.Err }

// maxShown caps how many problems an error message spells out, so that a
// file that is wrong on every line still gives a readable one-line error.
const maxShown = 10

// problems is every problem found in one input. It prints on one line and
// unwraps to each problem, so errors.As finds the first FieldError or
// RowError.
type problems []error

func (p problems) Error() string {
	shown := p
	if len(shown) > maxShown {
		shown = shown[:maxShown]
	}
	msgs := make([]string, len(shown))
	for i, err := range shown {
		msgs[i] = err.Error()
	}
	s := strings.Join(msgs, "; ")
	if len(p) > maxShown {
		s += fmt.Sprintf("; and %d more", len(p)-maxShown)
	}
	return s
}

func (p problems) Unwrap() []error { return p }

// err returns nil when there are no problems, and the problems otherwise.
func (p problems) err() error {
	if len(p) == 0 {
		return nil
	}
	return p
}
