package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestIsHidden(t *testing.T) {
	tests := []struct {
		tag  string
		want bool
	}{
		{`<div hidden>`, true},
		{`<div style="color: red; display: none">`, true},
		{`<p style="visibility:hidden">`, true},
		{`<div class="email-ty-wrap hide">`, true},
		{`<div class="d-none d-md-block">`, true},
		{`<div class="print-header">`, true},
		{`<span class="rollover-block"><img src="p.jpg"><a href="/p">Ann Lee</a></span>`, true},
		{`<div id="hovercard_3"><a href="/a">One</a> <a href="/b">Two</a></div>`, true},
		// Not hidden: a token that only contains a hiding word, a body
		// kept for print, text hidden from screen readers only.
		{`<div class="product-videorollover"><img src="v.jpg"></div>`, false},
		{`<span class="tooltip">term<span class="tooltiptext">what it means</span></span>`, false},
		{`<span class="rollover"><a href="/p">Ann</a><span class="rollover-block"><img src="p.jpg"></span></span>`, false},
		{`<img class="lazy lazy-hidden">`, false},
		{`<div class="entry-content print-only">`, false},
		{`<div aria-hidden="true">`, false},
		{`<div class="story-body">`, false},
	}
	for _, tt := range tests {
		t.Run(tt.tag, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.tag + "x"))
			if err != nil {
				t.Fatal(err)
			}
			n := find(doc, func(n *html.Node) bool {
				return n.Type == html.ElementNode && (n.Data == "div" || n.Data == "p" || n.Data == "span" || n.Data == "img")
			})
			if got := isHidden(n); got != tt.want {
				t.Errorf("isHidden(%s) = %v, want %v", tt.tag, got, tt.want)
			}
		})
	}
}

func TestPruneHidden(t *testing.T) {
	body := strings.Repeat("The council met on Tuesday and voted to repair the bridge. ", 5)
	tests := []struct {
		name, page string
		want       []string
	}{
		{
			name: "hidden boxes go",
			page: `<div class="print-header"><p>This copy is for your personal use only.</p></div>
				<p>` + body + `</p><div class="share hide"><p>Thank you</p></div>
				<p>Council leader <span class="rollover-people"><a class="rollover-people-link" href="/p">Ann Lee</a><span class="rollover-people-block"><span class="rollover-block"><img src="a.jpg"><a href="/p">Ann Lee</a><a href="/s1">Bridge vote due</a> <a href="/s2">Budget passes</a></span></span></span> said so.</p>`,
			want: []string{collapse(body), "Council leader Ann Lee said so."},
		},
		{
			name: "a page that hides most of its text keeps it",
			page: `<p>Slide one of three.</p><div class="slide hidden"><p>` + body + `</p></div><div class="slide hidden"><p>` + body + `</p></div>`,
			want: []string{"Slide one of three.", collapse(body), collapse(body)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			got := paragraphs(prune(doc))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("paragraphs after prune:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
