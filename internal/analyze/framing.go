package analyze

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// maxTerms caps the distinctive terms shown for one side.
const maxTerms = 6

// framing describes, for each side of the spectrum that covered the story
// (Left, Center, Right, in that order), its outlets, the terms it used
// that the other sides did not, and the loaded and evaluative words it
// used in its own voice. Only independent reports count: a copy repeats
// another outlet's words. Terms need at least two sides to compare; a
// side's term must be used at least twice by it and never by the others,
// a single word by two of its reports when it has two or more, and must
// be worth showing (see framingWorthy: no common verb, adverb, number or
// generic word). Terms are ranked by how many of the side's reports use
// them, pairs of words before single words, then by their log-odds ratio
// against the other sides with an informative Dirichlet prior (the
// story's own word frequencies), which weighs a count by the side's size.
func framing(rs []Report, ss []Sentence) []news.Framing {
	type sideData struct {
		outlets []string
		counts  map[string]float64
		reports map[string]int // how many of the side's reports use a term
		surface map[string]map[string]int
		loaded  map[string]int
		total   float64
		texts   []string
		n       int // the side's independent reports
	}
	sides := map[news.Side]*sideData{}
	for _, r := range rs {
		side := LeanOf(r.Outlet).Side()
		if !r.Independent || side == news.SideNone {
			continue
		}
		d := sides[side]
		if d == nil {
			d = &sideData{counts: map[string]float64{}, reports: map[string]int{}, surface: map[string]map[string]int{}, loaded: map[string]int{}}
			sides[side] = d
		}
		d.n++
		if !contains(d.outlets, r.Outlet.Name) {
			d.outlets = append(d.outlets, r.Outlet.Name)
		}
		title := headlineQuotes(text.Normalize(r.Title))
		for _, w := range append(loaded(title, false), evaluative(title, false)...) {
			d.loaded[w]++
		}
		body := make([]string, 0, len(r.Sentences))
		for _, si := range r.Sentences {
			if !finished(ss[si].Text) {
				continue // a label, a button or a caption line of the page
			}
			body = append(body, ss[si].Text)
			for _, w := range append(append([]string(nil), ss[si].Loaded...), ss[si].Evaluative...) {
				d.loaded[w]++
			}
		}
		texts := append([]string{titleAsProse(r.Title, body)}, body...)
		d.texts = append(d.texts, texts...)
		inReport := map[string]bool{}
		for _, t := range texts {
			for _, term := range Terms(t) {
				if !inReport[term.Key] {
					inReport[term.Key] = true
					d.reports[term.Key]++
				}
				d.counts[term.Key]++
				d.total++
				if d.surface[term.Key] == nil {
					d.surface[term.Key] = map[string]int{}
				}
				d.surface[term.Key][term.Surface]++
			}
		}
	}

	all := map[string]float64{}
	var nAll float64
	for _, d := range sides {
		for k, c := range d.counts {
			all[k] += c
		}
		nAll += d.total
	}
	const a0 = 50.0 // strength of the prior, in pseudo-counts
	var out []news.Framing
	for _, side := range []news.Side{news.SideLeft, news.SideCenter, news.SideRight} {
		d := sides[side]
		if d == nil {
			continue
		}
		f := news.Framing{Side: side.String(), Outlets: d.outlets, Terms: []string{}, LoadedWords: sortedLoaded(d.loaded)}
		if f.LoadedWords == nil {
			f.LoadedWords = []string{}
		}
		if len(sides) > 1 {
			type scored struct {
				key string
				z   float64
			}
			var cands []scored
			nOther := nAll - d.total
			names := nameParts(d.texts)
			for _, k := range sortedKeys(d.counts) {
				yi := d.counts[k]
				yj := all[k] - yi
				if yi < 2 || yj > 0 || !framingWorthy(bestSurface(d.surface[k]), names) {
					continue
				}
				if !strings.Contains(k, " ") && d.n > 1 && d.reports[k] < 2 {
					continue // one outlet's word, not the side's
				}
				aw := a0 * all[k] / nAll
				delta := math.Log((yi+aw)/(d.total+a0-yi-aw)) - math.Log((yj+aw)/(nOther+a0-yj-aw))
				cands = append(cands, scored{k, delta / math.Sqrt(1/(yi+aw)+1/(yj+aw))})
			}
			// Terms that more of the side's outlets share say more about
			// the side than one outlet's habit; the log-odds break ties.
			sort.SliceStable(cands, func(x, y int) bool {
				rx, ry := d.reports[cands[x].key], d.reports[cands[y].key]
				if rx != ry {
					return rx > ry
				}
				px, py := strings.Contains(cands[x].key, " "), strings.Contains(cands[y].key, " ")
				if px != py {
					return px // a pair of words says more than one
				}
				return cands[x].z > cands[y].z
			})
			var keys []string
			for _, c := range cands {
				if len(keys) == maxTerms {
					break
				}
				if keys = addTerm(keys, c.key, d.counts); keys == nil {
					break
				}
			}
			for _, k := range keys {
				f.Terms = append(f.Terms, bestSurface(d.surface[k]))
			}
		}
		out = append(out, f)
	}
	return out
}

