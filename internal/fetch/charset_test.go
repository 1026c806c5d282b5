package fetch

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestToUTF8(t *testing.T) {
	tests := []struct {
		name        string
		body        string
		contentType string
		want        string
	}{
		{"utf-8 untouched", "<p>Caf\u00e9 \u2014 na\u00efve</p>", "text/html; charset=utf-8", "<p>Caf\u00e9 \u2014 na\u00efve</p>"},
		{"header windows-1252", "<p>Caf\xe9 \x93quoted\x94 \x80 5</p>", "text/html; charset=windows-1252", "<p>Caf\u00e9 \u201cquoted\u201d \u20ac 5</p>"},
		{"header iso-8859-1", "<p>Sm\xf8rrebr\xf8d \x92s</p>", "text/html; charset=ISO-8859-1", "<p>Sm\u00f8rrebr\u00f8d \u2019s</p>"},
		{"meta charset", "<html><head><meta charset=\"windows-1252\"></head><body>r\xe9sum\xe9</body></html>", "text/html", "<html><head><meta charset=\"windows-1252\"></head><body>r\u00e9sum\u00e9</body></html>"},
		{"meta http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"><p>` + "\xa4" + `</p>`, "", `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"><p>` + "\u20ac" + `</p>`},
		{"no label defaults to windows-1252", "<p>na\xefve</p>", "", "<p>na\u00efve</p>"},
		{"no label, valid utf-8", "<p>na\u00efve</p>", "", "<p>na\u00efve</p>"},
		{"mislabelled utf-8", "<p>na\u00efve</p>", "text/html; charset=windows-1252", "<p>na\u00efve</p>"},
		{"xml declaration", `<?xml version="1.0" encoding="windows-1252"?><rss><title>Caf` + "\xe9" + `</title></rss>`, "application/xml", `<?xml version="1.0" encoding="UTF-8"?><rss><title>Caf` + "\u00e9" + `</title></rss>`},
		{"xml declaration single quotes", `<?xml version='1.0' encoding='ISO-8859-1'?><feed>` + "\xc0" + `</feed>`, "", `<?xml version='1.0' encoding='UTF-8'?><feed>` + "\u00c0" + `</feed>`},
		{"header beats xml declaration", `<?xml version="1.0" encoding="utf-8"?><rss>` + "\xe9" + `</rss>`, "text/xml; charset=windows-1252", `<?xml version="1.0" encoding="utf-8"?><rss>` + "\u00e9" + `</rss>`},
		{"utf-8 bom", "\xef\xbb\xbf<p>ok \u00e9</p>", "", "<p>ok \u00e9</p>"},
		{"utf-16le bom", "\xff\xfe<\x00p\x00>\x00\xe9\x00", "", "<p>\u00e9"},
		{"utf-16be bom", "\xfe\xff\x00<\x00p\x00>\x00\xe9", "text/html; charset=windows-1252", "<p>\u00e9"},
		{"declared utf-8 with invalid bytes", "ok \xff\xfe then \xc3", "text/html; charset=utf-8", "ok \ufffd then \ufffd"},
		{"unknown label", "<p>caf\xe9</p>", "text/html; charset=x-made-up", "<p>caf\u00e9</p>"},
		{"empty", "", "text/html", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ToUTF8([]byte(tc.body), tc.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, string(got)); diff != "" {
				t.Errorf("ToUTF8 (-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzToUTF8(f *testing.F) {
	f.Add([]byte("<p>caf\xe9</p>"), "text/html; charset=windows-1252")
	f.Add([]byte(`<?xml version="1.0" encoding="iso-8859-1"?><rss/>`), "")
	f.Add([]byte("\xff\xfe<\x00"), "")
	f.Add([]byte("<meta charset=shift_jis>\x82\xa0"), "text/html")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		out, err := ToUTF8(body, contentType)
		if err != nil {
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("ToUTF8(%q, %q) = %q, not valid UTF-8", body, contentType, out)
		}
	})
}
