package news

import (
	"strconv"
	"strings"
	"time"
)

// Grouping says why a story's reports are one story, in the terms the
// clusterer grouped them by: how alike each report is to the closest
// other report of the story, what they share, over what time, and which
// of the editors' decisions hold reports in or out of it.
type Grouping struct {
	StoryID string
	// Reports are the story's reports, oldest first.
	Reports []GroupedReport
	// Average is the mean similarity over the pairs of the story's
	// distinct texts (a syndicated copy and its original are one), and
	// Pairs how many pairs there are: zero for a story of one text.
	// Threshold is the least average at which the clusterer joins two
	// groups of reports.
	Average   float64
	Pairs     int
	Threshold float64
	// Names, Terms and Numbers are what two of the story's texts or more
	// share, most telling first.
	Names, Terms, Numbers []SharedWord
	// First and Last are the times of the first and the latest report.
	// Window is the longest time between two reports that the clusterer
	// compares; reports further apart count as unlike.
	First, Last time.Time
	Window      time.Duration
	// Decisions are the editors' decisions that name reports of the
	// story, oldest first.
	Decisions []GroupingDecision
	// Corpus is how many reports the words' weights were fitted on: the
	// story's and those published within Window of it.
	Corpus int
}

// GroupedReport is one report of a story and the report of the story
// most like it.
type GroupedReport struct {
	StoryReport
	// Closest is the ID of the other report of the story most like this
	// one, with their Similarity (from 0 to 1); zero when there is none.
	Closest    int64
	Similarity float64
	// Copy says that Closest is the same text, a syndicated copy: the
	// two are compared as one.
	Copy bool
	// Compared is false when no other report of the story could be
	// compared with this one (each is too far from it in time, or in
	// another language), or it has no text.
	Compared bool
	// NoText says that the desk keeps no text of the report, so nothing
	// is known of its words.
	NoText bool
}

// SharedWord is a name, word or number that reports of a story share,
// as they most often write it, and how many of them have it.
type SharedWord struct {
	Word    string
	Reports int
}

// GroupingDecision is an editor's decision and what it does to a story:
// the story's reports it keeps together (a merge), the story's reports
// it took out of another story (a split), and the story's reports that
// reports split off left behind.
type GroupingDecision struct {
	Decision
	Together, Taken, Left []int64
}

// Effect says, in one clause, what the decision does to the story: "keeps
// reports 4, 5 and 7 in one story, of which this story holds reports 4
// and 5", "took report 9 out of the story of reports 4 and 5, into a
// story of their own", or "took report 9 out of this story, away from
// reports 4 and 5". Decisions apply oldest first, so a later one may
// undo part of what an earlier one says.
func (d GroupingDecision) Effect() string {
	var what []string
	if len(d.Together) > 0 {
		s := "keeps " + reportList(d.Articles) + " in one story"
		if len(d.Together) < len(d.Articles) {
			s += ", of which this story holds " + reportList(d.Together)
		}
		what = append(what, s)
	}
	if len(d.Taken) > 0 {
		what = append(what, "took "+reportList(d.Taken)+" out of the story of "+reportList(d.Others)+", into a story of their own")
	}
	if len(d.Left) > 0 {
		what = append(what, "took "+reportList(d.Articles)+" out of this story, away from "+reportList(d.Left))
	}
	return strings.Join(what, "; ")
}

// reportList writes ids as "report 4" or "reports 4, 5 and 9".
func reportList(ids []int64) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.FormatInt(id, 10)
	}
	switch len(s) {
	case 0:
		return "no report"
	case 1:
		return "report " + s[0]
	}
	return "reports " + strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}
