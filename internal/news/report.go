package news

// The most of a report's stored text that a reader is ever shown: a short
// snippet around the words searched for, as a search engine shows, never
// the text itself. The store cuts snippets to both bounds, ellipses
// included; the site cuts anything longer it is given.
const (
	MaxSnippetWords = 30
	MaxSnippetRunes = 240
)

// ReportMatch is one outlet's report that a search of the reports found:
// the report as an outlet's page lists it (its story fields are empty
// when it is part of no published story), its outlet, and where the words
// searched for are in its title and its text.
type ReportMatch struct {
	OutletReport
	Outlet Outlet
	// TitleMarks are where the title holds a word searched for.
	TitleMarks []Span
	// Snippet is at most MaxSnippetWords words of the report's text,
	// chosen around the words searched for. It is empty when the report
	// is Paywalled or has no text.
	Snippet Snippet
	// Paywalled says that the report is behind its outlet's paywall: its
	// text is never quoted, and it is found by its title alone.
	Paywalled bool
}

// Snippet is a short piece of a report's text, on one line, with "…"
// where it starts or ends inside the text, and the words searched for
// located in it.
type Snippet struct {
	Text  string
	Marks []Span // in order, apart from each other
}

// Span is the bytes [Start, End) of a text: one word that a search
// matched.
type Span struct {
	Start, End int
}
