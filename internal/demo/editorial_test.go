package demo

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// The tests below hold the corpus to the editorial properties the rest of
// the desk is tested against: shared facts, an outlook or none, one-sided
// coverage, a syndicated copy and a look-alike pair.

func TestEventsMarkedOnce(t *testing.T) {
	c := testCorpus(t)
	count := map[string]int{}
	for _, e := range c.Events {
		if e.Syndicated {
			count["syndicated"]++
		}
		if e.BlindSpot {
			count["blind spot"]++
		}
		if e.NoOutlook {
			count["no outlook"]++
		}
		if e.LookAlike != "" {
			count["look-alike"]++
		}
	}
	want := map[string]int{"syndicated": 1, "blind spot": 1, "no outlook": 1, "look-alike": 2}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("%d events marked %s, want %d", count[k], k, n)
		}
	}
}

func TestNoOutlookEventLooksNowhereAhead(t *testing.T) {
	c := testCorpus(t)
	for _, e := range c.Events {
		if !e.NoOutlook {
			continue
		}
		for _, a := range eventArticles(c, e.ID) {
			for _, s := range sentences(a.Title + ". " + a.Text()) {
				if m := forwardRE.FindString(s); m != "" {
					t.Errorf("%s: %q looks ahead (%q)", a.File, s, m)
				}
			}
		}
	}
}

func TestOtherEventsHaveAttributedOutlook(t *testing.T) {
	c := testCorpus(t)
	for _, e := range c.Events {
		if e.NoOutlook {
			continue
		}
		reports := 0
		for _, a := range eventArticles(c, e.ID) {
			if slices.ContainsFunc(sentences(a.Text()), func(s string) bool {
				return forwardRE.MatchString(s) && attributionRE.MatchString(s)
			}) {
				reports++
			}
		}
		if reports < 2 {
			t.Errorf("%s: %d reports hold an attributed forward-looking sentence, want at least 2", e.ID, reports)
		}
	}
}

func TestFramingDiffersBySide(t *testing.T) {
	c := testCorpus(t)
	for _, e := range c.Events {
		loaded := map[news.Side]int{}
		present := map[news.Side]bool{}
		for _, a := range eventArticles(c, e.ID) {
			side := outletBySlug(c, a.Outlet).Lean.Side()
			present[side] = true
			words := loadedRE.FindAllString(ownVoice(a.Text()), -1)
			if len(words) > 0 {
				loaded[side]++
			}
			if (side == news.SideCenter || a.Wire != "") && len(words) > 0 {
				t.Errorf("%s: a neutral report uses loaded words in its own voice: %q", a.File, words)
			}
		}
		if e.NoOutlook {
			continue // a match report, not a political story
		}
		for _, side := range []news.Side{news.SideLeft, news.SideRight} {
			if present[side] && loaded[side] == 0 {
				t.Errorf("%s: no %s report uses loaded words in its own voice", e.ID, side)
			}
		}
	}
}

func TestReportsShareCoreFacts(t *testing.T) {
	c := testCorpus(t)
	for _, e := range c.Events {
		// A wire text counts once, however many outlets carried it.
		sources := map[string]map[string]bool{}
		for _, a := range eventArticles(c, e.ID) {
			key := a.Outlet
			if a.Wire != "" {
				key = "wire:" + a.Wire
			}
			sources[key] = numbers(a.Text())
		}
		stated := map[string]int{}
		for _, nums := range sources {
			for n := range nums {
				stated[n]++
			}
		}
		shared := 0
		for n, k := range stated {
			if k >= 2 && n != "1" && n != "2" {
				shared++
			}
		}
		if shared < 3 {
			t.Errorf("%s: %d figures are stated by 2+ independent reports, want at least 3", e.ID, shared)
		}
	}
}

func TestSyndicatedPair(t *testing.T) {
	c := testCorpus(t)
	var copies []ArticleSpec
	for _, a := range c.Articles {
		if a.Wire != "" {
			copies = append(copies, a)
		}
	}
	if len(copies) != 2 {
		t.Fatalf("%d wire copies, want 2", len(copies))
	}
	a, b := copies[0], copies[1]
	e := eventByID(t, c, a.Event)
	if !e.Syndicated || b.Event != a.Event {
		t.Errorf("wire copies belong to %s and %s, want the one syndicated event", a.Event, b.Event)
	}
	if !slices.Equal(a.Paragraphs, b.Paragraphs) {
		t.Errorf("%s and %s: bodies differ, want word-for-word copies", a.File, b.File)
	}
	if d := a.Offset - b.Offset; d > time.Hour || d < -time.Hour {
		t.Errorf("copies published %v apart, want within an hour", d)
	}
	if a.URL == b.URL || a.Outlet == b.Outlet || c.sites[a.Outlet+HostSuffix].Style == c.sites[b.Outlet+HostSuffix].Style {
		t.Errorf("copies must differ in outlet, URL and page markup")
	}
	if n := len(eventArticles(c, e.ID)); n < 4 {
		t.Errorf("%s: %d reports, want independent reports beside the copies", e.ID, n)
	}
}

func TestBlindSpotIsOneSided(t *testing.T) {
	c := testCorpus(t)
	for _, e := range c.Events {
		if !e.BlindSpot {
			continue
		}
		sides := map[news.Side]bool{}
		for _, a := range eventArticles(c, e.ID) {
			sides[outletBySlug(c, a.Outlet).Lean.Side()] = true
		}
		if len(sides) != 1 || sides[news.SideCenter] || sides[news.SideNone] {
			t.Errorf("%s: covered by sides %v, want only left or only right", e.ID, sides)
		}
	}
}

func TestLookAlikePair(t *testing.T) {
	c := testCorpus(t)
	for _, e := range c.Events {
		if e.LookAlike == "" || e.ID > e.LookAlike {
			continue
		}
		twin := eventByID(t, c, e.LookAlike)
		if twin.LookAlike != e.ID {
			t.Errorf("%s names %s as its twin, which names %q", e.ID, twin.ID, twin.LookAlike)
		}
		n1, n2 := eventNames(c, e.ID), eventNames(c, twin.ID)
		var common []string
		for n := range n1 {
			if n2[n] {
				common = append(common, n)
			}
		}
		if len(common) == 0 {
			t.Errorf("%s and %s share no name or place", e.ID, twin.ID)
		}
		if len(common)*4 > min(len(n1), len(n2)) {
			t.Errorf("%s and %s share %d of their names (%v): too alike to be different events", e.ID, twin.ID, len(common), common)
		}
		f1, _ := eventSpan(c, e.ID)
		f2, _ := eventSpan(c, twin.ID)
		if gap := (f1 - f2).Abs(); gap < 48*time.Hour || gap > 96*time.Hour {
			t.Errorf("%s and %s begin %v apart, want 2 to 4 days", e.ID, twin.ID, gap)
		}
	}
}

func eventByID(t *testing.T, c *Corpus, id string) EventSpec {
	t.Helper()
	for _, e := range c.Events {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("no event %q", id)
	return EventSpec{}
}

// eventNames collects the names used by any report of an event.
func eventNames(c *Corpus, id string) map[string]bool {
	out := map[string]bool{}
	for _, a := range eventArticles(c, id) {
		for n := range names(strings.Join(a.Paragraphs, " ")) {
			out[n] = true
		}
	}
	return out
}
