package write

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// cases are the stories in testdata, by file name without extension.
func cases(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no stories in testdata: %v", err)
	}
	var out []string
	for _, f := range files {
		out = append(out, strings.TrimSuffix(filepath.Base(f), ".txt"))
	}
	return out
}

func writeCase(t testing.TB, name string) (story, []byte) {
	t.Helper()
	st := loadStory(t, filepath.Join("testdata", name+".txt"))
	p, err := Writer{Desk: "The Unbiased Post"}.Write(st.ID, analyze.Analyze(st.Arts), st.Now)
	if err != nil {
		t.Fatalf("Write(%s): %v", name, err)
	}
	js, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return st, append(js, '\n')
}

// TestGolden writes every story in testdata and compares the page, as
// indented JSON, with <case>.golden; -update rewrites the goldens (and a
// readable <case>.page rendering beside each, for review).
func TestGolden(t *testing.T) {
	for _, name := range cases(t) {
		t.Run(name, func(t *testing.T) {
			_, got := writeCase(t, name)
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(want, got) {
				t.Errorf("page differs from %s; run go test -update and review the diff\n%s", golden, diffLines(string(want), string(got)))
			}
		})
	}
}

// diffLines shows the first lines where two texts differ.
func diffLines(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < max(len(al), len(bl)) && len(out) < 20; i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			out = append(out, "- "+x, "+ "+y)
		}
	}
	return strings.Join(out, "\n")
}

// TestQuotesOpenTheBody: the section of what the story's people said
// comes first in the body, straight after the lead, when someone it
// quotes is named in the headline, the highlights or the lead: what the
// people at the centre of the news said is part of its telling. Quotes
// only of people named nowhere before are reactions, and close the body.
// Where the quotes come first, the accounts of what others said go under
// another heading than "What was said".
func TestQuotesOpenTheBody(t *testing.T) {
	tested := 0
	for _, name := range cases(t) {
		st := loadStory(t, filepath.Join("testdata", name+".txt"))
		p, err := Writer{}.Write(st.ID, analyze.Analyze(st.Arts), st.Now)
		if err != nil {
			t.Fatalf("Write(%s): %v", name, err)
		}
		at := -1
		for k, s := range p.Sections {
			if strings.HasPrefix(s.Title, "What ") && strings.HasSuffix(s.Title, " said") && s.Title != "What was said" {
				at = k
			}
		}
		if at < 0 || len(p.Sections) < 2 {
			continue
		}
		tested++
		told := map[string]bool{}
		texts := []string{p.Headline}
		for _, h := range slices.Concat(p.Highlights, p.Lead) {
			texts = append(texts, h.Text)
		}
		for _, tx := range texts {
			for _, w := range strings.Fields(tx) {
				told[strings.Trim(w, `,.;:!?()"'“”‘’`)] = true
			}
		}
		central := false
		for _, w := range strings.Fields(strings.TrimSuffix(strings.TrimPrefix(p.Sections[at].Title, "What "), " said")) {
			w = strings.Trim(w, ",")
			central = central || w != "and" && told[w]
		}
		titles := make([]string, len(p.Sections))
		for k, s := range p.Sections {
			titles[k] = s.Title
		}
		switch {
		case central && at != 0:
			t.Errorf("%s: sections %q: want %q, who speak of the news, first", name, titles, p.Sections[at].Title)
		case !central && at != len(p.Sections)-1:
			t.Errorf("%s: sections %q: want %q, whom nothing before names, last", name, titles, p.Sections[at].Title)
		case central && slices.Contains(titles, "What was said"):
			t.Errorf("%s: %q and %q head two sections: the accounts read as the quotes again", name, p.Sections[at].Title, "What was said")
		}
	}
	if tested == 0 {
		t.Fatal("no story has quotes and other sections: the test tests nothing")
	}
}

// TestReactionsCloseTheBody: quotations only of people the page has not
// named before them are reactions to the news, and close the body; a
// quotation of someone the headline, the highlights or the lead name is
// part of its telling.
func TestReactionsCloseTheBody(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	i := find(t, d.a, 3, "Councillor Pavel Orr said")
	if sp := d.a.Sentences[i].Speaker; sp != "Councillor Pavel Orr" {
		t.Fatalf("speaker %q: the story no longer tests the rule", sp)
	}
	quotes := []unit{{members: []candidate{{i: i}}}}
	if d.speaksAgain(quotes, d.told("The east pier closes for repairs")) {
		t.Errorf("Orr, named nowhere before, speaks as someone the page named")
	}
	d.texts = append(d.texts, "Councillor Pavel Orr voted against the repairs.")
	if !d.speaksAgain(quotes, d.told("The east pier closes for repairs")) {
		t.Errorf("Orr, named in a highlight, speaks as someone the page never named")
	}
	if e := newDraft(d.a, DefaultMaxWordsPerSource); !e.speaksAgain(quotes, e.told("Orr's audit call splits the council")) {
		t.Errorf("Orr, named in the headline, speaks as someone the page never named")
	}
}
