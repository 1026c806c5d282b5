package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
	"unicode"
)

//go:embed templates
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// pageNames are the templates that fill the layout's "main" block.
var pageNames = []string{"front", "story", "about", "search", "blindspots", "outlets", "outlet", "versions", "error"}

// parsePages parses the layout and partials once, then each page on a
// clone of them, so every page can define its own "main".
func parsePages() map[string]*template.Template {
	base := template.Must(template.New("").ParseFS(templateFS, "templates/layout.html", "templates/partials/*.html"))
	pages := make(map[string]*template.Template, len(pageNames))
	for _, name := range pageNames {
		t := template.Must(base.Clone())
		pages[name] = template.Must(t.ParseFS(templateFS, "templates/"+name+".html"))
	}
	return pages
}

// assets are the embedded static files, ready to serve, and their
// addresses. Each address carries a hash of the file's content, so a
// changed file gets a new address and the old one can be cached for long.
type assets struct {
	cssURL  string
	iconURL string
	version map[string]string     // file name -> content hash
	files   map[string]staticFile // file name -> the file, kept
}

// staticFile is one embedded file kept as a page is (see keep), so that
// a request for it costs no copy, hash or compression: once with the
// year-long Cache-Control of a request that names its current version,
// and once with the hour of any other; both share the same bytes.
type staticFile struct {
	current, other *cachedPage
}

// siteAssets are the assets of every server in the process: they come
// from the embedded files alone, so they are built once, when the first
// server is.
var siteAssets = sync.OnceValue(loadAssets)

func loadAssets() assets {
	a := assets{version: map[string]string{}, files: map[string]staticFile{}}
	entries, err := fs.ReadDir(staticFS, "static")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		data, err := staticFS.ReadFile("static/" + e.Name())
		if err != nil {
			panic(err)
		}
		sum := sha256.Sum256(data)
		a.version[e.Name()] = hex.EncodeToString(sum[:6])
		ctype := mime.TypeByExtension(path.Ext(e.Name()))
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		current := keep(data, pageHeaders{contentType: ctype, cacheControl: "public, max-age=31536000, immutable"})
		other := *current
		other.headers.cacheControl = "public, max-age=3600"
		a.files[e.Name()] = staticFile{current: current, other: &other}
	}
	a.cssURL = "/static/site.css?v=" + a.version["site.css"]
	a.iconURL = "/static/mark.svg?v=" + a.version["mark.svg"]
	return a
}

// static serves an embedded file, compressed to a reader that takes one
// of the codings a kept page has (br, zstd, gzip).
// Files requested with their current version are cached for a year;
// others for an hour.
func (s *server) static(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	f, ok := s.assets.files[name]
	if !ok || strings.HasPrefix(name, ".") {
		s.htmlError(w, r, failure(codeNotFound, "There is no file at this address.", nil))
		return
	}
	if v := r.URL.Query().Get("v"); v != "" && v == s.assets.version[name] {
		f.current.serve(w, r)
		return
	}
	f.other.serve(w, r)
}

// mark is the site's text logo: the initials of its name, leaving out a
// leading article ("The Unbiased Post" gives "UP").
func mark(site string) string {
	words := strings.Fields(site)
	if len(words) > 1 {
		switch strings.ToLower(words[0]) {
		case "the", "a", "an":
			words = words[1:]
		}
	}
	var initials []rune
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				initials = append(initials, unicode.ToUpper(r))
				break
			}
		}
		if len(initials) == 3 {
			break
		}
	}
	return string(initials)
}
