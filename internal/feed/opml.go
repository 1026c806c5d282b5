package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
)

// Subscription is one feed of an OPML subscription list.
type Subscription struct {
	Title    string // the outline's title or text
	FeedURL  string // xmlUrl, absolute http or https
	HomeURL  string // htmlUrl, when given
	Category string // the titles of enclosing outlines, joined with "/"
}

// ErrNotOPML is returned for a document that is not an OPML list.
var ErrNotOPML = errors.New("not an OPML document")

type opmlDoc struct {
	XMLName xml.Name     `xml:"opml"`
	Version string       `xml:"version,attr"`
	Head    opmlHead     `xml:"head"`
	Body    opmlOutlines `xml:"body"`
}

type opmlHead struct {
	Title       string `xml:"title,omitempty"`
	DateCreated string `xml:"dateCreated,omitempty"`
}

type opmlOutlines struct {
	Outlines []opmlOutline `xml:"outline"`
}

type opmlOutline struct {
	Text     string        `xml:"text,attr"`
	Title    string        `xml:"title,attr,omitempty"`
	Type     string        `xml:"type,attr,omitempty"`
	XMLURL   string        `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string        `xml:"htmlUrl,attr,omitempty"`
	Outlines []opmlOutline `xml:"outline"`
}

// Skipped is an outline of an OPML list that names a feed but could not
// be read as one, and why.
type Skipped struct {
	Title  string // the outline's title or text
	XMLURL string // its xmlUrl as written
	Reason string
}

// ParseOPML reads the feed subscriptions of an OPML 1.0 or 2.0 document,
// flattening nested outlines into categories. Outlines without an
// http(s) xmlUrl are skipped; a duplicate feed URL is listed once.
func ParseOPML(data []byte) ([]Subscription, error) {
	subs, _, err := ReadOPML(data)
	return subs, err
}

// ReadOPML is ParseOPML that also says which outlines it skipped: a
// feed-typed outline without an xmlUrl, an xmlUrl that is not an
// absolute http(s) URL, or a feed already listed. An outline that only
// groups others is no feed and is not reported.
func ReadOPML(data []byte) ([]Subscription, []Skipped, error) {
	var doc opmlDoc
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		if strings.EqualFold(label, "utf-8") || strings.EqualFold(label, "us-ascii") {
			return r, nil
		}
		return nil, fmt.Errorf("unsupported encoding %q", label)
	}
	if err := dec.Decode(&doc); err != nil {
		return nil, nil, fmt.Errorf("parse OPML: %w: %v", ErrNotOPML, err)
	}
	var out []Subscription
	var skipped []Skipped
	seen := map[string]bool{}
	var walk func(os []opmlOutline, category []string)
	walk = func(os []opmlOutline, category []string) {
		for _, o := range os {
			title := strings.TrimSpace(o.Title)
			if title == "" {
				title = strings.TrimSpace(o.Text)
			}
			skip := func(why string) { skipped = append(skipped, Skipped{Title: title, XMLURL: o.XMLURL, Reason: why}) }
			switch u, err := url.Parse(strings.TrimSpace(o.XMLURL)); {
			case o.XMLURL == "":
				if strings.EqualFold(o.Type, "rss") || strings.EqualFold(o.Type, "atom") {
					skip("no xmlUrl")
				}
			case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
				skip("xmlUrl is not an absolute http or https URL")
			case seen[u.String()]:
				skip("the same feed is listed before")
			default:
				seen[u.String()] = true
				out = append(out, Subscription{Title: title, FeedURL: u.String(),
					HomeURL: strings.TrimSpace(o.HTMLURL), Category: strings.Join(category, "/")})
			}
			if len(o.Outlines) > 0 {
				next := category
				if o.XMLURL == "" && title != "" {
					next = append(append([]string(nil), category...), title)
				}
				walk(o.Outlines, next)
			}
		}
	}
	walk(doc.Body.Outlines, nil)
	return out, skipped, nil
}

// WriteOPML writes subscriptions as an OPML 2.0 document, grouped by
// category.
func WriteOPML(w io.Writer, title string, subs []Subscription, now time.Time) error {
	doc := opmlDoc{Version: "2.0", Head: opmlHead{Title: title, DateCreated: now.UTC().Format(time.RFC1123Z)}}
	groups := map[string]int{}
	for _, s := range subs {
		o := opmlOutline{Text: s.Title, Title: s.Title, Type: "rss", XMLURL: s.FeedURL, HTMLURL: s.HomeURL}
		if s.Category == "" {
			doc.Body.Outlines = append(doc.Body.Outlines, o)
			continue
		}
		i, ok := groups[s.Category]
		if !ok {
			i = len(doc.Body.Outlines)
			groups[s.Category] = i
			doc.Body.Outlines = append(doc.Body.Outlines, opmlOutline{Text: s.Category, Title: s.Category})
		}
		doc.Body.Outlines[i].Outlines = append(doc.Body.Outlines[i].Outlines, o)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write OPML: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}
