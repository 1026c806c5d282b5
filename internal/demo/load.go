package demo

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// site is an outlet together with what the server needs to publish it.
type site struct {
	OutletSpec
	Style    string
	Tagline  string
	Sections []string
	Tracking bool
	FeedPath string
	Articles []*ArticleSpec // newest first
}

type mediaFile struct {
	Name    string
	Caption string
	Data    []byte
}

type comment struct{ Name, Text string }

// Feed formats, page styles and their feed paths.
var (
	feedPaths = map[string]string{"rss": "/feed.xml", "atom": "/atom.xml", "json": "/feed.json"}
	styles    = []string{"broadsheet", "magazine", "portal", "blog"}
	slugRE    = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	countryRE = regexp.MustCompile(`^[A-Z]{2}$`)
)

type outletFile struct {
	Slug     string   `json:"slug"`
	Name     string   `json:"name"`
	Lean     string   `json:"lean"`
	Country  string   `json:"country"`
	Language string   `json:"language"`
	Format   string   `json:"format"`
	Style    string   `json:"style"`
	Tracking bool     `json:"tracking"`
	Tagline  string   `json:"tagline"`
	Sections []string `json:"sections"`
}

type eventFile struct {
	ID         string `json:"id"`
	Summary    string `json:"summary"`
	Syndicated bool   `json:"syndicated"`
	BlindSpot  bool   `json:"blind_spot"`
	NoOutlook  bool   `json:"no_outlook"`
	LookAlike  string `json:"lookalike"`
}

// load reads a corpus laid out as in the embedded "corpus" folder.
func load(fsys fs.FS) (*Corpus, error) {
	c := &Corpus{sites: map[string]*site{}, media: map[string]mediaFile{}}
	steps := []struct {
		name string
		fn   func(fs.FS, string) error
	}{
		{"outlets.json", c.loadOutlets},
		{"events.json", c.loadEvents},
		{"media.json", c.loadMedia},
		{"comments.txt", c.loadComments},
		{"articles", c.loadArticles},
	}
	for _, s := range steps {
		if err := s.fn(fsys, s.name); err != nil {
			return nil, fmt.Errorf("demo: load %s: %w", s.name, err)
		}
	}
	return c, nil
}

func decodeJSON(fsys fs.FS, name string, v any) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

func (c *Corpus) loadOutlets(fsys fs.FS, name string) error {
	var files []outletFile
	if err := decodeJSON(fsys, name, &files); err != nil {
		return err
	}
	if len(files) == 0 {
		return errors.New("no outlets")
	}
	for _, f := range files {
		lean, err := news.ParseLean(f.Lean)
		switch {
		case !slugRE.MatchString(f.Slug):
			return fmt.Errorf("outlet slug %q: want lower-case letters, digits and hyphens", f.Slug)
		case err != nil:
			return fmt.Errorf("outlet %s: %w", f.Slug, err)
		case f.Name == "" || f.Tagline == "" || len(f.Sections) == 0:
			return fmt.Errorf("outlet %s: name, tagline and sections are required", f.Slug)
		case !countryRE.MatchString(f.Country):
			return fmt.Errorf("outlet %s: country %q is not an upper-case ISO 3166-1 code", f.Slug, f.Country)
		case len(f.Language) != 2:
			return fmt.Errorf("outlet %s: language %q is not an ISO 639-1 code", f.Slug, f.Language)
		case feedPaths[f.Format] == "":
			return fmt.Errorf("outlet %s: feed format %q (want rss, atom or json)", f.Slug, f.Format)
		case !slices.Contains(styles, f.Style):
			return fmt.Errorf("outlet %s: page style %q (want one of %s)", f.Slug, f.Style, strings.Join(styles, ", "))
		}
		host := f.Slug + HostSuffix
		if c.sites[host] != nil {
			return fmt.Errorf("outlet %s: listed twice", f.Slug)
		}
		spec := OutletSpec{
			Slug: f.Slug, Name: f.Name, Host: host, Homepage: "http://" + host + "/",
			FeedURL: "http://" + host + feedPaths[f.Format], Country: f.Country,
			Language: f.Language, FeedFormat: f.Format, Lean: lean,
		}
		c.Outlets = append(c.Outlets, spec)
		c.sites[host] = &site{OutletSpec: spec, Style: f.Style, Tagline: f.Tagline,
			Sections: f.Sections, Tracking: f.Tracking, FeedPath: feedPaths[f.Format]}
	}
	return nil
}

func (c *Corpus) loadEvents(fsys fs.FS, name string) error {
	var files []eventFile
	if err := decodeJSON(fsys, name, &files); err != nil {
		return err
	}
	ids := map[string]eventFile{}
	for _, f := range files {
		if !slugRE.MatchString(f.ID) || f.Summary == "" {
			return fmt.Errorf("event %q: want a slug-like id and a summary", f.ID)
		}
		if _, dup := ids[f.ID]; dup {
			return fmt.Errorf("event %s: listed twice", f.ID)
		}
		ids[f.ID] = f
	}
	for _, f := range files {
		if f.LookAlike != "" {
			twin, ok := ids[f.LookAlike]
			if !ok || twin.LookAlike != f.ID || f.LookAlike == f.ID {
				return fmt.Errorf("event %s: look-alike %q must be another event that names it back", f.ID, f.LookAlike)
			}
		}
		c.Events = append(c.Events, EventSpec{ID: f.ID, Summary: f.Summary, Syndicated: f.Syndicated,
			BlindSpot: f.BlindSpot, NoOutlook: f.NoOutlook, LookAlike: f.LookAlike})
	}
	return nil
}

func (c *Corpus) loadMedia(fsys fs.FS, name string) error {
	var captions map[string]string
	if err := decodeJSON(fsys, name, &captions); err != nil {
		return err
	}
	for file, caption := range captions {
		if ext := path.Ext(file); ext != ".jpg" && ext != ".png" || path.Base(file) != file {
			return fmt.Errorf("media %q: want a .jpg or .png file name", file)
		}
		data, err := fs.ReadFile(fsys, "media/"+file)
		if err != nil {
			return fmt.Errorf("media %q: %w", file, err)
		}
		c.media[file] = mediaFile{Name: file, Caption: caption, Data: data}
	}
	return nil
}

func (c *Corpus) loadComments(fsys fs.FS, name string) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return err
	}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		who, text, ok := strings.Cut(line, "|")
		who, text = strings.TrimSpace(who), strings.TrimSpace(text)
		if !ok || who == "" || text == "" {
			return fmt.Errorf("line %d: want \"name | comment\"", i+1)
		}
		c.comments = append(c.comments, comment{Name: who, Text: text})
	}
	if len(c.comments) < 3 {
		return errors.New("want at least 3 comments")
	}
	return nil
}