// titleAsProse writes a title in title case ("Loan Official Quits Over
// Fees") as prose would, so that its words are terms and not names: a
// capitalised word after the first goes to lower case unless the report
// writes it capitalised inside a sentence too. A title in sentence case
// is left as it is.
func titleAsProse(title string, body []string) string {
	words := strings.Fields(title)
	capped, long := 0, 0
	for _, w := range words[min(1, len(words)):] {
		if core := trimPunct(w); len(core) > 3 {
			long++
			if isCap(core) {
				capped++
			}
		}
	}
	if long == 0 || 2*capped < long {
		return title
	}
	names := map[string]bool{}
	for _, t := range body {
		fs := strings.Fields(t)
		for i := 1; i < len(fs); i++ {
			if core := trimPunct(fs[i]); isCap(core) && !endsSentence(fs[i-1]) {
				names[core] = true
			}
		}
	}
	for i, w := range words {
		if core := trimPunct(w); i > 0 && isCap(core) && !names[core] && core != strings.ToUpper(core) {
			words[i] = strings.Replace(w, core, strings.ToLower(core), 1)
		}
	}
	return strings.Join(words, " ")
}

// addTerm adds a candidate term unless a phrase already chosen holds it
// (the single word says nothing more), and drops single words that a
// newly chosen phrase holds as often.
func addTerm(keys []string, k string, counts map[string]float64) []string {
	for _, have := range keys {
		if strings.Contains(" "+have+" ", " "+k+" ") && counts[have] >= counts[k] {
			return keys
		}
	}
	out := keys[:0:0]
	for _, have := range keys {
		if strings.Contains(" "+k+" ", " "+have+" ") && counts[k] >= counts[have] {
			continue
		}
		out = append(out, have)
	}
	return append(out, k)
}

// Term is a content word, or two adjacent content words, of a text.
type Term struct {
	Key     string // the stems, space-separated: what terms compare by
	Surface string // the words as shown
}

// Terms returns a text's content words and the pairs of them that stand
// next to each other in one clause, keyed by stem, with the surface form
// to show: lower case, unless the word is capitalised where no sentence
// starts, which marks a name, and a name keeps the number that follows
// it ("Route 9"). Stop words, numbers, words under three letters and
// speech verbs are not terms. A name of three words or more ("New Tarrow
// Harbour Board") is one term, whole: its parts and their pairs ("Harbour
// Board") name nothing of their own.
func Terms(s string) []Term {
	words := strings.Fields(text.Normalize(s))
	longName := longNames(words)
	var out []Term
	prevKey, prevSurface := "", ""
	for i, w := range words {
		if end := longName[i]; end > 0 {
			var keys, surfaces []string
			for _, x := range words[i : end+1] {
				core := trimPunct(x)
				keys, surfaces = append(keys, text.Stem(strings.ToLower(core))), append(surfaces, core)
			}
			out = append(out, Term{strings.Join(keys, " "), strings.Join(surfaces, " ")})
			prevKey = ""
			continue
		}
		if longName[i] < 0 {
			continue // inside a long name, taken whole where it starts
		}
		core := strings.TrimLeft(trimPunct(w), "'‘")
		low := strings.ToLower(core)
		if !isTermWord(low) {
			prevKey = ""
			continue
		}
		surface := low
		opening := i == 0 || endsSentence(words[i-1])
		if isCap(core) && (!opening || i+1 < len(words) && isCap(words[i+1]) && !endsClause(w)) {
			surface = core // a name, even one that opens a sentence
		}
		key := text.Stem(low)
		// A name with a number is one name: "Route 9", "Gate 4".
		if surface == core && isCap(core) && !endsClause(w) && i+1 < len(words) {
			if num := trimPunct(words[i+1]); text.IsNumber(num) && !strings.ContainsAny(num, ".,") {
				key += " " + num
				surface += " " + num
			}
		}
		out = append(out, Term{key, surface})
		// a pair joins two names or two plain words, never a title and
		// a name ("councillor Marta")
		if prevKey != "" && isCap(prevSurface) == isCap(surface) && !honorifics[strings.ToLower(prevSurface)] {
			out = append(out, Term{prevKey + " " + key, prevSurface + " " + surface})
		}
		prevKey, prevSurface = key, surface
		if raw := strings.TrimRight(w, ",.;:!?)\""); endsClause(w) || strings.HasSuffix(raw, "'") || strings.HasSuffix(raw, "'s") {
			prevKey = "" // a clause or a possessive ends a pair
		}
	}
	return out
}

