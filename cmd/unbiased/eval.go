package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/cluster"
	"github.com/theunbiasedpost/unbiased/internal/eval"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

// eval runs the evaluation commands: each reads one data folder or file,
// prints what went wrong on stderr and one JSON line of figures last on
// stdout.
func (m Main) eval(ctx context.Context, args []string) error {
	return runSubcommand(ctx, "eval", args,
		subcommand{"extract", m.evalExtract},
		subcommand{"feeds", m.evalFeeds},
		subcommand{"cluster", m.evalCluster},
		subcommand{"bias", m.evalBias},
		subcommand{"summary", m.evalSummary},
		subcommand{"desk", m.evalDesk},
		subcommand{"pages", m.evalPages},
		subcommand{"fit", m.evalFit})
}

func (m Main) evalExtract(ctx context.Context, args []string) error {
	c := newCommand("eval extract", "[--out PRED.json] [--extractor NAME] DIR", m.Stderr, "none")
	out := c.fs.String("out", "", "write the predictions, {id: {\"articleBody\"}}, to this file")
	name := c.fs.String("extractor", eval.DefaultExtractor, "extractor to run: "+strings.Join(eval.ExtractorNames(), ", "))
	if _, err := c.parse(args, m.Getenv); err != nil {
		return err
	}
	if len(c.args) != 1 {
		return usagef("eval extract: want exactly one data folder")
	}
	if _, ok := eval.LookupExtractor(*name); !ok {
		return usagef("eval extract: unknown extractor %q (want one of %s)", *name, strings.Join(eval.ExtractorNames(), ", "))
	}
	update, finish := m.progress("extracting pages")
	rep, err := eval.RunExtract(ctx, c.args[0], eval.ExtractOptions{Extractor: *name, Progress: update})
	finish()
	if err != nil {
		return fmt.Errorf("eval extract: %w", err)
	}
	for _, f := range rep.Failures {
		fmt.Fprintf(m.Stderr, "FAIL %s: %s\n", f.ID, oneLine(f.Err.Error()))
	}
	if *out != "" {
		if err := writeFile(*out, func(w io.Writer) error { return eval.WritePredictions(w, rep.Predictions) }); err != nil {
			return fmt.Errorf("eval extract: write predictions: %w", err)
		}
	}
	line := struct {
		Extractor   string  `json:"extractor"`
		Pages       int     `json:"pages"`
		F1          float64 `json:"f1"`
		P           float64 `json:"p"`
		R           float64 `json:"r"`
		Acc         float64 `json:"acc"`
		PagesPerSec float64 `json:"pages_per_sec"`
		Missing     int     `json:"missing"`
		Failed      int     `json:"failed"`
	}{rep.Extractor, rep.Pages, round(rep.F1, 4), round(rep.P, 4), round(rep.R, 4), round(rep.Acc, 4),
		round(rep.PagesPerSec, 1), rep.Missing, len(rep.Failures)}
	if err := printJSON(m.Stdout, line); err != nil {
		return err
	}
	if len(rep.Failures) == rep.Pages {
		return errors.New("eval extract: no page yielded text")
	}
	return nil
}

// round rounds x to n decimals as Python's round does, so that printed
// figures can be compared with the reference scorers' character for
// character.
func round(x float64, n int) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', n, 64), 64)
	return v
}

// printJSON writes v as one JSON line.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// readSet reads the data file path of the command cmd with read. Every
// error names both, and a file that holds nothing is one too, said as
// empty ("no documents").
func readSet[T any](cmd, path, empty string, read func(io.Reader) ([]T, error)) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", cmd, err)
	}
	defer f.Close()
	set, err := read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", cmd, path, err)
	}
	if len(set) == 0 {
		return nil, fmt.Errorf("%s: %s: %s", cmd, path, empty)
	}
	return set, nil
}

