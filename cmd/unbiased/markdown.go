package main

import (
	"fmt"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/config"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// markdown renders a page as Markdown, with citations as [n] references to
// the numbered sources at the end.
func markdown(p news.Page, cfg config.Config) string {
	var b strings.Builder
	sent := func(ss []news.Sentence) string {
		parts := make([]string, 0, len(ss))
		for _, s := range ss {
			refs := ""
			for _, c := range s.Cites {
				refs += fmt.Sprintf("[%d]", c)
			}
			parts = append(parts, s.Text+" "+refs)
		}
		return strings.Join(parts, " ")
	}
	fmt.Fprintf(&b, "*%s*\n\n", p.Published.In(cfg.Location()).Format(cfg.DateFormat))
	fmt.Fprintf(&b, "# %s\n\n", p.Headline)
	if p.LeadImage != nil {
		fmt.Fprintf(&b, "*Image: %s (%s)*\n\n", p.LeadImage.Caption, p.LeadImage.Credit)
	}
	fmt.Fprintf(&b, "By %s, written automatically from %d reports by %d outlets\n\n", p.Byline.Desk, p.Byline.Articles, p.Byline.Outlets)
	b.WriteString("## In This Article\n\n- Highlights\n")
	for _, s := range p.Sections {
		fmt.Fprintf(&b, "- %s\n", s.Title)
	}
	b.WriteString("- What This Might Mean\n- Coverage\n- How each side covered it\n- Sources\n\n## Highlights\n\n")
	for _, h := range p.Highlights {
		fmt.Fprintf(&b, "- %s\n", sent([]news.Sentence{h}))
	}
	if len(p.Highlights) == 0 {
		fmt.Fprintf(&b, "%s\n", news.NoHighlights)
	}
	fmt.Fprintf(&b, "\n%s\n\n", sent(p.Lead))
	for _, s := range p.Sections {
		fmt.Fprintf(&b, "## %s\n\n", s.Title)
		for _, para := range s.Paragraphs {
			fmt.Fprintf(&b, "%s\n\n", sent(para))
		}
	}
	b.WriteString("## What This Might Mean\n\n")
	if len(p.Outlook.Sentences) == 0 {
		fmt.Fprintf(&b, "%s\n\n", p.Outlook.None)
	}
	for _, s := range p.Outlook.Sentences {
		fmt.Fprintf(&b, "%s\n\n", sent([]news.Sentence{s}))
	}
	b.WriteString("## Coverage\n\n")
	for _, c := range p.Coverage.ByLean {
		if c.Count > 0 {
			fmt.Fprintf(&b, "- %s: %d (%d%%)\n", c.Label, c.Count, c.Percent)
		}
	}
	if p.Coverage.BlindSpotLabel != "" {
		fmt.Fprintf(&b, "\n**%s**\n", p.Coverage.BlindSpotLabel)
	}
	b.WriteString("\n## How each side covered it\n\n")
	if note := p.FramingNote(); note != "" {
		b.WriteString(note + "\n")
	}
	quoted := func(ws []string) string {
		if len(ws) == 0 {
			return "none found"
		}
		q := make([]string, len(ws))
		for i, w := range ws {
			q[i] = "“" + w + "”"
		}
		return strings.Join(q, ", ")
	}
	for _, f := range p.Framing {
		fmt.Fprintf(&b, "- %s (%s): distinctive terms %s; loaded words %s\n", p.SideHeading(f), strings.Join(f.Outlets, ", "), quoted(f.Terms), quoted(f.LoadedWords))
	}
	b.WriteString("\n## Sources\n\n")
	for _, s := range p.Sources {
		copyNote := ""
		if s.CopyOf != 0 {
			copyNote = fmt.Sprintf(" (copy of [%d])", s.CopyOf)
		}
		fmt.Fprintf(&b, "%d. %s (%s): [%s](%s), %s%s\n", s.Ref, s.Outlet, s.LeanLabel, s.Title, s.URL,
			s.Published.In(cfg.Location()).Format("02/01/2006 15:04"), copyNote)
	}
	return b.String()
}
