package fetch

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

var (
	bomUTF8    = []byte{0xef, 0xbb, 0xbf}
	bomUTF16LE = []byte{0xff, 0xfe}
	bomUTF16BE = []byte{0xfe, 0xff}

	// xmlDecl matches the encoding of an XML declaration at the start of
	// a document.
	xmlDecl = regexp.MustCompile(`^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)
)

// ToUTF8 returns body as valid UTF-8. The charset is taken, in order,
// from a byte order mark, the charset parameter of contentType, an XML
// declaration, and an HTML <meta> charset (golang.org/x/net/html/charset,
// which maps ISO-8859-1 to Windows-1252 as browsers do); with none of
// these, Windows-1252 is assumed, as in HTML.
//
// A body that is already valid UTF-8 is kept as it is unless a UTF-16
// charset is declared: pages labelled Windows-1252 but written in UTF-8
// are common, and Windows-1252 text with accented letters is almost never
// valid UTF-8. Byte order marks are removed, invalid sequences become
// U+FFFD, and an XML declaration that names another encoding is rewritten
// to say UTF-8, so that an XML parser does not decode the result twice.
// A body kept as it is may be returned itself, not a copy. The error
// reports a failed conversion.
func ToUTF8(body []byte, contentType string) ([]byte, error) {
	enc, name := declared(body, contentType)
	switch {
	case bytes.HasPrefix(body, bomUTF8):
		body, enc, name = body[len(bomUTF8):], nil, "utf-8"
	case bytes.HasPrefix(body, bomUTF16LE):
		body, enc, name = body[2:], unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case bytes.HasPrefix(body, bomUTF16BE):
		body, enc, name = body[2:], unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	valid := !strings.HasPrefix(name, "utf-16") && utf8.Valid(body)
	out := body
	switch {
	case valid:
		// already UTF-8, whatever is declared: no copy
	case enc != nil && enc != encoding.Nop && name != "utf-8":
		var err error
		out, err = enc.NewDecoder().Bytes(body)
		if err != nil {
			return nil, fmt.Errorf("convert %s to utf-8: %w", name, err)
		}
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	default:
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return rewriteXMLDecl(out), nil
}

// declared returns the charset named by the Content-Type header, the XML
// declaration or an HTML <meta>, in that order, defaulting to
// Windows-1252. It ignores byte order marks; the caller handles them.
func declared(body []byte, contentType string) (encoding.Encoding, string) {
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if cs := params["charset"]; cs != "" {
			if e, name := charset.Lookup(cs); e != nil {
				return e, name
			}
		}
	}
	head := body[:min(len(body), 1024)]
	if m := xmlDecl.FindSubmatch(head); m != nil {
		if e, name := charset.Lookup(string(m[1])); e != nil {
			return e, name
		}
	}
	e, name, _ := charset.DetermineEncoding(head, "")
	return e, name
}

// rewriteXMLDecl makes an XML declaration say encoding="UTF-8".
func rewriteXMLDecl(b []byte) []byte {
	m := xmlDecl.FindSubmatchIndex(b[:min(len(b), 1024)])
	if m == nil || strings.EqualFold(string(b[m[2]:m[3]]), "utf-8") {
		return b
	}
	out := make([]byte, 0, len(b)+8)
	out = append(out, b[:m[2]]...)
	out = append(out, "UTF-8"...)
	return append(out, b[m[3]:]...)
}
