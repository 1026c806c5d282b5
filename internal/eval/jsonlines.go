package eval

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
)

// eachLine calls fn with every non-blank line of a JSON Lines file and its
// number (from 1), and stops at the first error, which it prefixes with
// the line's number. Lines may be up to 64 MiB long.
func eachLine(r io.Reader, fn func(n int, line []byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if err := fn(n, line); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return sc.Err()
}

// idLines remembers the line of each ID seen, so that a repeated one is
// an error that names the first.
type idLines map[string]int

// add reads the ID on line n: raw must be a non-empty string or a number
// (see label), not seen before. what names the field.
func (ids idLines) add(n int, what string, raw []byte) (string, error) {
	id, err := label(raw)
	if err != nil || id == "" {
		return "", fmt.Errorf("no %s", what)
	}
	if first, dup := ids[id]; dup {
		return "", fmt.Errorf("%s %q already on line %d", what, id, first)
	}
	ids[id] = n
	return id, nil
}
