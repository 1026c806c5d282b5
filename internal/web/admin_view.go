package web

import (
	"strconv"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// feedState is the health of a feed as the admin pages show it.
type feedState string

// The states, in the order the feeds table lists them: the ones that
// need a person first.
const (
	stateFailing feedState = "failing"
	statePaused  feedState = "paused"
	stateHeld    feedState = "held"
	stateNew     feedState = "new"
	stateOK      feedState = "ok"
)

// feedStates lists every state in table order.
var feedStates = []feedState{stateFailing, statePaused, stateHeld, stateNew, stateOK}

// stateOf returns the state of f. Held wins over everything, since a
// held feed is not checked at all; a paused feed has failures too, but
// is shown as paused because it is probed only daily.
func stateOf(f news.Feed) feedState {
	switch {
	case f.Held:
		return stateHeld
	case f.Paused:
		return statePaused
	case f.Failures > 0:
		return stateFailing
	case f.LastCheckedAt.IsZero():
		return stateNew
	}
	return stateOK
}

// Label is the state as the pages name it.
func (st feedState) Label() string {
	switch st {
	case stateFailing:
		return "Failing"
	case statePaused:
		return "Paused"
	case stateHeld:
		return "Held"
	case stateNew:
		return "New"
	}
	return "OK"
}

// Note says what the state means for the desk.
func (st feedState) Note() string {
	switch st {
	case stateFailing:
		return "Last check failed; retried with back-off."
	case statePaused:
		return "Failed for days; probed once a day."
	case stateHeld:
		return "Stopped by you; not checked."
	case stateNew:
		return "Added, not checked yet."
	}
	return "Last check worked."
}

// rank orders states for the feeds table.
func (st feedState) rank() int {
	for i, s := range feedStates {
		if s == st {
			return i
		}
	}
	return len(feedStates)
}

// parseState returns the state named in a ?state= filter; "" is all.
func parseState(q string) (feedState, bool) {
	if q == "" {
		return "", true
	}
	for _, st := range feedStates {
		if string(st) == q {
			return st, true
		}
	}
	return "", false
}

// whenView is a time on the admin pages: how long ago or how soon, and
// the time itself. ISO is empty when there is no time to show.
type whenView struct {
	ISO  string
	Rel  string // "3 h ago", "in 12 min", "never"
	Abs  string // "14:05, 22/02/2026"
	Late bool   // a check that is due already
}

// ago shows a past time; none is what a zero time shows.
func (s *server) ago(t time.Time, none string) whenView {
	if t.IsZero() {
		return whenView{Rel: none}
	}
	v := whenView{ISO: t.UTC().Format(time.RFC3339), Abs: t.In(s.opt.Location).Format(stampFormat)}
	d := s.opt.Now().Sub(t)
	if d < time.Minute {
		v.Rel = "just now"
	} else {
		v.Rel = roughly(d) + " ago"
	}
	return v
}

// until shows a coming time; one already past is due now.
func (s *server) until(t time.Time, none string) whenView {
	if t.IsZero() {
		return whenView{Rel: none}
	}
	v := whenView{ISO: t.UTC().Format(time.RFC3339), Abs: t.In(s.opt.Location).Format(stampFormat)}
	d := t.Sub(s.opt.Now())
	if d < time.Minute {
		v.Rel, v.Late = "due now", true
	} else {
		v.Rel = "in " + roughly(d)
	}
	return v
}

// roughly rounds d down to one unit: "12 min", "5 h", "3 d".
func roughly(d time.Duration) string {
	switch {
	case d < time.Hour:
		return strconv.Itoa(int(d/time.Minute)) + " min"
	case d < 48*time.Hour:
		return strconv.Itoa(int(d/time.Hour)) + " h"
	}
	return strconv.Itoa(int(d/(24*time.Hour))) + " d"
}

// interval writes a poll interval exactly, in its two largest units:
// "15 min", "1 h 30 min", "1 d 6 h". Zero is "not set".
func interval(d time.Duration) string {
	if d <= 0 {
		return "not set"
	}
	if d < time.Minute {
		return strconv.Itoa(int(d/time.Second)) + " s"
	}
	units := []struct {
		size time.Duration
		name string
	}{{24 * time.Hour, "d"}, {time.Hour, "h"}, {time.Minute, "min"}}
	var parts []string
	for _, u := range units {
		if n := d / u.size; n > 0 && len(parts) < 2 {
			parts = append(parts, strconv.Itoa(int(n))+" "+u.name)
			d -= n * u.size
		} else if len(parts) > 0 {
			break
		}
	}
	return strings.Join(parts, " ")
}

// errorPreview is how many characters of a feed's last error the table
// shows before the reader opens the rest.
const errorPreview = 72

// feedErrorView is a feed's last error: a one-line preview, and the full
// text when the preview had to cut it.
type feedErrorView struct {
	Short string
	Full  string // empty when Short is all of it
}

func lastError(msg string) feedErrorView {
	line := strings.Join(strings.Fields(msg), " ")
	if len([]rune(line)) <= errorPreview {
		return feedErrorView{Short: line}
	}
	cut := []rune(line)[:errorPreview]
	short := string(cut)
	if i := strings.LastIndex(short, " "); i > errorPreview*2/3 {
		short = short[:i]
	}
	return feedErrorView{Short: strings.TrimRight(short, " ,;:") + "…", Full: strings.TrimSpace(msg)}
}
