package eval

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestReadBiasSentences(t *testing.T) {
	in := `{"text": "The council voted 5-2 on Tuesday.", "label_bias": "Non-biased"}
{"text": "The reckless council rammed the plan through.", "label_bias": "Biased"}
{"text": "Nobody agreed on this one.", "label_bias": "No agreement"}

{"text": "The  council voted 5-2 on Tuesday. ", "label_bias": "Biased"}
`
	got, dropped, err := ReadBiasSentences(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []BiasSentence{{"The council voted 5-2 on Tuesday.", true}, {"The reckless council rammed the plan through.", true}}
	if diff := cmp.Diff(want, got); diff != "" || dropped != 2 {
		t.Errorf("dropped %d (want 2); sentences (-want +got):\n%s", dropped, diff)
	}
	for in, want := range map[string]string{
		`{"label_bias": "Biased"}`:                "line 1: no text",
		"{\"text\": \"a\"}\n{\"text\": ":          "line 2: unexpected end of JSON input",
		`{"text": 7, "label_bias": "Non-biased"}`: "line 1: json: cannot unmarshal number",
	} {
		if _, _, err := ReadBiasSentences(strings.NewReader(in)); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("ReadBiasSentences(%q) = %v, want an error starting %q", in, err, want)
		}
	}
}

// The desk's detector flags loaded and evaluative words in a sentence's
// own voice, not in a quotation.
func TestLoadedWords(t *testing.T) {
	if got := LoadedWords("The council voted 5-2 on Tuesday to raise fares by 5 percent."); len(got) != 0 {
		t.Errorf("plain report flagged: %q", got)
	}
	if got := LoadedWords("The radical council rammed through a disastrous fare hike."); len(got) == 0 {
		t.Error("loaded sentence not flagged")
	}
	if got := LoadedWords(`The mayor called the plan "a disastrous scheme by radical extremists".`); len(got) != 0 {
		t.Errorf("words inside a quotation flagged: %q", got)
	}
}

func TestRunBias(t *testing.T) {
	sentences := []BiasSentence{
		{"tp one", true}, {"tp two", true}, {"fn one", true},
		{"fp one", false}, {"tn one", false}, {"tn two", false}, {"tn three", false},
	}
	detect := func(s string) (bool, []string) {
		if strings.HasPrefix(s, "tp") || strings.HasPrefix(s, "fp") {
			return true, []string{"word"}
		}
		return false, nil
	}
	tick := time.Unix(0, 0)
	clock := func() time.Time { tick = tick.Add(time.Second); return tick }
	rep, err := RunBias(context.Background(), sentences, detect, clock)
	if err != nil {
		t.Fatal(err)
	}
	// Biased: P 2/3, R 2/3, F1 2/3. Non-biased: P 3/4, R 3/4. Macro 17/24.
	if rep.TP != 2 || rep.FP != 1 || rep.FN != 1 || rep.TN != 3 {
		t.Fatalf("counts %d/%d/%d/%d", rep.TP, rep.FP, rep.FN, rep.TN)
	}
	near := func(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
	if !near(rep.P, 2.0/3) || !near(rep.R, 2.0/3) || !near(rep.F1, 2.0/3) || !near(rep.MacroF1, 17.0/24) || rep.SentencesPerSec != 7 {
		t.Errorf("P %v R %v F1 %v macro %v, %v/s", rep.P, rep.R, rep.F1, rep.MacroF1, rep.SentencesPerSec)
	}
	var buf bytes.Buffer
	if err := WriteBiasPredictions(&buf, rep.Predictions[2:4]); err != nil {
		t.Fatal(err)
	}
	want := `{"text":"fn one","biased":false,"words":[]}` + "\n" + `{"text":"fp one","biased":true,"words":["word"]}` + "\n"
	if buf.String() != want {
		t.Errorf("predictions\n%s\nwant\n%s", buf.String(), want)
	}
}
