package eval

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"hash/fnv"
	"image"
	"image/color"
	"image/png"
	"net"
	"net/http"
	"sort"
	"strings"
	"time"
)

// deskServer publishes the pool's outlets on a loopback listener, the way
// the demo publishes its own: each outlet's RSS feed, article pages,
// photos and robots.txt under its own host name, routed by the Host
// header whatever the port. Everything is rendered before it starts.
type deskServer struct {
	sites map[string]map[string]deskResource // host -> path -> response
	ln    net.Listener
	srv   *http.Server
}

// deskResource is one rendered response.
type deskResource struct {
	body  []byte
	ctype string
	mod   time.Time
}

// newDeskServer renders every outlet's site: docs say which outlet
// publishes which document of clusters, and when.
func newDeskServer(clusters []SummaryCluster, pool []deskOutlet, docs []deskDoc) (*deskServer, error) {
	s := &deskServer{sites: map[string]map[string]deskResource{}}
	related := deskRelatedOf(docs)
	for j, o := range pool {
		site, err := deskSite(clusters, pool, o, deskOutletDocs(docs, j), related)
		if err != nil {
			return nil, fmt.Errorf("render %s: %w", o.host(), err)
		}
		s.sites[o.host()] = site
	}
	return s, nil
}

// deskSite renders one outlet's responses; docs are its articles, in time
// order, and related gives each article's related stories by number.
func deskSite(clusters []SummaryCluster, pool []deskOutlet, o deskOutlet, docs []deskDoc, related map[int][]deskLink) (map[string]deskResource, error) {
	photo, err := deskPhoto(o.Slug)
	if err != nil {
		return nil, err
	}
	site := map[string]deskResource{
		"/robots.txt": {[]byte("User-agent: *\nAllow: /\n"), "text/plain; charset=utf-8", deskEpoch},
	}
	for _, d := range docs {
		page, err := deskPage(pool, d, clusters[d.Event].Documents[d.Doc], related[d.Number])
		if err != nil {
			return nil, fmt.Errorf("page %s: %w", d.Path, err)
		}
		site[d.Path] = deskResource{page, "text/html; charset=utf-8", d.Published}
		site[strings.TrimPrefix(deskImageURL(pool, d), "http://"+o.host())] = deskResource{photo, "image/png", d.Published}
	}
	feed, err := deskFeed(clusters, pool, o, docs)
	if err != nil {
		return nil, fmt.Errorf("feed: %w", err)
	}
	latest := deskEpoch
	if len(docs) > 0 {
		latest = docs[len(docs)-1].Published
	}
	site["/feed.xml"] = deskResource{feed, "application/rss+xml; charset=utf-8", latest}
	return site, nil
}

// deskOutletDocs returns the articles of outlet j, oldest first.
func deskOutletDocs(docs []deskDoc, j int) []deskDoc {
	var out []deskDoc
	for _, d := range docs {
		if d.Outlet == j {
			out = append(out, d)
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if !out[a].Published.Equal(out[b].Published) {
			return out[a].Published.Before(out[b].Published)
		}
		return out[a].Number < out[b].Number
	})
	return out
}

// deskRelatedOf gives every article, by number, up to three other
// articles of its outlet as related stories: the ones just before it,
// then the ones just after. They are reports of other events, as a real
// related-stories box mostly shows.
func deskRelatedOf(docs []deskDoc) map[int][]deskLink {
	outlets := map[int]bool{}
	for _, d := range docs {
		outlets[d.Outlet] = true
	}
	out := make(map[int][]deskLink, len(docs))
	for j := range outlets {
		mine := deskOutletDocs(docs, j)
		for p, d := range mine {
			for _, q := range []int{p - 1, p - 2, p - 3, p + 1, p + 2, p + 3} {
				if q >= 0 && q < len(mine) && len(out[d.Number]) < 3 {
					out[d.Number] = append(out[d.Number], deskLink{Path: mine[q].Path, Title: mine[q].Title})
				}
			}
		}
	}
	return out
}

