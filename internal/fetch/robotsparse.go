package fetch

import (
	"bytes"
	"strings"

	"github.com/temoto/robotstxt"
)

// parseRobots returns the rules of a robots.txt body that apply to
// RobotsToken (an empty group when none do), or nil when nothing in it
// can be read; both allow everything. Only the first
// robotsMaxBytes are read. As RFC 9309 asks, every line that can be
// parsed is used: robotstxt rejects a whole file for one bad line (a
// rule before any User-agent, an unreadable Crawl-delay, a broken
// pattern), so such lines are dropped and the rest parsed again.
func parseRobots(body []byte) *robotstxt.Group {
	body = body[:min(len(body), robotsMaxBytes)]
	d, err := robotstxt.FromBytes(body)
	if err != nil {
		d, err = robotstxt.FromBytes(salvage(body))
	}
	if err != nil {
		return nil
	}
	return d.FindGroup(RobotsToken)
}

// salvage keeps the lines of body that robotstxt accepts on their own
// under a User-agent line, and drops group rules that come before the
// first User-agent line.
func salvage(body []byte) []byte {
	var out bytes.Buffer
	seenAgent := false
	for _, line := range splitLines(body) {
		switch field(line) {
		case "user-agent", "useragent":
			seenAgent = true
		case "allow", "disallow", "crawl-delay", "crawldelay":
			if !seenAgent {
				continue
			}
		}
		probe := append([]byte("user-agent: probe\n"), line...)
		if _, err := robotstxt.FromBytes(probe); err != nil {
			continue
		}
		out.Write(line)
		out.WriteByte('\n')
	}
	return out.Bytes()
}

// splitLines splits at CR, LF and CRLF, as robots.txt allows all three.
func splitLines(b []byte) [][]byte {
	return bytes.FieldsFunc(b, func(r rune) bool { return r == '\n' || r == '\r' })
}

// field returns the lower-case field name that starts line: what comes
// before the first colon or blank, after leading blanks and a byte order
// mark.
func field(line []byte) string {
	s := strings.TrimLeft(string(line), " \t\v\ufeff")
	if i := strings.IndexAny(s, ": \t\v"); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(s)
}
