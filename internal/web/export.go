package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// ExportMarker is the file that marks a folder as a static copy of the
// site, so that Export replaces only a folder it wrote itself.
const ExportMarker = ".unbiased-export"

// ExportReport says what Export wrote.
type ExportReport struct {
	Dir     string
	Pages   int // front pages
	Stories int
	Outlets int // outlet pages, besides the list of outlets
	Images  int
	// MissingImages counts images the pages link but the store lacks.
	MissingImages int
	Feeds         bool  // whether the feeds were written (they need a base URL)
	Files         int   // every file written
	Bytes         int64 // their total size
}

// exportName is what a story ID, outlet slug or image key must look like to become a
// file name: no separators, and no dot in front.
var exportName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// Export writes a static copy of the site into dir, for a web server or
// host that serves files: the front pages (index.html, page/N/index.html),
// every published story (stories/ID/index.html), the About and Blind
// spots pages, when r is an OutletReader the list of outlets and each
// outlet's page (outlets/index.html, outlets/SLUG/index.html), the lead
// images, the style sheet and icon, a 404.html, and, when o.BaseURL
// is set, the Atom, RSS and JSON feeds (their links must be absolute).
// The pages are the ones the site serves, rendered with o.Static: no
// search form, and path-based front pages. Links are root-relative, so
// the copy belongs at the root of its host; a host that redirects
// /stories/ID to /stories/ID/ (as most do) then serves every link.
//
// The copy is written beside dir and then put in its place, so a reader
// never sees half an export, and a story that is gone is gone from the
// copy too. A dir that exists must be empty or an earlier export
// (holding ExportMarker): Export refuses to replace anything else.
func Export(ctx context.Context, r Reader, o Options, dir string) (ExportReport, error) {
	rep := ExportReport{Dir: dir}
	if err := checkExportDir(dir); err != nil {
		return rep, err
	}
	o.Static, o.Admin = true, nil
	o = withDefaults(o)
	h := New(r, o)
	host := "localhost"
	if base := cleanBase(o.BaseURL); base != "" {
		u, _ := url.Parse(base) // cleanBase returns only URLs that parse
		host, rep.Feeds = u.Host, true
	}

	parent := filepath.Dir(filepath.Clean(dir))
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".export-")
	if err != nil {
		return rep, fmt.Errorf("export: %w", err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil { // MkdirTemp makes it private
		return rep, fmt.Errorf("export: %w", err)
	}
	defer os.RemoveAll(tmp) // after a successful swap it is gone already

	// Image files get the extension of their type, so that any file
	// server serves them as images; pages and feeds link them so.
	var relink *strings.Replacer
	// The export's progress is counted in steps: a story's page read to
	// find its images, and each file read for the copy (through
	// fetchOne, once each). The total is known once the stories and the
	// outlets are listed, but for the images, which it gains once the
	// stories' pages are read.
	done, total := 0, 0
	step := func() {
		done++
		if o.ExportProgress != nil {
			o.ExportProgress(done, total)
		}
	}
	fetchOne := func(urlPath string, want int) (*exportRecorder, error) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		defer step()
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+host+urlPath, nil)
		if err != nil {
			return nil, err
		}
		w := &exportRecorder{header: http.Header{}, code: http.StatusOK}
		h.ServeHTTP(w, req)
		if w.code != want {
			return nil, statusError{urlPath, w.code, want}
		}
		return w, nil
	}
	writeOut := func(file string, body []byte) error {
		target := filepath.Join(tmp, filepath.FromSlash(file))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(target, body, 0o644); err != nil {
			return err
		}
		rep.Files++
		rep.Bytes += int64(len(body))
		return nil
	}
	get := func(urlPath, file string, want int) error {
		w, err := fetchOne(urlPath, want)
		if err != nil {
			return err
		}
		body := w.body.Bytes()
		if relink != nil && !strings.HasPrefix(urlPath, "/static/") {
			body = []byte(relink.Replace(string(body)))
		}
		return writeOut(file, body)
	}

	var stories []news.StorySummary
	for {
		list, err := r.ListStories(ctx, maxLimit, len(stories))
		if err != nil {
			return rep, fmt.Errorf("export: list stories: %w", err)
		}
		stories = append(stories, list...)
		if len(list) < maxLimit {
			break
		}
	}
	rep.Pages = max(1, (len(stories)+frontPageSize-1)/frontPageSize)
	or, _ := r.(OutletReader)
	var outlets []news.Outlet
	if or != nil {
		if outlets, err = or.Outlets(ctx); err != nil {
			return rep, fmt.Errorf("export: list outlets: %w", err)
		}
	}
	names, err := fs.ReadDir(staticFS, "static")
	if err != nil {
		return rep, err
	}
	// each story's page read for its images, then the files: the front
	// pages, the stories, About, Blind spots, the 404 page, the static
	// files, the outlets and the feeds (the images are added below)
	total = 2*len(stories) + rep.Pages + 3 + len(names)
	if or != nil {
		total += 1 + len(outlets)
	}
	if rep.Feeds {
		total += 3
	}

	images := map[string]bool{}
	addImage := func(img *news.Image) {
		if img == nil || !isLocalPath(img.LocalPath) {
			return
		}
		key, ok := strings.CutPrefix(img.LocalPath, "/images/")
		if ok && exportName.MatchString(key) { // else not an image the desk serves
			images[img.LocalPath] = true
		}
	}
	for _, st := range stories {
		if !exportName.MatchString(st.ID) {
			return rep, fmt.Errorf("export: story ID %q cannot be a folder name", st.ID)
		}
		addImage(st.Image)
		page, err := r.Page(ctx, st.ID)
		if err != nil {
			return rep, fmt.Errorf("export: story %s: %w", st.ID, err)
		}
		addImage(page.LeadImage)
		step()
	}
	total += len(images)

	var links []string
	for _, p := range slices.Sorted(maps.Keys(images)) {
		key := strings.TrimPrefix(p, "/images/")
		w, err := fetchOne(p, http.StatusOK)
		var status statusError
		switch {
		case errors.As(err, &status) && status.got == http.StatusNotFound:
			// the page links an image the store no longer has: the
			// site shows it broken too, and the rest of the copy stands
			o.Logger.Warn("export: image not in the store", "image", p)
			rep.MissingImages++
			continue
		case err != nil:
			return rep, err
		}
		name := key
		if ext := imageExt(w.header.Get("Content-Type")); !strings.HasSuffix(key, ext) {
			name += ext
		}
		if err := writeOut("images/"+name, w.body.Bytes()); err != nil {
			return rep, err
		}
		rep.Images++
		links = append(links, p+`"`, "/images/"+name+`"`)
	}
	if len(links) > 0 {
		relink = strings.NewReplacer(links...)
	}
	if err := get("/", "index.html", http.StatusOK); err != nil {
		return rep, err
	}
	for n := 2; n <= rep.Pages; n++ {
		p := fmt.Sprintf("/page/%d/", n)
		if err := get(p, strings.TrimPrefix(p, "/")+"index.html", http.StatusOK); err != nil {
			return rep, err
		}
	}
	for _, st := range stories {
		if err := get(storyPath(st.ID), "stories/"+st.ID+"/index.html", http.StatusOK); err != nil {
			return rep, err
		}
		rep.Stories++
	}
	if err := get("/about", "about/index.html", http.StatusOK); err != nil {
		return rep, err
	}
	if err := get("/blindspots", "blindspots/index.html", http.StatusOK); err != nil {
		return rep, err
	}
	if or != nil {
		if err := get("/outlets", "outlets/index.html", http.StatusOK); err != nil {
			return rep, err
		}
		for _, o := range outlets {
			if !exportName.MatchString(o.Slug) {
				return rep, fmt.Errorf("export: outlet slug %q cannot be a folder name", o.Slug)
			}
			if err := get(outletPath(o.Slug), "outlets/"+o.Slug+"/index.html", http.StatusOK); err != nil {
				return rep, err
			}
			rep.Outlets++
		}
	}
	if err := get("/no-such-page-in-a-static-copy", "404.html", http.StatusNotFound); err != nil {
		return rep, err
	}
	for _, e := range names {
		if err := get("/static/"+e.Name(), "static/"+e.Name(), http.StatusOK); err != nil {
			return rep, err
		}
	}
	if rep.Feeds {
		for _, p := range []string{atomPath, rssPath, jsonPath} {
			if err := get(p, path.Base(p), http.StatusOK); err != nil {
				return rep, err
			}
		}
	}
	if err := os.WriteFile(filepath.Join(tmp, ExportMarker), []byte("A static copy of the site, written by unbiased export.\n"), 0o644); err != nil {
		return rep, err
	}
	if err := swapDir(tmp, dir); err != nil {
		return rep, fmt.Errorf("export: %w", err)
	}
	return rep, nil
}

