package web

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// fakeReader is a Reader and an OutletReader over fixed pages, images,
// outlets and reports. An id in fail answers with that error instead.
type fakeReader struct {
	pages  map[string]news.Page
	images map[string]fakeImage
	fail   map[string]error
	moved  map[string]string // story merged away -> story it leads to
	// listErr, when set, is what ListStories and Outlets return.
	listErr error
	outlets []news.Outlet
	reports map[string][]news.OutletReport // by outlet slug, newest first
}

type fakeImage struct {
	ctype string
	data  []byte
}

func (f *fakeReader) ListStories(ctx context.Context, limit, offset int) ([]news.StorySummary, error) {
	if f.listErr != nil {
		return nil, f.listErr
	}
	var all []news.StorySummary
	for _, p := range f.pages {
		all = append(all, p.Summary())
	}
	sort.Slice(all, func(i, j int) bool {
		if !all[i].Published.Equal(all[j].Published) {
			return all[i].Published.After(all[j].Published)
		}
		return all[i].ID < all[j].ID
	})
	if offset >= len(all) {
		return nil, nil
	}
	all = all[offset:]
	if len(all) > limit {
		all = all[:limit]
	}
	return all, nil
}

// SearchStories matches, as the store does, every word of query at the
// start of a word of a page's headline or lead, ignoring case; results
// come in ListStories order. A result whose lead holds a word has the
// lead as its snippet, with those words marked.
func (f *fakeReader) SearchStories(ctx context.Context, query string, limit, offset int) ([]news.StorySummary, error) {
	if f.listErr != nil {
		return nil, f.listErr
	}
	words := strings.FieldsFunc(strings.ToLower(query), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	snippet := func(lead string) news.Snippet {
		var marks []news.Span
		start := -1
		for i, r := range lead + " " {
			if unicode.IsLetter(r) || unicode.IsNumber(r) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 && slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(strings.ToLower(lead[start:i]), w) }) {
				marks = append(marks, news.Span{Start: start, End: i})
			}
			start = -1
		}
		if marks == nil {
			return news.Snippet{}
		}
		return news.Snippet{Text: lead, Marks: marks}
	}
	if len(words) == 0 {
		return nil, nil
	}
	all, err := f.ListStories(ctx, len(f.pages), 0)
	if err != nil {
		return nil, err
	}
	var out []news.StorySummary
	for _, st := range all {
		text := " " + strings.Join(strings.FieldsFunc(strings.ToLower(st.Headline+" "+st.Lead), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }), " ")
		ok := true
		for _, w := range words {
			ok = ok && strings.Contains(text, " "+w)
		}
		if ok {
			st.Snippet = snippet(st.Lead)
			out = append(out, st)
		}
	}
	if offset >= len(out) {
		return nil, nil
	}
	out = out[offset:]
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func (f *fakeReader) Page(ctx context.Context, id string) (news.Page, error) {
	if err := f.fail[id]; err != nil {
		return news.Page{}, err
	}
	p, ok := f.pages[id]
	if !ok {
		return news.Page{}, news.ErrNotFound
	}
	return p, nil
}

func (f *fakeReader) StoryMovedTo(ctx context.Context, id string) (string, error) {
	to, ok := f.moved[id]
	if !ok {
		return "", news.ErrNotFound
	}
	return to, nil
}