// longNames marks the names of three capitalised words or more in
// words: at a name's first word the index of its last, at its other
// words -1. A name is a run of capitalised words that are no stop words,
// or "New" before another ("New Tarrow"), inside one clause, not opening
// a sentence unless the next word is capitalised too, and with no title
// ("Mayor") or possessive in it.
func longNames(words []string) []int {
	marks := make([]int, len(words))
	nameWord := func(i int) bool {
		core := trimPunct(words[i])
		low := strings.ToLower(core)
		if !isCap(core) || honorifics[low] || possessive(words[i]) {
			return false
		}
		if low == "new" {
			return i+1 < len(words) && isCap(words[i+1]) && !endsClause(words[i])
		}
		return isTermWord(low)
	}
	for i := 0; i < len(words); {
		if !nameWord(i) {
			i++
			continue
		}
		j := i
		for j+1 < len(words) && !endsClause(words[j]) && nameWord(j+1) {
			j++
		}
		opening := i == 0 || endsSentence(words[i-1])
		if j-i+1 >= 3 && (!opening || isCap(words[i+1])) {
			marks[i] = j
			for k := i + 1; k <= j; k++ {
				marks[k] = -1
			}
		}
		i = j + 1
	}
	return marks
}

// vague words say nothing about how a side framed the story.
var vague = map[string]bool{}

// honorifics open a name; a pair of one and a first name ("Councillor
// Marta") is half a name, not a term.
var honorifics = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`first last next run know built extra chair made make take took get
		got come came went go put set day days week weeks time year years people thing things way
		also just like well many much more most other some back`) {
		vague[w] = true
	}
	for _, w := range strings.Fields(`mayor councillor councilor secretary senator sen governor gov chief
		dr doctor headteacher president minister director chair judge auditor commissioner
		representative rep professor prof inspector officer sergeant captain general
		gen maj lt col capt sgt cpl pvt adm cmdr det insp supt mr mrs ms sens reps`) {
		honorifics[w] = true
	}
}

// IsHonorific reports whether a lower-case word is a title that opens a
// person's name ("president", "sen", "mayor"), or such a title of
// someone elected who has not yet taken office ("mayor-elect").
func IsHonorific(low string) bool {
	return honorifics[strings.TrimSuffix(strings.TrimSuffix(low, "."), "-elect")]
}

func isTermWord(low string) bool {
	if len(low) < 3 || text.IsStopWord(low) || speechVerbs[low] || calendar[low] || negations[low] || vague[low] {
		return false
	}
	for _, r := range low {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

func endsSentence(w string) bool {
	return strings.ContainsAny(w[len(w)-1:], ".!?")
}

func bestSurface(m map[string]int) string {
	best, n := "", 0
	for _, s := range sortedKeys(m) {
		if m[s] > n {
			best, n = s, m[s]
		}
	}
	return best
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// finished reports whether a sentence ends as prose does, with a full
// stop, a question or exclamation mark, or a quotation closed after one:
// a page's labels and buttons ("Story highlights", "Continue reading the
// main story") end without.
func finished(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), `"'”’)`)
	return t != "" && endsSentence(t)
}

// headlineQuote matches a quotation that a headline sets in single
// marks, as headlines do ("Marsh calls pier plan 'reckless'"): a mark
// after a space or a bracket and before a letter ("in '90s" opens
// nothing), words with no mark but an apostrophe
// inside a word ("'we don't'"), and a mark before a space, a stop or
// the end. An apostrophe that ends a plural ("the members' vote") has
// no mark opening it.
var headlineQuote = regexp.MustCompile(`(^|[\s(\[])'(\pL(?:[^'"]|\pL'\pL)*?)'([\s,.;:!?)\]]|$)`)

// headlineQuotes is a normalised title with its single-mark quotations
// (see headlineQuote) in double marks, so that the words a headline
// quotes count as the speaker's, not the outlet's.
func headlineQuotes(title string) string {
	return headlineQuote.ReplaceAllString(title, `$1"$2"$3`)
}
