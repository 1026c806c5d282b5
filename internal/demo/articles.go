package demo

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"
)

// An article file is a header of "key: value" lines, a blank line, then
// the body: paragraphs separated by blank lines (a paragraph may wrap over
// several lines). Header lines starting with "#" are comments.
//
//	outlet: harbor-ledger
//	event: calder-dock-fire
//	path: /local/fire-guts-pier-7-warehouse-40112
//	title: Fire guts warehouse on Pier 7
//	author: Nadia Ferris
//	published: -121h40m        (offset before the server's clock)
//	image: harbor-dusk.jpg     (optional: a file listed in media.json)
//	caption: ...               (optional: overrides the media caption)
//	summary: ...               (optional: defaults to the first paragraph)
//	feed-date: none            (optional: the feed item carries no date)
//	wire: Meridian Wire        (optional: the text is a wire service's)
var headerKeys = []string{"outlet", "event", "path", "title", "author", "published",
	"image", "caption", "summary", "feed-date", "wire"}

var (
	required   = []string{"outlet", "event", "path", "title", "author", "published"}
	pagePathRE = regexp.MustCompile(`^/[a-z0-9][a-z0-9/._-]*$`)
)

func (c *Corpus) loadArticles(fsys fs.FS, dir string) error {
	err := fs.WalkDir(fsys, dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if path.Ext(name) != ".txt" {
			return fmt.Errorf("%s: want only .txt article files", name)
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		a, err := c.parseArticle(name, string(data))
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		c.Articles = append(c.Articles, a)
		return nil
	})
	if err != nil {
		return err
	}
	if len(c.Articles) == 0 {
		return errors.New("no articles")
	}
	seen := map[string]string{}
	for _, a := range c.Articles {
		if prev, dup := seen[a.URL]; dup {
			return fmt.Errorf("%s: url %s already used by %s", a.File, a.URL, prev)
		}
		seen[a.URL] = a.File
	}
	order := map[string]int{}
	for i, e := range c.Events {
		order[e.ID] = i
	}
	slices.SortStableFunc(c.Articles, func(a, b ArticleSpec) int {
		if d := order[a.Event] - order[b.Event]; d != 0 {
			return d
		}
		return int((a.Offset - b.Offset) / time.Second)
	})
	for i := range c.Articles {
		a := &c.Articles[i]
		s := c.sites[a.Outlet+HostSuffix]
		s.Articles = append(s.Articles, a)
	}
	for _, s := range c.sites {
		slices.SortStableFunc(s.Articles, func(a, b *ArticleSpec) int {
			return int((b.Offset - a.Offset) / time.Second)
		})
	}
	return nil
}

// parseArticle parses one article file and checks it against the outlets,
// events and media already loaded.
func (c *Corpus) parseArticle(name, data string) (ArticleSpec, error) {
	data = strings.ReplaceAll(data, "\r\n", "\n")
	head, body, ok := strings.Cut(data, "\n\n")
	if !ok {
		return ArticleSpec{}, errors.New("want a header, a blank line, then the body")
	}
	h := map[string]string{}
	for i, line := range strings.Split(head, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		switch {
		case !ok:
			return ArticleSpec{}, fmt.Errorf("header line %d: want \"key: value\"", i+1)
		case !slices.Contains(headerKeys, k):
			return ArticleSpec{}, fmt.Errorf("header line %d: unknown key %q", i+1, k)
		case h[k] != "":
			return ArticleSpec{}, fmt.Errorf("header line %d: %q given twice", i+1, k)
		}
		h[k] = v
	}
	for _, k := range required {
		if h[k] == "" {
			return ArticleSpec{}, fmt.Errorf("header: %q is required", k)
		}
	}
	s := c.sites[h["outlet"]+HostSuffix]
	if s == nil {
		return ArticleSpec{}, fmt.Errorf("unknown outlet %q", h["outlet"])
	}
	if !slices.ContainsFunc(c.Events, func(e EventSpec) bool { return e.ID == h["event"] }) {
		return ArticleSpec{}, fmt.Errorf("unknown event %q", h["event"])
	}
	p := h["path"]
	if !pagePathRE.MatchString(p) || strings.HasPrefix(p, "/media/") || p == "/robots.txt" || slices.Contains(slices.Collect(maps.Values(feedPaths)), p) {
		return ArticleSpec{}, fmt.Errorf("path %q: want a plain lower-case path that is not reserved", p)
	}
	offset, err := time.ParseDuration(h["published"])
	if err != nil || offset >= 0 {
		return ArticleSpec{}, fmt.Errorf("published %q: want a negative offset such as -26h30m", h["published"])
	}
	switch v := h["feed-date"]; {
	case v != "" && v != "none":
		return ArticleSpec{}, fmt.Errorf("feed-date %q: the only value is \"none\"", v)
	case v == "none" && s.FeedFormat == "atom":
		return ArticleSpec{}, errors.New("feed-date none: an Atom entry must carry a date")
	}
	paras := paragraphs(body)
	if len(paras) == 0 {
		return ArticleSpec{}, errors.New("empty body")
	}
	a := ArticleSpec{
		Outlet: s.Slug, Event: h["event"], File: name, Path: p, URL: "http://" + s.Host + p,
		Title: h["title"], Author: h["author"], Wire: h["wire"], Offset: offset,
		NoFeedDate: h["feed-date"] == "none", Summary: h["summary"], Paragraphs: paras,
	}
	if a.Summary == "" {
		a.Summary = summarize(paras[0])
	}
	if img := h["image"]; img != "" {
		m, ok := c.media[img]
		if !ok {
			return ArticleSpec{}, fmt.Errorf("image %q is not listed in media.json", img)
		}
		a.Image, a.Caption = "http://"+s.Host+"/media/"+img, m.Caption
		if h["caption"] != "" {
			a.Caption = h["caption"]
		}
	}
	a.FeedLink, a.GUID = a.URL, feedID(s, a)
	if s.Tracking {
		a.FeedLink += "?utm_source=rss&utm_medium=feed&utm_campaign=" + s.Slug
	}
	return a, nil
}

// feedID is the item's identifier in its outlet's feed: the URL where the
// format and outlet allow, an opaque ID otherwise, as real feeds vary.
func feedID(s *site, a ArticleSpec) string {
	switch {
	case s.FeedFormat == "atom":
		return "tag:" + s.Host + ",2019:" + a.Path
	case s.Tracking:
		h := fnv.New32a()
		h.Write([]byte(a.Path))
		return fmt.Sprintf("%s-%08x", s.Slug, h.Sum32())
	}
	return a.URL
}

// paragraphs splits a body on blank lines and joins wrapped lines.
func paragraphs(body string) []string {
	var out []string
	for _, block := range strings.Split(body, "\n\n") {
		p := strings.Join(strings.Fields(block), " ")
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// summarize shortens a lead paragraph for a feed: whole sentences up to
// about 300 characters, or the first words with an ellipsis.
func summarize(lead string) string {
	const limit = 300
	if len(lead) <= limit {
		return lead
	}
	if i := strings.LastIndex(lead[:limit], ". "); i > 60 {
		return lead[:i+1]
	}
	cut := lead[:limit]
	if i := strings.LastIndex(cut, " "); i > 0 {
		cut = cut[:i]
	}
	return cut + "…"
}
