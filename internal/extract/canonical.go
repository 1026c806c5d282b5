package extract

import (
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that identify a campaign or a
// click, not a page. Keys are compared in lower case; every "utm_" key is
// tracking too.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true, "gbraid": true,
	"wbraid": true, "msclkid": true, "yclid": true, "twclid": true, "igshid": true,
	"mc_cid": true, "mc_eid": true, "ref": true, "ref_src": true, "ref_url": true,
	"cmpid": true, "cmp": true, "icid": true, "ocid": true, "ncid": true,
	"_ga": true, "_gl": true, "s_cid": true, "smid": true, "smtyp": true,
	"at_medium": true, "at_campaign": true, "sr_share": true, "share": true,
	"amp": true, // an AMP variant, not a tracker, but dropped for the same reason
}

// hostPrefixes are host labels that name a mobile or AMP copy of a site.
var hostPrefixes = []string{"amp.", "m.", "mobile."}

// CanonicalURL normalises an absolute http(s) URL so that the addresses
// outlets use for one article compare equal. It lower-cases the scheme
// and host, drops a trailing dot on the host, the default port, the
// fragment and tracking parameters (utm_*, fbclid, gclid, mc_cid, mc_eid,
// ref, cmpid and the like, see trackingParams), sorts the remaining query
// parameters by key (keeping their encoding and the order of repeated
// keys), and strips AMP and mobile variants: an "amp.", "m." or "mobile."
// host prefix when at least two labels remain, a "/amp" path segment at
// the start or end of the path, ".amp.html" (becoming ".html") or a
// ".amp" suffix, and the amp and outputType=amp parameters. An empty path
// becomes "/". It keeps "www.", trailing slashes, the path's case and
// everything else, since sites may tell those apart.
//
// A string that is not an absolute http(s) URL is returned trimmed but
// otherwise unchanged. CanonicalURL(CanonicalURL(s)) == CanonicalURL(s).
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	out, ok := canonical(raw)
	if !ok {
		return raw
	}
	if again, ok := canonical(strings.TrimSpace(out)); !ok || again != out {
		return raw // a malformed URL that normalises differently each time
	}
	return out
}

// canonical does the work of CanonicalURL; ok is false when raw is not
// an absolute http(s) URL.
func canonical(raw string) (string, bool) {
	u, err := url.Parse(raw)
	if err != nil || u.Opaque != "" {
		return "", false
	}
	scheme := strings.ToLower(u.Scheme)
	if (scheme != "http" && scheme != "https") || u.Host == "" {
		return "", false
	}
	u.Scheme = scheme
	u.Host = canonicalHost(u, scheme)
	if u.Host == "" {
		return "", false
	}
	u.Fragment, u.RawFragment = "", ""
	u.RawQuery = canonicalQuery(u.RawQuery)
	u.ForceQuery = false
	stripAMPPath(u)
	if u.Path == "" {
		u.Path, u.RawPath = "/", ""
	}
	return u.String(), true
}

// canonicalHost lower-cases the host, drops the default port and a
// trailing dot, and strips mobile and AMP prefixes.
func canonicalHost(u *url.URL, scheme string) string {
	host, port := strings.ToLower(u.Hostname()), u.Port()
	host = strings.TrimSuffix(host, ".")
	if (scheme == "http" && port == "80") || (scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") { // IPv6 literal
		host = "[" + host + "]"
	} else {
		for stripped := true; stripped; {
			stripped = false
			for _, p := range hostPrefixes {
				if rest := strings.TrimPrefix(host, p); rest != host && strings.Contains(rest, ".") {
					host, stripped = rest, true
				}
			}
		}
	}
	if host == "" {
		return ""
	}
	if port != "" {
		return host + ":" + port
	}
	return host
}

// canonicalQuery drops tracking and AMP parameters and sorts the rest by
// key, keeping each parameter's original encoding.
func canonicalQuery(raw string) string {
	type param struct{ key, raw string }
	var keep []param
	for _, p := range strings.Split(raw, "&") {
		if p == "" {
			continue
		}
		k, v, _ := strings.Cut(p, "=")
		key, err := url.QueryUnescape(k)
		if err != nil {
			key = k
		}
		key = strings.ToLower(key)
		if trackingParams[key] || strings.HasPrefix(key, "utm_") ||
			(key == "outputtype" && strings.EqualFold(v, "amp")) {
			continue
		}
		keep = append(keep, param{key, p})
	}
	sort.SliceStable(keep, func(i, j int) bool { return keep[i].key < keep[j].key })
	parts := make([]string, len(keep))
	for i, p := range keep {
		parts[i] = p.raw
	}
	return strings.Join(parts, "&")
}

// stripAMPPath removes AMP markers from the path.
func stripAMPPath(u *url.URL) {
	p := u.EscapedPath()
	for {
		q := p
		switch {
		case strings.HasSuffix(q, "/amp/"):
			q = strings.TrimSuffix(q, "amp/")
		case strings.HasSuffix(q, "/amp"):
			q = strings.TrimSuffix(q, "amp")
		case strings.HasPrefix(q, "/amp/"):
			q = strings.TrimPrefix(q, "/amp")
		case strings.HasSuffix(q, ".amp.html"):
			q = strings.TrimSuffix(q, ".amp.html") + ".html"
		case strings.HasSuffix(q, ".amp") && len(q) > len("/.amp"):
			q = strings.TrimSuffix(q, ".amp")
		}
		if q == p {
			break
		}
		p = q
	}
	if len(p) > 1 && strings.HasSuffix(u.EscapedPath(), "/amp") {
		p = strings.TrimSuffix(p, "/")
	}
	if p == u.EscapedPath() {
		return
	}
	if dec, err := url.PathUnescape(p); err == nil {
		u.Path, u.RawPath = dec, p
		if u.EscapedPath() != p {
			u.RawPath = ""
		}
	}
}
