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
