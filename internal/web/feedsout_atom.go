package web

import (
	"encoding/xml"
	"time"
)

// atomNS is the Atom 1.0 namespace (RFC 4287).
const atomNS = "http://www.w3.org/2005/Atom"

type atomFeed struct {
	XMLName  xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID       string      `xml:"id"`
	Title    atomText    `xml:"title"`
	Subtitle atomText    `xml:"subtitle"`
	Links    []atomLink  `xml:"link"`
	Updated  string      `xml:"updated"`
	Author   atomPerson  `xml:"author"`
	Entries  []atomEntry `xml:"entry"`
}

type atomEntry struct {
	ID        string     `xml:"id"`
	Title     atomText   `xml:"title"`
	Link      atomLink   `xml:"link"`
	Published string     `xml:"published,omitempty"`
	Updated   string     `xml:"updated"`
	Author    atomPerson `xml:"author"`
	Summary   atomText   `xml:"summary"`
}

// atomText is a text construct. Its type is always "text": the encoder
// escapes it, and a reader shows it as it is, never as markup.
type atomText struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

// encodeAtom writes f as an Atom 1.0 document. The feed's id is its
// front page's URL, which is as stable as Options.BaseURL; an empty feed,
// having no story to date it, is dated f.Now, since Atom requires a date.
func encodeAtom(f outFeed) ([]byte, error) {
	updated := f.Updated
	if updated.IsZero() {
		updated = f.Now
	}
	doc := atomFeed{
		ID:       f.Home,
		Title:    plainText(f.Title),
		Subtitle: plainText(feedDescription),
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: f.Self},
			{Rel: "alternate", Type: "text/html", Href: f.Home},
		},
		Updated: atomTime(updated),
		Author:  atomPerson{Name: f.Author},
		Entries: make([]atomEntry, 0, len(f.Entries)),
	}
	for _, e := range f.Entries {
		doc.Entries = append(doc.Entries, atomEntry{
			ID:        e.ID,
			Title:     plainText(e.Title),
			Link:      atomLink{Rel: "alternate", Type: "text/html", Href: e.Link},
			Published: atomTime(e.Published),
			Updated:   atomTime(e.Updated),
			Author:    atomPerson{Name: f.Author},
			Summary:   plainText(e.Summary()),
		})
	}
	return marshalXML(doc)
}

func plainText(s string) atomText { return atomText{Type: "text", Text: s} }

// atomTime formats t as RFC 3339 in UTC, or "" for the zero time.
func atomTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// marshalXML encodes v, indented, after the XML declaration. encoding/xml
// escapes every text and attribute, and replaces characters that XML
// cannot hold with U+FFFD, so outlet text can neither break the document
// nor make it ill-formed.
func marshalXML(v any) ([]byte, error) {
	body, err := xml.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(xml.Header)+len(body)+1)
	out = append(out, xml.Header...)
	out = append(out, body...)
	return append(out, '\n'), nil
}
