package sources

import _ "embed"

//go:embed method.md
var method string

// Method returns the editors' statement, in Markdown, of how they rate an
// outlet's lean. Pages and the CLI show it beside the ratings, so that a
// reader can judge the judgment.
func Method() string { return method }
