package write

import (
	"encoding/json"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// written is one story and the page written from it.
type written struct {
	name string
	st   story
	a    analyze.Analysis
	p    news.Page
}

func writeAll(t *testing.T) []written {
	t.Helper()
	var out []written
	for _, name := range cases(t) {
		st := loadStory(t, filepath.Join("testdata", name+".txt"))
		a := analyze.Analyze(st.Arts)
		p, err := Writer{}.Write(st.ID, a, st.Now)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out = append(out, written{name, st, a, p})
	}
	return out
}

// sentences lists every cited sentence of a page with its place.
func sentences(p news.Page) map[string]news.Sentence {
	out := map[string]news.Sentence{}
	ForEachSentence(p, func(where string, s news.Sentence) { out[where] = s })
	return out
}

func TestPageAnatomy(t *testing.T) {
	for _, w := range writeAll(t) {
		t.Run(w.name, func(t *testing.T) {
			p := w.p
			if n := len(p.Highlights); n < 3 || n > 6 {
				t.Errorf("%d highlights, want 3 to 6", n)
			}
			if n := len(p.Lead); n < 1 || n > 2 {
				t.Errorf("%d lead sentences, want 1 or 2", n)
			}
			if n := len(p.Sections); n < 2 || n > 5 {
				t.Errorf("%d sections, want 2 to 5", n)
			}
			anchors := map[string]bool{}
			for _, s := range p.Sections {
				if strings.TrimSpace(s.Title) == "" || strings.HasPrefix(strings.ToLower(s.Title), "section") {
					t.Errorf("section title %q is empty or generic", s.Title)
				}
				if anchors[s.Anchor] || reservedAnchors[s.Anchor] || s.Anchor == "" {
					t.Errorf("anchor %q is empty, repeated or reserved", s.Anchor)
				}
				anchors[s.Anchor] = true
				for _, r := range s.Anchor {
					if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
						t.Errorf("anchor %q is not URL-safe", s.Anchor)
						break
					}
				}
				if len(s.Paragraphs) == 0 {
					t.Errorf("section %q has no paragraphs", s.Title)
				}
				for _, para := range s.Paragraphs {
					if len(para) == 0 || len(para) > 4 {
						t.Errorf("section %q has a paragraph of %d sentences", s.Title, len(para))
					}
				}
			}
			refs := map[int]news.Source{}
			for i, s := range p.Sources {
				if s.Ref != i+1 {
					t.Errorf("source %d has Ref %d", i, s.Ref)
				}
				if i > 0 && s.Published.Before(p.Sources[i-1].Published) {
					t.Errorf("sources out of publication order at Ref %d", s.Ref)
				}
				if s.Outlet == "" || s.URL == "" || s.LeanLabel != s.Lean.Label() {
					t.Errorf("source %d incomplete: %+v", s.Ref, s)
				}
				refs[s.Ref] = s
			}
			if len(p.Sources) != len(w.st.Arts) || p.Byline.Articles != len(w.st.Arts) {
				t.Errorf("%d sources, byline %d reports, want %d", len(p.Sources), p.Byline.Articles, len(w.st.Arts))
			}
			for where, s := range sentences(p) {
				if len(s.Cites) == 0 {
					t.Errorf("%s has no citation", where)
				}
				for _, c := range s.Cites {
					if _, ok := refs[c]; !ok {
						t.Errorf("%s cites unknown source %d", where, c)
					}
				}
			}
			if !p.Updated.Equal(w.st.Now) || p.Updated.Location().String() != "UTC" {
				t.Errorf("Updated = %v, want %v in UTC", p.Updated, w.st.Now)
			}
			if !p.Published.Equal(p.Sources[0].Published) {
				t.Errorf("Published = %v, want the first report's %v", p.Published, p.Sources[0].Published)
			}
			if img := p.LeadImage; img != nil {
				src := refs[img.SourceRef]
				if img.LocalPath != "" || img.Credit != src.Outlet || img.URL == "" || img.Caption == "" {
					t.Errorf("lead image %+v does not match its source %+v", img, src)
				}
				if titleKey(img.Caption) == titleKey(p.Headline) {
					t.Errorf("the lead image's caption %q repeats the headline", img.Caption)
				}
				for _, a := range w.st.Arts {
					if a.ID == src.ArticleID && a.Paywalled {
						t.Errorf("lead image from a paywalled report")
					}
				}
			}
		})
	}
}

