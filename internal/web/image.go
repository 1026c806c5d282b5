package web

import (
	"fmt"
	"mime"
	"net/http"
	"time"
)

// imageTypes are the stored image types the site serves. SVG is left
// out: it can carry script, and it came from an outlet.
var imageTypes = map[string]bool{
	"image/jpeg": true,
	"image/png":  true,
	"image/gif":  true,
	"image/webp": true,
	"image/avif": true,
}

// image serves GET /images/{key}: a lead image the desk fetched and
// stored. Keys name content that never changes, so it is cached for long.
func (s *server) image(w http.ResponseWriter, r *http.Request) {
	ctype, data, err := s.reader.Image(r.Context(), r.PathValue("key"))
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	mt, _, perr := mime.ParseMediaType(ctype)
	if perr != nil || !imageTypes[mt] {
		s.htmlError(w, r, failure(codeNotFound, msgNotFound, fmt.Errorf("stored image has content type %q, which is not served", ctype)))
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	serveBody(w, r, mt, data, time.Time{})
}
