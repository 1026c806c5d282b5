package write

import (
	"slices"
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestTimePrefixBacksClaim: "ex-harbour master" in one report names
// whom "former harbour master" names in another, so the fact stands in
// the desk's own voice, cited to both.
func TestTimePrefixBacksClaim(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "",
			"The former harbour master of Dunmere resigned from the pier board on Monday.\n\nThe board meets again in May."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "",
			"Dunmere's ex-harbour master quit the pier board this week, ferry crews said.\n\nCrews asked for a new survey."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	ForEachSentence(p, func(_ string, s news.Sentence) {
		if strings.Contains(s.Text, "harbour master") && s.AttributedTo == "" && slices.Equal(s.Cites, []int{1, 2}) {
			found = true
		}
	})
	if !found {
		t.Errorf("the resignation is not stated in the desk's voice cited to both:\n%s", PlainText(p))
	}
}
