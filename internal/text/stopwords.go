package text

// stopWords are English function words that say little about what a
// sentence is about. Our own list, kept short on purpose: words such as
// "not" or "no" stay out of it because they change a claim's meaning.
var stopWords = map[string]bool{}

func init() {
	for _, w := range []string{
		"a", "an", "the", "and", "or", "but", "if", "then", "so", "as", "of", "at", "by", "for",
		"with", "about", "against", "between", "into", "through", "during", "before", "after",
		"above", "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under",
		"again", "further", "once", "here", "there", "when", "where", "why", "how", "all", "any",
		"both", "each", "few", "more", "most", "other", "some", "such", "only", "own", "same",
		"than", "too", "very", "can", "just", "also", "is", "am", "are", "was", "were", "be",
		"been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "i", "me",
		"my", "we", "our", "ours", "you", "your", "he", "him", "his", "she", "her", "hers", "it",
		"its", "they", "them", "their", "theirs", "what", "which", "who", "whom", "this", "that",
		"these", "those", "while", "because", "until", "would", "could", "should", "will", "may",
		"might", "must", "shall", "said", "says", "say", "told", "according", "mr", "mrs", "ms",
		"dr", "s", "t", "it's", "that's", "there's", "one", "two", "new", "per", "via", "yet",
		"still", "even", "however", "although", "though", "whether", "since", "around", "among",
		"within", "without", "across", "along", "onto", "upon", "whose", "much", "many",
	} {
		stopWords[w] = true
	}
}

// IsStopWord reports whether a lower-case token is an English stop word.
func IsStopWord(tok string) bool { return stopWords[tok] }
