package eval

import (
	"strings"

	"golang.org/x/net/html"
)

// textOf turns an expected title into one line of plain text: markup is
// removed and entities decoded when its content type is HTML, and white
// space is collapsed, as the feed adapter does with titles.
func textOf(content, contentType string) string {
	if !strings.Contains(contentType, "html") || !strings.ContainsAny(content, "<&") {
		return strings.Join(strings.Fields(content), " ")
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(content))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.Join(strings.Fields(b.String()), " ")
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			b.WriteByte(' ')
		}
	}
}
