package main

import (
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/config"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// The Markdown page has the parts of the site's page: a story without
// highlights says so under the heading, and how each side covered it is
// listed and named in the contents.
func TestMarkdownParts(t *testing.T) {
	p := news.Page{
		StoryID: "pier", Headline: "Council closes the east pier", Published: time.Date(2026, 6, 2, 9, 0, 0, 0, time.UTC),
		Highlights: []news.Sentence{},
		Lead:       []news.Sentence{{Text: "The council closed the east pier on Monday.", Cites: []int{1, 2}}},
		Outlook:    news.Outlook{None: news.NoOutlook},
		Framing: []news.Framing{
			{Side: "Right", Outlets: []string{"Coastal Standard"}, Terms: []string{"pet projects"}, LoadedWords: []string{"tax grab"}},
		},
	}
	md := markdown(p, config.Default())
	for _, want := range []string{
		"- How each side covered it\n",
		"## Highlights\n\n" + news.NoHighlights + "\n",
		"## How each side covered it\n\n- Right (Coastal Standard): distinctive terms “pet projects”; loaded words “tax grab”\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}
