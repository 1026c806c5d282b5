package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
)

// BiasSentence is one labelled sentence of a loaded-language set:
// {"text", "label_bias"} with "Biased" or "Non-biased".
type BiasSentence struct {
	Text   string
	Biased bool
}

// ReadBiasSentences reads a loaded-language set in JSON Lines. Lines whose
// label_bias is neither "Biased" nor "Non-biased" ("No agreement") are
// dropped and counted, and so is a sentence given again (the same words,
// white space aside): it is scored once, with the label it was given
// last, as the reference scorer does. A line that is not a JSON object
// with a text is an error that names the line.
func ReadBiasSentences(r io.Reader) (sentences []BiasSentence, dropped int, err error) {
	at := map[string]int{} // sentence, white space collapsed -> index
	err = eachLine(r, func(_ int, line []byte) error {
		var raw struct {
			Text  *string `json:"text"`
			Label string  `json:"label_bias"`
		}
		if err := json.Unmarshal(line, &raw); err != nil {
			return err
		}
		if raw.Text == nil {
			return errors.New("no text")
		}
		if raw.Label != "Biased" && raw.Label != "Non-biased" {
			dropped++
			return nil
		}
		s := BiasSentence{Text: *raw.Text, Biased: raw.Label == "Biased"}
		key := strings.Join(strings.Fields(s.Text), " ")
		if i, again := at[key]; again {
			sentences[i].Biased = s.Biased
			dropped++
			return nil
		}
		at[key] = len(sentences)
		sentences = append(sentences, s)
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	return sentences, dropped, nil
}

// BiasDetector judges one sentence: whether it is biased, and the words
// that make it so.
type BiasDetector func(sentence string) (biased bool, words []string)

// LexiconDetector is the desk's own judgement of a sentence, as the
// writer makes it: it is biased when, in its own voice, it uses loaded or
// evaluative words (LoadedWords), speaks as "I" or "we" or to "you", marks
// an opinion ("clearly", "of course"), or asks a question.
func LexiconDetector(sentence string) (bool, []string) {
	words := LoadedWords(sentence)
	words = append(words, analyze.OpinionCues(sentence)...)
	return len(words) > 0, words
}

// LoadedWords returns the loaded and the evaluative words a sentence uses
// in its own voice (analyze.Loaded and analyze.Evaluative): the words for
// which the writer never states a sentence as fact.
func LoadedWords(sentence string) []string {
	words := analyze.Loaded(sentence)
	for _, w := range analyze.Evaluative(sentence) {
		if !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	return words
}

// BiasPrediction is what the detector said of one sentence.
type BiasPrediction struct {
	Text   string   `json:"text"`
	Biased bool     `json:"biased"`
	Words  []string `json:"words"`
}

// BiasReport scores the predictions on the "Biased" class, as the
// published results on these sets do, with the macro F1 over both
// classes beside it.
type BiasReport struct {
	Sentences         int
	P, R, F1, MacroF1 float64
	SentencesPerSec   float64
	Predictions       []BiasPrediction
	TP, FP, FN, TN    int
}

// RunBias runs detect on every sentence and scores it against the labels.
func RunBias(ctx context.Context, sentences []BiasSentence, detect BiasDetector, now func() time.Time) (BiasReport, error) {
	if now == nil {
		now = time.Now
	}
	rep := BiasReport{Sentences: len(sentences), Predictions: make([]BiasPrediction, len(sentences))}
	start := now()
	for i, s := range sentences {
		if i%512 == 0 {
			if err := ctx.Err(); err != nil {
				return rep, err
			}
		}
		p, words := detect(s.Text)
		if words == nil {
			words = []string{}
		}
		rep.Predictions[i] = BiasPrediction{Text: s.Text, Biased: p, Words: words}
		switch {
		case s.Biased && p:
			rep.TP++
		case !s.Biased && p:
			rep.FP++
		case s.Biased:
			rep.FN++
		default:
			rep.TN++
		}
	}
	if d := now().Sub(start); d > 0 {
		rep.SentencesPerSec = float64(len(sentences)) / d.Seconds()
	}
	rep.P, rep.R = share(rep.TP, rep.TP+rep.FP), share(rep.TP, rep.TP+rep.FN)
	rep.F1 = harmonic(rep.P, rep.R)
	f0 := harmonic(share(rep.TN, rep.TN+rep.FN), share(rep.TN, rep.TN+rep.FP))
	rep.MacroF1 = (rep.F1 + f0) / 2
	return rep, nil
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// WriteBiasPredictions writes one {"text","biased","words"} line per
// sentence.
func WriteBiasPredictions(w io.Writer, preds []BiasPrediction) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, p := range preds {
		if err := enc.Encode(p); err != nil {
			return err
		}
	}
	return bw.Flush()
}
