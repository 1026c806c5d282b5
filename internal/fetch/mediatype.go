package fetch

import (
	"mime"
	"strings"
)

// mediaType returns the lower-case media type of a Content-Type value,
// without parameters; "" when there is none.
func mediaType(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(contentType, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}

// IsFeedType reports whether contentType could carry a feed: an RSS,
// Atom or JSON Feed type, or a generic XML or JSON type that feeds are
// often served as. It is false for HTML (a page, where the caller may
// look for a feed link), for images and other binary types, and for an
// empty value; a caller that wants to be lenient with unlabelled
// responses sniffs the body instead.
func IsFeedType(contentType string) bool {
	switch mt := mediaType(contentType); mt {
	case "application/rss+xml", "application/atom+xml", "application/feed+json",
		"application/rdf+xml", "application/xml", "text/xml", "application/json",
		"application/x-rss+xml", "application/x-atom+xml", "application/rss", "text/rss+xml":
		return true
	case "application/xhtml+xml":
		return false
	default:
		// Feeds under other XML labels are common enough to let
		// through; XML images (image/svg+xml) are not.
		return strings.HasSuffix(mt, "+xml") && !strings.HasPrefix(mt, "image/")
	}
}

// IsHTMLType reports whether contentType names an HTML page (text/html or
// application/xhtml+xml).
func IsHTMLType(contentType string) bool {
	switch mediaType(contentType) {
	case "text/html", "application/xhtml+xml":
		return true
	}
	return false
}
