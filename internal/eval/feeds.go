package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/feed"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// expectedSuffix names the expected parse that sits beside a feed file:
// feed.xml has feed.serde.json (feed-rs's own data model).
const expectedSuffix = ".serde.json"

// feedExts are the file name endings taken for feeds.
var feedExts = []string{".xml", ".json", ".rss", ".atom", ".rdf"}

// FeedsReport is the outcome of parsing a folder of feeds. The agreement
// figures are shares: Count over the feeds that parsed and have an
// expected parse; Title, Link and Date over the items of those among
// them whose item counts agree (items are paired in order).
type FeedsReport struct {
	Files    int `json:"files"`    // feed files found
	Parsed   int `json:"parsed"`   // parsed without error
	Failed   int `json:"failed"`   // refused with an error
	Compared int `json:"compared"` // parsed and with an expected parse
	Items    int `json:"items"`    // items paired with expected ones

	CountAgree float64 `json:"count_agree"`
	TitleAgree float64 `json:"title_agree"`
	LinkAgree  float64 `json:"link_agree"`
	DateAgree  float64 `json:"date_agree"`

	Failures []FileFailure `json:"-"` // in file order
	Diffs    []FeedDiff    `json:"-"` // in file order
}

// FileFailure is a file that could not be read or parsed.
type FileFailure struct {
	File string // relative to the folder
	Err  error
}

// FeedDiff is one disagreement with an expected parse.
type FeedDiff struct {
	File  string
	Item  int    // -1 for the feed as a whole
	Field string // "count", "title", "link" or "date"
	Got   string
	Want  string
}

// RunFeeds parses every feed file under dir (files ending in .xml,
// .json, .rss, .atom or .rdf, but not .serde.json) with feed.Parse and
// compares each with the expected parse beside it, when there is one. A
// file that fails is recorded in Failures and does not stop the others.
// Feeds are parsed without a feed address (the file's name stands in,
// for error messages), so a relative link is kept only where the feed
// itself says what it is relative to. Links are compared as URLs: the
// case of scheme and host and an empty path do not count.
func RunFeeds(ctx context.Context, dir string) (*FeedsReport, error) {
	files, err := feedFiles(dir)
	if err != nil {
		return nil, err
	}
	rep := &FeedsReport{Files: len(files)}
	var counts, titles, links, dates int
	for _, rel := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		path := filepath.Join(dir, rel)
		data, err := os.ReadFile(path)
		if err != nil {
			rep.Failed++
			rep.Failures = append(rep.Failures, FileFailure{rel, err})
			continue
		}
		got, err := feed.Parse(data, filepath.ToSlash(rel))
		if err != nil {
			rep.Failed++
			rep.Failures = append(rep.Failures, FileFailure{rel, err})
			continue
		}
		rep.Parsed++
		want, ok, err := readExpected(strings.TrimSuffix(path, filepath.Ext(path)) + expectedSuffix)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		rep.Compared++
		if len(want) != len(got.Items) {
			rep.Diffs = append(rep.Diffs, FeedDiff{rel, -1, "count", fmt.Sprint(len(got.Items)), fmt.Sprint(len(want))})
			continue
		}
		counts++
		for i, w := range want {
			rep.Items++
			titles += agree(rep, rel, i, "title", got.Items[i].Title, w.title)
			links += agree(rep, rel, i, "link", normURL(got.Items[i].URL), normURL(w.link))
			dates += agree(rep, rel, i, "date", dateString(got.Items[i]), w.date)
		}
	}
	rep.CountAgree = share(counts, rep.Compared)
	rep.TitleAgree = share(titles, rep.Items)
	rep.LinkAgree = share(links, rep.Items)
	rep.DateAgree = share(dates, rep.Items)
	return rep, nil
}

// agree records a differing field and returns 1 when got equals want.
func agree(rep *FeedsReport, file string, item int, field, got, want string) int {
	if got == want {
		return 1
	}
	rep.Diffs = append(rep.Diffs, FeedDiff{file, item, field, got, want})
	return 0
}

func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

// feedFiles lists the feed files under dir, relative and sorted.
func feedFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := strings.ToLower(d.Name())
		if d.IsDir() || strings.HasSuffix(name, expectedSuffix) {
			return nil
		}
		for _, ext := range feedExts {
			if strings.HasSuffix(name, ext) {
				rel, err := filepath.Rel(dir, p)
				if err != nil {
					return err
				}
				files = append(files, rel)
				break
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("list feeds: no feed files under %s", dir)
	}
	sort.Strings(files)
	return files, nil
}

// normURL lower-cases an absolute URL's scheme and host and gives it the
// path "/" when it has none; anything else is returned as it is.
func normURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || !u.IsAbs() || u.Host == "" {
		return s
	}
	u.Scheme, u.Host = strings.ToLower(u.Scheme), strings.ToLower(u.Host)
	if u.Path == "" && u.RawPath == "" && u.Opaque == "" {
		u.Path = "/"
	}
	return u.String()
}

// dateString is an item's date as feed-rs writes it: RFC 3339 in UTC,
// or "" when unknown.
func dateString(it news.Item) string {
	if it.Published.IsZero() {
		return ""
	}
	return it.Published.UTC().Format(time.RFC3339)
}

// expectedItem is the part of an expected entry that is compared.
type expectedItem struct{ title, link, date string }

// readExpected reads a feed-rs expected parse; ok is false when there is
// none.
func readExpected(path string) (items []expectedItem, ok bool, err error) {
	raw, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("read expected parse: %w", err)
	}
	var doc struct {
		Entries []struct {
			Title *struct {
				ContentType string `json:"content_type"`
				Content     string `json:"content"`
			} `json:"title"`
			Links []struct {
				Href string  `json:"href"`
				Rel  *string `json:"rel"`
			} `json:"links"`
			Published *time.Time `json:"published"`
			Updated   *time.Time `json:"updated"`
		} `json:"entries"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, false, fmt.Errorf("read expected parse %s: %w", path, err)
	}
	for _, e := range doc.Entries {
		var it expectedItem
		if e.Title != nil {
			it.title = textOf(e.Title.Content, e.Title.ContentType)
		}
		for _, l := range e.Links { // the alternate link, else the first
			if l.Rel == nil || *l.Rel == "alternate" {
				it.link = l.Href
				break
			}
		}
		if it.link == "" && len(e.Links) > 0 {
			it.link = e.Links[0].Href
		}
		switch {
		case e.Published != nil:
			it.date = e.Published.UTC().Format(time.RFC3339)
		case e.Updated != nil:
			it.date = e.Updated.UTC().Format(time.RFC3339)
		}
		items = append(items, it)
	}
	return items, true, nil
}