// writeFile creates path and fills it with write, reporting the first
// error of writing or closing.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func (m Main) evalFeeds(ctx context.Context, args []string) error {
	c := newCommand("eval feeds", "DIR", m.Stderr, "none")
	if _, err := c.parse(args, m.Getenv); err != nil {
		return err
	}
	if len(c.args) != 1 {
		return usagef("eval feeds: want exactly one folder of feeds")
	}
	rep, err := eval.RunFeeds(ctx, c.args[0])
	if err != nil {
		return fmt.Errorf("eval feeds: %w", err)
	}
	for _, f := range rep.Failures {
		fmt.Fprintf(m.Stderr, "FAIL %s: %s\n", f.File, oneLine(f.Err.Error()))
	}
	for _, d := range rep.Diffs {
		where := d.File
		if d.Item >= 0 {
			where = fmt.Sprintf("%s item %d", d.File, d.Item)
		}
		fmt.Fprintf(m.Stderr, "DIFF %s: %s %q, expected %q\n", where, d.Field, d.Got, d.Want)
	}
	rep.CountAgree, rep.TitleAgree = round(rep.CountAgree, 4), round(rep.TitleAgree, 4)
	rep.LinkAgree, rep.DateAgree = round(rep.LinkAgree, 4), round(rep.DateAgree, 4)
	if err := printJSON(m.Stdout, rep); err != nil {
		return err
	}
	if rep.Parsed == 0 {
		return errors.New("eval feeds: no feed parsed")
	}
	return nil
}

func (m Main) evalCluster(ctx context.Context, args []string) error {
	c := newCommand("eval cluster", "[--out PRED.jsonl] [--skip-boilerplate] [--half even|odd] [--threshold T] [--name-weight W] [--title-weight W] [--cohesion C] [--title-cohesion C] [--lone L] [--title-names=false] [--contrast S] [--incremental] FILE.jsonl", m.Stderr, "none")
	incremental := c.fs.Bool("incremental", false, "add the documents one at a time, in time order, as the desk's rebuild does, instead of clustering them as one batch ('unbiased stories recluster')")
	out := c.fs.String("out", "", "write the predictions, {\"doc_id\",\"story\"} lines, to this file")
	skip := c.fs.Bool("skip-boilerplate", false, "leave docs marked boilerplate_suspect out of the scores")
	half := c.fs.String("half", "", "read only the docs of the even- or odd-numbered gold clusters (from 0, in file order): fit on one half, report on the other")
	def := cluster.DefaultOptions()
	threshold := c.fs.Float64("threshold", def.Threshold, "least average similarity at which two groups merge")
	nameWeight := c.fs.Float64("name-weight", def.NameWeight, "weight of shared names against shared words")
	titleWeight := c.fs.Float64("title-weight", def.TitleWeight, "weight added to each word of a document's title")
	cohesion := c.fs.Float64("cohesion", def.Cohesion, "how alike across, against alike within, two groups of two or more documents must be to merge (0: off)")
	lone := c.fs.Float64("lone", def.Lone, "least similarity at which two documents left alone, each the other's closest, pair up (0: off)")
	titleCohesion := c.fs.Float64("title-cohesion", def.TitleCohesion, "how alike across, against alike within, the titles of two groups of two or more titled documents must be to merge (0: off)")
	titleNames := c.fs.Bool("title-names", def.TitleNames, "keep apart two groups when every title of one names what the other never mentions")
	contrast := c.fs.Float64("contrast", def.Contrast, "keep apart two groups of two or more documents when each has a title word or figure, carried by this share of its documents and two at least, that the other never mentions (0: off)")
	if _, err := c.parse(args, m.Getenv); err != nil {
		return err
	}
	if len(c.args) != 1 {
		return usagef("eval cluster: want exactly one JSON Lines file")
	}
	if *threshold <= 0 || *threshold > 1 || *nameWeight < 0 || *titleWeight < 0 || *cohesion < 0 || *titleCohesion < 0 || *lone < 0 || *lone > 1 || *contrast < 0 || *contrast > 1 {
		return usagef("eval cluster: --threshold must be in (0, 1], --lone in [0, 1], --contrast in [0, 1], --name-weight, --title-weight, --cohesion and --title-cohesion at least 0")
	}
	docs, err := readSet("eval cluster", c.args[0], "no documents", eval.ReadClusterDocs)
	if err != nil {
		return err
	}
	if docs, err = eval.HalfClusters(docs, *half); err != nil {
		return usagef("eval cluster: --half: %v", err)
	}
	opt := def
	opt.Threshold, opt.NameWeight, opt.TitleWeight, opt.Cohesion, opt.TitleNames, opt.Lone = *threshold, *nameWeight, *titleWeight, *cohesion, *titleNames, *lone
	opt.TitleCohesion, opt.Contrast = *titleCohesion, *contrast
	rep, err := eval.RunCluster(ctx, docs, eval.ClusterOptions{SkipBoilerplate: *skip, Cluster: opt, Incremental: *incremental})
	if err != nil {
		return fmt.Errorf("eval cluster: %w", err)
	}
	if *out != "" {
		if err := writeFile(*out, func(w io.Writer) error { return eval.WriteClusterPredictions(w, docs, rep.Story) }); err != nil {
			return fmt.Errorf("eval cluster: write predictions: %w", err)
		}
	}
	type scores struct {
		Scored      int     `json:"scored"`
		GoldStories int     `json:"gold_stories"`
		PairP       float64 `json:"pair_p"`
		PairR       float64 `json:"pair_r"`
		PairF1      float64 `json:"pair_f1"`
		BCubedP     float64 `json:"bcubed_p"`
		BCubedR     float64 `json:"bcubed_r"`
		BCubedF1    float64 `json:"bcubed_f1"`
	}
	line := struct {
		Docs       int `json:"docs"`
		Stories    int `json:"stories"`
		*scores    `json:",omitempty"`
		DocsPerSec float64 `json:"docs_per_sec"`
	}{Docs: rep.Docs, Stories: rep.Stories, DocsPerSec: round(rep.DocsPerSec, 1)}
	if rep.Scored {
		s := rep.Scores
		line.scores = &scores{s.Docs, s.GoldClusters, round(s.PairP, 4), round(s.PairR, 4), round(s.PairF1, 4),
			round(s.BCubedP, 4), round(s.BCubedR, 4), round(s.BCubedF1, 4)}
	} else {
		fmt.Fprintln(m.Stderr, "eval cluster: no cluster_id in the file: stories written, nothing scored")
	}
	return printJSON(m.Stdout, line)
}

