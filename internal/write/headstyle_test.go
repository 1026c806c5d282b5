package write

import (
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
)

// TestInHeadlineStyle: a headline does without the articles a sentence
// needs, but keeps those a phrase needs for its sense, anything quoted,
// a name that may open with "The", and the name of the outlet it is
// attributed to; and it never becomes an outlet's title word for word.
func TestInHeadlineStyle(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	for h, want := range map[string]string{
		"A harbour diver found rot in the piles of the east pier":            "Harbour diver found rot in piles of east pier",
		"The council voted to close an old pier, Lowland Press reports":      "Council voted to close old pier, Lowland Press reports",
		"The Hague court ruled against the harbour trust":                    "The Hague court ruled against harbour trust",
		"Brandt said a few ferries will run twice a week from the west quay": "Brandt said a few ferries will run twice a week from west quay",
		"The council called the closure \"a matter of the public's safety\"": "Council called closure \"a matter of the public's safety\"",
		"Orr asked for the same audit at the time of the vote":               "Orr asked for the same audit at the time of vote",
		"The ferry moves to the west quay":                                   "Ferry moves to west quay",
		"Such a bill lands on all the taxpayers":                             "Such a bill lands on all the taxpayers",
		"Brandt walked through the harbour like a ghost":                     "Brandt walked through harbour like a ghost",
		"The pier shuts": "The pier shuts", // two words would be left
		"Council closes rotting east pier as the repair bill reaches $2.4 million": "Council closes rotting east pier as the repair bill reaches $2.4 million", // a report's title
	} {
		if got := d.inHeadlineStyle(h); got != want {
			t.Errorf("inHeadlineStyle(%q)\n got %q\nwant %q", h, got, want)
		}
	}
}

// TestHeadlineVerb: the verb of a headline's main clause goes without
// the auxiliary a headline leaves out, and "will" is "to"; a verb
// inside what someone said, a negation, a tense whose participle is not
// its past, and a clause whose subject is a pronoun keep theirs.
func TestHeadlineVerb(t *testing.T) {
	for h, want := range map[string]string{
		"Two Dunmere men were arrested for stealing ferry tickets":        "Two Dunmere men arrested for stealing ferry tickets",
		"Lena Marsh has been named harbour master":                        "Lena Marsh named harbour master",
		"Dunmere council has voted to close the east pier":                "Dunmere council voted to close the east pier",
		"Dunmere council has taken the east pier out of service":          "Dunmere council has taken the east pier out of service",
		"The harbour board is expected to approve the repairs":            "The harbour board expected to approve the repairs",
		"Dunmere council will vote on the repairs next week":              "Dunmere council to vote on the repairs next week",
		"Dunmere council will not vote on the repairs":                    "Dunmere council will not vote on the repairs",
		"Lowe was not charged after the crash":                            "Lowe was not charged after the crash",
		"Brandt said the ferry will move to the west quay":                "Brandt said the ferry will move to the west quay",
		"Councillors announced they will ask for an audit":                "Councillors announced they will ask for an audit",
		"The will of the harbour trust was ignored":                       "The will of the harbour trust was ignored",
		"Dunmere's will for the pier was read out":                        "Dunmere's will for the pier was read out",
		"He was arrested at the quay":                                     "He was arrested at the quay",
		"Repairs to the pier are costing more than planned":               "Repairs to the pier are costing more than planned",
		"The pier's keeper, Ilse Brandt, was named in the harbour report": "The pier's keeper, Ilse Brandt, was named in the harbour report",
	} {
		if got := strings.Join(withoutAuxiliary(strings.Fields(h)), " "); got != want {
			t.Errorf("withoutAuxiliary(%q)\n got %q\nwant %q", h, got, want)
		}
	}
}
