package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"testing"
)

// TestStaticFiles: every embedded file is served as it is embedded, with
// its type and an ETag of its bytes; gzipped, to a reader that takes gzip,
// into the same bytes; with 304 and no body to a reader whose copy is
// current; and cached for a year only when asked for at its current
// version.
func TestStaticFiles(t *testing.T) {
	h, _ := newTestHandler(t, newFixtureReader(), nil)
	entries, err := fs.ReadDir(staticFS, "static")
	if err != nil || len(entries) == 0 {
		t.Fatalf("no static files: %v", err)
	}
	for _, e := range entries {
		name := e.Name()
		t.Run(name, func(t *testing.T) {
			want, err := staticFS.ReadFile("static/" + name)
			if err != nil {
				t.Fatal(err)
			}
			target := "/static/" + name
			plain := request(t, h, http.MethodGet, target, nil)
			if plain.Code != http.StatusOK || !bytes.Equal(plain.Body.Bytes(), want) {
				t.Fatalf("GET %s: %d, %d bytes; want 200 and the %d embedded bytes", target, plain.Code, plain.Body.Len(), len(want))
			}
			hd := plain.Header()
			if got, wantType := hd.Get("Content-Type"), mime.TypeByExtension(path.Ext(name)); got != wantType {
				t.Errorf("Content-Type %q, want %q", got, wantType)
			}
			if got := hd.Get("ETag"); got != contentETag(want) {
				t.Errorf("ETag %q, want %q, drawn from the file's bytes", got, contentETag(want))
			}
			if got := hd.Get("Cache-Control"); got != "public, max-age=3600" {
				t.Errorf("unversioned Cache-Control %q, want an hour", got)
			}
			if hd.Get("Content-Encoding") != "" || !strings.Contains(hd.Get("Vary"), "Accept-Encoding") {
				t.Errorf("a reader that takes no gzip got Content-Encoding %q, Vary %q", hd.Get("Content-Encoding"), hd.Get("Vary"))
			}
			if hd.Get("Content-Security-Policy") == "" {
				t.Error("no Content-Security-Policy")
			}

			versioned := request(t, h, http.MethodGet, target+"?v="+siteAssets().version[name], nil)
			if got := versioned.Header().Get("Cache-Control"); got != "public, max-age=31536000, immutable" || !bytes.Equal(versioned.Body.Bytes(), want) {
				t.Errorf("versioned: Cache-Control %q, %d bytes; want a year, immutable, and the file", got, versioned.Body.Len())
			}
			stale := request(t, h, http.MethodGet, target+"?v=0000", nil)
			if got := stale.Header().Get("Cache-Control"); got != "public, max-age=3600" {
				t.Errorf("another version: Cache-Control %q, want an hour", got)
			}

			zipped := request(t, h, http.MethodGet, target, map[string]string{"Accept-Encoding": "gzip"})
			body := zipped.Body.Bytes()
			if zipped.Header().Get("Content-Encoding") == "gzip" {
				zr, err := gzip.NewReader(bytes.NewReader(body))
				if err != nil {
					t.Fatal(err)
				}
				if body, err = io.ReadAll(zr); err != nil {
					t.Fatal(err)
				}
				if zipped.Body.Len() >= len(want) {
					t.Errorf("gzipped to %d bytes from %d", zipped.Body.Len(), len(want))
				}
			} else if strings.HasSuffix(name, ".css") {
				t.Error("a stylesheet was not gzipped for a reader that takes gzip")
			}
			if !bytes.Equal(body, want) {
				t.Error("the gzipped file is not the file")
			}

			current := request(t, h, http.MethodGet, target, map[string]string{"If-None-Match": hd.Get("ETag")})
			if current.Code != http.StatusNotModified || current.Body.Len() != 0 {
				t.Errorf("a current copy got %d with %d bytes; want 304 and none", current.Code, current.Body.Len())
			}

			head := request(t, h, http.MethodHead, target, nil)
			if head.Code != http.StatusOK || head.Body.Len() != 0 || head.Header().Get("Content-Length") != strconv.Itoa(len(want)) {
				t.Errorf("HEAD: %d, %d body bytes, Content-Length %q", head.Code, head.Body.Len(), head.Header().Get("Content-Length"))
			}
		})
	}
}
