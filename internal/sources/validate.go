package sources

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// dateLayout is how the catalogue writes rated and checked dates.
const dateLayout = "2006-01-02"

var (
	slugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	errRequired = errors.New("required")
)

// entry checks one outlet and turns it into an Entry. It returns the label
// errors use for the outlet and every problem found, each a *FieldError.
// Uniqueness across outlets is the caller's to check.
func (r rawOutlet) entry(pos int) (Entry, string, []error) {
	label := outletLabel(r.Slug, pos)
	var errs []error
	bad := func(field string, err error) { errs = append(errs, &FieldError{label, field, err}) }

	e := Entry{
		Outlet: news.Outlet{
			Slug:     strings.TrimSpace(r.Slug),
			Name:     strings.TrimSpace(r.Name),
			Homepage: strings.TrimSpace(r.Homepage),
		},
		Note: strings.TrimSpace(r.Note),
	}
	switch {
	case e.Slug == "":
		bad("slug", errRequired)
	case !slugPattern.MatchString(e.Slug):
		bad("slug", fmt.Errorf("%q is not lower-case letters and digits joined by single hyphens", e.Slug))
	}
	if e.Name == "" {
		bad("name", errRequired)
	}
	if err := checkURL(e.Homepage); err != nil {
		bad("homepage", err)
	}
	if len(r.Feeds) == 0 {
		bad("feeds", errors.New("at least one feed is required"))
	}
	for _, f := range r.Feeds {
		f = strings.TrimSpace(f)
		if err := checkURL(f); err != nil {
			bad("feeds", err)
			continue
		}
		e.Feeds = append(e.Feeds, f)
	}

	var err error
	if e.Country, err = twoLetters(r.Country, strings.ToUpper); err != nil {
		bad("country", fmt.Errorf("%w (want an ISO 3166-1 alpha-2 code such as GB)", err))
	}
	if e.Language, err = twoLetters(r.Language, strings.ToLower); err != nil {
		bad("language", fmt.Errorf("%w (want an ISO 639-1 code such as en)", err))
	}

	e.Rating = r.rating(bad)

	if checked, err := parseDate(r.Checked); err != nil {
		bad("checked", err)
	} else if !checked.IsZero() {
		e.Checked = checked.Format(dateLayout)
	}
	return e, label, errs
}

// rating checks lean, rater and rated together, reporting problems to bad:
// a lean other than unrated needs a rater and a date, and a rater and a
// date never come alone.
func (r rawOutlet) rating(bad func(field string, err error)) news.Rating {
	var rt news.Rating
	if strings.TrimSpace(r.Lean) == "" {
		bad("lean", errRequired)
	} else if lean, err := news.ParseLean(r.Lean); err != nil {
		bad("lean", err)
	} else {
		rt.Lean = lean
	}
	rt.Rater = strings.TrimSpace(r.Rater)
	rated, err := parseDate(r.Rated)
	if err != nil {
		bad("rated", err)
	}
	rt.RatedAt = rated

	hasDate := err != nil || !rated.IsZero() // a bad date was still given
	isRated := (rt.Lean != "" && rt.Lean != news.Unrated) || rt.Rater != "" || hasDate
	if isRated && rt.Rater == "" {
		bad("rater", errors.New("required when the outlet is rated"))
	}
	if isRated && !hasDate {
		bad("rated", errors.New("required when the outlet is rated"))
	}
	return rt
}

// checkURL accepts an absolute http or https URL with a host and no user
// information.
func checkURL(s string) error {
	if s == "" {
		return errRequired
	}
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("%q is not a URL", s)
	}
	if scheme := strings.ToLower(u.Scheme); scheme != "http" && scheme != "https" {
		return fmt.Errorf("%q is not an absolute http or https URL", s)
	}
	if u.Hostname() == "" || u.Opaque != "" {
		return fmt.Errorf("%q has no host", s)
	}
	if u.User != nil {
		return fmt.Errorf("%q carries user information", s)
	}
	return nil
}

// feedKey is what two feed URLs share when they name the same feed: the
// host in lower case, the path without a trailing slash, and the query.
// Scheme is left out because outlets serve the same feed over both.
func feedKey(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return s
	}
	k := strings.ToLower(u.Host) + strings.TrimSuffix(u.EscapedPath(), "/")
	if u.RawQuery != "" {
		k += "?" + u.RawQuery
	}
	return k
}

// twoLetters checks that s is two ASCII letters and returns it in the case
// that norm gives.
func twoLetters(s string, norm func(string) string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", errRequired
	}
	if len(s) != 2 || !isLetter(s[0]) || !isLetter(s[1]) {
		return "", fmt.Errorf("%q is not two letters", s)
	}
	return norm(s), nil
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// parseDate reads a catalogue date: a "YYYY-MM-DD" string or a TOML date.
// Absent and empty give the zero time; a date is midnight UTC.
func parseDate(v any) (time.Time, error) {
	switch d := v.(type) {
	case nil:
		return time.Time{}, nil
	case string:
		d = strings.TrimSpace(d)
		if d == "" {
			return time.Time{}, nil
		}
		t, err := time.Parse(dateLayout, d)
		if err != nil {
			return time.Time{}, fmt.Errorf("%q is not a date written YYYY-MM-DD", d)
		}
		return t, nil
	case time.Time:
		y, m, day := d.Date()
		return time.Date(y, m, day, 0, 0, 0, 0, time.UTC), nil
	}
	return time.Time{}, fmt.Errorf("%v is not a date written YYYY-MM-DD", v)
}
