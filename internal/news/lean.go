package news

import (
	"fmt"
	"strings"
	"time"
)

// Lean is where an outlet sits on the political spectrum, as rated by
// someone. The zero value is not a lean; use Unrated for "nobody said".
type Lean string

// The leans, in spectrum order.
const (
	Left      Lean = "left"
	LeanLeft  Lean = "lean_left"
	Center    Lean = "center"
	LeanRight Lean = "lean_right"
	Right     Lean = "right"
	Unrated   Lean = "unrated"
)

// Leans lists every lean in the order the desk shows them.
var Leans = []Lean{Left, LeanLeft, Center, LeanRight, Right, Unrated}

// ParseLean accepts the stored form ("lean_left") and the shown form
// ("Lean Left"), in any case, with hyphens or spaces.
func ParseLean(s string) (Lean, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	k = strings.NewReplacer("-", "_", " ", "_").Replace(k)
	for _, l := range Leans {
		if k == string(l) {
			return l, nil
		}
	}
	return "", fmt.Errorf("unknown lean %q (want one of left, lean_left, center, lean_right, right, unrated)", s)
}

// Label is the lean as a reader sees it ("Lean Left").
func (l Lean) Label() string {
	switch l {
	case Left:
		return "Left"
	case LeanLeft:
		return "Lean Left"
	case Center:
		return "Center"
	case LeanRight:
		return "Lean Right"
	case Right:
		return "Right"
	}
	return "Unrated"
}

// Side groups leans for blind-spot and framing purposes.
type Side int

// The sides. SideNone is the side of an unrated outlet.
const (
	SideNone Side = iota
	SideLeft
	SideCenter
	SideRight
)

// Side returns which side of the spectrum the lean belongs to.
func (l Lean) Side() Side {
	switch l {
	case Left, LeanLeft:
		return SideLeft
	case Center:
		return SideCenter
	case LeanRight, Right:
		return SideRight
	}
	return SideNone
}

// String names the side as a reader sees it.
func (s Side) String() string {
	switch s {
	case SideLeft:
		return "Left"
	case SideCenter:
		return "Center"
	case SideRight:
		return "Right"
	}
	return "Unrated"
}

// Rating records who put an outlet at a lean, and when. Every lean the
// desk shows carries one, so a reader can see whose judgment it is.
type Rating struct {
	Lean    Lean
	Rater   string
	RatedAt time.Time
}
