package feed

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/testenv"
)

// expected is the part of a feed-rs expected parse that is worth
// comparing.
type expected struct {
	Entries []struct {
		Title *struct {
			Content string `json:"content"`
		} `json:"title"`
		Links []struct {
			Href string  `json:"href"`
			Rel  *string `json:"rel"`
		} `json:"links"`
		Published *time.Time `json:"published"`
		Updated   *time.Time `json:"updated"`
	} `json:"entries"`
}

// TestEvalFeedCorpus parses every feed of the shared feed-rs corpus: each
// must parse or fail with ErrNotAFeed. Agreement with feed-rs on counts,
// titles, links and dates is logged, not asserted: feed-rs is no oracle.
func TestEvalFeedCorpus(t *testing.T) {
	dir := filepath.Join(testenv.EvalDir(t), "feed-fixtures-feed-rs")
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasSuffix(p, ".serde.json") &&
			(strings.HasSuffix(p, ".xml") || strings.HasSuffix(p, ".json")) {
			files = append(files, p)
		}
		return nil
	})
	if len(files) == 0 {
		testenv.Missing(t, "eval", "no feeds under "+dir)
	}
	var parsed, failed, compared, counts, titles, links, dates, items int
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Parse(data, "https://feeds.example/"+filepath.Base(file))
		if err != nil {
			if !errors.Is(err, ErrNotAFeed) {
				t.Errorf("%s: error %v does not wrap ErrNotAFeed", file, err)
			}
			failed++
			t.Logf("%s: %v", filepath.Base(file), err)
			continue
		}
		parsed++
		raw, err := os.ReadFile(strings.TrimSuffix(file, filepath.Ext(file)) + ".serde.json")
		if err != nil {
			continue
		}
		var want expected
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		compared++
		if len(want.Entries) == len(f.Items) {
			counts++
		} else {
			t.Logf("%s: %d items, feed-rs %d", filepath.Base(file), len(f.Items), len(want.Entries))
			continue
		}
		for i, e := range want.Entries {
			it := f.Items[i]
			items++
			if e.Title == nil || plainText(e.Title.Content) == it.Title {
				titles++
			}
			if len(e.Links) == 0 || e.Links[0].Href == it.URL {
				links++
			} else {
				t.Logf("%s item %d: link %q, feed-rs %q", filepath.Base(file), i, it.URL, e.Links[0].Href)
			}
			d := e.Published
			if d == nil {
				d = e.Updated
			}
			if (d == nil && it.Published.IsZero()) || (d != nil && d.Equal(it.Published)) {
				dates++
			} else {
				t.Logf("%s item %d: date %v, feed-rs %v", filepath.Base(file), i, it.Published, d)
			}
		}
	}
	t.Logf("%d feeds: %d parsed, %d refused; %d compared: item counts agree on %d; over %d items titles agree %d, links %d, dates %d",
		len(files), parsed, failed, compared, counts, items, titles, links, dates)
}
