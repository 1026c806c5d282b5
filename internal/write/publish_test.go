package write

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

func TestNotPublishable(t *testing.T) {
	st := loadStory(t, filepath.Join("testdata", "north-bridge.txt"))
	byID := map[int64]news.ArticleRef{}
	for _, a := range st.Arts {
		byID[a.ID] = a
	}
	oneOutlet := byID[103]
	update := oneOutlet
	update.ID, update.URL, update.Published = 999, oneOutlet.URL+"-update", oneOutlet.Published.Add(3600e9)
	update.Text = strings.Replace(oneOutlet.Text, "Tuesday", "Tuesday morning", 1) + "\n\nThe authority published its inspection schedule on Wednesday."
	tests := []struct {
		name string
		arts []news.ArticleRef
	}{
		{"nothing", nil},
		{"one report", []news.ArticleRef{byID[101]}},
		{"one outlet twice", []news.ArticleRef{oneOutlet, update}},
		{"a wire story and its copy", []news.ArticleRef{byID[101], byID[102]}},
		{"two copies of an unseen original", func() []news.ArticleRef {
			a, b := byID[102], byID[102]
			a.CopyOf, b.CopyOf = 555, 555
			b.ID, b.OutletID, b.Outlet.ID, b.Outlet.Name, b.URL = 998, 77, 77, "Other Copier", "https://other.example/copy"
			return []news.ArticleRef{a, b}
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Writer{}.Write("s", analyze.Analyze(tt.arts), st.Now)
			if !errors.Is(err, ErrNotPublishable) || ReasonOf(err) != TooFewOutlets {
				t.Errorf("Write = %v (reason %q), want ErrNotPublishable for too few outlets", err, ReasonOf(err))
			}
		})
	}
}

// TestSubsetsOfReports writes every story from every subset of two and
// three of its reports: a subset with two independent outlets must give
// a page that Verify accepts and that keeps the anatomy's rules, however
// little the reports hold in common; any other is refused for too few
// outlets.
func TestSubsetsOfReports(t *testing.T) {
	for _, name := range cases(t) {
		st := loadStory(t, filepath.Join("testdata", name+".txt"))
		n := len(st.Arts)
		var subsets [][]news.ArticleRef
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				subsets = append(subsets, []news.ArticleRef{st.Arts[i], st.Arts[j]})
				for k := j + 1; k < n; k++ {
					subsets = append(subsets, []news.ArticleRef{st.Arts[i], st.Arts[j], st.Arts[k]})
				}
			}
		}
		written := 0
		for _, arts := range subsets {
			a := analyze.Analyze(arts)
			p, err := Writer{}.Write(st.ID, a, st.Now)
			if err != nil {
				if a.Outlets >= 2 || ReasonOf(err) != TooFewOutlets {
					t.Errorf("%s: %d outlets refused: %v", name, a.Outlets, err)
				}
				continue
			}
			written++
			if probs := Verify(p, arts); len(probs) > 0 {
				t.Errorf("%s: Verify: %v", name, probs)
			}
			// a lead of one sentence, or two of one report: the second
			// goes on from the first (see leadFollower)
			if len(p.Highlights) > 6 || len(p.Lead) == 0 || len(p.Lead) > 2 || len(p.Sections) > 5 {
				t.Errorf("%s: anatomy %d highlights, %d lead, %d sections", name, len(p.Highlights), len(p.Lead), len(p.Sections))
			} else if len(p.Lead) == 2 && p.Lead[0].Cites[0] != p.Lead[1].Cites[0] {
				t.Errorf("%s: the lead's two sentences come from reports %d and %d", name, p.Lead[0].Cites[0], p.Lead[1].Cites[0])
			}
			if !Neutral(p.Headline) {
				t.Errorf("%s: headline %q", name, p.Headline)
			}
		}
		if written == 0 {
			t.Errorf("%s: no subset of reports could be written", name)
		}
		t.Logf("%s: %d of %d subsets written", name, written, len(subsets))
	}
}