// imageExt is the file extension of an image's content type, or "" for
// a type the desk does not name.
func imageExt(contentType string) string {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "image/png":
		return ".png"
	case "image/jpeg":
		return ".jpg"
	case "image/gif":
		return ".gif"
	case "image/webp":
		return ".webp"
	case "image/avif":
		return ".avif"
	case "image/svg+xml":
		return ".svg"
	}
	return ""
}

// checkExportDir refuses a dir that is a file, or a folder that is
// neither empty nor an earlier export.
func checkExportDir(dir string) error {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("export: %w", err)
	case !st.IsDir():
		return fmt.Errorf("export: %s is a file, not a folder", dir)
	}
	if _, err := os.Stat(filepath.Join(dir, ExportMarker)); err == nil {
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if len(entries) > 0 {
		return fmt.Errorf("export: %s holds other files (it has no %s): give an empty or new folder", dir, ExportMarker)
	}
	return nil
}

// swapDir puts the folder tmp where dir is, moving an earlier dir out of
// the way first and removing it after.
func swapDir(tmp, dir string) error {
	old := ""
	if _, err := os.Stat(dir); err == nil {
		old = tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			os.Rename(old, dir)
		}
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// statusError is a page that did not answer as the export expected.
type statusError struct {
	path      string
	got, want int
}

func (e statusError) Error() string {
	return fmt.Sprintf("export %s: status %d, want %d", e.path, e.got, e.want)
}

// exportRecorder is the http.ResponseWriter Export renders pages into.
type exportRecorder struct {
	header http.Header
	code   int
	wrote  bool
	body   bytes.Buffer
}

func (w *exportRecorder) Header() http.Header { return w.header }

func (w *exportRecorder) WriteHeader(code int) {
	if !w.wrote {
		w.code, w.wrote = code, true
	}
}

func (w *exportRecorder) Write(p []byte) (int, error) {
	w.wrote = true
	return w.body.Write(p)
}
