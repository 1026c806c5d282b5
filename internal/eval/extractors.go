package eval

import (
	"bytes"
	"net/url"
	"sort"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/theunbiasedpost/unbiased/internal/extract"
)

// An Extractor returns the article body of a page fetched from pageURL
// (which may be empty). An error means it found none.
type Extractor func(page []byte, pageURL string) (string, error)

// DefaultExtractor is the name of the desk's own extractor.
const DefaultExtractor = "unbiased"

// extractors are the extractors an eval run can name: the desk's own and
// the libraries it builds on, run alone as references.
var extractors = map[string]Extractor{
	// The desk's extract.Extract.
	DefaultExtractor: func(page []byte, pageURL string) (string, error) {
		r, err := extract.Extract(page, pageURL)
		if r == nil {
			return "", err
		}
		return r.Text, err
	},
	// go-trafilatura alone, with its own readability and DOM-distiller
	// fallback, as the benchmark ran it.
	"go-trafilatura": func(page []byte, pageURL string) (string, error) {
		r, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{
			OriginalURL:    absURL(pageURL),
			EnableFallback: true,
		})
		if err != nil {
			return "", err
		}
		return r.ContentText, nil
	},
	// readeck's go-readability alone.
	"readability": func(page []byte, pageURL string) (string, error) {
		u := absURL(pageURL)
		if u == nil {
			u = &url.URL{Scheme: "https", Host: "page.invalid", Path: "/"}
		}
		p := readability.NewParser()
		a, err := p.Parse(bytes.NewReader(page), u)
		if err != nil {
			return "", err
		}
		var b strings.Builder
		if err := a.RenderText(&b); err != nil {
			return "", err
		}
		return b.String(), nil
	},
}

// ExtractorNames lists the names LookupExtractor knows, sorted.
func ExtractorNames() []string {
	names := make([]string, 0, len(extractors))
	for n := range extractors {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// LookupExtractor returns the extractor called name.
func LookupExtractor(name string) (Extractor, bool) {
	e, ok := extractors[name]
	return e, ok
}

// absURL parses an absolute page address, or returns nil.
func absURL(s string) *url.URL {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || !u.IsAbs() || u.Host == "" {
		return nil
	}
	return u
}
