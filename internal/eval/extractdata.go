package eval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// ExtractDir is an article-extraction data folder: ground-truth.json
// (`{id: {"articleBody": text, "url": address}}`, url optional) and the
// pages as html/<id>.html.gz or html/<id>.html.
type ExtractDir struct {
	Dir   string
	IDs   []string          // sorted
	Truth map[string]string // id -> true article body
	URLs  map[string]string // id -> page address, when given
}

// OpenExtractDir reads dir's ground truth. It fails when the file is
// missing, is not the expected JSON, or holds no page.
func OpenExtractDir(dir string) (*ExtractDir, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("read ground truth: %w", err)
	}
	var gt map[string]struct {
		ArticleBody *string `json:"articleBody"`
		URL         string  `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("read ground truth %s: %w", filepath.Join(dir, "ground-truth.json"), err)
	}
	if len(gt) == 0 {
		return nil, fmt.Errorf("read ground truth %s: no pages", filepath.Join(dir, "ground-truth.json"))
	}
	d := &ExtractDir{Dir: dir, Truth: map[string]string{}, URLs: map[string]string{}}
	for id, v := range gt {
		if v.ArticleBody == nil {
			return nil, fmt.Errorf("read ground truth: page %q has no articleBody", id)
		}
		d.IDs = append(d.IDs, id)
		d.Truth[id] = *v.ArticleBody
		if v.URL != "" {
			d.URLs[id] = v.URL
		}
	}
	sort.Strings(d.IDs)
	return d, nil
}

// Page reads page id's HTML: html/<id>.html.gz, else html/<id>.html.
func (d *ExtractDir) Page(id string) ([]byte, error) {
	base := filepath.Join(d.Dir, "html", id+".html")
	gz, err := os.ReadFile(base + ".gz")
	if errors.Is(err, fs.ErrNotExist) {
		page, err := os.ReadFile(base)
		if err != nil {
			return nil, fmt.Errorf("read page %s: %w", id, err)
		}
		return page, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read page %s: %w", id, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("read page %s: %w", id, err)
	}
	page, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("read page %s: %w", id, err)
	}
	return page, nil
}

// WritePredictions writes pred as `{id: {"articleBody": text}}`, the
// benchmark's prediction format, keys sorted.
func WritePredictions(w io.Writer, pred map[string]string) error {
	type body struct {
		ArticleBody string `json:"articleBody"`
	}
	out := make(map[string]body, len(pred))
	for id, t := range pred {
		out[id] = body{t}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
