package write

import (
	"errors"
	"fmt"
)

// Reason is the kind of reason a story was not published, as the desk
// counts and shows it.
type Reason string

// The reasons a story is not published.
const (
	// TooFewOutlets: fewer than 2 reports from 2 independent outlets.
	TooFewOutlets Reason = "too_few_outlets"
	// NoText: no independent report has text that may be shown (none
	// was extracted, or every one is paywalled).
	NoText Reason = "no_text"
	// OtherLanguage: the reports are in a language the desk does not
	// write yet.
	OtherLanguage Reason = "other_language"
	// NoSentence: the reports have text, but none of its sentences can
	// stand on a page (each leans on context, judges, or is furniture).
	NoSentence Reason = "no_usable_sentence"
	// FailedVerification: sentences of the written page were not found
	// in, or not supported by, the stored text of the reports they cite.
	FailedVerification Reason = "failed_verification"
)

// Refusal is the error for a story that is not published: it wraps
// ErrNotPublishable and says why.
type Refusal struct {
	Reason Reason
	Detail string // one line for people: what was found
}

func (r *Refusal) Error() string { return ErrNotPublishable.Error() + ": " + r.Detail }

// Is makes errors.Is(err, ErrNotPublishable) hold for every refusal.
func (r *Refusal) Is(target error) bool { return target == ErrNotPublishable }

// Refuse returns a refusal for the reason, with a detail made as by
// fmt.Sprintf. The pipeline uses it too, for a page that failed
// verification.
func Refuse(reason Reason, format string, args ...any) error {
	return &Refusal{Reason: reason, Detail: fmt.Sprintf(format, args...)}
}

// ReasonOf returns the reason of a refusal, and "" for any other error.
func ReasonOf(err error) Reason {
	var r *Refusal
	if errors.As(err, &r) {
		return r.Reason
	}
	return ""
}

// noMaterial says why a story whose reports gave no lead is refused.
func (d *draft) noMaterial() error {
	shown, sentences := 0, 0
	for _, r := range d.a.Reports {
		if r.Independent && r.Quotable {
			shown++
			sentences += len(r.Sentences)
		}
	}
	if shown == 0 {
		return Refuse(NoText, "none of the %d reports has text that may be shown (no text extracted, or behind a paywall)", len(d.a.Reports))
	}
	return Refuse(NoSentence, "none of the %d sentences of %d reports can stand on a page on its own", sentences, shown)
}
