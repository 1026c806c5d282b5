package extract

import (
	"errors"
	"strings"
	"testing"
)

// shortPage is an article page whose body is the given paragraphs.
func shortPage(paras ...string) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Harbour news</title></head><body><article><h1>Harbour news</h1>`)
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`</article></body></html>`)
	return []byte(b.String())
}

// TestExtractSiteNotice: a page whose only text is the site speaking to
// its reader (a sign-in wall, a player's message, a social widget) is
// no report; a short report that quotes someone saying "you", or a
// columnist's "you", is.
func TestExtractSiteNotice(t *testing.T) {
	for _, paras := range [][]string{
		{"See more of Harbour FM on Facebook"},
		{"This video is not available in your region.", "Please try again later."},
		{"Sign in to keep reading.", "You can cancel your subscription at any time."},
		{"Your comment is awaiting moderation.", "Comments are reviewed by the desk.", "Log in to see your profile."},
		// a web archive's note on what it collected, past MinWords
		{"The seed for this crawl was a list of the home pages of every harbour authority's website in the region, with the pages they link to and the pages those pages link to in turn.",
			"Pages on other sites were kept when a link from a seed page pointed to them, so that a reader can follow a link from a harbour notice to the timetable or the ferry company's page that it named at the time.",
			"Sites that asked not to be crawled were left out of the collection, and so were pages behind a sign-in.",
			"The crawl ran once a month from the spring onwards."},
	} {
		r, err := Extract(shortPage(paras...), "https://harbour-fm.example/news/1")
		if !errors.Is(err, ErrSiteNotice) {
			t.Errorf("%q: Extract = %+v, %v; want ErrSiteNotice", paras, r, err)
		}
	}
	for _, paras := range [][]string{
		{`"You cannot run a ferry on goodwill," said Lena Marsh, who chairs the harbour board.`, "The board voted to raise fares by 5% from May."},
		{"Imagine you took your boat to the yard and the yard would not say what the repairs cost.", "That is how the harbour's pilots say the board has treated them."},
		{"The harbour board will meet on Tuesday to vote on the ferry timetable."},
		// a report of a web outage, which tells when it happened
		{"Dozens of websites, among them the harbour board's own site and the ferry company's booking pages, were down for two hours on Tuesday morning.",
			"Visitors to the sites saw error pages instead of timetables, and the links in the board's notices led nowhere.",
			"The board's spokesman, Paul Lowe, said a fault at a hosting company had taken the sites offline and that no data had been lost."},
		// a report of an archive's news, in which someone speaks
		{"The Tarrow city archive will open its collection of harbour records to the public in May, its keeper, Ruth Orr, said.",
			"The archive holds ledgers and letters from three centuries of the port's trade."},
	} {
		r, err := Extract(shortPage(paras...), "https://harbour-fm.example/news/2")
		if err != nil || r.Text == "" {
			t.Errorf("%q: Extract = %+v, %v; want the report's text", paras, r, err)
		}
	}
}
