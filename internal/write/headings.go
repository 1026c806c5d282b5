package write

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// headingFrom makes a phrase a heading, or what is left of a cut
// sentence its opening: first letter capitalised, the rest as written,
// so names keep their capitals.
func headingFrom(phrase string) string {
	r, size := utf8.DecodeRuneInString(phrase)
	return string(unicode.ToUpper(r)) + phrase[size:]
}

// reactionsTitle names the people quoted, most quoted first: "What
// Ellison and Reyes said", "What Anand, Delgado and Reyes said", "What
// Anand, Reyes and others said". A person is named by surname when the
// story names them in full somewhere. Those whose surname is among the
// words of told (the names the page gave before the body, where the
// quotes open it) come first, before "others" can hide them: they are
// why the quotes open the body.
func (d *draft) reactionsTitle(quotes []unit, told map[string]bool) string {
	count := map[string]int{}
	spelled := map[string]string{} // a label without accents -> as first written
	var order []string
	for _, u := range quotes {
		for _, c := range u.members {
			s := d.a.Sentences[c.i]
			if s.Speaker == "" {
				continue
			}
			sp := speakerLabel(d.shortName(s.Speaker))
			if full := d.fullFromFirst(s.Speaker); full != "" {
				sp = full // "What Lena Marsh said" for Lena, where the story names her in full
			} else if d.writtenWithThe(sp) {
				sp = "the " + sp // "What the Admiralty said", as the story writes it
			}
			if first, ok := spelled[text.Unaccented(sp)]; ok {
				sp = first // "Lemaitre" where the story also writes "Lemaître"
			} else {
				spelled[text.Unaccented(sp)] = sp
			}
			if count[sp] == 0 {
				order = append(order, sp)
			}
			count[sp]++
		}
	}
	order = d.sameSpeakers(order, count)
	met := func(sp string) bool { return told[text.LastWord(sp)] }
	sort.SliceStable(order, func(x, y int) bool {
		if mx, my := met(order[x]), met(order[y]); mx != my {
			return mx
		}
		return count[order[x]] > count[order[y]]
	})
	var forms []string
	switch len(order) {
	case 1:
		forms = append(forms, "What "+order[0]+" said")
	case 2:
		forms = append(forms, "What "+order[0]+" and "+order[1]+" said")
	case 3:
		forms = append(forms, "What "+order[0]+", "+order[1]+" and "+order[2]+" said")
	default:
		forms = append(forms, "What "+order[0]+", "+order[1]+" and others said")
	}
	if len(order) > 1 {
		forms = append(forms, "What "+order[0]+" and others said")
	}
	// a heading of many long names says less than one name and
	// "others"; one name, however long, says who
	for _, f := range forms {
		if utf8.RuneCountInString(f) <= maxReactionsTitle {
			return f
		}
	}
	return forms[len(forms)-1]
}

// writtenWithThe reports whether a speaker of one capitalised word is
// one that the story writes only after "the" ("the Admiralty said", "the
// Tarrowese added"), a body or a person named by what they are, where a
// name stands alone ("Marsh said", "Kellcorp said"). The word before a
// noun that is no verb of speech ("Tarrowese fans") describes the noun,
// and counts neither way.
func (d *draft) writtenWithThe(sp string) bool {
	if strings.Contains(sp, " ") || !isCapitalised(sp) || acronym(sp) {
		return false
	}
	with, without := 0, 0
	for _, s := range d.a.Sentences {
		words := strings.Fields(text.Normalize(s.Text))
		for k, w := range words {
			if text.Unpossessive(strings.Trim(w, `,.;:!?()"'`)) != sp {
				continue
			}
			if k+1 < len(words) && w == sp && describesNoun(words[k+1]) {
				continue // "Tarrowese fans"
			}
			if k > 0 && strings.EqualFold(words[k-1], "the") {
				with++
			} else {
				without++
			}
		}
	}
	return with > 0 && without == 0
}

// describesNoun reports whether next, the word after a capitalised word, is
// a noun that the capitalised word describes: a lower-case word that is
// no verb of speech.
func describesNoun(next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) && !analyze.IsSpeechVerb(strings.Trim(next, `,.;:!?()"'`))
}

// maxReactionsTitle is the most characters of a heading that names the
// people quoted: "What Lena Marsh, Paul Lowe and Ilse Brandt said".
const maxReactionsTitle = 50

// fullFromFirst returns the full name the story gives a speaker it also
// calls by first name alone ("Lena Marsh" for "Lena"; see
// givenFullName), or "" when the speaker is named otherwise: a heading
// does not call an adult by first name when it can name them in full.
// A word the story's people go by as a surname stays.
func (d *draft) fullFromFirst(speaker string) string {
	if strings.Contains(speaker, " ") || d.people[speaker] {
		return ""
	}
	return d.givenFullName(speaker)
}

// sameSpeakers folds a speaker labelled by a role ("the president")
// into one labelled by name when the story gives that name with the
// role as its title ("President Lena Marsh" beside "Marsh"): "What the
// president and Marsh said" names one person twice. Their counts add, as
// do those of a named speaker and their office ("the Marsh office").
func (d *draft) sameSpeakers(order []string, count map[string]int) []string {
	var out []string
	for _, l := range order {
		role, ok := strings.CutPrefix(l, "the ")
		if owner := ownerOf(role, order); ok && owner != "" {
			count[owner] += count[l] // "the Marsh office" beside "Marsh": hers
			continue
		}
		if !ok || strings.Contains(role, " ") {
			out = append(out, l)
			continue
		}
		folded := false
		for _, n := range order {
			if n != l && !strings.HasPrefix(n, "the ") && !strings.Contains(n, " ") && d.titledAs(role, n) {
				count[n] += count[l]
				folded = true
				break
			}
		}
		if !folded {
			out = append(out, l)
		}
	}
	return out
}

