package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/eval"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

func (m Main) evalPages(ctx context.Context, args []string) error {
	c := newCommand("eval pages", "[--allow-private] DIR|URL", m.Stderr, "allow-private")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if len(c.args) != 1 {
		return usagef("eval pages: want exactly one folder written by 'eval desk --out' or the URL of a running desk")
	}
	var pages []eval.CheckedPage
	if isHTTP(c.args[0]) {
		// The desk is the operator's own: its API is read without the
		// politeness kept for outlets.
		client := newClient(cfg, fetch.Options{IgnoreRobots: true, HostRate: -1})
		pages, err = pagesFromSite(ctx, client, strings.TrimSuffix(c.args[0], "/"))
	} else {
		pages, err = pagesFromDir(c.args[0])
	}
	if err != nil {
		return fmt.Errorf("eval pages: %w", err)
	}
	if len(pages) == 0 {
		return fmt.Errorf("eval pages: %s: no pages found", c.args[0])
	}
	rep := eval.CheckPages(pages)
	for _, d := range rep.Defects {
		fmt.Fprintf(m.Stdout, "DEFECT %s %s %s: %s: %q\n", d.Story, d.Where, d.Kind, d.Detail, d.Text)
	}
	total := 0
	for _, n := range rep.Counts {
		total += n
	}
	return printJSON(m.Stdout, struct {
		Pages             int            `json:"pages"`
		Sentences         int            `json:"sentences"`
		Citations         int            `json:"citations"`
		CitationPrecision float64        `json:"citation_precision"`
		Defects           map[string]int `json:"defects"`
		Total             int            `json:"total"`
	}{rep.Pages, rep.Sentences, rep.Citations, round(rep.CitationPrecision(), 4), rep.Counts, total})
}

func isHTTP(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// pagesFromDir reads the pages 'eval desk --out DIR' kept: DIR/<story>/
// page.json beside sources.json, the reports with their stored text.
func pagesFromDir(dir string) ([]eval.CheckedPage, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []eval.CheckedPage
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		var page news.Page
		var sources []eval.DeskSource
		if err := readJSONFile(filepath.Join(dir, e.Name(), "page.json"), &page); err != nil {
			return nil, err
		}
		if err := readJSONFile(filepath.Join(dir, e.Name(), "sources.json"), &sources); err != nil {
			return nil, err
		}
		cp := eval.CheckedPage{Page: page, Reports: []news.ArticleRef{}}
		for _, s := range sources {
			cp.Reports = append(cp.Reports, news.ArticleRef{
				Article: news.Article{URL: s.URL, CanonicalURL: s.URL, Title: s.Title, Text: s.Text, Published: s.Published, FirstSeen: s.FirstSeen},
				Outlet:  news.Outlet{Name: s.Outlet},
			})
		}
		out = append(out, cp)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Page.StoryID < out[j].Page.StoryID })
	return out, nil
}

func readJSONFile(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// pagesFromSite reads every published page of a running desk through its
// API. The API never gives stored text, so the checks against the
// sources are left out: the reader's checks run on every page.
func pagesFromSite(ctx context.Context, client *fetch.Client, base string) ([]eval.CheckedPage, error) {
	var out []eval.CheckedPage
	for offset := 0; ; offset += 50 {
		var list struct{ Stories []news.StorySummary }
		if err := getAPI(ctx, client, fmt.Sprintf("%s/api/stories?limit=50&offset=%d", base, offset), &list); err != nil {
			return nil, err
		}
		for _, s := range list.Stories {
			var p news.Page
			if err := getAPI(ctx, client, base+"/api/stories/"+url.PathEscape(s.ID), &p); err != nil {
				return nil, err
			}
			out = append(out, eval.CheckedPage{Page: p})
		}
		if len(list.Stories) < 50 {
			return out, nil
		}
	}
}

func getAPI(ctx context.Context, client *fetch.Client, u string, v any) error {
	resp, err := client.Get(ctx, fetch.Request{URL: u, Accept: "application/json"})
	if err != nil {
		return err
	}
	if err := json.Unmarshal(resp.Body, v); err != nil {
		return fmt.Errorf("%s: not the desk's JSON: %w", u, err)
	}
	return nil
}
