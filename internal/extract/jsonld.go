package extract

import (
	"encoding/json"
	"net/url"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/weburl"
)

// jsonLD is what the page's schema.org article says.
type jsonLD struct {
	headline  string
	author    string // names joined with ", "
	published string // datePublished as written
	image     string // absolute
	caption   string // the image's caption, when an ImageObject gives one
	body      string // articleBody
	publisher string
	language  string
	paywalled bool // isAccessibleForFree is false on the article or a part of it
}

// articleRank orders the schema.org types that describe an article: a
// news type is preferred to a generic article, which is preferred to a
// blog post.
var articleRank = map[string]int{
	"newsarticle": 1, "reportagenewsarticle": 1, "analysisnewsarticle": 1,
	"backgroundnewsarticle": 1, "opinionnewsarticle": 1, "reviewnewsarticle": 1,
	"askpublicnewsarticle": 1, "liveblogposting": 2, "article": 3,
	"report": 3, "blogposting": 4, "socialmediaposting": 5,
}

// readJSONLD finds the best article object among the page's JSON-LD
// blocks, looking inside arrays, @graph and mainEntity, and resolving
// {"@id"} references to objects defined elsewhere on the page.
func readJSONLD(blocks []string, base *url.URL) jsonLD {
	var nodes []map[string]any
	for _, b := range blocks {
		var v any
		if err := json.Unmarshal([]byte(trimScript(b)), &v); err != nil {
			continue
		}
		collect(v, &nodes, 0)
	}
	byID := map[string]map[string]any{}
	for _, n := range nodes {
		if id, ok := n["@id"].(string); ok && len(n) > 1 {
			if _, dup := byID[id]; !dup {
				byID[id] = n
			}
		}
	}
	var best map[string]any
	bestRank := 99
	for _, n := range nodes {
		if r := rankOf(n); r < bestRank {
			best, bestRank = n, r
		}
	}
	if best == nil {
		return jsonLD{}
	}
	deref := func(v any) any {
		if m, ok := v.(map[string]any); ok {
			if id, ok := m["@id"].(string); ok && len(m) == 1 && byID[id] != nil {
				return byID[id]
			}
		}
		return v
	}
	out := jsonLD{
		headline:  plainText(str(best["headline"])),
		published: str(best["datePublished"]),
		body:      str(best["articleBody"]),
		language:  str(best["inLanguage"]),
		image:     weburl.Resolve(base, imageURL(deref(best["image"]))),
		caption:   plainText(imageCaption(deref(best["image"]))),
		publisher: plainText(name(deref(best["publisher"]))),
		author:    authors(best["author"], deref),
		paywalled: notFree(best["isAccessibleForFree"]) || partNotFree(best["hasPart"]),
	}
	if out.headline == "" {
		out.headline = plainText(str(best["name"]))
	}
	return out
}

// trimScript removes the HTML comment and CDATA wrappers some pages put
// around JSON-LD.
func trimScript(s string) string {
	s = strings.TrimSpace(s)
	for _, w := range [][2]string{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}} {
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, w[0]), w[1]))
	}
	return s
}

// collect flattens JSON-LD objects into nodes.
func collect(v any, nodes *[]map[string]any, depth int) {
	if depth > 8 {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			collect(e, nodes, depth+1)
		}
	case map[string]any:
		*nodes = append(*nodes, t)
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage", "itemListElement"} {
			if sub, ok := t[k]; ok {
				collect(sub, nodes, depth+1)
			}
		}
	}
}

// rankOf is the best article rank of a node's @type, 99 for none.
func rankOf(n map[string]any) int {
	best := 99
	var types []any
	switch t := n["@type"].(type) {
	case string:
		types = []any{t}
	case []any:
		types = t
	}
	for _, t := range types {
		s, _ := t.(string)
		s = strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(s, "https://schema.org/"), "http://schema.org/"))
		if r, ok := articleRank[s]; ok && r < best {
			best = r
		}
	}
	return best
}

func str(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		if len(t) > 0 {
			return str(t[0])
		}
	case map[string]any:
		return firstOf(str(t["name"]), str(t["@value"]))
	}
	return ""
}

// name is the name of a thing given as a string or an object.
func name(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case map[string]any:
		return str(t["name"])
	case []any:
		if len(t) > 0 {
			return name(t[0])
		}
	}
	return ""
}

// imageURL reads an image given as a URL, an ImageObject or a list.
func imageURL(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case map[string]any:
		return firstOf(str(t["url"]), str(t["contentUrl"]))
	case []any:
		for _, e := range t {
			if u := imageURL(e); u != "" {
				return u
			}
		}
	}
	return ""
}

// imageCaption reads the caption of the first ImageObject of an image
// given as an object or a list: its "caption", else its "description".
func imageCaption(v any) string {
	switch t := v.(type) {
	case map[string]any:
		return firstOf(str(t["caption"]), str(t["description"]))
	case []any:
		for _, e := range t {
			if m, ok := e.(map[string]any); ok {
				return imageCaption(m)
			}
		}
	}
	return ""
}

// authors reads author given as a string, an object or a list of
// either. People are preferred: organisations are named only when no
// person is.
func authors(v any, deref func(any) any) string {
	var people, orgs []string
	var add func(any)
	add = func(v any) {
		switch t := deref(v).(type) {
		case string:
			people = append(people, t)
		case map[string]any:
			n := str(t["name"])
			if strings.EqualFold(str(t["@type"]), "Organization") || strings.EqualFold(str(t["@type"]), "NewsMediaOrganization") {
				orgs = append(orgs, n)
			} else {
				people = append(people, n)
			}
		case []any:
			for _, e := range t {
				add(e)
			}
		}
	}
	add(v)
	if len(people) == 0 {
		people = orgs
	}
	return authorList(strings.Join(people, "; "))
}

// notFree reports an isAccessibleForFree of false, as a boolean or text.
func notFree(v any) bool {
	switch t := v.(type) {
	case bool:
		return !t
	case string:
		return strings.EqualFold(strings.TrimSpace(t), "false")
	}
	return false
}

// partNotFree looks for a hasPart marked not free.
func partNotFree(v any) bool {
	switch t := v.(type) {
	case map[string]any:
		return notFree(t["isAccessibleForFree"])
	case []any:
		for _, e := range t {
			if partNotFree(e) {
				return true
			}
		}
	}
	return false
}