func TestHighlightsCorroborated(t *testing.T) {
	for _, w := range writeAll(t) {
		n := 0
		for _, h := range w.p.Highlights {
			if len(h.Cites) >= 2 {
				n++
			}
		}
		if w.a.Outlets >= 2 && n < 2 {
			t.Errorf("%s: %d highlights backed by 2+ outlets, want at least 2", w.name, n)
		}
		// a fact one outlet states alone is attributed to it
		for _, h := range w.p.Highlights {
			if _, ok := news.Unattributed(h); len(h.Cites) < 2 && (h.AttributedTo == "" || !ok) {
				t.Errorf("%s: single-source highlight %q is not attributed", w.name, h.Text)
			}
		}
	}
}

func TestNeutralText(t *testing.T) {
	for _, w := range writeAll(t) {
		if !Neutral(w.p.Headline) {
			t.Errorf("%s: headline %q breaks the headline rules", w.name, w.p.Headline)
		}
		seen := map[string]string{}
		for where, s := range sentences(w.p) {
			if l := analyze.Loaded(s.Text); len(l) > 0 {
				t.Errorf("%s: %s uses loaded words %q: %q", w.name, where, l, s.Text)
			}
			key := text.Normalize(s.Text)
			if other, ok := seen[key]; ok {
				t.Errorf("%s: %s repeats %s: %q", w.name, where, other, s.Text)
			}
			seen[key] = where
		}
		for _, s := range w.p.Outlook.Sentences {
			if !analyze.IsOutlook(s.Text) {
				t.Errorf("%s: outlook %q is not an attributed forward-looking statement", w.name, s.Text)
			}
		}
	}
}

// TestNoNearDuplicates checks that no two published sentences say nearly
// the same thing in nearly the same words.
func TestNoNearDuplicates(t *testing.T) {
	for _, w := range writeAll(t) {
		all := sentences(w.p)
		var keys []string
		for k := range all {
			keys = append(keys, k)
		}
		for i, a := range keys {
			for _, b := range keys[i+1:] {
				sa, sb := stemSet(all[a].Text), stemSet(all[b].Text)
				if long := max(len(sa), len(sb)); float64(text.SharedSorted(sa, sb)) >= 0.7*float64(long) {
					t.Errorf("%s: %s and %s are near-duplicates:\n  %q\n  %q", w.name, a, b, all[a].Text, all[b].Text)
				}
			}
		}
	}
}

func TestCoverageAndBlindSpot(t *testing.T) {
	want := map[string]struct {
		blind bool
		total int
	}{
		"grant-audit":  {true, 5},
		"north-bridge": {false, 6}, // 7 reports, one a syndicated copy
		"valley-storm": {false, 5},
	}
	for _, w := range writeAll(t) {
		c := w.p.Coverage
		if got := c.BlindSpotLabel != ""; got != want[w.name].blind {
			t.Errorf("%s: blind spot label %q, want present=%v", w.name, c.BlindSpotLabel, want[w.name].blind)
		}
		if c.Total != want[w.name].total {
			t.Errorf("%s: coverage total %d, want %d", w.name, c.Total, want[w.name].total)
		}
		if len(c.ByLean) != len(news.Leans) {
			t.Errorf("%s: %d lean counts, want %d", w.name, len(c.ByLean), len(news.Leans))
		}
		sum := 0
		for i, l := range c.ByLean {
			if l.Lean != news.Leans[i] {
				t.Errorf("%s: lean %d is %s, want %s", w.name, i, l.Lean, news.Leans[i])
			}
			sum += l.Percent
		}
		if sum != 100 {
			t.Errorf("%s: percentages sum to %d", w.name, sum)
		}
	}
}

