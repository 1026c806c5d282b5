package write

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// connectives may be trimmed from the start of a sentence: they tie it to
// the sentence before in its report, which the page does not show. Verify
// accepts a sentence whose report has one of these before it.
var connectives = []string{
	"But", "And", "Yet", "So", "Still,", "Meanwhile,", "However,", "Also,", "Separately,",
	"Moreover,", "Furthermore,", "Indeed,", "In addition,", "Instead,", "Even so,", "Elsewhere,",
}

// dangling first words refer to something the page does not show, so a
// sentence that starts with one cannot stand alone.
var dangling = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "their": true, "its": true, "such": true, "both": true,
	"another": true, "others": true, "then": true, "him": true, "them": true,
}

// boilerplate marks lines that are not reporting: credits, prompts, links.
var boilerplate = []string{
	"reporting by", "editing by", "additional reporting", "click here", "subscribe", "sign up",
	"read more", "http://", "https://", "www.", "@", "all rights reserved", "copyright",
	"the above", "as mentioned", "mentioned above", "this story has been updated", "contributed to this report",
}

// Length limits of a published sentence, in words.
const (
	minWords = 8
	maxWords = 45
)

// kind says what a sentence would be published as.
type kind int

const (
	asFact    kind = iota // highlights, sections
	asOutlook             // WHAT THIS MIGHT MEAN
	asLead                // the lead: a fact, or an announcement someone made
)

// pageText is the sentence as the page shows it: the report's words with
// a wire dateline ("OSPREY FALLS (Lowland Press) — ", see
// text.Dateline) and a leading connective trimmed. What is left is still
// a substring of the report, which Verify checks.
func pageText(s string) string {
	s, _, _ = text.Dateline(s)
	for _, c := range connectives {
		if rest, ok := strings.CutPrefix(s, c+" "); ok && rest != "" {
			r, size := utf8.DecodeRuneInString(rest)
			s = string(unicode.ToUpper(r)) + rest[size:]
			break
		}
	}
	return s
}

// usable returns the page text of sentence i and whether it may be
// published as k. A fact must not look ahead; a lead may, when it opens
// with who announced what ("Fenlow Bank said it would close 12
// branches": the announcement is what happened); an outlook sentence must
// be one sentence that looks ahead in its main clause and names who says
// so (analyze.IsOutlook). Either way the sentence comes from an
// independent report whose text may be shown, stands alone (no opening
// pronoun, no "he" or "she" without someone named before it), uses no
// loaded word in its own voice, speaks in no outlet's own opinion and
// neither as "we" nor to "you", gives no figure that other outlets
// contradict, keeps its quotation marks paired, names the speaker of any
// quote, and ends as a statement.
//
// A fact that no one is quoted or named as saying is in the voice of the
// outlet that wrote it, so it must pass the voice rule (see ownVoice).
func (d *draft) usable(i int, k kind) (string, bool) {
	key := [2]int{i, int(k)}
	if u, ok := d.usableCache[key]; ok {
		return u.text, u.ok
	}
	t, ok := d.judge(i, k)
	if d.usableCache == nil {
		d.usableCache = map[[2]int]verdict{}
	}
	d.usableCache[key] = verdict{t, ok}
	return t, ok
}

// verdict is a remembered answer of usable.
type verdict struct {
	text string
	ok   bool
}

// judge is usable without the memory.
func (d *draft) judge(i int, k kind) (string, bool) {
	s := &d.a.Sentences[i]
	r := &d.a.Reports[s.Report]
	if !r.Independent || !r.Quotable || s.InQuote || len(s.Loaded) > 0 || s.Opinion || s.Disputed || s.Personal {
		return "", false
	}
	if k == asFact && s.Forward || k == asOutlook && !s.Outlook {
		return "", false
	}
	if len(s.Quotes) > 0 && s.Speaker == "" {
		return "", false
	}
	t := pageText(s.Text)
	if k == asLead && s.Forward && !opensWith(t, s.Speaker) {
		return "", false
	}
	n := len(strings.Fields(t))
	if n < minWords || n > maxWords || !statement(t) {
		return "", false
	}
	low := strings.ToLower(t)
	for _, b := range boilerplate {
		if strings.Contains(low, b) {
			return "", false
		}
	}
	first, _, _ := strings.Cut(t, " ")
	first = strings.ToLower(strings.Trim(first, `,.;:"'“”‘’`))
	r0, _ := utf8.DecodeRuneInString(t)
	quoted := r0 == '"' || r0 == '“'
	if !quoted && dangling[first] || !unicode.IsUpper(r0) && !unicode.IsDigit(r0) && !quoted {
		return "", false
	}
	if len(analyze.Loaded(t)) > 0 || !d.selfContained(t) || len(text.Sentences(t)) != 1 {
		return "", false
	}
	if d.biased != nil && d.biased(analyze.OwnVoice(t)) {
		return "", false
	}
	if k != asOutlook && s.Speaker == "" && !d.ownVoice(i, t) {
		return "", false
	}
	return t, true
}

// ownVoice reports whether sentence i, published as t, may be stated in
// the page's voice although it names no speaker: it judges nothing (no
// evaluative word, see analyze.Evaluative), and either another
// independent outlet states it too (it has two citations, counting the
// outlets of its claim) or it comes from a report whose own voice the
// desk takes as plain: a center, unrated or wire report. A sentence that
// only an outlet rated to one side writes in its own voice is that
// outlet's account; it shows in the framing, not on the page as fact.
func (d *draft) ownVoice(i int, t string) bool {
	s := d.a.Sentences[i]
	if len(s.Evaluative) > 0 {
		return false
	}
	return d.a.Reports[s.Report].Neutral || len(d.cites(i, t, d.claimMates(i)...)) >= 2
}

// claimMates returns the other members of the claim sentence i belongs
// to: the analysis found that their outlets state the same fact.
func (d *draft) claimMates(i int) []int {
	for _, c := range d.a.Claims {
		for _, m := range c.Members {
			if m == i {
				return c.Members
			}
		}
	}
	return nil
}

// opensWith reports whether a sentence opens with its speaker ("Fenlow
// Bank said it would close ..."), so that what it reports is the
// speaker's own announcement, not someone's forecast added to a fact.
func opensWith(t, speaker string) bool {
	if speaker == "" {
		return false
	}
	return strings.HasPrefix(strings.TrimPrefix(t, "The "), speaker)
}

// statement reports whether a sentence ends as a statement: a full stop,
// possibly inside a closing quotation mark, and no question or
// exclamation outside quotation marks.
func statement(t string) bool {
	end := strings.TrimRight(t, `"'”’)`)
	if !strings.HasSuffix(end, ".") {
		return false
	}
	for i, part := range strings.Split(strings.NewReplacer("“", `"`, "”", `"`).Replace(t), `"`) {
		if i%2 == 0 && strings.ContainsAny(part, "?!") {
			return false
		}
	}
	return true
}
