package extract

import (
	"fmt"
	"strings"
	"testing"
)

// hugePage is an article page of n paragraphs.
func hugePage(n int) []byte {
	var b strings.Builder
	b.WriteString("<html><head><title>Council minutes</title></head><body><article><h1>Council minutes</h1>")
	for i := range n {
		fmt.Fprintf(&b, "<p>Item %d: the council met on Monday and voted on item %d of the agenda after a short debate.</p>\n", i, i)
	}
	b.WriteString("</article></body></html>")
	return []byte(b.String())
}

// A page of tens of thousands of paragraphs is read up to the block
// budget, and its text is kept up to MaxTextBytes, cut at a paragraph.
func TestExtractBudget(t *testing.T) {
	res, err := Extract(hugePage(20000), "https://minutes.test/a")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Text) > MaxTextBytes || len(res.Text) < MaxTextBytes/2 {
		t.Errorf("text of %d bytes, want at most %d and more than half of it", len(res.Text), MaxTextBytes)
	}
	if !strings.HasPrefix(res.Text, "Item 0: ") || !strings.HasSuffix(res.Text, "after a short debate.") {
		t.Errorf("text does not keep the page's first paragraphs whole: %q ... %q", res.Text[:40], res.Text[len(res.Text)-40:])
	}
	if strings.Contains(res.Text, "Item 2001:") {
		t.Errorf("text goes past the block budget of %d", maxBlocks)
	}
}

func TestCapText(t *testing.T) {
	text := strings.Repeat("Seven words in this one short paragraph.\n\n", 10)
	if got := capText(text, 100); got != strings.TrimSuffix(strings.Repeat("Seven words in this one short paragraph.\n\n", 2), "\n\n") {
		t.Errorf("capText = %q, want the first two paragraphs", got)
	}
	if got := capText("short", 100); got != "short" {
		t.Errorf("capText(short) = %q", got)
	}
}

// BenchmarkExtractHugePage measures extraction of a page far over the
// block budget: its cost must stay that of a page at the budget.
func BenchmarkExtractHugePage(b *testing.B) {
	for _, n := range []int{maxBlocks, 65000} {
		page := hugePage(n)
		b.Run(fmt.Sprint(n, "-paragraphs"), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for range b.N {
				if _, err := Extract(page, "https://minutes.test/a"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// A short story's page: the main extractor runs its kicker, headline,
// byline, date, caption and share buttons into the text; the story is the
// paragraphs a fallback finds inside that text.
func TestShortStoryWithoutFurniture(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Mayor resigns over budget | The Harlow Courier</title>
<meta property="og:title" content="Mayor resigns over budget"></head><body>
<header><a class="logo" href="/">The Harlow Courier</a><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main><article class="story"><header><p class="kicker"><a href="/section/news">News</a></p><h1>Mayor resigns over budget</h1>
<p class="byline">By <a rel="author" href="/staff">Mira Okafor</a>, Senior Correspondent</p>
<p class="dateline">Published <time datetime="2026-05-04T09:00:00Z">Monday 4 May 2026</time></p></header>
<figure><img src="/a.jpg" alt="Residents outside."><figcaption><span>Residents gathered outside the building on the morning of the announcement.</span> <span>Photo: Jan Ruiz</span></figcaption></figure>
<div class="share"><span>Share this story</span><a href="mailto:x">Email</a><button type="button">Copy link</button></div>
<div class="story-body"><p>The mayor of Harlow resigned on Monday after the council rejected her budget for a third time.</p>
<p>An election will be held in June, the city clerk said.</p></div>
<div class="share"><span>Share this story</span><a href="mailto:x">Email</a><button type="button">Copy link</button></div>
</article></main><footer><p>&copy; 2026 The Harlow Courier. All rights reserved.</p></footer></body></html>`
	res, err := Extract([]byte(page), "https://harlow.test/a")
	if err != nil {
		t.Fatal(err)
	}
	want := "The mayor of Harlow resigned on Monday after the council rejected her budget for a third time.\n\nAn election will be held in June, the city clerk said."
	if res.Text != want || !res.TooShort {
		t.Errorf("text %q (too short %v), want %q, too short", res.Text, res.TooShort, want)
	}
}
