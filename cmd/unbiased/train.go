package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/theunbiasedpost/unbiased/internal/bias"
	"github.com/theunbiasedpost/unbiased/internal/eval"
)

// train runs the training commands: each reads labelled data, fits a
// model, writes it to --out and prints one JSON line about it.
func (m Main) train(ctx context.Context, args []string) error {
	return runSubcommand(ctx, "train", args, subcommand{"bias", m.trainBias})
}

func (m Main) trainBias(ctx context.Context, args []string) error {
	c := newCommand("train bias", "--out MODEL [--baseline] FILE.jsonl", m.Stderr, "none")
	out := c.fs.String("out", "", "write the model to this file (required)")
	baseline := c.fs.Bool("baseline", false, baselineUsage)
	if _, err := c.parse(args, m.Getenv); err != nil {
		return err
	}
	if *out == "" {
		return usagef("train bias: --out MODEL is required")
	}
	if len(c.args) != 1 {
		return usagef("train bias: want exactly one JSON Lines file")
	}
	sentences, dropped, err := readBiasSentences("train bias", c.args[0])
	if err != nil {
		return err
	}
	texts, labels := splitBiasSentences(sentences)
	start := m.Now()
	model, err := bias.Train(ctx, texts, labels, biasConfig(*baseline))
	if err != nil {
		return fmt.Errorf("train bias: %s: %w", c.args[0], err)
	}
	elapsed := m.Now().Sub(start)
	if err := model.SaveFile(*out); err != nil {
		return fmt.Errorf("train bias: %w", err)
	}
	n, biased := model.TrainedOn()
	perSec := 0.0
	if elapsed > 0 {
		perSec = float64(n) / elapsed.Seconds()
	}
	return printJSON(m.Stdout, struct {
		Model           string  `json:"model"`
		Sentences       int     `json:"sentences"`
		Dropped         int     `json:"dropped"`
		Biased          int     `json:"biased"`
		Terms           int     `json:"terms"`
		Features        int     `json:"features"`
		C               float64 `json:"c"`
		Threshold       float64 `json:"threshold"`
		TrainSeconds    float64 `json:"train_seconds"`
		SentencesPerSec float64 `json:"sentences_per_sec"`
	}{*out, n, dropped, biased, model.Vocabulary(), model.Features(), model.C(), round(model.Threshold(), 4),
		round(elapsed.Seconds(), 2), round(perSec, 1)})
}

const baselineUsage = "fit the documented baseline (C = 1, no class weights, cut at probability one half) instead of the shipped setting"

// biasConfig is the setting of the loaded-language model: the shipped
// one, or the documented baseline for a reference in the same run.
func biasConfig(baseline bool) bias.Config {
	if baseline {
		return bias.BaselineConfig()
	}
	return bias.DefaultConfig()
}

// readBiasSentences reads a labelled loaded-language set for the command
// cmd; an empty set is an error.
func readBiasSentences(cmd, path string) (sentences []eval.BiasSentence, dropped int, err error) {
	sentences, err = readSet(cmd, path, "no sentence labelled Biased or Non-biased", func(r io.Reader) ([]eval.BiasSentence, error) {
		s, d, err := eval.ReadBiasSentences(r)
		dropped = d
		return s, err
	})
	return sentences, dropped, err
}

func splitBiasSentences(sentences []eval.BiasSentence) (texts []string, labels []bool) {
	for _, s := range sentences {
		texts, labels = append(texts, s.Text), append(labels, s.Biased)
	}
	return texts, labels
}

// flagGiven reports whether the flag name was set on the command line.
func flagGiven(fs *flag.FlagSet, name string) bool {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}

// runBiasModel scores sentences with a trained model instead of the
// built-in lexicon: the model saved at modelPath, or, when k > 0, the
// models of k-fold cross-validation (seeded by seed), each predicting the
// fold it was not trained on. With cross-validation the speed counts
// training in every fold as well as prediction.
func (m Main) runBiasModel(ctx context.Context, sentences []eval.BiasSentence, modelPath string, k int, seed uint64, cfg bias.Config) (eval.BiasReport, error) {
	if k == 0 {
		model, err := bias.LoadFile(modelPath)
		if err != nil {
			return eval.BiasReport{}, err
		}
		return eval.RunBias(ctx, sentences, func(text string) (bool, []string) {
			p := model.Predict(text)
			return p.Biased, p.Words
		}, m.Now)
	}
	texts, labels := splitBiasSentences(sentences)
	start := m.Now()
	preds, err := bias.CrossValidate(ctx, texts, labels, k, seed, cfg)
	if err != nil {
		return eval.BiasReport{}, err
	}
	elapsed := m.Now().Sub(start)
	// Every sentence was predicted by the model of the fold that held it
	// out; the texts are distinct (ReadBiasSentences merges repeats).
	byText := make(map[string]bias.Prediction, len(texts))
	for i, t := range texts {
		byText[t] = preds[i]
	}
	rep, err := eval.RunBias(ctx, sentences, func(text string) (bool, []string) {
		p := byText[text]
		return p.Biased, p.Words
	}, m.Now)
	if err != nil {
		return rep, err
	}
	rep.SentencesPerSec = 0
	if elapsed > 0 {
		rep.SentencesPerSec = float64(len(sentences)) / elapsed.Seconds()
	}
	return rep, nil
}
