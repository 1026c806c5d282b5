package write

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// ErrNotPublishable is returned, wrapped with the reason, for a story the
// desk must not publish: fewer than 2 reports from 2 independent outlets
// (the design's rule), or reports none of whose sentences can stand on a
// page. Test for it with errors.Is; Refusal gives the reason's kind.
var ErrNotPublishable = errors.New("story not publishable")

// Defaults of a zero Writer.
const (
	DefaultDesk              = "The Unbiased Post"
	DefaultMaxWordsPerSource = 120
)

// Writer writes story pages. The zero value is ready to use.
type Writer struct {
	Desk string // byline desk name; DefaultDesk when empty
	// MaxWordsPerSource caps the words the page reuses from any one
	// report, so that a page quotes short passages, never a report
	// wholesale; DefaultMaxWordsPerSource when zero or less.
	MaxWordsPerSource int
	// Biased, when set, judges what a sentence says in its own voice
	// (analyze.OwnVoice: quotations taken out), as a trained
	// loaded-language model does. A sentence it calls biased is not
	// published, just as one with a word of the built-in lexicon is not;
	// a report's title it calls biased is not taken as the headline (it
	// reads the whole title).
	// BiasedBy names the judge (a model's file and digest), so that pages
	// are written again when it changes.
	Biased   func(ownVoice string) bool
	BiasedBy string
	// Params weigh the sentences the page is written from; the zero
	// value means DefaultParams.
	Params Params
}

// Write writes the page of one analysed story. now is the time of this
// rewrite (the page's Updated); nothing else reads a clock, and the same
// analysis gives the same page.
//
// The page is extractive. Every sentence that may be published is scored
// once (see Params), and each part of the page takes the best-scored
// sentences that suit it and add something new: up to five highlights,
// then the lead, the outlook and the body's sections. Each sentence is
// cited to its report and to every other outlet that states its claim;
// a claim that only one outlet states is attributed to it ("According to
// X, ..."). Every report gives at most MaxWordsPerSource words. The
// finished page is checked with the rules of Verify, and any sentence
// that fails is dropped, so the page returned always passes Verify
// against the analysed reports.
//
// The page fits its material: a story told by a few short reports gets
// a lead and the highlights they support, and sections only when there
// is more to say.
//
// It returns an error wrapping ErrNotPublishable when the story has fewer
// than 2 reports from 2 independent outlets, or when no sentence of its
// reports can stand on a page.
func (w Writer) Write(storyID string, a analyze.Analysis, now time.Time) (news.Page, error) {
	if len(a.Reports) < 2 || a.Outlets < 2 {
		return news.Page{}, Refuse(TooFewOutlets, "%s from %s; at least 2 from 2 are needed", news.Count(len(a.Reports), "report", "reports"), news.Count(a.Outlets, "independent outlet", "independent outlets"))
	}
	if a.Language != "" && a.Language != "en" {
		return news.Page{}, Refuse(OtherLanguage, "the reports are in %q; the desk writes stories in English for now", a.Language)
	}
	desk := w.Desk
	if desk == "" {
		desk = DefaultDesk
	}
	limit := w.MaxWordsPerSource
	if limit <= 0 {
		limit = DefaultMaxWordsPerSource
	}
	p, d := w.compose(storyID, a, now, desk, limit, leeway{})
	if words(p) < thinPage {
		// Told so briefly only because the person the reports are about
		// is never named in full by a sentence the page may carry: name
		// them as the reports do, rather than leave them out.
		if q, e := w.compose(storyID, a, now, desk, limit, leeway{bareNames: true}); words(q) > words(p) {
			p, d = q, e
		}
	}
	if len(p.Lead) == 0 {
		// Told only in loaded words: publish them as what their outlets
		// said, quoted and attributed, rather than leave the story
		// unwritten.
		if q, e := w.compose(storyID, a, now, desk, limit, leeway{bareNames: true, outletWords: true}); len(q.Lead) > 0 {
			p, d = q, e
		}
	}
	if len(p.Lead) == 0 {
		return news.Page{}, d.noMaterial()
	}
	return p, nil
}

// thinPage is the fewest words of cited sentences a page has before the
// writer lets a surname stand that no sentence it may carry gives in
// full (see draft.bareNames).
const thinPage = 60

// words counts the words of a page's cited sentences.
func words(p news.Page) int {
	return len(strings.Fields(PlainText(p)))
}

// leeway is what the writer allows itself only when a page would
// otherwise be thin or not be written at all.
type leeway struct {
	// bareNames lets a person whom no publishable sentence names in
	// full be called by surname.
	bareNames bool
	// outletWords lets a sentence that tells the story only in loaded
	// words stand attributed, with those words quoted as its outlet's
	// (see draft.quoteLoaded).
	outletWords bool
}

