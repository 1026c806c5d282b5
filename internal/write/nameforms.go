package write

import "strings"

// otherWordings are other ways reports write a name given as lower-case
// tokens: a department after its field or before it ("education
// department", "department of education"), a US state in full or by the
// abbreviation news style gives it ("tarrow conn" for "tarrow
// connecticut", and back), and a person's given name in its familiar
// or its formal form ("bill lowe" for "william lowe", and back) where
// neither begins the other (givesShortGiven finds those), and a party's
// name as reports also write it ("gop" for "republican").
func otherWordings(phrase string) []string {
	words := strings.Fields(phrase)
	var out []string
	switch {
	case len(words) == 2 && governmentBodies[words[1]]:
		out = append(out, words[1]+" of "+words[0])
	case len(words) == 3 && governmentBodies[words[0]] && words[1] == "of":
		out = append(out, words[2]+" "+words[0])
	}
	for _, forms := range [][]string{stateForms(phrase), givenForms(words), partyForms[phrase]} {
		out = append(out, forms...)
	}
	return out
}

// partyForms are the other ways reports write a US party's name alone:
// "GOP" for "Republican", "Democrats" for "Democratic".
var partyForms = map[string][]string{
	"republican": {"republicans", "gop"}, "republicans": {"republican", "gop"}, "gop": {"republican", "republicans"},
	"democratic": {"democrat", "democrats"}, "democrat": {"democratic", "democrats"}, "democrats": {"democratic", "democrat"},
}

// governmentBodies name a body of government after its field ("Education
// Department") or before it ("Department of Education").
var governmentBodies = map[string]bool{"department": true, "ministry": true}

// stateForms returns phrase with the state it ends on, in its last word
// or its last two, written the other way: in full or abbreviated.
func stateForms(phrase string) []string {
	words := strings.Fields(phrase)
	var out []string
	for n := 1; n <= 2 && n <= len(words); n++ {
		rest, state := strings.Join(words[:len(words)-n], " "), strings.Join(words[len(words)-n:], " ")
		if rest != "" {
			rest += " "
		}
		if other, ok := stateAbbreviations[state]; ok {
			out = append(out, rest+other)
		}
		if other, ok := stateNames[state]; ok {
			out = append(out, rest+other)
		}
	}
	return out
}

// stateAbbreviations are US states and the abbreviations news style
// gives them, as lower-case tokens (the stops dropped). States whose
// abbreviation is a common word ("Wash.", "Mass.", "Ill.") are left
// out: a report's "ill" names no state.
var stateAbbreviations = map[string]string{
	"alabama": "ala", "arizona": "ariz", "arkansas": "ark", "california": "calif",
	"colorado": "colo", "connecticut": "conn", "delaware": "del", "florida": "fla",
	"kansas": "kan", "kentucky": "ky", "maryland": "md", "michigan": "mich",
	"minnesota": "minn", "montana": "mont", "nebraska": "neb", "nevada": "nev",
	"new hampshire": "n h", "new jersey": "n j", "new mexico": "n m", "new york": "n y",
	"north carolina": "n c", "north dakota": "n d", "oklahoma": "okla", "rhode island": "r i",
	"south carolina": "s c", "south dakota": "s d", "tennessee": "tenn", "vermont": "vt",
	"west virginia": "w va", "wisconsin": "wis", "wyoming": "wyo",
}

// stateNames are the states of stateAbbreviations by their
// abbreviation.
var stateNames = map[string]string{}

func init() {
	for full, abbr := range stateAbbreviations {
		stateNames[abbr] = full
	}
}

// givenForms returns a name of two words ("chuck lowe") with the other
// form of its given name ("charles lowe").
func givenForms(words []string) []string {
	if len(words) != 2 {
		return nil
	}
	var out []string
	for _, g := range givenNames[words[0]] {
		out = append(out, g+" "+words[1])
	}
	return out
}

// givenNames maps a given name to its familiar or formal forms where
// neither begins the other.
var givenNames = map[string][]string{}

func init() {
	for formal, familiar := range map[string][]string{
		"charles": {"chuck", "charlie"}, "william": {"bill", "billy", "will"}, "robert": {"bob", "bobby"},
		"michael": {"mike"}, "james": {"jim", "jimmy"}, "joseph": {"joe"}, "thomas": {"tom", "tommy"},
		"richard": {"dick", "rick"}, "edward": {"ted", "ed", "eddie"}, "anthony": {"tony"},
		"elizabeth": {"liz", "betsy", "beth"}, "margaret": {"peggy", "maggie"}, "john": {"jack"},
		"henry": {"hank"}, "lawrence": {"larry"}, "gerald": {"jerry"}, "katherine": {"kate", "kathy"},
		"susan": {"sue"}, "jennifer": {"jenny", "jen"},
	} {
		for _, f := range familiar {
			givenNames[formal] = append(givenNames[formal], f)
			givenNames[f] = append(givenNames[f], formal)
		}
	}
}
