package write

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
)

// A sentence the trained judge calls biased is left off the page, as one
// with a lexicon word is; the judge sees the sentence without its
// quotations.
func TestBiasedJudgeLeavesSentencesOut(t *testing.T) {
	st := loadStory(t, filepath.Join("testdata", "north-bridge.txt"))
	a := analyze.Analyze(st.Arts)
	plain, err := Writer{}.Write(st.ID, a, st.Now)
	if err != nil {
		t.Fatal(err)
	}
	const word = "tunnel"
	if !strings.Contains(strings.ToLower(PlainText(plain)), word) {
		t.Fatalf("the page without a judge never says %q: pick another word", word)
	}
	var seen []string
	judge := func(own string) bool {
		seen = append(seen, own)
		return strings.Contains(strings.ToLower(own), word)
	}
	judged, err := Writer{Biased: judge, BiasedBy: "test"}.Write(st.ID, a, st.Now)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(PlainText(judged), "\n") {
		if strings.Contains(strings.ToLower(analyze.OwnVoice(line)), word) {
			t.Errorf("a sentence the judge refuses is on the page: %q", line)
		}
	}
	for _, own := range seen {
		if strings.ContainsAny(own, "\"“”") {
			t.Errorf("the judge was shown a quotation: %q", own)
			break
		}
	}
	if problems := Verify(judged, st.Arts); len(problems) > 0 {
		t.Errorf("the judged page fails verification: %v", problems)
	}
}

// A title the judge calls biased is not the headline.
func TestBiasedJudgeChoosesAnotherHeadline(t *testing.T) {
	st := loadStory(t, filepath.Join("testdata", "north-bridge.txt"))
	a := analyze.Analyze(st.Arts)
	plain, err := Writer{}.Write(st.ID, a, st.Now)
	if err != nil {
		t.Fatal(err)
	}
	refused := plain.Headline
	judged, err := Writer{Biased: func(s string) bool { return s == refused }, BiasedBy: "test"}.Write(st.ID, a, st.Now)
	if err != nil {
		t.Fatal(err)
	}
	if judged.Headline == refused || judged.Headline == "" {
		t.Errorf("headline %q; want another than the refused %q", judged.Headline, refused)
	}
}
