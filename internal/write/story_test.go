package write

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// story is one test case: a story's reports and the time it is written.
//
// The file format is our own and made for writing prose by hand: a
// header of "key: value" lines (story, now), then one block per report
// opened by a line "=== report", holding "key: value" lines (id, outlet,
// name, lean, rater, url, canonical, title, published, image, copy_of,
// paywalled), a blank line, and the report's text, paragraphs separated
// by blank lines. Outlets get IDs in order of first appearance.
type story struct {
	ID   string
	Now  time.Time
	Arts []news.ArticleRef
}

func loadStory(t testing.TB, path string) story {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var st story
	outletIDs := map[string]int64{}
	var cur *news.ArticleRef
	var body []string
	inBody := false
	flush := func() {
		if cur != nil {
			cur.Text = strings.TrimSpace(strings.Join(body, "\n"))
			st.Arts = append(st.Arts, *cur)
		}
		cur, body, inBody = nil, nil, false
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "=== report" {
			flush()
			cur = &news.ArticleRef{}
			continue
		}
		if cur != nil && inBody {
			body = append(body, l)
			continue
		}
		if strings.TrimSpace(l) == "" {
			if cur != nil {
				inBody = true
			}
			continue
		}
		key, val, ok := strings.Cut(l, ":")
		if !ok {
			t.Fatalf("%s:%d: want key: value, got %q", path, line, l)
		}
		val = strings.TrimSpace(val)
		if err := setField(&st, cur, outletIDs, key, val); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	flush()
	return st
}

func setField(st *story, a *news.ArticleRef, outlets map[string]int64, key, val string) error {
	if a == nil {
		switch key {
		case "story":
			st.ID = val
		case "now":
			t, err := time.Parse(time.RFC3339, val)
			st.Now = t
			return err
		default:
			return fmt.Errorf("unknown story field %q", key)
		}
		return nil
	}
	var err error
	switch key {
	case "id":
		a.ID, err = strconv.ParseInt(val, 10, 64)
	case "outlet":
		if outlets[val] == 0 {
			outlets[val] = int64(len(outlets) + 1)
		}
		a.OutletID = outlets[val]
		a.Outlet.ID = outlets[val]
		a.Outlet.Slug = val
		a.Outlet.Language = "en"
	case "name":
		a.Outlet.Name = val
	case "lean":
		a.Outlet.Rating.Lean, err = news.ParseLean(val)
		a.Outlet.Rating.RatedAt = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	case "rater":
		a.Outlet.Rating.Rater = val
	case "url":
		a.URL = val
	case "canonical":
		a.CanonicalURL = val
	case "title":
		a.Title = val
	case "published":
		a.Published, err = time.Parse(time.RFC3339, val)
		a.FirstSeen = a.Published
	case "image":
		a.ImageURL = val
	case "copy_of":
		a.CopyOf, err = strconv.ParseInt(val, 10, 64)
	case "paywalled":
		a.Paywalled, err = strconv.ParseBool(val)
	default:
		return fmt.Errorf("unknown report field %q", key)
	}
	a.Language = "en"
	return err
}

// render prints a page as a reader sees it, for failure messages and for
// reading the goldens.
func render(p news.Page) string {
	var b strings.Builder
	cite := func(s news.Sentence) string {
		var cs []string
		for _, c := range s.Cites {
			cs = append(cs, strconv.Itoa(c))
		}
		return s.Text + " [" + strings.Join(cs, ",") + "]"
	}
	fmt.Fprintf(&b, "%s\n%s\n", p.Published.Format("Monday 02/01/2006"), p.Headline)
	if p.LeadImage != nil {
		fmt.Fprintf(&b, "[image: %s — %s, source %d]\n", p.LeadImage.Caption, p.LeadImage.Credit, p.LeadImage.SourceRef)
	}
	fmt.Fprintf(&b, "%s, written automatically from %d reports by %d outlets\n\nIn This Article:", p.Byline.Desk, p.Byline.Articles, p.Byline.Outlets)
	for _, s := range p.Sections {
		fmt.Fprintf(&b, " %s (#%s);", s.Title, s.Anchor)
	}
	b.WriteString("\n\nHIGHLIGHTS\n")
	for _, s := range p.Highlights {
		fmt.Fprintf(&b, "  • %s\n", cite(s))
	}
	b.WriteString("\n")
	for _, s := range p.Lead {
		fmt.Fprintf(&b, "%s ", cite(s))
	}
	b.WriteString("\n")
	for _, sec := range p.Sections {
		fmt.Fprintf(&b, "\n## %s\n", sec.Title)
		for _, para := range sec.Paragraphs {
			for _, s := range para {
				fmt.Fprintf(&b, "%s ", cite(s))
			}
			b.WriteString("\n")
		}
	}
	b.WriteString("\nWHAT THIS MIGHT MEAN\n")
	for _, s := range p.Outlook.Sentences {
		fmt.Fprintf(&b, "  %s\n", cite(s))
	}
	if p.Outlook.None != "" {
		fmt.Fprintf(&b, "  %s\n", p.Outlook.None)
	}
	b.WriteString("\nCOVERAGE\n ")
	for _, l := range p.Coverage.ByLean {
		fmt.Fprintf(&b, " %s %d (%d%%);", l.Label, l.Count, l.Percent)
	}
	fmt.Fprintf(&b, " total %d\n", p.Coverage.Total)
	if p.Coverage.BlindSpotLabel != "" {
		fmt.Fprintf(&b, "  %s\n", p.Coverage.BlindSpotLabel)
	}
	b.WriteString("\nFRAMING\n")
	for _, f := range p.Framing {
		fmt.Fprintf(&b, "  %s (%s): terms %q; loaded %q\n", f.Side, strings.Join(f.Outlets, ", "), f.Terms, f.LoadedWords)
	}
	b.WriteString("\nSOURCES\n")
	for _, s := range p.Sources {
		copyOf := ""
		if s.CopyOf != 0 {
			copyOf = fmt.Sprintf(" (copy of %d)", s.CopyOf)
		}
		fmt.Fprintf(&b, "  %d. %s (%s, rated by %s): %s%s\n", s.Ref, s.Outlet, s.LeanLabel, s.Rater, s.Title, copyOf)
	}
	return b.String()
}
