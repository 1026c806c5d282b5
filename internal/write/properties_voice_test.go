package write

import (
	"regexp"
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// writeAllWithPier is writeAll with the pier story, made for these rules.
func writeAllWithPier(t *testing.T) []written {
	out := writeAll(t)
	arts := pierStory()
	a := analyze.Analyze(arts)
	p, err := Writer{}.Write("pier", a, pierNow)
	if err != nil {
		t.Fatalf("pier: %v", err)
	}
	return append(out, written{name: "pier", st: story{ID: "pier", Now: pierNow, Arts: arts}, a: a, p: p})
}

// TestVoiceRule checks that no page states one outlet's own account as
// fact, whatever its lean: a sentence in the page's voice has two
// outlets behind it, and one that names no speaker never judges.
func TestVoiceRule(t *testing.T) {
	for _, w := range writeAllWithPier(t) {
		check := func(where string, s news.Sentence) {
			if s.AttributedTo == "" && len(s.Cites) < 2 {
				t.Errorf("%s: %s is one outlet's account in the page's voice: %q", w.name, where, s.Text)
			}
			body, _ := news.Unattributed(s)
			if analyze.Speaker(body) != "" {
				return
			}
			if ev := analyze.Evaluative(body); len(ev) > 0 {
				t.Errorf("%s: %s judges (%q): %q", w.name, where, ev, s.Text)
			}
		}
		for i, s := range w.p.Highlights {
			if ev := analyze.Evaluative(s.Text); len(ev) > 0 {
				t.Errorf("%s: highlight %d judges (%q): %q", w.name, i, ev, s.Text)
			}
		}
		ForEachSentence(w.p, func(where string, s news.Sentence) {
			if !strings.HasPrefix(where, "outlook") {
				check(where, s)
			}
		})
	}
}

var pastModal = regexp.MustCompile(`\b(may|might|could|would|should|must)( not| never)? have \w+`)

// TestOutlookRules checks every outlook line: one sentence, attributed,
// looking ahead in its main clause, and neither advice nor a past modal.
func TestOutlookRules(t *testing.T) {
	for _, w := range writeAllWithPier(t) {
		for _, s := range w.p.Outlook.Sentences {
			switch {
			case len(text.Sentences(s.Text)) != 1:
				t.Errorf("%s: outlook %q is more than one sentence", w.name, s.Text)
			case !analyze.IsOutlook(s.Text):
				t.Errorf("%s: outlook %q does not look ahead with a speaker", w.name, s.Text)
			case regexp.MustCompile(`\b(should|ought|must)\b`).MatchString(s.Text):
				t.Errorf("%s: outlook %q gives advice", w.name, s.Text)
			case pastModal.MatchString(s.Text):
				t.Errorf("%s: outlook %q looks back", w.name, s.Text)
			}
		}
	}
}

// TestNoRestatement checks that no sentence in the sections or the
// outlook says again what a highlight or the lead says: half of the
// shorter one's content words, and at least three, are a restatement.
func TestNoRestatement(t *testing.T) {
	for _, w := range writeAllWithPier(t) {
		var top []news.Sentence
		top = append(append(top, w.p.Highlights...), w.p.Lead...)
		ForEachSentence(w.p, func(where string, s news.Sentence) {
			if strings.HasPrefix(where, "highlights") || strings.HasPrefix(where, "lead") {
				return
			}
			a := stemSet(s.Text)
			for _, h := range top {
				b := stemSet(h.Text)
				if n := text.SharedSorted(a, b); n >= 3 && 2*n >= min(len(a), len(b)) {
					t.Errorf("%s: %s restates %q:\n  %q", w.name, where, h.Text, s.Text)
				}
			}
		})
	}
}

// TestHeadingShapes checks that section headings are short noun phrases
// or role headings: never two phrases joined by "and" (only the
// heading of who said what names people so), never a lone lower-case word.
func TestHeadingShapes(t *testing.T) {
	roles := map[string]bool{"What was said": true, "Other accounts": true, "Background": true, "Details": true}
	for _, w := range writeAllWithPier(t) {
		for _, s := range w.p.Sections {
			title := s.Title
			if strings.HasPrefix(title, "What ") && strings.HasSuffix(title, " said") {
				continue
			}
			words := strings.Fields(title)
			if strings.Contains(title, " and ") {
				t.Errorf("%s: heading %q joins two phrases", w.name, title)
			}
			if len(words) == 1 && !roles[title] {
				t.Errorf("%s: heading %q is a lone word", w.name, title)
			}
			if len(words) > 5 {
				t.Errorf("%s: heading %q is too long", w.name, title)
			}
		}
	}
}
