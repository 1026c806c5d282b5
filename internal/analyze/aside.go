package analyze

import "strings"

// relatives open a clause about the noun before them; a speech verb
// whose subject is one attributes only that clause ("Governor Ada
// Lusk, who has said she will sign it").
var relatives = map[string]bool{"who": true, "which": true, "that": true, "whom": true}

// withoutAsides returns a normalised sentence with every attributed aside
// taken out: the statement that follows a speech verb inside a side
// clause, up to the end of that clause. In "The Assembly voted 40-22,
// sending the bill to Lusk, who has said she will sign it" and "Shares
// fell after the company said the fine would cost $40m" the sentence
// reports a vote and a fall; the forecast belongs to someone it names,
// in a clause of its own, so it does not make the sentence a
// prediction. A forecast in the main clause stays, attributed or not.
// Quotations are kept as they are.
func withoutAsides(n string, open bool) string {
	view, quoted := quoteView(n, open)
	drop := make([]bool, len(view))
	for i, w := range view {
		lw := strings.ToLower(trimPunct(w))
		if trimPunct(w) != lw || !speechVerbs[lw] {
			continue
		}
		if !asideAttribution(view, i) {
			continue
		}
		for k := i + 1; k < len(view); k++ {
			drop[k] = true
			if w := view[k]; w == "\x00" || endsClause(w) {
				break
			}
		}
	}
	var out []string
	for k, w := range view {
		switch {
		case drop[k]:
		case w == "\x00":
			out = append(out, `"`+strings.Join(quoted[k], " ")+`"`)
		default:
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// asideAttribution reports whether the speech verb at i speaks for a side
// clause: its subject is a relative pronoun ("who has said"), or its
// speaker stands after a subordinator ("after the company said").
func asideAttribution(view []string, i int) bool {
	j := i - 1
	for j >= 0 && isAuxiliary(view[j]) {
		j--
	}
	if j >= 0 && relatives[strings.ToLower(trimPunct(view[j]))] {
		return true
	}
	sp, start := speakerBeforeAt(view, i)
	return sp != "" && subordinate(view, start)
}