// deskPhoto is an outlet's lead photo: a small PNG of one colour, the
// colour derived from the slug.
func deskPhoto(slug string) ([]byte, error) {
	h := fnv.New32a()
	h.Write([]byte(slug))
	sum := h.Sum32()
	img := image.NewRGBA(image.Rect(0, 0, 160, 90))
	c := color.RGBA{uint8(sum), uint8(sum >> 8), uint8(sum >> 16), 255}
	for y := 0; y < 90; y++ {
		for x := 0; x < 160; x++ {
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	err := png.Encode(&buf, img)
	return buf.Bytes(), err
}

type deskRSS struct {
	XMLName xml.Name       `xml:"rss"`
	Version string         `xml:"version,attr"`
	DC      string         `xml:"xmlns:dc,attr"`
	Channel deskRSSChannel `xml:"channel"`
}

type deskRSSChannel struct {
	Title         string        `xml:"title"`
	Link          string        `xml:"link"`
	Description   string        `xml:"description"`
	Language      string        `xml:"language"`
	LastBuildDate string        `xml:"lastBuildDate"`
	Items         []deskRSSItem `xml:"item"`
}

type deskRSSItem struct {
	Title       string `xml:"title"`
	Link        string `xml:"link"`
	GUID        string `xml:"guid"`
	PubDate     string `xml:"pubDate"`
	Creator     string `xml:"dc:creator"`
	Description string `xml:"description"`
}

// deskFeed is an outlet's RSS 2.0 feed, newest item first. Like most
// feeds it carries a short description of each article, not its text, so
// that the desk has to fetch and extract every page.
func deskFeed(clusters []SummaryCluster, pool []deskOutlet, o deskOutlet, docs []deskDoc) ([]byte, error) {
	f := deskRSS{Version: "2.0", DC: "http://purl.org/dc/elements/1.1/",
		Channel: deskRSSChannel{Title: o.Name, Link: o.homepage(), Description: o.Tagline, Language: "en"}}
	for i := len(docs) - 1; i >= 0; i-- {
		d := docs[i]
		if f.Channel.LastBuildDate == "" {
			f.Channel.LastBuildDate = d.Published.Format(time.RFC1123Z)
		}
		f.Channel.Items = append(f.Channel.Items, deskRSSItem{Title: d.Title, Link: d.URL(pool), GUID: d.URL(pool),
			PubDate: d.Published.Format(time.RFC1123Z), Creator: o.Reporter,
			Description: deskSummary(clusters[d.Event].Documents[d.Doc].Text)})
	}
	body, err := xml.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), append(body, '\n')...), nil
}

// start serves the sites on an ephemeral port of 127.0.0.1.
func (s *deskServer) start() error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("start outlets' server: %w", err)
	}
	s.ln = ln
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go s.srv.Serve(ln) // returns http.ErrServerClosed once close is called
	return nil
}

// close stops the server and its connections.
func (s *deskServer) close() {
	if s.srv != nil {
		s.srv.Close()
	}
}

// isDeskHost reports whether host (with or without a port) is one of the
// pool's names, <slug>.evaldesk.test.
func isDeskHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	return len(host) > len(deskHostSuffix) && strings.HasSuffix(host, deskHostSuffix)
}

// dial connects to the server for any pool host, whatever the port, and
// refuses every other host: an HTTP transport built on it reaches the
// pool's outlets and nothing else.
func (s *deskServer) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	if !isDeskHost(addr) {
		return nil, fmt.Errorf("eval desk dialer: %q is not an outlet of the pool", addr)
	}
	if !strings.HasPrefix(network, "tcp") {
		return nil, fmt.Errorf("eval desk dialer: network %q: want tcp", network)
	}
	if s.ln == nil {
		return nil, errors.New("eval desk dialer: server not started")
	}
	var d net.Dialer
	return d.DialContext(ctx, "tcp", s.ln.Addr().String())
}

// ServeHTTP serves the response of the request's host and path; anything
// else is 404.
func (s *deskServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	host := strings.ToLower(r.Host)
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	res, ok := s.sites[strings.TrimSuffix(host, ".")][r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("Content-Type", res.ctype)
	http.ServeContent(w, r, "", res.mod, bytes.NewReader(res.body))
}