func (m Main) evalBias(ctx context.Context, args []string) error {
	c := newCommand("eval bias", "[--out PRED.jsonl] [--model MODEL | --cv K [--seed S] [--baseline]] [--half even|odd] FILE.jsonl", m.Stderr, "none")
	half := c.fs.String("half", "", "score only the even- or odd-numbered sentences (from 0, in file order)")
	out := c.fs.String("out", "", "write the predictions, {\"text\",\"biased\",\"words\"} lines, to this file")
	model := c.fs.String("model", "", "score this model (from 'unbiased train bias') instead of the built-in lexicon")
	cv := c.fs.Int("cv", 0, "score the model by K-fold stratified cross-validation, training a fresh model in each fold (K at least 2)")
	seed := c.fs.Uint64("seed", 1, "with --cv: the seed of the fold assignment")
	baseline := c.fs.Bool("baseline", false, "with --cv: "+baselineUsage)
	if _, err := c.parse(args, m.Getenv); err != nil {
		return err
	}
	if len(c.args) != 1 {
		return usagef("eval bias: want exactly one JSON Lines file")
	}
	withCV := flagGiven(c.fs, "cv")
	switch {
	case withCV && *cv < 2:
		return usagef("eval bias: --cv must be at least 2 (got %d)", *cv)
	case withCV && *model != "":
		return usagef("eval bias: --cv trains a fresh model in each fold and cannot take --model")
	case flagGiven(c.fs, "seed") && !withCV:
		return usagef("eval bias: --seed needs --cv")
	case *baseline && !withCV:
		return usagef("eval bias: --baseline needs --cv")
	}
	sentences, dropped, err := readBiasSentences("eval bias", c.args[0])
	if err != nil {
		return err
	}
	if sentences, err = eval.Half(sentences, *half); err != nil {
		return usagef("eval bias: --half: %v", err)
	}
	var rep eval.BiasReport
	if *model != "" || withCV {
		rep, err = m.runBiasModel(ctx, sentences, *model, *cv, *seed, biasConfig(*baseline))
	} else {
		rep, err = eval.RunBias(ctx, sentences, eval.LexiconDetector, nil)
	}
	if err != nil {
		return fmt.Errorf("eval bias: %w", err)
	}
	if *out != "" {
		if err := writeFile(*out, func(w io.Writer) error { return eval.WriteBiasPredictions(w, rep.Predictions) }); err != nil {
			return fmt.Errorf("eval bias: write predictions: %w", err)
		}
	}
	line := struct {
		Sentences       int     `json:"sentences"`
		Dropped         int     `json:"dropped"`
		P               float64 `json:"p"`
		R               float64 `json:"r"`
		F1              float64 `json:"f1"`
		MacroF1         float64 `json:"macro_f1"`
		SentencesPerSec float64 `json:"sentences_per_sec"`
		Model           string  `json:"model,omitempty"`
		CV              int     `json:"cv,omitempty"`
		Seed            *uint64 `json:"seed,omitempty"`
		Baseline        bool    `json:"baseline,omitempty"`
	}{rep.Sentences, dropped, round(rep.P, 4), round(rep.R, 4), round(rep.F1, 4), round(rep.MacroF1, 4), round(rep.SentencesPerSec, 1),
		*model, 0, nil, *baseline}
	if withCV {
		line.CV, line.Seed = *cv, seed
	}
	return printJSON(m.Stdout, line)
}

