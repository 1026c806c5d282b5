package web

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestContrast checks the stylesheet's colour pairs against WCAG AA (4.5:1
// for text) in the light and the dark scheme, including the text inside
// each coverage-bar segment.
func TestContrast(t *testing.T) {
	css, err := staticFS.ReadFile("static/site.css")
	if err != nil {
		t.Fatal(err)
	}
	src := string(css)
	dark := strings.Index(src, "@media (prefers-color-scheme: dark)")
	if dark < 0 {
		t.Fatal("no dark scheme")
	}
	light := cssVars(src[:dark])
	darkVars := cssVars(src[:dark])
	for k, v := range cssVars(src[dark:]) {
		darkVars[k] = v
	}
	onColour := map[string]string{}
	for _, m := range regexp.MustCompile(`\.(\w+) \{ --c: var\(--c-\w+\); --on: (#[0-9a-fA-F]{3,6}); \}`).FindAllStringSubmatch(src, -1) {
		onColour[m[1]] = m[2]
	}
	if len(onColour) != 6 {
		t.Fatalf("found %d lean colour rules, want 6", len(onColour))
	}
	for name, vars := range map[string]map[string]string{"light": light, "dark": darkVars} {
		pairs := [][2]string{
			{vars["--ink"], vars["--paper"]},
			{vars["--muted"], vars["--paper"]},
			{vars["--muted"], vars["--panel"]},
			{vars["--link"], vars["--paper"]},
			{vars["--link"], vars["--panel"]},
			{vars["--ink"], vars["--mark"]},
		}
		for lean, on := range onColour {
			pairs = append(pairs, [2]string{on, vars["--c-"+lean]})
		}
		for _, p := range pairs {
			if r := contrast(t, p[0], p[1]); r < 4.5 {
				t.Errorf("%s scheme: %s on %s has contrast %.2f, want at least 4.5", name, p[0], p[1], r)
			}
		}
		if r := contrast(t, vars["--focus"], vars["--paper"]); r < 3 {
			t.Errorf("%s scheme: focus outline contrast %.2f, want at least 3", name, r)
		}
	}
}

func cssVars(css string) map[string]string {
	vars := map[string]string{}
	for _, m := range regexp.MustCompile(`(--[\w-]+):\s*(#[0-9a-fA-F]{3,6});`).FindAllStringSubmatch(css, -1) {
		vars[m[1]] = m[2]
	}
	return vars
}

func contrast(t *testing.T, fg, bg string) float64 {
	t.Helper()
	a, b := luminance(t, fg), luminance(t, bg)
	return (math.Max(a, b) + 0.05) / (math.Min(a, b) + 0.05)
}

func luminance(t *testing.T, hex string) float64 {
	t.Helper()
	h := strings.TrimPrefix(hex, "#")
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	n, err := strconv.ParseUint(h, 16, 32)
	if err != nil || len(h) != 6 {
		t.Fatalf("bad colour %q", hex)
	}
	ch := func(v uint64) float64 {
		c := float64(v) / 255
		if c <= 0.03928 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(n>>16&0xff) + 0.7152*ch(n>>8&0xff) + 0.0722*ch(n&0xff)
}
