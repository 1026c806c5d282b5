package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

func TestTidyEdges(t *testing.T) {
	body := "The council voted on Tuesday to fund the footbridge over the Mill Race after a long debate."
	published := time.Date(2018, 1, 22, 9, 0, 0, 0, time.UTC)
	teasers := []string{"Harbour wall to be rebuilt next spring", "Work starts in April.", "Lifeboat crew honoured for rescue", "Bus fares rise in March"}
	links := map[string]float64{
		wordKey(teasers[0]): 1, wordKey(teasers[1]): 0, wordKey(teasers[2]): 1, wordKey(teasers[3]): 0.9,
		wordKey("calendario stock car, stock car brasil"):  0.95,
		wordKey("Mill Race footbridge plans and drawings"): 1,
		wordKey("Local news"):                              1,
	}
	h := hints{
		title:     "Council funds footbridge",
		headlines: []string{"Council funds Mill Race footbridge", "The Daily Ledger"},
		published: published,
		links:     links,
	}
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"the h1 form of the headline after the site name", []string{"The Daily Ledger", "Council funds Mill Race footbridge", body}, []string{body}},
		{"a byline whose name a script fills", []string{"By", body}, []string{body}},
		{"a date line in another language", []string{"segunda-feira, 22 de janeiro de 2018 às 0:13", body}, []string{body}},
		{"a date and byline line", []string{"22/01/2018 - Publicado por: Ana Lima - Categoria: Cidade", body}, []string{body}},
		{"a labelled date", []string{"UPDATED: Tue., Nov. 19, 2019", body}, []string{body}},
		{"a sentence that mentions the date stays", []string{"On 22 January 2018 the council met. It voted to fund the footbridge.", body}, []string{"On 22 January 2018 the council met. It voted to fund the footbridge.", body}},
		{"promotions anywhere", []string{body, "Get the day's top headlines delivered to your inbox every morning by subscribing to our newsletter.", body, "Get Motor Cycle Monthly through your letterbox. Click here for more information."}, []string{body, body}},
		{"a closing run of teasers", append([]string{body, body, body, body, body}, teasers...), []string{body, body, body, body, body}},
		{"after a short story, two teasers or more go whatever their length", append([]string{body}, teasers...), []string{body}},
		{"a section's link above the story", []string{"Local news", body}, []string{body}},
		{"a short first line that is no link stays", []string{"Dunmere update", body}, []string{"Dunmere update", body}},
		{"one teaser that would take more than a third stays", []string{body, teasers[0], teasers[1]}, []string{body, teasers[0], teasers[1]}},
		{"a tail label and its links", []string{body, body, "Tags", "calendario stock car, stock car brasil", "Comments are moderated."}, []string{body, body, "Comments are moderated."}},
		{"a tail label alone", []string{body, body, "Explore further", "More information: Smith et al., Journal of Bridges (2019)."}, []string{body, body, "More information: Smith et al., Journal of Bridges (2019)."}},
		{"tail lines", []string{body, body, body, body, "Write to Ann Lee at ann.lee@ledger.example", "Follow The Ledger on Twitter and Facebook.", "Filed under: Council |", "SOURCE: News agencies"}, []string{body, body, body, body}},
		{"an address of the story's own stays", []string{body, body, "Send your photos to photos@ledger.example"}, []string{body, body, "Send your photos to photos@ledger.example"}},
		{"a link paragraph inside the body stays", []string{body, "Mill Race footbridge plans and drawings", body}, []string{body, "Mill Race footbridge plans and drawings", body}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tidy(tt.in, h)); diff != "" {
				t.Errorf("tidy (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLinkShares(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<p>Council funds footbridge after <a href="/d">long debate</a></p>
		<ul><li><a href="/a">Harbour wall rebuilt</a></li><li>Plain item</li></ul><p><a href="/x">Same</a></p><p>Same</p>`))
	if err != nil {
		t.Fatal(err)
	}
	got := linkShares(doc)
	want := map[string]float64{
		"council funds footbridge after long debate": 10.0 / 37, // letters, not spaces
		"harbour wall rebuilt":                       1,
		"plain item":                                 0,
		"same":                                       0, // the smaller share of a repeated text
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("linkShares (-want +got):\n%s", diff)
	}
}