func (m Main) evalSummary(ctx context.Context, args []string) error {
	c := newCommand("eval summary", "[--out PRED.jsonl] [--words N] [--method desk|lead|textrank] [--leans rotate|unrated|given] [--half even|odd] [--params NAME=V,...] FILE.jsonl", m.Stderr, "none")
	out := c.fs.String("out", "", "write the summaries, {\"id\",\"summary\"} lines, to this file")
	words := c.fs.Int("words", eval.DefaultSummaryWords, "cut every summary to this many words")
	method := c.fs.String("method", "desk", "desk (the desk's own pages), or a reference: lead or textrank")
	leansFlag := c.fs.String("leans", "rotate", "documents' leans: rotate (left, lean left, center, lean right, right in turn), unrated, or given (their own)")
	half := c.fs.String("half", "", "score only the even- or odd-numbered clusters (from 0, in file order): fit on one half, report on the other")
	paramsFlag := c.fs.String("params", "", "the writer's weights, as central=W,early=W,support=W,title=W,long=W (default: the shipped ones)")
	if _, err := c.parse(args, m.Getenv); err != nil {
		return err
	}
	leans, params, err := writerFlags("eval summary", *leansFlag, *paramsFlag)
	if err != nil {
		return err
	}
	if len(c.args) != 1 {
		return usagef("eval summary: want exactly one JSON Lines file")
	}
	if *words < 1 {
		return usagef("eval summary: --words must be at least 1 (got %d)", *words)
	}
	switch *method {
	case "desk", "lead", "textrank":
	default:
		return usagef("eval summary: unknown method %q (want desk, lead or textrank)", *method)
	}
	clusters, err := readSet("eval summary", c.args[0], "no clusters", eval.ReadSummaryClusters)
	if err != nil {
		return err
	}
	if clusters, err = eval.Half(clusters, *half); err != nil {
		return usagef("eval summary: --half: %v", err)
	}
	start := time.Now()
	results, err := eval.Summaries(ctx, clusters, *method, *words, write.Writer{Params: params}, leans)
	if err != nil {
		return fmt.Errorf("eval summary: %w", err)
	}
	elapsed := time.Since(start)
	pred, gold := map[string]string{}, map[string]string{}
	published := 0
	for i, r := range results {
		pred[r.ID] = r.Summary
		if r.Summary != "" {
			published++
		} else if r.Err != nil {
			fmt.Fprintf(m.Stderr, "UNPUBLISHED %s: %s\n", r.ID, oneLine(r.Err.Error()))
		}
		if ref := clusters[i].Reference; ref != "" {
			gold[r.ID] = ref
		}
	}
	if *out != "" {
		if err := writeFile(*out, func(w io.Writer) error { return eval.WriteSummaries(w, results) }); err != nil {
			return fmt.Errorf("eval summary: write summaries: %w", err)
		}
	}
	line := struct {
		Method         string   `json:"method"`
		Clusters       int      `json:"clusters"`
		Summarised     int      `json:"summarised"`
		Words          int      `json:"words"`
		R1             *float64 `json:"r1,omitempty"`
		R2             *float64 `json:"r2,omitempty"`
		RL             *float64 `json:"rl,omitempty"`
		ClustersPerSec float64  `json:"clusters_per_sec"`
	}{Method: *method, Clusters: len(clusters), Summarised: published, Words: *words,
		ClustersPerSec: round(float64(len(clusters))/max(elapsed.Seconds(), 1e-9), 1)}
	if len(gold) > 0 {
		mean := eval.MeanRouge(gold, pred, *words)
		r1, r2, rl := round(mean.R1, 2), round(mean.R2, 2), round(mean.RL, 2)
		line.R1, line.R2, line.RL = &r1, &r2, &rl
	} else {
		fmt.Fprintln(m.Stderr, "eval summary: no reference summary in the file: summaries written, nothing scored")
	}
	return printJSON(m.Stdout, line)
}

