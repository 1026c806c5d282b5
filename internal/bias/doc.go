// Package bias is the desk's trained loaded-language model: a sentence is
// "biased" or not, and the words that make it so. It is the documented
// baseline for the task: L2-regularised logistic regression on TF-IDF
// word unigrams and bigrams.
//
// Features. A sentence's tokens are the maximal runs of Unicode letters
// and digits, lower-cased (Tokens). Its terms are its unigrams and its
// bigrams (two adjacent tokens joined by one space). The vocabulary is
// every term of the training sentences; a term's value is its count in
// the sentence times idf = ln((1+n)/(1+df)) + 1 (n training sentences,
// df of them with the term), and each sentence's vector is scaled to unit
// length. Terms outside the vocabulary are ignored.
//
// Fitting. Train minimises ½‖w‖² + C Σ log(1 + exp(−y (w·x + b))) with
// y = ±1 and the intercept b unpenalised, by limited-memory BFGS from
// zero with a fixed stopping rule, so the same sentences give the same
// model. C = 1 by default, fixed in advance. A sentence is biased when
// w·x + b > 0.
//
// Evaluation. Folds deals sentences into k stratified folds by a seeded
// generator of our own; CrossValidate fits a fresh model, vocabulary and
// idf included, on each fold's complement and predicts the fold.
//
// Model file (version 1). One JSON object:
//
//	{
//	  "format": "unbiased-bias-model",  // anything else is not a model
//	  "version": 1,
//	  "tokens": "unicode-letters-digits",
//	  "lowercase": true,
//	  "ngrams": 2,                      // longest n-gram
//	  "weighting": "tfidf-smooth-l2",
//	  "c": 1,                           // the C it was fitted with
//	  "trained_on": 20,                 // sentences
//	  "labels": {"Biased": 10, "Non-biased": 10},
//	  "bias": -0.07,                    // intercept b
//	  "vocabulary": ["a", "a bill", ...], // sorted terms
//	  "idf": [1.2, 7.9, ...],           // one per term
//	  "weights": [0.03, -0.11, ...]     // one per term
//	}
//
// A change to any rule above is a new version; Load refuses versions it
// does not know.
//
// The package does no I/O except SaveFile and LoadFile, and reads no
// clock.
package bias
