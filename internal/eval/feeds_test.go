package eval

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/theunbiasedpost/unbiased/internal/feed"
)

const rssFeed = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Herald</title><link>https://herald.example/</link>
<item><title>Bridge &amp; road</title><link>https://Herald.example</link><pubDate>Mon, 06 May 2024 10:00:00 +0200</pubDate></item>
<item><title>Second</title><link>https://herald.example/b</link></item>
</channel></rss>`

// feedRS writes an expected parse in feed-rs's data model.
const feedRS = `{"feed_type":"RSS2","entries":[
{"title":{"content_type":"text/html","content":"Bridge &amp; <b>road</b>"},"links":[{"href":"https://herald.example/","rel":null}],"published":"2024-05-06T08:00:00Z"},
{"title":{"content_type":"text/plain","content":"Second"},"links":[{"href":"https://herald.example/other","rel":"alternate"}],"published":null,"updated":null}]}`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Log</title>
<entry><title>Only</title><id>urn:1</id><link href="https://log.example/1"/></entry></feed>`

func TestRunFeeds(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"rss/herald.xml":        rssFeed,
		"rss/herald.serde.json": feedRS,
		"atom/log.xml":          atomFeed,
		"atom/log.serde.json":   `{"entries":[]}`,
		"atom/alone.atom":       atomFeed,
		"bad/page.xml":          "<html><body>hello</body></html>",
		"README.md":             "not a feed",
	})
	rep, err := RunFeeds(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	want := &FeedsReport{
		Files: 4, Parsed: 3, Failed: 1, Compared: 2, Items: 2,
		CountAgree: 0.5, TitleAgree: 1, LinkAgree: 0.5, DateAgree: 1,
		Diffs: []FeedDiff{
			{File: "atom/log.xml", Item: -1, Field: "count", Got: "1", Want: "0"},
			{File: "rss/herald.xml", Item: 1, Field: "link", Got: "https://herald.example/b", Want: "https://herald.example/other"},
		},
	}
	if diff := cmp.Diff(want, rep, cmpopts.IgnoreFields(FeedsReport{}, "Failures")); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(rep.Failures) != 1 || rep.Failures[0].File != "bad/page.xml" || !errors.Is(rep.Failures[0].Err, feed.ErrNotAFeed) {
		t.Errorf("failures = %v, want bad/page.xml not a feed", rep.Failures)
	}
}

func TestRunFeedsEmpty(t *testing.T) {
	if _, err := RunFeeds(context.Background(), t.TempDir()); err == nil {
		t.Error("no error for a folder without feeds")
	}
}
