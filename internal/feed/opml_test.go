package feed

import (
	"bytes"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const sampleOPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My feeds</title></head>
  <body>
    <outline text="World">
      <outline text="Harbor Ledger" type="rss" xmlUrl="https://harbor-ledger.example/feed.xml" htmlUrl="https://harbor-ledger.example/"/>
      <outline text="Duplicate" type="rss" xmlUrl="https://harbor-ledger.example/feed.xml"/>
      <outline text="Local file" type="rss" xmlUrl="file:///etc/passwd"/>
    </outline>
    <outline title="Plainview Times" text="ignored" type="rss" xmlUrl="http://plainview.example/rss"/>
    <outline text="No url"/>
  </body>
</opml>`

func TestParseOPML(t *testing.T) {
	got, err := ParseOPML([]byte(sampleOPML))
	if err != nil {
		t.Fatal(err)
	}
	want := []Subscription{
		{Title: "Harbor Ledger", FeedURL: "https://harbor-ledger.example/feed.xml", HomeURL: "https://harbor-ledger.example/", Category: "World"},
		{Title: "Plainview Times", FeedURL: "http://plainview.example/rss"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ParseOPML (-want +got):\n%s", diff)
	}
	for _, bad := range []string{"", "<html><body>hi</body></html>", "<opml><body><outline"} {
		if _, err := ParseOPML([]byte(bad)); !errors.Is(err, ErrNotOPML) {
			t.Errorf("ParseOPML(%q): err = %v, want ErrNotOPML", bad, err)
		}
	}
}

func TestOPMLRoundTrip(t *testing.T) {
	subs := []Subscription{
		{Title: "A & B", FeedURL: "https://a.example/feed?x=1&y=2", HomeURL: "https://a.example/", Category: "News"},
		{Title: "C", FeedURL: "https://c.example/atom.xml"},
		{Title: "D", FeedURL: "https://d.example/rss", Category: "News"},
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, "Exported", subs, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	got, err := ParseOPML(buf.Bytes())
	if err != nil {
		t.Fatalf("re-read: %v\n%s", err, buf.String())
	}
	want := []Subscription{subs[0], subs[2], subs[1]} // grouped by category
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func FuzzParseOPML(f *testing.F) {
	f.Add([]byte(sampleOPML))
	f.Add([]byte(`<opml version="1.0"><body><outline xmlUrl="http://x/"/></body></opml>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		subs, err := ParseOPML(data)
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteOPML(&buf, "t", subs, time.Time{}); err != nil {
			t.Fatalf("write what was read: %v", err)
		}
		again, err := ParseOPML(buf.Bytes())
		if err != nil || len(again) != len(subs) {
			t.Fatalf("round trip lost feeds: %d -> %d (%v)", len(subs), len(again), err)
		}
	})
}

// ReadOPML says which feed outlines it skipped and why; an outline that
// only groups others is no feed.
func TestReadOPMLSkipped(t *testing.T) {
	doc := `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>
<outline text="News"><outline text="Good" type="rss" xmlUrl="https://example.com/feed.xml"/></outline>
<outline text="Bad" type="rss" xmlUrl="not a url"/>
<outline text="Again" type="rss" xmlUrl="https://example.com/feed.xml"/>
<outline text="NoURL" type="rss"/>
</body></opml>`
	subs, skipped, err := ReadOPML([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 1 || subs[0].Category != "News" {
		t.Errorf("subscriptions %+v, want the one good feed under News", subs)
	}
	want := []Skipped{
		{Title: "Bad", XMLURL: "not a url", Reason: "xmlUrl is not an absolute http or https URL"},
		{Title: "Again", XMLURL: "https://example.com/feed.xml", Reason: "the same feed is listed before"},
		{Title: "NoURL", Reason: "no xmlUrl"},
	}
	if fmt.Sprint(skipped) != fmt.Sprint(want) {
		t.Errorf("skipped %+v\nwant %+v", skipped, want)
	}
}
