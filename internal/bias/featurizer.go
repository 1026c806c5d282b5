package bias

import "github.com/theunbiasedpost/unbiased/internal/analyze"

// featurizer is a model's whole feature map: the word n-gram block, then
// the character n-gram block when there is one, then the lexicon flags
// when asked for. Each n-gram block is scaled to unit length on its own,
// so neither drowns the other whatever its vocabulary size.
type featurizer struct {
	word    *vectorizer
	char    *vectorizer // nil: no character block
	lexicon bool
}

// lexiconFlags are the built-in lexicon's judgements of a sentence, one
// 0/1 feature each: loaded words in its own voice, loaded words anywhere
// (quotations included), evaluative words, and first or second person or
// opinion markers.
var lexiconFlags = []func(string) []string{
	analyze.Loaded, analyze.LoadedAnywhere, analyze.Evaluative, analyze.OpinionCues,
}

// parsed is a sentence split into what the features count: its word
// n-grams, its character n-grams (when there is a character block) and
// the lexicon flags it raises (when asked for). Training splits each
// sentence once and reuses it in every inner fold.
type parsed struct {
	words, chars []string
	flags        []int32
}

func parseSentence(s string, ngrams, charLo, charHi int, lexicon bool) parsed {
	p := parsed{words: Terms(s, ngrams)}
	if charHi > 0 {
		p.chars = CharTerms(s, charLo, charHi)
	}
	if lexicon {
		for k, flag := range lexiconFlags {
			if len(flag(s)) > 0 {
				p.flags = append(p.flags, int32(k))
			}
		}
	}
	return p
}

// parseAll splits texts as a featurizer fitted with cfg would.
func parseAll(texts []string, cfg Config) []parsed {
	out := make([]parsed, len(texts))
	for i, t := range texts {
		out[i] = parseSentence(t, cfg.NGrams, cfg.CharLo, cfg.CharHi, cfg.Lexicon)
	}
	return out
}

func fitFeaturizer(docs []parsed, cfg Config) *featurizer {
	f := &featurizer{word: &vectorizer{ngrams: cfg.NGrams, sublinear: cfg.Sublinear}, lexicon: cfg.Lexicon}
	words := make([][]string, len(docs))
	for i, d := range docs {
		words[i] = d.words
	}
	f.word.fitTerms(words, cfg.MinDF)
	if cfg.CharHi > 0 {
		f.char = &vectorizer{charLo: cfg.CharLo, charHi: cfg.CharHi, sublinear: cfg.Sublinear}
		chars := make([][]string, len(docs))
		for i, d := range docs {
			chars[i] = d.chars
		}
		f.char.fitTerms(chars, cfg.CharMinDF)
	}
	return f
}

// dim is the number of features.
func (f *featurizer) dim() int {
	n := len(f.word.terms)
	if f.char != nil {
		n += len(f.char.terms)
	}
	if f.lexicon {
		n += len(lexiconFlags)
	}
	return n
}

func (f *featurizer) transform(s string) vector {
	var lo, hi int
	if f.char != nil {
		lo, hi = f.char.charLo, f.char.charHi
	}
	return f.transformParsed(parseSentence(s, f.word.ngrams, lo, hi, f.lexicon))
}

func (f *featurizer) transformParsed(p parsed) vector {
	x := f.word.transformTerms(p.words)
	off := int32(len(f.word.terms))
	if f.char != nil {
		c := f.char.transformTerms(p.chars)
		for k, j := range c.idx {
			x.idx, x.val = append(x.idx, off+j), append(x.val, c.val[k])
		}
		off += int32(len(f.char.terms))
	}
	if f.lexicon {
		for _, k := range p.flags {
			x.idx, x.val = append(x.idx, off+k), append(x.val, 1)
		}
	}
	return x
}
