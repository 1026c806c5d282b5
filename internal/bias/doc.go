// Package bias is the desk's trained loaded-language model: a sentence is
// "biased" or not, and the words that make it so: L2-regularised logistic
// regression on TF-IDF n-grams. BaselineConfig is the documented baseline
// for the task (word unigrams and bigrams); DefaultConfig, the shipped
// setting, adds word trigrams, character n-grams, sublinear TF, the
// lexicon's judgements, balanced class weights and a cut chosen on the
// training sentences.
//
// Features. A sentence's tokens are the maximal runs of Unicode letters
// and digits, lower-cased (Tokens). Its terms are its word n-grams (Terms:
// unigrams and bigrams by default, two adjacent tokens joined by one
// space). The vocabulary is every term of the training sentences (or those
// in at least MinDF of them); a term's value is its count in the sentence
// (1 + ln(count) when sublinear) times idf = ln((1+n)/(1+df)) + 1 (n
// training sentences, df of them with the term), and each sentence's
// vector is scaled to unit length. Terms outside the vocabulary are
// ignored. A config may add a second block, scaled to unit length on its
// own, of character n-grams inside word boundaries (CharTerms), and the
// built-in lexicon's four judgements as 0/1 features.
//
// Fitting. Train minimises ½‖w‖² + C Σ sᵢ log(1 + exp(−yᵢ (w·xᵢ + b)))
// with y = ±1, the intercept b unpenalised and sᵢ = 1, or n/(2·n_label)
// with balanced class weights, by limited-memory BFGS with a fixed
// stopping rule, so the same sentences give the same model. A sentence is
// biased when w·x + b is above the cut: 0 (probability one half) for the
// baseline; for the default, the cut with the best macro F1 over the
// predictions of 5-fold cross-validation inside the training sentences
// (every inner model fitted, features included, on its inner folds only),
// so that the cut suits the kind of data the model was trained on. C may
// be chosen the same way among candidates (Config.Cs). Naive-Bayes
// log-count ratios may scale the features before fitting; they are then
// folded into the weights.
//
// Evaluation. Folds deals sentences into k stratified folds by a seeded
// generator of our own; CrossValidate fits a fresh model, vocabulary, idf,
// C and cut included, on each fold's complement and predicts the fold.
//
// Model file (version 2). One JSON object:
//
//	{
//	  "format": "unbiased-bias-model",  // anything else is not a model
//	  "version": 2,
//	  "tokens": "unicode-letters-digits",
//	  "lowercase": true,
//	  "ngrams": 2,                      // longest word n-gram
//	  "weighting": "tfidf-smooth-l2",   // or "tfidf-sublinear-smooth-l2"
//	  "c": 1,                           // the C it was fitted with
//	  "trained_on": 20,                 // sentences
//	  "labels": {"Biased": 10, "Non-biased": 10},
//	  "bias": -0.07,                    // intercept b
//	  "vocabulary": ["a", "a bill", ...], // sorted word n-grams
//	  "idf": [1.2, 7.9, ...],           // one per term
//	  "weights": [0.03, -0.11, ...],    // one per term
//	  "threshold": -0.12,               // the cut
//	  "class_weight": "balanced",       // or "none"; as fitted, for reading
//	  "nb_scaled": true,                // ratios folded in; omitted when not
//	  "char": {"lo": 2, "hi": 5, "vocabulary": [...], "idf": [...], "weights": [...]},
//	  "lexicon_flags": ["loaded-own-voice", ...], "lexicon_weights": [...]
//	}
//
// "char" and the lexicon fields are there only when the model has those
// features. Version 1 is the same object without the fields from
// "threshold" on, weighting "tfidf-smooth-l2" only, read with the cut at
// 0. A change to any rule above is a new version; Load refuses versions
// it does not know. The lexicon flags are computed by the lexicon of the
// build that loads the model.
//
// The package does no I/O except SaveFile and LoadFile, and reads no
// clock.
package bias
