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

func fitFeaturizer(texts []string, cfg Config) *featurizer {
	f := &featurizer{word: &vectorizer{ngrams: cfg.NGrams, sublinear: cfg.Sublinear}, lexicon: cfg.Lexicon}
	f.word.fit(texts, cfg.MinDF)
	if cfg.CharHi > 0 {
		f.char = &vectorizer{charLo: cfg.CharLo, charHi: cfg.CharHi, sublinear: cfg.Sublinear}
		f.char.fit(texts, cfg.CharMinDF)
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
	x := f.word.transform(s)
	off := int32(len(f.word.terms))
	if f.char != nil {
		c := f.char.transform(s)
		for k, j := range c.idx {
			x.idx, x.val = append(x.idx, off+j), append(x.val, c.val[k])
		}
		off += int32(len(f.char.terms))
	}
	if f.lexicon {
		for k, flag := range lexiconFlags {
			if len(flag(s)) > 0 {
				x.idx, x.val = append(x.idx, off+int32(k)), append(x.val, 1)
			}
		}
	}
	return x
}