// ownerOf returns the speaker of order whose name opens a label that
// names what belongs to them, "Marsh" of "Marsh office" (the story's
// "Marsh's office"); "" when there is none.
func ownerOf(label string, order []string) string {
	name, rest, ok := strings.Cut(label, " ")
	if !ok || !isCapitalised(name) || strings.Contains(rest, " ") || isCapitalised(rest) {
		return ""
	}
	for _, n := range order {
		if n == name {
			return n
		}
	}
	return ""
}

// titledAs reports whether the story writes the name with the role as
// its title: "President Marsh" or "president Lena Marsh" for "president"
// and "Marsh".
func (d *draft) titledAs(role, name string) bool {
	re, err := regexp.Compile(`(?i:\b` + regexp.QuoteMeta(role) + `)\s+(?:\p{Lu}[\p{L}.'-]*\s+){0,2}` + regexp.QuoteMeta(name) + `\b`)
	if err != nil {
		return false
	}
	for _, s := range d.a.Sentences {
		if re.MatchString(s.Text) {
			return true
		}
	}
	return false
}

// speakerLabel is how a heading names a speaker: a name as it is, a
// common noun for a source with "the" ("What the agency said", never
// "What agency said" or "What Authorities said"), and so a name before
// one ("What the Tarrow council said"), but not an owner before it
// ("What Tarrow's governor said").
func speakerLabel(sp string) string {
	first, _, _ := strings.Cut(sp, " ")
	low := strings.ToLower(sp)
	if strings.Contains(sp, " ") && text.IsPossessive(first) {
		return sp // "What Tarrow's governor said": the owner says whose
	}
	if words := strings.Fields(sp); len(words) > 1 && words[len(words)-1] == strings.ToLower(words[len(words)-1]) && !strings.HasPrefix(low, "the ") {
		return "the " + sp // a common noun after a name: "the Tarrow council", "the Dunmere lawmaker"
	}
	if sp != low && !analyze.IsSourceNoun(strings.ToLower(first)) {
		return sp
	}
	if strings.HasPrefix(low, "the ") {
		return low
	}
	return "the " + low
}

// shortName returns a person's surname: the last word of a name of two
// or more capitalised words ("Mayor Ines Halvorsen" is "Halvorsen"), or
// of the full name the story gives for a surname alone; a name followed
// by its organisation ("Mira Sand of the Tideway Energy Institute") is the
// person's. A source that is not a person's name ("officials", "the
// audit", "the Tarrow Harbour Authority", "Dunmere's Task Force") stays
// as it is.
func (d *draft) shortName(speaker string) string {
	// "Mira Sand of Tideway Energy Institute" is Sand, not Institute.
	// "the Department of Education" is the department's whole name.
	if person, _, ok := strings.Cut(speaker, " of "); ok && strings.Contains(person, " ") && !namesBody(person) {
		speaker = person
	}
	if person, _, ok := strings.Cut(speaker, " for "); ok && strings.Contains(person, " ") && !namesBody(person) {
		speaker = person
	}
	words := strings.Fields(speaker)
	for _, w := range words {
		if !isCapitalised(w) && !isConnector(w) {
			return speaker
		}
	}
	// "the Weinstein Company", "Canada's Special Operations Task Force":
	// a body, named whole
	for _, w := range words[:len(words)-1] {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return speaker
		}
	}
	if namesBody(speaker) {
		return "the " + speaker
	}
	// "Eugene Blackwell Jr." is Blackwell
	words = withoutNameSuffix(words)
	return words[len(words)-1]
}

// namesBody reports whether a name holds a word of the names of bodies
// ("Company", "Department", "Task Force"), which no person's name holds.
func namesBody(name string) bool {
	for _, w := range strings.Fields(name) {
		if low := strings.ToLower(w); bodies[low] || low == "force" || low == "forces" {
			return true
		}
	}
	return false
}

// withoutNameSuffix is a name's words without the suffixes after its
// surname ("Harry Lowe III" is "Harry Lowe"); a name of two words keeps
// both.
func withoutNameSuffix(words []string) []string {
	for len(words) > 2 && analyze.NameSuffix(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	return words
}

func isConnector(w string) bool {
	return w == "of" || w == "for" || w == "de" || w == "van" || w == "von"
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// reservedAnchors are the page's fixed parts.
var reservedAnchors = map[string]bool{
	"highlights": true, "what-this-might-mean": true, "coverage": true, "framing": true, "sources": true,
}

// anchor makes a URL-safe slug of a title, unique among used and never
// one of the page's fixed anchors.
func anchor(title string, used map[string]bool) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(text.Normalize(title)) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	base := strings.TrimRight(b.String(), "-")
	if base == "" {
		base = "section"
	}
	slug := base
	for n := 2; used[slug] || reservedAnchors[slug]; n++ {
		slug = base + "-" + strconv.Itoa(n)
	}
	used[slug] = true
	return slug
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
