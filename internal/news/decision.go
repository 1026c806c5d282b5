package news

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Decision kinds: reports kept in one story, or taken out of one.
const (
	DecisionTogether = "together"
	DecisionApart    = "apart"
)

// Decision is an editor's correction of the grouping, which every
// rebuild applies after clustering (see cluster.Decision). For
// DecisionTogether, Articles are the reports to keep in one story; for
// DecisionApart, Articles are the reports taken out of a story and
// Others the story's other reports when the editor took them out.
type Decision struct {
	ID       int64
	Kind     string
	Articles []int64
	Others   []int64
	By       string // who made it, as they gave their name
	At       time.Time
	Note     string // what the editor said of it, if anything
}

// Summary says which reports the decision keeps together or apart, by
// their ids: "reports 4,5,9 together", "reports 9 apart from 4,5".
func (d Decision) Summary() string {
	if d.Kind == DecisionApart {
		return "reports " + joinIDs(d.Articles) + " apart from " + joinIDs(d.Others)
	}
	return "reports " + joinIDs(d.Articles) + " together"
}

func joinIDs(ids []int64) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(s, ",")
}

// StoryReport is one report of a story as an editor picks it: its id,
// outlet, title, address and time.
type StoryReport struct {
	ID        int64
	Outlet    string
	Title     string
	URL       string
	Published time.Time
}

// StoryReporter gives the reports of a story, none when there is no such
// story.
type StoryReporter interface {
	StoryReports(ctx context.Context, storyID string) ([]StoryReport, error)
}

// Why a merge or a split is refused, besides ErrNotFound for a story
// that does not exist. ErrRefused is a request the rules forbid whatever
// the stories hold (one story, the same story twice, no report, every
// report); ErrNotInStory names a report that the story does not have.
// The error's own text says what failed.
var (
	ErrRefused    = errors.New("refused")
	ErrNotInStory = errors.New("not a report of the story")
)

// Refusal is the error the grouping rules give: its text is one
// sentence that names what failed and nothing else, so that it reads the
// same on the command line and on the admin pages, and it wraps one of
// ErrRefused, ErrNotInStory and ErrNotFound.
type Refusal struct {
	msg  string
	kind error
}

func (r Refusal) Error() string { return r.msg }
func (r Refusal) Unwrap() error { return r.kind }

func refuse(kind error, format string, args ...any) error {
	return Refusal{msg: fmt.Sprintf(format, args...), kind: kind}
}

// ReportsOf returns the reports of story id, or an error that wraps
// ErrNotFound and names the story when there is none.
func ReportsOf(ctx context.Context, r StoryReporter, id string) ([]StoryReport, error) {
	reports, err := r.StoryReports(ctx, id)
	if err != nil {
		return nil, err
	}
	if len(reports) == 0 {
		return nil, refuse(ErrNotFound, "no story %q", id)
	}
	return reports, nil
}

// MergeDecision is the decision that keeps the reports of the stories
// ids in one story. It wants two stories or more, each given once, and
// every one of them known; By, At and Note are left for the caller.
func MergeDecision(ctx context.Context, r StoryReporter, ids []string) (Decision, error) {
	switch len(ids) {
	case 0:
		return Decision{}, refuse(ErrRefused, "a merge needs two different story IDs or more; none was given")
	case 1:
		return Decision{}, refuse(ErrRefused, "a merge needs two different story IDs or more; only %q was given", ids[0])
	}
	for i, id := range ids {
		if slices.Contains(ids[:i], id) {
			return Decision{}, refuse(ErrRefused, "story %q is given twice; a merge needs two different story IDs or more", id)
		}
	}
	d := Decision{Kind: DecisionTogether}
	for _, id := range ids {
		reports, err := ReportsOf(ctx, r, id)
		if err != nil {
			return Decision{}, err
		}
		for _, rep := range reports {
			d.Articles = append(d.Articles, rep.ID)
		}
	}
	return d, nil
}

// SplitDecision is the decision that takes the reports picks out of
// story id, each named by its id or its address, and leaves the story's
// other reports where they are. It wants one report at least, each a
// report of the story, and one report left behind; By, At and Note are
// left for the caller.
func SplitDecision(ctx context.Context, r StoryReporter, id string, picks []string) (Decision, error) {
	reports, err := ReportsOf(ctx, r, id)
	if err != nil {
		return Decision{}, err
	}
	if len(picks) == 0 {
		return Decision{}, refuse(ErrRefused, "no report was chosen to take out of story %s", id)
	}
	d := Decision{Kind: DecisionApart}
	for _, want := range picks {
		found := false
		for _, rep := range reports {
			if strconv.FormatInt(rep.ID, 10) == want || rep.URL == want {
				found = true
				if !slices.Contains(d.Articles, rep.ID) {
					d.Articles = append(d.Articles, rep.ID)
				}
			}
		}
		if !found {
			return Decision{}, refuse(ErrNotInStory, "story %s has no report %q", id, want)
		}
	}
	for _, rep := range reports {
		if !slices.Contains(d.Articles, rep.ID) {
			d.Others = append(d.Others, rep.ID)
		}
	}
	if len(d.Others) == 0 {
		return Decision{}, refuse(ErrRefused, "that is every report of story %s; leave at least one", id)
	}
	return d, nil
}
