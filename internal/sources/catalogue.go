package sources

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

//go:embed catalogue.toml
var catalogue []byte

// Entry is one outlet of a catalogue with the feeds the desk reads for it.
// Outlet.ID is zero: the store assigns it.
type Entry struct {
	news.Outlet
	Feeds   []string // absolute http(s) URLs, in the catalogue's order
	Note    string   // why the lean is what it is, or what to know about the feeds
	Checked string   // YYYY-MM-DD the feeds were last found to answer; empty when never checked
}

// Default returns the catalogue shipped with the desk, parsed and validated
// by Parse. Each call returns a fresh slice that the caller may change.
// An error means the shipped file is broken, which the package's tests rule
// out.
func Default() ([]Entry, error) {
	entries, err := Parse(catalogue)
	if err != nil {
		return nil, fmt.Errorf("shipped catalogue: %w", err)
	}
	return entries, nil
}

// rawOutlet is one [[outlet]] table as written. The dates are kept as
// decoded (a string, or a TOML date) so that a bad one is reported with the
// outlet it belongs to.
type rawOutlet struct {
	Slug     string   `toml:"slug"`
	Name     string   `toml:"name"`
	Homepage string   `toml:"homepage"`
	Feeds    []string `toml:"feeds"`
	Country  string   `toml:"country"`
	Language string   `toml:"language"`
	Lean     string   `toml:"lean"`
	Rater    string   `toml:"rater"`
	Rated    any      `toml:"rated"`
	Checked  any      `toml:"checked"`
	Note     string   `toml:"note"`
}

// Parse reads a catalogue in the TOML form of catalogue.toml and validates
// every outlet. Required: slug, name, homepage, at least one feed, country,
// language and lean. Slugs are lower-case words joined by hyphens and unique;
// homepage and feeds are absolute http or https URLs, and no feed appears
// twice in the catalogue (ignoring scheme, host case and a trailing slash);
// lean is one that news.ParseLean knows; country and language are two
// letters (stored upper- and lower-case); a lean other than unrated needs a
// rater and a rated date, and a rater and a date always come together;
// rated and checked are dates written YYYY-MM-DD. Unknown keys are errors,
// so that a misspelt key is not silently dropped.
//
// On success every entry is returned in file order. Otherwise the error
// names each bad outlet and field (errors.As finds a *FieldError), or the
// line of a TOML syntax error, and no entries are returned.
func Parse(data []byte) ([]Entry, error) {
	var doc struct {
		Outlet []rawOutlet `toml:"outlet"`
	}
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&doc)
	if err != nil {
		return nil, fmt.Errorf("catalogue: %w", err)
	}
	var errs problems
	if undecoded := md.Undecoded(); len(undecoded) > 0 {
		errs = append(errs, unknownKeys(data, undecoded)...)
	}
	if len(doc.Outlet) == 0 {
		errs = append(errs, errors.New("no [[outlet]] tables"))
	}
	entries := make([]Entry, 0, len(doc.Outlet))
	slugs := map[string]int{}    // slug -> 1-based position
	feeds := map[string]string{} // feed key -> outlet label
	for i, raw := range doc.Outlet {
		e, label, bad := raw.entry(i + 1)
		errs = append(errs, bad...)
		if e.Slug != "" {
			if first, ok := slugs[e.Slug]; ok {
				errs = append(errs, &FieldError{label, "slug", fmt.Errorf("%q is also the slug of outlet #%d", e.Slug, first)})
			} else {
				slugs[e.Slug] = i + 1
			}
		}
		for _, f := range e.Feeds {
			k := feedKey(f)
			if other, ok := feeds[k]; ok {
				errs = append(errs, &FieldError{label, "feeds", fmt.Errorf("%q is already listed by outlet %s", f, other)})
				continue
			}
			feeds[k] = label
		}
		entries = append(entries, e)
	}
	if err := errs.err(); err != nil {
		return nil, fmt.Errorf("catalogue: %w", err)
	}
	return entries, nil
}

// unknownKeys names the keys the decoder did not use, and for a key inside
// an outlet, which outlets hold it.
func unknownKeys(data []byte, keys []toml.Key) problems {
	inOutlet := map[string]bool{}
	var errs problems
	seen := map[string]bool{}
	for _, k := range keys {
		switch {
		case len(k) == 2 && k[0] == "outlet":
			inOutlet[k[1]] = true
		case k[0] == "outlet":
			// inside a value that is reported at its parent key
		case !seen[k[0]]:
			seen[k[0]] = true
			errs = append(errs, fmt.Errorf("unknown key %q", k[0]))
		}
	}
	var loose struct {
		Outlet []map[string]any `toml:"outlet"`
	}
	_, _ = toml.Decode(string(data), &loose) // the same data decoded once already
	for i, o := range loose.Outlet {
		for _, name := range slices.Sorted(maps.Keys(o)) {
			if inOutlet[name] {
				errs = append(errs, &FieldError{outletLabel(o["slug"], i+1), name, errors.New("unknown key")})
			}
		}
	}
	return errs
}

// outletLabel is how errors name an outlet: its slug, or its position.
func outletLabel(slug any, pos int) string {
	if s, ok := slug.(string); ok && strings.TrimSpace(s) != "" {
		return fmt.Sprintf("%q", strings.TrimSpace(s))
	}
	return fmt.Sprintf("#%d", pos)
}
