package web

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// checkAdminAnatomy checks what every admin page must have: the site's
// masthead, one h1, no script, tables with a caption and scoped headers
// inside a focusable scrolling region, a CSRF token in every form, ids
// used once, a label for every field, and checkboxes in a fieldset with
// a legend that says what the choice is for.
func checkAdminAnatomy(t *testing.T, doc *html.Node) {
	t.Helper()
	if n := len(findAll(doc, script)); n != 0 {
		t.Errorf("page has %d <script> elements, want none", n)
	}
	if find(doc, tagClass("p", "masthead")) == nil {
		t.Errorf("no masthead")
	}
	if n := len(findAll(doc, tag("h1"))); n != 1 {
		t.Errorf("page has %d <h1>, want 1", n)
	}
	for _, table := range findAll(doc, tag("table")) {
		caption := find(table, tag("caption"))
		if caption == nil || text(caption) == "" {
			t.Errorf("table without a caption")
			continue
		}
		wrap := table.Parent
		if !hasClass(wrap, "table-wrap") || attr(wrap, "role") != "region" || attr(wrap, "tabindex") != "0" ||
			attr(wrap, "aria-labelledby") != attr(caption, "id") || attr(caption, "id") == "" {
			t.Errorf("table %q is not inside a focusable region labelled by its caption", text(caption))
		}
		for _, th := range findAll(find(table, tag("thead")), tag("th")) {
			if attr(th, "scope") != "col" {
				t.Errorf("column header %q has scope %q", text(th), attr(th, "scope"))
			}
		}
		for _, tr := range findAll(find(table, tag("tbody")), tag("tr")) {
			if th := find(tr, tag("th")); th == nil || attr(th, "scope") != "row" {
				t.Errorf("row %q has no th[scope=row]", text(tr))
			}
		}
	}
	for _, form := range findAll(doc, tag("form")) {
		if !strings.EqualFold(attr(form, "method"), "post") {
			t.Errorf("form to %s is not a POST", attr(form, "action"))
		}
		token := find(form, func(n *html.Node) bool { return n.Data == "input" && attr(n, "name") == csrfField })
		if token == nil || attr(token, "value") == "" {
			t.Errorf("form to %s carries no CSRF token", attr(form, "action"))
		}
		for _, b := range findAll(form, tag("button")) {
			if text(b) == "" {
				t.Errorf("button without a name in the form to %s", attr(form, "action"))
			}
		}
	}
	for id, n := range ids(doc) {
		if n > 1 {
			t.Errorf("id %q is used %d times", id, n)
		}
	}
	labels := map[string]string{}
	for _, l := range findAll(doc, tag("label")) {
		labels[attr(l, "for")] = text(l)
	}
	for _, in := range findAll(doc, func(n *html.Node) bool { return n.Data == "input" || n.Data == "select" || n.Data == "textarea" }) {
		kind := attr(in, "type")
		if kind == "hidden" {
			continue
		}
		if labels[attr(in, "id")] == "" || attr(in, "id") == "" {
			t.Errorf("<%s name=%q> has no label", in.Data, attr(in, "name"))
		}
		if kind != "checkbox" && kind != "radio" {
			continue
		}
		set := in.Parent
		for set != nil && set.Data != "fieldset" {
			set = set.Parent
		}
		if set == nil {
			t.Errorf("checkbox %q is not in a fieldset", attr(in, "id"))
			continue
		}
		legend := set.FirstChild
		for legend != nil && legend.Type != html.ElementNode {
			legend = legend.NextSibling
		}
		if legend == nil || legend.Data != "legend" || text(legend) == "" {
			t.Errorf("the fieldset of checkbox %q does not open with a legend", attr(in, "id"))
		}
	}
}