func TestSyndicatedCopy(t *testing.T) {
	for _, w := range writeAll(t) {
		if w.name != "north-bridge" {
			continue
		}
		var copyRef, origRef int
		for _, s := range w.p.Sources {
			switch s.ArticleID {
			case 101:
				origRef = s.Ref
			case 102:
				copyRef = s.Ref
				if s.CopyOf == 0 {
					t.Errorf("copy 102 has no CopyOf")
				}
			}
		}
		if w.p.Sources[copyRef-1].CopyOf != origRef {
			t.Errorf("copy points at %d, want %d", w.p.Sources[copyRef-1].CopyOf, origRef)
		}
		for where, s := range sentences(w.p) {
			for _, c := range s.Cites {
				if c == copyRef {
					t.Errorf("%s cites the copy rather than its original", where)
				}
			}
		}
		if w.a.Outlets != 6 {
			t.Errorf("independent outlets = %d, want 6", w.a.Outlets)
		}
	}
}

func TestOutlook(t *testing.T) {
	for _, w := range writeAll(t) {
		o := w.p.Outlook
		if w.name == "valley-storm" {
			if o.None != news.NoOutlook || len(o.Sentences) != 0 {
				t.Errorf("%s: outlook %+v, want only news.NoOutlook", w.name, o)
			}
			continue
		}
		if o.None != "" || len(o.Sentences) == 0 || len(o.Sentences) > 4 {
			t.Errorf("%s: outlook has %d sentences and None %q", w.name, len(o.Sentences), o.None)
		}
	}
}

func TestNoPaywalledText(t *testing.T) {
	for _, w := range writeAll(t) {
		paywalled := map[int]bool{}
		for _, r := range w.a.Reports {
			paywalled[r.Ref] = r.Paywalled
		}
		for where, s := range sentences(w.p) {
			if paywalled[s.Cites[0]] {
				t.Errorf("%s: %s takes its text from a paywalled report", w.name, where)
			}
		}
	}
}

func TestWordCap(t *testing.T) {
	for _, limit := range []int{0, 60, 90} {
		for _, name := range cases(t) {
			st := loadStory(t, filepath.Join("testdata", name+".txt"))
			p, err := Writer{MaxWordsPerSource: limit}.Write(st.ID, analyze.Analyze(st.Arts), st.Now)
			if err != nil {
				continue // a cap this tight may leave too little to publish
			}
			if limit == 0 {
				limit = DefaultMaxWordsPerSource
			}
			used := map[int]int{}
			ForEachSentence(p, func(_ string, s news.Sentence) {
				body, _ := unattributed(s)
				used[s.Cites[0]] += len(strings.Fields(body))
			})
			for ref, n := range used {
				if n > limit {
					t.Errorf("%s: %d words from source %d, cap %d", name, n, ref, limit)
				}
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, name := range cases(t) {
		st, want := writeCase(t, name)
		for round := 0; round < 3; round++ {
			arts := append([]news.ArticleRef(nil), st.Arts...)
			rng.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
			p, err := Writer{Desk: "The Unbiased Post"}.Write(st.ID, analyze.Analyze(arts), st.Now)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := json.MarshalIndent(p, "", "  ")
			if string(append(got, '\n')) != string(want) {
				t.Fatalf("%s: shuffled input gives a different page", name)
			}
		}
	}
}

func TestPlainText(t *testing.T) {
	for _, w := range writeAll(t) {
		lines := strings.Split(strings.TrimSuffix(PlainText(w.p), "\n"), "\n")
		if len(lines) != len(sentences(w.p)) {
			t.Errorf("%s: %d lines for %d sentences", w.name, len(lines), len(sentences(w.p)))
		}
		if lines[0] != w.p.Highlights[0].Text || lines[len(lines)-1] == "" {
			t.Errorf("%s: plain text does not start with the first highlight", w.name)
		}
	}
}
