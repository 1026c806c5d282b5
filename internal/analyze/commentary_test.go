package analyze

import (
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestCommentary: a report that its outlet files as opinion, by its
// address or its title, is commentary, and so is a long text that
// judges throughout and speaks for itself; a report of news, a short
// text, a guide that speaks to its reader, a slanted report that judges
// in loaded words but speaks for no one, or a report of an opinion poll
// is not.
func TestCommentary(t *testing.T) {
	newsText := strings.Repeat("The Dunmere council voted 7-2 on Monday to close the east pier for repairs.\n\n"+
		"Divers found rot in nine of the pier's wooden piles, the harbour master said.\n\n", 5)
	essay := "We have all walked the east pier on a summer evening.\n\n" +
		"Our town has let it crumble for years.\n\n" +
		"Clearly the council cared more for the marina than for its people.\n\n" +
		"I remember when the pier was full every night.\n\n" +
		"The council voted on Monday to close it.\n\n" +
		"Divers found rot in nine of the wooden piles.\n\n" +
		"We should ask why no one looked sooner.\n\n" +
		"Of course, the answer is money.\n\n" +
		"The pier opened in 1911.\n\n" +
		"Let's hope it opens again."
	opinionURL := report(3, 3, news.Center, 2, newsText)
	opinionURL.URL = "https://tarrow-ledger.example/opinion/2031/05/the-pier"
	opinionTitle := report(4, 4, news.Center, 3, newsText)
	opinionTitle.Title = "Opinion | The pier deserved better"
	guide := "If you walk the east pier, you will see the fence.\n\n" +
		"You can still reach the west quay by the harbour road.\n\n" +
		"The council voted on Monday to close the pier.\n\n" +
		"If you take the ferry, you board at the west quay from Wednesday.\n\n" +
		"Divers found rot in nine of the wooden piles.\n\n" +
		"You may still fish from the north wall.\n\n" +
		"The pier opened in 1911.\n\n" +
		"Repairs are expected to cost $2.4 million."
	slanted := "The council rammed through a radical plan to close the east pier.\n\n" +
		"It is a disastrous decision that will wipe out the ferry trade.\n\n" +
		"The job-killing closure hits on Monday.\n\n" +
		"Critics slammed the reckless vote.\n\n" +
		"The mayor's scheme leaves the anglers nowhere to go.\n\n" +
		"Divers found rot in nine of the wooden piles.\n\n" +
		"The pier opened in 1911.\n\n" +
		"Repairs are expected to cost $2.4 million."
	poll := report(8, 8, news.Center, 7, newsText)
	poll.URL = "https://tarrow-ledger.example/news/opinion-poll-puts-marsh-ahead"
	poll.Title = "Opinion poll puts Marsh ahead in Dunmere"
	short := report(5, 5, news.Center, 4, "We should ask why no one looked sooner.\n\nOur town has let it crumble.\n\nThe pier opened in 1911.")
	a := Analyze([]news.ArticleRef{report(1, 1, news.Center, 0, newsText), report(2, 2, news.Left, 1, essay), opinionURL, opinionTitle, short,
		report(6, 6, news.Right, 5, guide), report(7, 7, news.Right, 6, slanted), poll})
	want := map[int64]bool{1: false, 2: true, 3: true, 4: true, 5: false, 6: false, 7: false, 8: false}
	for _, r := range a.Reports {
		if r.Commentary != want[r.ID] {
			t.Errorf("report %d (%s, %q): commentary %v, want %v", r.ID, r.URL, r.Title, r.Commentary, want[r.ID])
		}
	}
}