// Outlets lists the outlets by name, as the store does.
func (f *fakeReader) Outlets(ctx context.Context) ([]news.Outlet, error) {
	if f.listErr != nil {
		return nil, f.listErr
	}
	out := append([]news.Outlet(nil), f.outlets...)
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// OutletReports gives the outlet with the slug and up to limit of its
// reports, which the fixture keeps newest first.
func (f *fakeReader) OutletReports(ctx context.Context, slug string, limit int) (news.Outlet, []news.OutletReport, error) {
	for _, o := range f.outlets {
		if o.Slug == slug {
			reports := f.reports[slug]
			return o, reports[:min(max(limit, 0), len(reports))], nil
		}
	}
	return news.Outlet{}, nil, news.ErrNotFound
}

// OutletStories gives the outlet with the slug and the stories its
// reports are part of, in ListStories order, as the store does.
func (f *fakeReader) OutletStories(ctx context.Context, slug string, limit int) (news.Outlet, []news.StorySummary, error) {
	o, reports, err := f.OutletReports(ctx, slug, len(f.reports[slug]))
	if err != nil {
		return o, nil, err
	}
	all, err := f.ListStories(ctx, len(f.pages), 0)
	var out []news.StorySummary
	for _, st := range all {
		if slices.ContainsFunc(reports, func(r news.OutletReport) bool { return r.StoryID == st.ID }) && len(out) < limit {
			out = append(out, st)
		}
	}
	return o, out, err
}

func (f *fakeReader) Image(ctx context.Context, key string) (string, []byte, error) {
	img, ok := f.images[key]
	if !ok {
		return "", nil, news.ErrNotFound
	}
	return img.ctype, img.data, nil
}

// Fixed times: the story broke late on a Saturday in UTC, which is
// already Sunday in the site's zone (UTC+1).
var (
	testZone = time.FixedZone("UTC+1", 60*60)
	testNow  = time.Date(2026, 2, 22, 18, 0, 0, 0, time.UTC)
)

// pngBytes is a small drawn picture of a river front, so that pages
// look as they will with a real lead image.
var pngBytes = drawRiverFront()

func drawRiverFront() []byte {
	const w, h = 960, 540
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	mix := func(a, b color.RGBA, t float64) color.RGBA {
		f := func(x, y uint8) uint8 { return uint8(float64(x) + (float64(y)-float64(x))*t) }
		return color.RGBA{f(a.R, b.R), f(a.G, b.G), f(a.B, b.B), 255}
	}
	sky, haze := color.RGBA{120, 150, 178, 255}, color.RGBA{222, 214, 196, 255}
	water, deep := color.RGBA{88, 112, 128, 255}, color.RGBA{44, 60, 72, 255}
	for y := 0; y < h; y++ {
		c := mix(sky, haze, float64(y)/300)
		if y >= 330 {
			c = mix(water, deep, float64(y-330)/float64(h-330))
		}
		for x := 0; x < w; x++ {
			img.Set(x, y, c)
		}
	}
	fill := func(r image.Rectangle, c color.RGBA) {
		draw.Draw(img, r, &image.Uniform{c}, image.Point{}, draw.Src)
	}
	// Buildings on the far bank, then the barrier wall along the water.
	for i, b := range []struct{ x, wd, ht int }{{40, 90, 120}, {140, 60, 170}, {210, 120, 95}, {350, 70, 210}, {430, 140, 130}, {590, 80, 180}, {690, 110, 110}, {820, 100, 150}} {
		shade := uint8(70 + 12*(i%4))
		fill(image.Rect(b.x, 300-b.ht, b.x+b.wd, 300), color.RGBA{shade, shade + 6, shade + 14, 255})
		for wy := 300 - b.ht + 14; wy < 290; wy += 22 {
			for wx := b.x + 10; wx < b.x+b.wd-12; wx += 20 {
				fill(image.Rect(wx, wy, wx+8, wy+10), color.RGBA{214, 196, 140, 255})
			}
		}
	}
	fill(image.Rect(0, 296, w, 334), color.RGBA{150, 146, 138, 255})
	fill(image.Rect(0, 296, w, 302), color.RGBA{186, 182, 172, 255})
	for x := 0; x < w; x += 64 {
		fill(image.Rect(x, 302, x+3, 334), color.RGBA{120, 116, 110, 255})
	}
	for y := 350; y < h; y += 26 {
		for x := (y * 7) % 90; x < w; x += 90 {
			fill(image.Rect(x, y, x+38, y+2), color.RGBA{140, 164, 178, 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

func newFixtureReader() *fakeReader {
	return &fakeReader{
		pages: map[string]news.Page{
			"river-barrier": riverBarrierPage(),
			"transit-fares": transitFaresPage(),
		},
		images: map[string]fakeImage{
			"barrier.png": {ctype: "image/png", data: pngBytes},
			"logo.svg":    {ctype: "image/svg+xml", data: []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`)},
		},
		fail: map[string]error{
			"broken": errors.New("database is locked: secret-detail-42"),
		},
		outlets: fixtureOutlets(),
		reports: fixtureOutletReports(),
	}
}

func testOptions(logs *bytes.Buffer) Options {
	return Options{
		Location: testZone,
		Now:      func() time.Time { return testNow },
		Logger:   slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
}

// newTestHandler returns the site over the fixtures, and the buffer its
// logs go to.
func newTestHandler(t *testing.T, r Reader, mod func(*Options)) (http.Handler, *bytes.Buffer) {
	t.Helper()
	var logs bytes.Buffer
	o := testOptions(&logs)
	if mod != nil {
		mod(&o)
	}
	return New(r, o), &logs
}

// get runs one GET against h and returns the recorded response.
func get(t *testing.T, h http.Handler, target string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func s(text string, cites ...int) news.Sentence { return news.Sentence{Text: text, Cites: cites} }

func riverBarrierPage() news.Page {
	return news.Page{
		StoryID:   "river-barrier",
		Headline:  "Harbor City council approves funding for Eastbank flood barrier",
		Language:  "en",
		Published: time.Date(2026, 2, 21, 23, 40, 0, 0, time.UTC),
		Updated:   time.Date(2026, 2, 22, 14, 5, 0, 0, time.UTC),
		LeadImage: &news.Image{
			URL:       "https://harborledger.example/img/barrier.jpg",
			LocalPath: "/images/barrier.png",
			Caption:   "Council members review plans for the Eastbank barrier",
			Credit:    "The Harbor Ledger",
			SourceRef: 1,
		},
		Byline: news.Byline{Desk: "The Unbiased Post desk", Articles: 6, Outlets: 5},
		Highlights: []news.Sentence{
			s("The Harbor City council voted 7 to 4 on Saturday to fund a flood barrier along the Eastbank river front.", 1, 2, 3),
			s("The barrier is expected to cost 84 million dollars over six years.", 2, 4),
			s("Construction is scheduled to begin in the spring of 2027.", 1, 4),
			s("Four council members said the plan should first go to a public vote.", 3, 5),
		},
		Lead: []news.Sentence{
			s("Harbor City's council approved money on Saturday night for a flood barrier meant to protect about 12,000 homes in the low-lying Eastbank district.", 1, 2, 4),
			s("The vote followed a session of more than three hours at City Hall.", 2, 3),
		},
		Sections: []news.Section{
			{
				Anchor: "the-vote",
				Title:  "The vote",
				Paragraphs: [][]news.Sentence{
					{
						s("Seven members backed the measure, which draws on the city's capital reserve and a state resilience grant.", 1, 2),
						s("Mayor Dana Ortiz called the barrier \"the most important thing this council will build this decade\".", 1),
					},
					{s("Residents spoke for and against the plan during a public comment period that ran past 10 p.m.", 2, 3, 5)},
				},
			},
			{
				Anchor: "cost-and-timeline",
				Title:  "Cost and timeline",
				Paragraphs: [][]news.Sentence{
					{
						s("City engineers put the cost at 84 million dollars, with about a third covered by the state grant.", 2, 4),
						s("Council member Ray Keane said the estimate did not include maintenance, which he put at 2 million dollars a year.", 3, 5),
					},
				},
			},
		},
		Outlook: news.Outlook{Sentences: []news.Sentence{
			s("City engineers said the barrier could reduce flood insurance costs for Eastbank households once it is finished.", 2, 4),
			s("Opponents said they would gather signatures to put the project on the November ballot.", 3, 5),
		}},
		Coverage: news.Coverage{
			ByLean: []news.LeanCount{
				{Lean: news.Left, Label: "Left", Count: 1, Percent: 20},
				{Lean: news.LeanLeft, Label: "Lean Left", Count: 1, Percent: 20},
				{Lean: news.Center, Label: "Center", Count: 2, Percent: 40},
				{Lean: news.LeanRight, Label: "Lean Right", Count: 0, Percent: 0},
				{Lean: news.Right, Label: "Right", Count: 1, Percent: 20},
				{Lean: news.Unrated, Label: "Unrated", Count: 0, Percent: 0},
			},
			Total: 5,
		},
		Framing: []news.Framing{
			{Side: "Left", Outlets: []string{"The Harbor Ledger", "Civic Report"}, Terms: []string{"climate resilience", "vulnerable neighborhoods"}, LoadedWords: []string{"long overdue"}},
			{Side: "Center", Outlets: []string{"Valley Courier", "Metro Wire"}, Terms: []string{"capital reserve", "state grant"}},
			{Side: "Right", Outlets: []string{"Northgate Tribune"}, Terms: []string{"taxpayers", "ballot"}, LoadedWords: []string{"boondoggle", "spending spree"}},
		},
		Sources: []news.Source{
			{Ref: 1, Outlet: "The Harbor Ledger", Lean: news.LeanLeft, LeanLabel: "Lean Left", Rater: "Open Lean Ratings", Title: "Council backs Eastbank flood barrier", URL: "https://harborledger.example/news/barrier-vote", Published: time.Date(2026, 2, 21, 23, 40, 0, 0, time.UTC)},
			{Ref: 2, Outlet: "Valley Courier", Lean: news.Center, LeanLabel: "Center", Rater: "Open Lean Ratings", Title: "Flood barrier approved after long session", URL: "https://valleycourier.example/2026/02/22/barrier", Published: time.Date(2026, 2, 22, 0, 15, 0, 0, time.UTC)},
			{Ref: 3, Outlet: "Northgate Tribune", Lean: news.Right, LeanLabel: "Right", Rater: "Open Lean Ratings", Title: "Split council approves 84 million barrier", URL: "https://northgate.example/barrier", Published: time.Date(2026, 2, 22, 1, 2, 0, 0, time.UTC)},
			{Ref: 4, Outlet: "Metro Wire", Lean: news.Center, LeanLabel: "Center", Rater: "Open Lean Ratings", Title: "Harbor City funds Eastbank flood barrier", URL: "https://metrowire.example/a/7781", Published: time.Date(2026, 2, 22, 2, 30, 0, 0, time.UTC)},
			{Ref: 5, Outlet: "Civic Report", Lean: news.Left, LeanLabel: "Left", Rater: "Open Lean Ratings", Title: "Eastbank gets its barrier, with a fight ahead", URL: "http://civicreport.example/eastbank", Published: time.Date(2026, 2, 22, 9, 0, 0, 0, time.UTC)},
			{Ref: 6, Outlet: "Bayside Daily", Lean: news.Unrated, LeanLabel: "Unrated", Title: "Harbor City funds Eastbank flood barrier", URL: "https://baysidedaily.example/wire/7781", Published: time.Date(2026, 2, 22, 3, 10, 0, 0, time.UTC), CopyOf: 4},
		},
	}
}

func transitFaresPage() news.Page {
	at := time.Date(2026, 2, 20, 8, 30, 0, 0, time.UTC)
	return news.Page{
		StoryID:   "transit-fares",
		Headline:  "Regional transit board proposes 15-cent fare increase",
		Published: at,
		Updated:   at,
		Byline:    news.Byline{Desk: "The Unbiased Post desk", Articles: 5, Outlets: 5},
		Highlights: []news.Sentence{
			s("The regional transit board proposed raising the base fare from 2.50 to 2.65 dollars.", 1, 2),
			s("The increase would take effect on July 1 if the board approves it in May.", 1, 3),
			s("The board said fuel and wage costs rose by 9 percent last year.", 2, 4),
		},
		Lead: []news.Sentence{
			s("The regional transit board on Friday proposed its first fare increase in four years, citing higher fuel and wage costs.", 1, 2, 3),
		},
		Sections: []news.Section{
			{
				Anchor: "the-proposal",
				Title:  "The proposal",
				Paragraphs: [][]news.Sentence{{
					s("Under the plan, monthly passes would rise from 90 to 96 dollars.", 1, 3),
					s("Reduced fares for students and older riders would not change.", 2),
				}},
			},
			{
				Anchor: "reaction",
				Title:  "Reaction",
				Paragraphs: [][]news.Sentence{{
					s("A riders' association said it would speak at the board's public hearing on March 12.", 3, 4),
				}},
			},
		},
		Outlook: news.Outlook{None: news.NoOutlook},
		Coverage: news.Coverage{
			ByLean: []news.LeanCount{
				{Lean: news.Left, Label: "Left", Count: 0, Percent: 0},
				{Lean: news.LeanLeft, Label: "Lean Left", Count: 0, Percent: 0},
				{Lean: news.Center, Label: "Center", Count: 1, Percent: 20},
				{Lean: news.LeanRight, Label: "Lean Right", Count: 2, Percent: 40},
				{Lean: news.Right, Label: "Right", Count: 2, Percent: 40},
			},
			Total:          5,
			BlindSpot:      news.SideRight,
			BlindSpotLabel: "Blind spot: covered almost only by outlets on the right",
		},
		Sources: []news.Source{
			{Ref: 1, Outlet: "Northgate Tribune", Lean: news.Right, LeanLabel: "Right", Rater: "Open Lean Ratings", Title: "Transit riders face fare hike", URL: "https://northgate.example/fares", Published: at},
			{Ref: 2, Outlet: "Plains Herald", Lean: news.LeanRight, LeanLabel: "Lean Right", Rater: "Open Lean Ratings", Title: "Transit board proposes higher fares", URL: "https://plainsherald.example/fares", Published: at.Add(40 * time.Minute)},
			{Ref: 3, Outlet: "Valley Courier", Lean: news.Center, LeanLabel: "Center", Rater: "Open Lean Ratings", Title: "Fare increase proposed for July", URL: "https://valleycourier.example/fares", Published: at.Add(2 * time.Hour)},
			{Ref: 4, Outlet: "County Sentinel", Lean: news.LeanRight, LeanLabel: "Lean Right", Rater: "Open Lean Ratings", Title: "Riders' group to fight fare plan", URL: "https://countysentinel.example/fares", Published: at.Add(3 * time.Hour)},
			{Ref: 5, Outlet: "Eagle Dispatch", Lean: news.Right, LeanLabel: "Right", Rater: "Open Lean Ratings", Title: "Fares going up again", URL: "https://eagledispatch.example/fares", Published: at.Add(5 * time.Hour)},
		},
	}
}
