package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// datelinePattern is a wire dateline at the start of a report: a place in
// capitals ("OSPREY FALLS", "ST. ALDER, D.C.", two cities as
// "NORTHGATE/SOUTHGATE"), an optional region in mixed case ("Calif.",
// "New Mexico", "Ukraine"), an optional date ("Oct. 12", "4 March"), an
// optional agency in parentheses ("(Lowland Press)", "(Coastline Wire)"),
// then a dash with space after it.
var datelinePattern = regexp.MustCompile(`^([A-Z][A-Z'’.\-]*(?:(?:, | |/)[A-Z][A-Z'’.\-]*)*)` +
	`(?:, [A-Z][a-zA-Z.'’]*(?: [A-Z][a-zA-Z.'’]*){0,2})?` +
	`(?:, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?))?` +
	`(?: ?\(([^()]{2,40})\))? ?(?:—|–|--|-) `)

// bareDatelinePattern is a wire dateline whose agency and dash a feed
// dropped: a place of two capitalised words or more ("LAS CRUCES",
// "NORTHGATE/SOUTHGATE"), a region in mixed case, and the sentence
// ("NORTHGATE/SOUTHGATE, Kestov Crews reopened ..."). A single word in
// capitals before a comma ("NASA, Boeing and ...") is no such place.
var bareDatelinePattern = regexp.MustCompile(`^[A-Z][A-Z'’.\-]+(?:(?: |/)[A-Z][A-Z'’.\-]+)+, [A-Z][a-zA-Z.'’]*(?: [A-Z][a-z][a-zA-Z.'’]*)? ([A-Z"“])`)

// creditedPlacePattern is a dateline whose place is in mixed case
// ("Westfold (Lowland Press) - ", "Port Alder, Kestov (LPN) ") or was
// left out ("(Lowland Press) - ", "(LPN) "): only an agency in
// parentheses makes it one, followed by a dash or, when the agency opens
// with an acronym, by nothing but the sentence.
var creditedPlacePattern = regexp.MustCompile(`^(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}` +
	`(?:, [A-Z][a-zA-Z.]+(?: [A-Z][a-zA-Z.]+)?)? )?\(([^()]{2,40})\)( ?(?:—|–|--|-) | ?)`)

// Dateline splits a wire dateline from the start of a sentence. It
// returns the sentence without it, the agency the dateline names (""
// when it names none) and whether there was one. A dateline needs a place
// of at least two capital letters and a capitalised word after the dash,
// so that "The AP — a wire — said so" and "US - based" are left alone.
// The rest is a suffix of s, so it is found wherever s is.
func Dateline(s string) (rest, agency string, ok bool) {
	m := datelinePattern.FindStringSubmatchIndex(s)
	if m == nil {
		if m := bareDatelinePattern.FindStringSubmatchIndex(s); m != nil {
			return s[m[2]:], "", true
		}
		return creditedDateline(s)
	}
	place := s[m[2]:m[3]]
	letters := 0
	for _, r := range place {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	rest = s[m[1]:]
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, `"'“‘`))
	if letters < 2 || !unicode.IsUpper(r) {
		return s, "", false
	}
	if m[4] >= 0 {
		agency = strings.TrimSpace(s[m[4]:m[5]])
	}
	return rest, agency, true
}

// creditedDateline is Dateline for a place in mixed case, which only its
// agency marks as a dateline: "Westfold (LPN) The ferry ran aground" but
// not "Ramos (R-Tarrow) Thursday said".
func creditedDateline(s string) (rest, agency string, ok bool) {
	m := creditedPlacePattern.FindStringSubmatchIndex(s)
	if m == nil {
		return s, "", false
	}
	agency = strings.TrimSpace(s[m[2]:m[3]])
	dashed := strings.TrimSpace(s[m[4]:m[5]]) != ""
	rest = s[m[1]:]
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, `"'“‘`))
	if !unicode.IsUpper(r) || !dashed && !acronymStart(agency) {
		return s, "", false
	}
	return rest, agency, true
}

// acronymStart reports whether s opens with two capital letters.
func acronymStart(s string) bool {
	r := []rune(s)
	return len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsUpper(r[1])
}