// compose drafts the page of an analysed story, with the leeway given.
func (w Writer) compose(storyID string, a analyze.Analysis, now time.Time, desk string, limit int, lw leeway) (news.Page, *draft) {
	d := newDraft(a, limit)
	d.biased = w.Biased
	d.params = w.Params
	if d.params == (Params{}) {
		d.params = DefaultParams
	}
	d.bareNames, d.quoteOutletWords = lw.bareNames, lw.outletWords
	d.useCuts()
	d.useQuoteRuns()
	d.useAgreedForms()
	p := news.Page{
		StoryID:  storyID,
		Language: a.Language,
		Updated:  now.UTC(),
		Byline:   byline(desk, a),
		Coverage: a.Coverage,
		Framing:  a.Framing,
		Sources:  sources(a),
	}
	if !framingFound(p.Framing) {
		p.Framing = []news.Framing{} // nothing to show: the page says why instead (see news.Page.FramingNote)
	}
	for _, r := range a.Reports {
		if t := r.Published; !t.IsZero() && (p.Published.IsZero() || t.Before(p.Published)) {
			p.Published = t.UTC()
		}
	}
	cands := d.candidates()
	highlights := d.highlights(cands)
	lead := d.lead(cands, &highlights)
	lead = d.leadFollower(cands, lead)
	p.Highlights = d.sentences(highlights)
	p.Lead = d.sentences(lead)
	p.Outlook = d.outlook()
	p.Headline = d.inHeadlineStyle(d.argues(d.headlineInFull(withoutAlso(d.headline(cands, p.Lead)))))
	p.Sections = d.sections(cands, p.Headline)
	p.LeadImage = d.leadImage(p.Headline)

	v := &verifier{byRef: map[int]*report{}, contested: a.Contested}
	for i, r := range a.Reports {
		v.byRef[r.Ref] = d.reports[i]
	}
	p = d.dropBackReferences(p)
	d.namesInFull(&p, v)
	p = d.withinCap(p)
	varyAttributions(&p)
	p = dropUnsupported(p, v)
	if len(p.Outlook.Sentences) == 0 {
		p.Outlook.None = noOutlook(p)
	}
	if p.Highlights == nil {
		p.Highlights = []news.Sentence{}
	}
	if p.Lead == nil {
		p.Lead = []news.Sentence{}
	}
	return p, d
}

// noOutlook is the line a page without outlook sentences shows:
// news.OutlookAbove when a sentence above looks ahead in its main clause
// or in what someone it names says there (see analyze.IsOutlook and
// analyze.AheadInMainClause), news.NoOutlook otherwise.
func noOutlook(p news.Page) string {
	ahead := false
	ForEachSentence(p, func(where string, s news.Sentence) {
		body, _ := news.Unattributed(s)
		ahead = ahead || !strings.HasPrefix(where, "outlook") && (analyze.IsOutlook(body) || analyze.AheadInMainClause(body))
	})
	if ahead {
		return news.OutlookAbove
	}
	return news.NoOutlook
}

// sentences are the candidates as the page shows them.
func (d *draft) sentences(cs []candidate) []news.Sentence {
	out := make([]news.Sentence, 0, len(cs))
	for _, c := range cs {
		out = append(out, d.sentence(c.i, c.text, c.cites))
	}
	return out
}

// dropUnsupported removes every sentence that Verify rejects; sections
// and paragraphs left empty go too. It is a last line of defence: the
// writer checks support as it chooses sentences.
func dropUnsupported(p news.Page, v *verifier) news.Page {
	bad := map[string]bool{}
	for _, pr := range v.page(p) {
		bad[pr.Where] = true
	}
	return dropWhere(p, bad)
}

// dropBackReferences removes every sentence that, in reading order,
// refers back to something neither the headline nor a sentence before it
// has said (see backReference). The writer checks this as it chooses
// sentences; laying the body out by topic can still put a sentence above
// the one it leans on.
func (d *draft) dropBackReferences(p news.Page) news.Page {
	bad := map[string]bool{}
	before := []string{p.Headline}
	ForEachSentence(p, func(where string, s news.Sentence) {
		body, _ := news.Unattributed(s)
		if !strings.HasPrefix(where, "outlook") && (d.readBackReference(body, before) != "" || d.alsoReference(body, before) != "") {
			bad[where] = true
			return
		}
		before = append(before, body)
	})
	return dropWhere(p, bad)
}

// dropWhere removes the sentences at the places in bad (as Verify names
// them); sections and paragraphs left empty go too.
func dropWhere(p news.Page, bad map[string]bool) news.Page {
	if len(bad) == 0 {
		return p
	}
	keep := func(prefix string, ss []news.Sentence) []news.Sentence {
		var out []news.Sentence
		for i, s := range ss {
			if !bad[fmt.Sprintf("%s[%d]", prefix, i)] {
				out = append(out, s)
			}
		}
		return out
	}
	p.Highlights = keep("highlights", p.Highlights)
	p.Lead = keep("lead", p.Lead)
	p.Outlook.Sentences = keep("outlook", p.Outlook.Sentences)
	if len(p.Outlook.Sentences) == 0 {
		p.Outlook = news.Outlook{Sentences: []news.Sentence{}, None: news.NoOutlook}
	}
	var secs []news.Section
	for si, sec := range p.Sections {
		var paras [][]news.Sentence
		for pi, para := range sec.Paragraphs {
			if kept := keep(fmt.Sprintf("sections[%d][%d]", si, pi), para); len(kept) > 0 {
				paras = append(paras, kept)
			}
		}
		if len(paras) > 0 {
			sec.Paragraphs = paras
			secs = append(secs, sec)
		}
	}
	p.Sections = secs
	if p.Sections == nil {
		p.Sections = []news.Section{}
	}
	return p
}

// framingFound reports whether some side's framing lists a distinctive
// term or a loaded word: sides that each found neither tell the reader
// nothing that a note does not.
func framingFound(fs []news.Framing) bool {
	for _, f := range fs {
		if len(f.Terms) > 0 || len(f.LoadedWords) > 0 {
			return true
		}
	}
	return false
}

// PlainText renders the page's cited sentences in reading order, one per
// line: highlights, lead, sections, outlook. It is what the summary
// evaluation scores.
func PlainText(p news.Page) string {
	var b strings.Builder
	ForEachSentence(p, func(_ string, s news.Sentence) {
		b.WriteString(s.Text)
		b.WriteByte('\n')
	})
	return b.String()
}
