package write

import "strings"

// roleTitle heads a group that no phrase names, by what its sentences do:
// "What was said" (then "Other accounts") when most of them report what
// someone said (statements and accounts, not only reactions to the
// news), "The numbers" when most give a figure in digits ("$4.2 million",
// "61,000", not "two races"), "What happened" for the
// first group of the body when it reports events rather than views (the
// body is read in the order the reports tell the story), and "More
// details" otherwise. A role already used falls through to the next
// that fits.
func (d *draft) roleTitle(units []unit, used map[string]bool) string {
	said, figures := 0, 0
	for _, u := range units {
		s := d.a.Sentences[u.members[0].i]
		if s.Speaker != "" {
			said++
		}
		if len(s.Figures) > 0 && strings.ContainsAny(s.Text, "0123456789") {
			figures++
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
	if d.firstGroup && !views {
		roles = append(roles, "What happened")
	}
	roles = append(roles, "More details", "Other details")
	for _, r := range roles {
		if !used[r] {
			return r
		}
	}
	return "Details"
}
