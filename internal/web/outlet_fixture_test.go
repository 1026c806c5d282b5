package web

import (
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// fixtureOutlets are the outlets of the fixture pages' sources, and one
// that has reported nothing yet.
func fixtureOutlets() []news.Outlet {
	rated := func(l news.Lean) news.Rating {
		return news.Rating{Lean: l, Rater: "Open Lean Ratings", RatedAt: time.Date(2026, 1, 12, 10, 0, 0, 0, time.UTC)}
	}
	return []news.Outlet{
		{Slug: "harbor-ledger", Name: "The Harbor Ledger", Homepage: "https://www.harborledger.example/", Language: "en", Rating: rated(news.LeanLeft)},
		{Slug: "valley-courier", Name: "Valley Courier", Homepage: "https://valleycourier.example/", Language: "en", Rating: rated(news.Center)},
		{Slug: "northgate-tribune", Name: "Northgate Tribune", Homepage: "https://northgate.example/", Rating: rated(news.Right)},
		{Slug: "metro-wire", Name: "Metro Wire", Homepage: "https://metrowire.example/", Rating: rated(news.Center)},
		{Slug: "civic-report", Name: "Civic Report", Homepage: "javascript:alert(1)", Rating: rated(news.Left)},
		{Slug: "plains-herald", Name: "Plains Herald", Rating: rated(news.LeanRight)},
		{Slug: "bayside-daily", Name: "Bayside Daily", Homepage: "https://baysidedaily.example/", Rating: news.Rating{Lean: news.Unrated}},
		{Slug: "eastfield-gazette", Name: "Eastfield Gazette", Language: "fr", Rating: rated(news.LeanRight)},
	}
}

// fixtureOutletReports are the outlets' reports, newest first: those the
// fixture pages cite, with their stories, and some that are part of no
// published story.
func fixtureOutletReports() map[string][]news.OutletReport {
	barrier, fares := riverBarrierPage(), transitFaresPage()
	in := func(p news.Page, ref int) news.OutletReport {
		src := p.Sources[ref-1]
		return news.OutletReport{Title: src.Title, URL: src.URL, Published: src.Published, StoryID: p.StoryID, StoryHeadline: p.Headline}
	}
	return map[string][]news.OutletReport{
		"harbor-ledger": {
			in(barrier, 1),
			{Title: "Ferry keeps its winter timetable until April", URL: "https://harborledger.example/news/ferry-timetable", Published: time.Date(2026, 2, 20, 7, 15, 0, 0, time.UTC)},
			{Title: "", URL: "https://harborledger.example/news/untitled", Published: time.Date(2026, 2, 18, 16, 0, 0, 0, time.UTC)},
		},
		"valley-courier":    {in(barrier, 2), in(fares, 3)},
		"northgate-tribune": {in(barrier, 3), in(fares, 1)},
		"metro-wire":        {in(barrier, 4)},
		"civic-report":      {in(barrier, 5)},
		"plains-herald":     {in(fares, 2)},
		"bayside-daily":     {in(barrier, 6)},
	}
}