func (m Main) evalFit(ctx context.Context, args []string) error {
	c := newCommand("eval fit", "[--half even|odd] [--rounds N] [--leans rotate|unrated|given] [--params NAME=V,...] FILE.jsonl:WORDS[:LEANS]...", m.Stderr, "none")
	half := c.fs.String("half", "even", "fit on the even- or odd-numbered clusters of every file; report on the other half with eval summary")
	rounds := c.fs.Int("rounds", 3, "rounds of coordinate ascent at most")
	leansFlag := c.fs.String("leans", "rotate", "documents' leans, as for eval summary")
	paramsFlag := c.fs.String("params", "", "the weights to start from (default: the shipped ones)")
	if _, err := c.parse(args, m.Getenv); err != nil {
		return err
	}
	if len(c.args) == 0 {
		return usagef("eval fit: want one or more FILE.jsonl:WORDS[:LEANS]")
	}
	if *half != "even" && *half != "odd" {
		return usagef("eval fit: --half must be even or odd (got %q)", *half)
	}
	leans, start, err := writerFlags("eval fit", *leansFlag, *paramsFlag)
	if err != nil {
		return err
	}
	var sets []eval.FitSet
	for _, arg := range c.args {
		path, words, setLeans := arg, "", leans
		// FILE.jsonl:WORDS, or FILE.jsonl:WORDS:LEANS for a file whose
		// leans differ from --leans
		if i := strings.LastIndex(path, ":"); i >= 0 {
			path, words = path[:i], path[i+1:]
		}
		if _, err := strconv.Atoi(words); err != nil && words != "" {
			l, err := eval.ParseLeans(words)
			if err != nil {
				return usagef("eval fit: %q: %v", arg, err)
			}
			setLeans, words = l, ""
			if i := strings.LastIndex(path, ":"); i >= 0 {
				path, words = path[:i], path[i+1:]
			}
		}
		n, err := strconv.Atoi(words)
		if err != nil || n < 1 || path == "" {
			return usagef("eval fit: %q: want FILE.jsonl:WORDS or FILE.jsonl:WORDS:LEANS, for example neus.jsonl:60:given", arg)
		}
		clusters, err := readSet("eval fit", path, "no clusters", eval.ReadSummaryClusters)
		if err != nil {
			return err
		}
		clusters, _ = eval.Half(clusters, *half)
		sets = append(sets, eval.FitSet{Name: path, Clusters: clusters, Words: n, Leans: setLeans})
	}
	best, err := eval.FitParams(ctx, sets, start, *rounds, func(st eval.FitStep) {
		fmt.Fprintf(m.Stderr, "%s  mean %.2f  r1 %v  opening %v\n", eval.FormatParams(st.Params), st.Mean, roundAll(st.R1, 2), roundAll(st.Opening, 2))
	})
	if err != nil {
		return fmt.Errorf("eval fit: %w", err)
	}
	return printJSON(m.Stdout, struct {
		Half    string    `json:"half"`
		Params  string    `json:"params"`
		R1      []float64 `json:"r1"`
		Opening []float64 `json:"opening_r1"`
		Mean    float64   `json:"mean"`
	}{*half, eval.FormatParams(best.Params), roundAll(best.R1, 2), roundAll(best.Opening, 2), round(best.Mean, 2)})
}

func roundAll(xs []float64, places int) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = round(x, places)
	}
	return out
}

// writerFlags reads the --leans and --params flags of the summary
// commands.
func writerFlags(cmd, leans, params string) (eval.Leans, write.Params, error) {
	l, err := eval.ParseLeans(leans)
	if err != nil {
		return l, write.Params{}, usagef("%s: --leans: %v", cmd, err)
	}
	p, err := write.ParseParams(params)
	if err != nil {
		return l, p, usagef("%s: --params: %v", cmd, err)
	}
	return l, p, nil
}