// TestForecastsOnly: reports that tell only of what is expected still
// make a page, opened by a forecast attributed to its outlet, never
// stated as fact.
func TestForecastsOnly(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"The Dunmere town council is expected to vote on Monday to close the east pier for the winter, according to two councillors."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"Dunmere's councillors are expected to approve the winter closing of the east pier at their meeting next week."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatalf("Write = %v, want a page opened by a forecast", err)
	}
	if len(p.Lead) != 1 || p.Lead[0].AttributedTo == "" || !strings.Contains(p.Lead[0].Text, "expected") {
		t.Errorf("lead %+v: want the forecast, attributed", p.Lead)
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Errorf("Verify: %v", probs)
	}
}

// TestSpeechesOnly: reports whose every fact is someone's words, quoted
// at length and named, still make a page, opened by one of those
// speeches with its quotation intact and its speaker named; a sentence
// that quotes at length and names nobody never opens it.
func TestSpeechesOnly(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"Harbour master Ilse Brandt told the Dunmere town council on Monday that the crews want the east pier to “stay open through the whole of the winter season.”"),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"“The east pier is older than any of us and it will not last another storm,” a notice on the pier gate read on Monday."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), arts[0].Article.Published.Add(time.Hour))
	if err != nil {
		t.Fatalf("Write = %v, want a page opened by the harbour master's words", err)
	}
	if len(p.Lead) != 1 || !strings.Contains(p.Lead[0].Text, "Ilse Brandt told") || !strings.Contains(p.Lead[0].Text, "“stay open through the whole of the winter season.”") {
		t.Errorf("lead %+v: want the harbour master's quoted words", p.Lead)
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Errorf("Verify: %v", probs)
	}
}

// TestBrokenOffExcerpt: a feed's excerpt that broke off inside a closing
// clause is published as its main clause, attributed; a line without a
// stop inside a report (a list item) is not cut into a sentence.
func TestBrokenOffExcerpt(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Pilot told ferry owners of inquiry questions",
			"Ferry owners heard from the harbour pilot about every question the pier inquiry put to him although he had promised the"),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Harbour pilot kept ferry owners informed",
			"To take part, a ferry owner must at minimum:\n\n"+
				"Keep every rope off the east pier for a minimum of 48 hours while the divers work\n\n"+
				"Once the inquiry began, the pilot's deputies told the ferry owners' union nothing about the"),
	}
	p, err := Writer{}.Write("pilot", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	text := PlainText(p)
	if !strings.Contains(text, "heard from the harbour pilot about every question the pier inquiry put to him.") {
		t.Errorf("page leaves out the excerpt's main clause:\n%s", text)
	}
	if strings.Contains(text, "Keep every rope") {
		t.Errorf("page publishes a list item as a sentence:\n%s", text)
	}
}

// TestFramingWithNothingFound: when no side's reports hold a distinctive
// term or a loaded word, the page lists no side (its note says why);
// when one side's do, every side is listed, for the contrast.
func TestFramingWithNothingFound(t *testing.T) {
	story := func(extra string) []news.ArticleRef {
		return []news.ArticleRef{
			pierArticle(1, "dunmere-voice", "Dunmere Voice", news.Left, 0, "Dunmere council closes east pier",
				"The Dunmere council voted 7-2 on Monday to close the east pier for repairs.\n\nRepairs will cost $2.4 million."+extra),
			pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Council closes east pier in Dunmere",
				"The Dunmere council voted 7-2 on Monday to close the east pier for repairs, officials said.\n\nThe repairs will cost $2.4 million."),
		}
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(story("")), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Framing) != 0 {
		t.Errorf("the page lists sides that found nothing: %+v", p.Framing)
	}
	if note := p.FramingNote(); !strings.Contains(note, "did not differ") {
		t.Errorf("FramingNote = %q", note)
	}
	p, err = Writer{}.Write("pier", analyze.Analyze(story("\n\nThe council slammed critics of the closure.")), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Framing) != 2 {
		t.Errorf("with a loaded word on one side, the page lists %d sides, want both: %+v", len(p.Framing), p.Framing)
	}
}
