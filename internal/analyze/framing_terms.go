package analyze

import (
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// weakTerms say nothing about how a side framed a story even when only
// that side used them: common verbs, adverbs, time and quantity words,
// nouns every report of any story may use, and the words of a site's
// prompts to its readers ("please subscribe").
var weakTerms = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`ago long call calls called home leave leaves leaving ask asks asked every everyone
		everything everybody keep keeps kept part parts percent change changes changed want wants
		wanted roughly add adds added hit hits led lead leads paid pay pays work works worked include
		includes included including force forces afford spend spends spent total level levels table
		night statement office money million billion thousand hundred dozen won win wins base job
		jobs help helps side sides end ends start starts started show shows need needs needed put
		give gives gave given hold holds held look looks move moves moved place places point points
		number numbers case cases area areas today tonight yesterday lot lots kind sort use uses using
		done far away later early earlier recent whole half several despite instead rather already
		never always often less least high higher low lower big bigger small smaller large larger good
		better best bad worse worst real able sure clear certain possible likely former latest current
		issue issues plan plans went goes going get gets getting got make makes making become became
		remain remains remained continue continues continued received receive receives issued close
		closed closes open opened opens left right run runs running came come comes report reported
		reports news press told tell tells says ever around behind least rest result results top
		second third fourth think thinks thought see sees seeing seen saw face faces facing quit quits
		quitting please click subscribe subscribers newsletter newsletters let lets letting asking
		affect affects cost costs year-old month-old week-old day-old`) {
		weakTerms[w] = true
	}
}

// weakAlone are nouns and verbs any report of any story may use, which
// alone say nothing of how a side framed it ("situation", "government",
// "people"), though a pair of words may hold one ("interim government").
var weakAlone = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`history situation situations life lives mind man men woman women
		information due world country countries business businesses government governments city
		cities state states company companies group groups person persons people member members
		official officials source sources newspaper newspapers paper papers position positions thing
		things way ways time times day days week weeks month months view views type types reason
		reasons piece pieces sign signs share shares size sound try tries tried used past prior
		outside opening offer offers provide provides require requires reduce reduces return returns
		post posts senior safe amid among find finds others problem problems necessary die dies`) {
		weakAlone[w] = true
	}
	// units of measure and of time, which say how much, not how a side
	// sees the news ("kilometers" where another side wrote "miles")
	for _, w := range strings.Fields(`second seconds minute minutes hour hours mile miles kilometer kilometers
		kilometre kilometres meter meters metre metres foot feet inch inches yard yards pound pounds
		kilogram kilograms ton tons tonne tonnes gallon gallons liter liters litre litres acre acres
		hectare hectares degree degrees`) {
		weakAlone[w] = true
	}
}

// pastForms are past forms without -ed, which end a clause, not a term:
// "divers found", "crews fought".
var pastForms = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`found made took began brought bought caught fought taught sold sent built
		felt lost met ran rose fell grew knew threw flew drew wrote struck stood swore chose spoke broke
		froze stole hid fled sought`) {
		pastForms[w] = true
	}
}

// intensifiers raise the word after them and name nothing themselves.
var intensifiers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`really very extremely totally completely absolutely truly simply
		quite pretty incredibly utterly entirely highly deeply`) {
		intensifiers[w] = true
	}
}

// nounsInLy end in -ly without being adverbs.
var nounsInLy = map[string]bool{
	"family": true, "supply": true, "rally": true, "assembly": true, "ally": true, "reply": true,
	"monopoly": true, "anomaly": true, "italy": true, "july": true, "belly": true, "bully": true,
	"jelly": true, "lily": true, "holly": true, "fly": true, "ugly": true, "elderly": true,
}

// framingWorthy reports whether a term may stand for how a side framed
// the story: a content noun or adjective, or a pair of words that ends
// on one, as far as its shape tells. No word may be weak or a number,
// in figures or spelled out ("three");
// the last may not be an adverb in -ly or a past form, in -ed or not
// (those read as verbs: "charged", "members voted", "researchers
// found"), a pair may not open on an intensifier ("really costly"), and no
// word may be a contraction ("we're", "don't think"). A
// single word must also not be a loaded or evaluative word (the side's
// loaded words list those) nor a piece of a longer name that the side
// uses ("Harbour" of "Grey Harbour"), nor a word that alone says
// nothing of any story (see weakAlone).
func framingWorthy(surface string, names map[string]bool) bool {
	words := strings.Fields(surface)
	lows := make([]string, len(words))
	weak := 0
	for i, w := range words {
		lows[i] = strings.ToLower(w)
		if weakTerms[lows[i]] || text.IsNumber(lows[i]) || IsNumberWord(lows[i]) {
			weak++
		}
	}
	last := lows[len(lows)-1]
	if weak > 0 || strings.Contains(surface, "'") || adverbOrPast(last) || pastForms[last] {
		return false // a contraction anywhere ("don't think") is no term
	}
	if len(words) > 1 && intensifiers[lows[0]] {
		return false // "really costly": the word after it is the term, if any
	}
	if len(words) > 1 {
		return true
	}
	low := lows[0]
	switch {
	case weakAlone[low], text.EndsOnTitle(surface + "."):
		return false // "Gov" of "Gov. Lena Marsh" is a title, not a term
	case len(Loaded(low)) > 0 || len(Evaluative(low)) > 0:
		return false // shown among the side's loaded words already
	case isCap(surface) && names[surface]:
		return false
	}
	return true
}

// nameParts returns the words of the multi-word names in texts: a single
// capitalised term that is only part of one is a fragment, not a term.
func nameParts(texts []string) map[string]bool {
	out := map[string]bool{}
	for _, t := range texts {
		for _, n := range text.Names(t) {
			ws := strings.Fields(n)
			if len(ws) < 2 {
				continue
			}
			for _, w := range ws {
				out[w] = true
			}
		}
	}
	return out
}

// adverbOrPast reports whether a lower-case word reads as an adverb in
// -ly or a past form in -ed.
func adverbOrPast(low string) bool {
	return strings.HasSuffix(low, "ly") && !nounsInLy[low] || strings.HasSuffix(low, "ed") && len(low) > 4
}
