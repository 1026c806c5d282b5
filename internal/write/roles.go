package write

import (
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
)

// roleTitle heads a group that no phrase names, by what its sentences do:
// "What was said" (then "Other accounts") when most of them report what
// someone said (statements and accounts, not only reactions to the
// news), "The numbers" when most give a figure in digits ("$4.2 million",
// "61,000", not "two races"), "What happened" for the
// first group of the body when it reports events rather than views (the
// body is read in the order the reports tell the story): most of its
// sentences tell something in the past outside quotations, where a
// portrait or a finding ("The harbour master is also a father of
// three", "The findings point to a gap") tells no event; and "More
// details" otherwise. A role already used falls through to the next
// that fits.
func (d *draft) roleTitle(units []unit, used map[string]bool) string {
	said, figures, told := 0, 0, 0
	for _, u := range units {
		s := d.a.Sentences[u.members[0].i]
		if s.Speaker != "" {
			said++
		}
		if inDigits(s) {
			figures++
		}
		if toldInPast(analyze.OwnVoice(s.Text)) {
			told++
		}
	}
	var roles []string
	views := 2*said > len(units)
	if views {
		roles = append(roles, "What was said", "Other accounts")
	}
	if 2*figures > len(units) {
		roles = append(roles, "The numbers")
	}
	if d.firstGroup && !views && 2*told > len(units) {
		roles = append(roles, "What happened")
	}
	roles = append(roles, moreDetails, otherDetails)
	for _, r := range roles {
		if !used[r] {
			return r
		}
	}
	return "Details"
}

// The roles of groups that tell neither what was said, nor figures, nor
// events: the first such group of a body and the next (see mergeUnnamed).
const (
	moreDetails  = "More details"
	otherDetails = "Other details"
)

// inDigits reports whether a sentence gives one of its figures in digits
// ("61,000 piles"), not only in words ("two films"), nor only as the age
// set off by commas after a name ("Ilse Brandt, 28, was charged").
func inDigits(s analyze.Sentence) bool {
	digits := strings.ReplaceAll(s.Text, ",", "")
	for _, f := range s.Figures {
		n, _, _ := strings.Cut(f, " ")
		if strings.ContainsAny(n, "0123456789") && strings.Contains(digits, n) && !strings.Contains(s.Text, ", "+n+",") {
			return true
		}
	}
	return false
}
