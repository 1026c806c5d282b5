package text

import (
	"strings"
	"unicode"
)

// Names returns the capitalised word sequences of s that look like names
// of people, places or bodies ("Port Calder", "Mayor Ines Halvorsen"). A
// stop word that is capitalised only because it starts a sentence ("The",
// "In") is not a name. It is a cheap stand-in for entity recognition: good
// enough to tell whether two reports talk about the same actors. No name
// runs on past a line break: a title or a caption line that ends on a
// name ("... to serve Lena Marsh") and the paragraph after it that opens
// on a capital ("Reviewers said ...") are two lines, not one name.
func Names(s string) []string {
	if !strings.Contains(s, "\n") {
		return lineNames(s)
	}
	var out []string
	for _, line := range strings.Split(s, "\n") {
		out = append(out, lineNames(line)...)
	}
	return out
}

// lineNames is Names of one line.
func lineNames(s string) []string {
	words := strings.Fields(quoteFolds.Replace(s))
	var out, cur []string
	flush := func() {
		for len(cur) > 0 && isConnector(cur[len(cur)-1]) {
			cur = cur[:len(cur)-1]
		}
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
		}
		cur = cur[:0]
	}
	for k, w := range words {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		core, possessive := strings.CutSuffix(core, "'s")
		if len(cur) > 0 && Initial(w) && k+1 < len(words) && capitalisedName(words[k+1]) {
			cur = append(cur, w) // "Lena B. Marsh"
			continue
		}
		if len(cur) > 0 && nickname(w) && k+1 < len(words) && capitalisedName(words[k+1]) {
			continue // `Lena "Lee" Marsh` is Lena Marsh
		}
		if w[0] == '(' || w[0] == '[' {
			flush() // "the Ledger (Tarrow)" names two
		}
		switch {
		case core == "":
			flush()
		case unicode.IsUpper([]rune(core)[0]) && !IsStopWord(strings.ToLower(core)):
			cur = append(cur, core)
		case nameStopWords[core] && namePart(words, k, len(cur) > 0):
			cur = append(cur, core) // "the New Harbour Gulls", "Lena May", "Air Force One"
		case len(cur) > 0 && isConnector(core):
			cur = append(cur, core)
		default:
			flush()
		}
		// punctuation after the word ends the name, as a possessive
		// does: "the Harbour Board's Tarrow office" names two
		if last := w[len(w)-1]; possessive || strings.IndexByte(",.;:!?)\"", last) >= 0 {
			flush()
		}
	}
	flush()
	return out
}

// nameStopWords are stop words that, capitalised, also begin or go on
// a name: "New Tarrow", "Lena May", "Will Lowe", "Air Force One".
var nameStopWords = map[string]bool{"New": true, "May": true, "Will": true, "One": true}

// namePart reports whether words[k], one of nameStopWords, is part of a
// name: it goes on a name already begun ("Lena May") or comes before
// one ("New Tarrow"), and its capital is not the one a sentence opens
// with ("May Lowe run?"), except that "New" before a name is a name's
// even then ("New Tarrow voted ...").
func namePart(words []string, k int, inName bool) bool {
	if w := words[k]; strings.IndexByte(",.;:!?)\"", w[len(w)-1]) >= 0 && !inName {
		return false // "in May." ends where it begins
	}
	opens := k == 0 || strings.IndexByte(".!?:\"", words[k-1][len(words[k-1])-1]) >= 0
	if k+1 < len(words) && words[k+1][0] >= '0' && words[k+1][0] <= '9' {
		return false // "in Tarrow May 5": a date
	}
	if inName {
		return !opens
	}
	if k > 0 && monthBefore[strings.ToLower(words[k-1])] && strings.HasPrefix(words[k], "May") {
		return false // "In May Lena Marsh said ...": the month
	}
	next := k+1 < len(words) && capitalisedName(words[k+1]) && !Initial(words[k+1])
	return next && (!opens || strings.HasPrefix(words[k], "New"))
}

// monthBefore are the words that go before a month: "in May", "since
// May", "last May".
var monthBefore = map[string]bool{"in": true, "on": true, "since": true, "until": true, "by": true, "from": true,
	"through": true, "last": true, "next": true, "early": true, "late": true, "mid": true, "of": true, "this": true}

// Initial reports whether w is an initial: one capital letter and a full
// stop ("B.").
func Initial(w string) bool {
	r := []rune(w)
	return len(r) == 2 && unicode.IsUpper(r[0]) && r[1] == '.'
}

// nickname reports whether w is one capitalised word in quotation
// marks (`"Lee"`), as a nickname stands between a first name and a
// surname.
func nickname(w string) bool {
	inner, ok := strings.CutPrefix(w, `"`)
	if !ok {
		return false
	}
	inner, ok = strings.CutSuffix(inner, `"`)
	return ok && capitalisedName(inner) && !strings.ContainsAny(inner, `"`)
}

// capitalisedName reports whether w may go on a name: a capitalised word
// that is no stop word.
func capitalisedName(w string) bool {
	core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
	return core != "" && unicode.IsUpper([]rune(core)[0]) && !IsStopWord(strings.ToLower(core))
}

func isConnector(w string) bool { return w == "of" || w == "de" || w == "van" || w == "von" }

// aliasGroups are names that outlets write in several ways for one
// country or body, as lower-case tokens joined by spaces; the first of
// each group is its canonical form.
var aliasGroups = [][]string{
	{"united states", "u s", "us", "usa", "u s a"},
	{"united kingdom", "u k", "uk", "britain", "great britain"},
	{"united nations", "u n"},
	{"european union", "e u", "eu"},
}

// aliasOf maps each form of aliasGroups to its group.
var aliasOf = map[string][]string{}

func init() {
	for _, g := range aliasGroups {
		for _, f := range g {
			aliasOf[f] = g
		}
	}
}

// Aliases returns the forms under which a name, given as lower-case
// tokens joined by spaces ("u s"), may appear in a text: the name itself
// first, then the other forms of the same country or body ("united
// states", "us", ...).
func Aliases(name string) []string {
	out := []string{name}
	for _, f := range aliasOf[name] {
		if f != name {
			out = append(out, f)
		}
	}
	return out
}

// CanonicalName returns the canonical form of a name given as lower-case
// tokens joined by spaces: "united states" for "u s" or "usa", and the
// name itself when it has no other form.
func CanonicalName(name string) string {
	if g := aliasOf[name]; g != nil {
		return g[0]
	}
	return name
}

// IsPossessive reports whether a word ends in a possessive: "Ramos's",
// "Ramos’s", or a plural's "officials'".
func IsPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'")
}

// Unpossessive is a word without the possessive that may end it:
// "Ramos's" and "Ramos’s" give "Ramos".
func Unpossessive(s string) string {
	return strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
}
