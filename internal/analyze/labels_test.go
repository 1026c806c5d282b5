package analyze

import (
	"reflect"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

func TestStanceLabels(t *testing.T) {
	for s, want := range map[string][]string{
		"The council passed two anti-harbour bills on Monday.":            {"anti-harbour"},
		"Pro-Tarrow crowds met the anti-levy marchers at the quay.":       {"anti-levy"},
		"Pro-gun and anti-war crowds met at the quay.":                    {"pro-gun", "anti-war"},
		`Marsh signed the "anti-riot" bill, which she called overdue.`:    nil,
		"Marsh signed the bill, which an anti-levy group had fought for.": {"anti-levy"},
		"The professor and the antique dealer met at the pier.":           nil,
	} {
		if got := StanceLabels(s); !reflect.DeepEqual(got, want) {
			t.Errorf("StanceLabels(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestContestedLabels: a stance label stands in the desk's voice only
// when reports of the left and of the right both use it; one that only
// one side uses, or that no report of one side can confirm, is the
// side's way of telling the story and stays attributed.
func TestContestedLabels(t *testing.T) {
	report := func(id int64, lean news.Lean, title, body string) news.ArticleRef {
		return news.ArticleRef{
			Article: news.Article{ID: id, OutletID: id, URL: "https://o" + string(rune('a'+id)) + ".example/a", Title: title, Text: body, Language: "en",
				Published: day.Add(time.Duration(id) * time.Hour)},
			Outlet: news.Outlet{ID: id, Slug: "o" + string(rune('a'+id)), Name: "Outlet " + string(rune('A'+id)), Rating: news.Rating{Lean: lean}},
		}
	}
	arts := []news.ArticleRef{
		report(1, news.Left, "Governor signs anti-harbour bills", "Governor Lena Marsh signed two anti-harbour bills into law on Monday, and pro-levy crowds cheered outside."),
		report(2, news.Center, "Marsh signs harbour bills", "Governor Lena Marsh signed two anti-harbour bills into law on Monday after a long debate in Dunmere."),
		report(3, news.Right, "Marsh signs bills protecting the harbour", "Governor Lena Marsh signed two bills to protect the harbour on Monday as pro-levy crowds cheered."),
	}
	a := Analyze(arts)
	if want := []string{"anti-harbour"}; !reflect.DeepEqual(a.Contested, want) {
		t.Errorf("Contested = %q, want %q", a.Contested, want)
	}
	for s, want := range map[string][]string{
		"Two anti-harbour bills passed as pro-levy crowds cheered.": {"anti-harbour"},
		`The "anti-harbour" bills passed.`:                          nil,
	} {
		if got := ContestedIn(a.Contested, s); !reflect.DeepEqual(got, want) {
			t.Errorf("ContestedIn(%q) = %q, want %q", s, got, want)
		}
	}
	// with no report from the right, no label is confirmed
	if got := Analyze(arts[:2]).Contested; !reflect.DeepEqual(got, []string{"anti-harbour", "pro-levy"}) {
		t.Errorf("Contested without the right = %q", got)
	}
}

func TestDropLabels(t *testing.T) {
	contested := []string{"anti-harbour", "anti-levy", "pro-levy"}
	for in, want := range map[string]string{
		"Marsh signed two anti-harbour bills on Monday.":            "Marsh signed two bills on Monday.",
		"Marsh signed the anti-harbour and pro-levy bills.":         "Marsh signed the anti-harbour and pro-levy bills.",
		"Marsh signed an anti-levy bill on Monday.":                 "Marsh signed an anti-levy bill on Monday.",
		"Marsh signed the anti-harbour bills on Monday.":            "Marsh signed the anti-harbour bills on Monday.",
		"Marsh signed a pro-levy bill on Monday.":                   "Marsh signed a bill on Monday.",
		"Marsh said the bills were anti-harbour.":                   "Marsh said the bills were anti-harbour.",
		`Marsh signed the "anti-harbour bills" on Monday.`:          `Marsh signed the "anti-harbour bills" on Monday.`,
		"Anti-levy marchers met at the quay.":                       "Anti-levy marchers met at the quay.",
		"Marsh signed two anti-war bills on Monday.":                "Marsh signed two anti-war bills on Monday.",
		"Crowds of anti-levy marchers and anti-harbour groups met.": "Crowds of marchers and anti-harbour groups met.",
	} {
		if got := DropLabels(in, contested); got != want {
			t.Errorf("DropLabels(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDropModifiers: a label that places people at an end of politics,
// or an adjective that judges, goes from before the noun it describes,
// where the noun can stand without it; elsewhere it stays, and so does
// the loaded word.
func TestDropModifiers(t *testing.T) {
	for in, want := range map[string]string{
		"Hundreds of far-right marchers met at the quay on Saturday.": "Hundreds of marchers met at the quay on Saturday.",
		"Lowe, a hard-left councillor, voted against the levy.":       "Lowe, a councillor, voted against the levy.",
		"The far-right group met at the quay.":                        "The far-right group met at the quay.",
		"Far-right marchers met at the quay.":                         "Far-right marchers met at the quay.",
		"A far-right activist met the mayor.":                         "A far-right activist met the mayor.",
		"Lowe leads the far right of the party.":                      "Lowe leads the far right of the party.",
		`Marsh called them "far-right marchers" on Monday.`:           `Marsh called them "far-right marchers" on Monday.`,
		"Crowds of ultraconservative and hard-left marchers met.":     "Crowds of ultraconservative and hard-left marchers met.",
		// the other side's label goes with it: both sides alike
		"Hundreds of far-right marchers and anti-fascist counter-marchers filled the quay.": "Hundreds of marchers and counter-marchers filled the quay.",
		"Far-right groups faced off with anti-fascist marchers at the quay.":                "Far-right groups faced off with anti-fascist marchers at the quay.",
		"Crowds of far-right marchers met left-wing and right-wing councillors.":            "Crowds of marchers met left-wing and right-wing councillors.",
		"Crowds of far-right marchers faced off with anti-fascist marchers.":                "Crowds of marchers faced off with marchers.",
		"Anti-fascist marchers met at the quay.":                                            "Anti-fascist marchers met at the quay.",
		// a judging adjective goes from before its noun, after "the" too
		"A court denied a request to restore a controversial, temporary ferry ban.": "A court denied a request to restore a temporary ferry ban.",
		"Marsh defended her controversial ferry ban on Monday.":                     "Marsh defended her ferry ban on Monday.",
		"The notorious smuggler was arrested at the quay.":                          "The smuggler was arrested at the quay.",
		"Crews cleared the wreck of a horrific crash on the quay.":                  "Crews cleared the wreck of a crash on the quay.",
		"Rot could have potentially disastrous effects on the pier.":                "Rot could have potentially disastrous effects on the pier.",
		"The shameful state of the pier is the result of cuts.":                     "The shameful state of the pier is the result of cuts.",
		"Marsh called the ban controversial.":                                       "Marsh called the ban controversial.",
		"Controversial plans were dropped.":                                         "Controversial plans were dropped.",
		// a loaded title before a name goes, with its article and side
		"The ferry line is banning right-wing conspiracy theorist Lena Marsh and her show.": "The ferry line is banning Lena Marsh and her show.",
		"Crowds cheered the firebrand Paul Lowe at the quay.":                               "Crowds cheered Paul Lowe at the quay.",
		"Far-right extremist Paul Lowe was jailed.":                                         "Paul Lowe was jailed.",
		"Lowe is a conspiracy theorist who runs a show.":                                    "Lowe is a conspiracy theorist who runs a show.",
		`Marsh called him "the firebrand Paul Lowe" on Monday.`:                             `Marsh called him "the firebrand Paul Lowe" on Monday.`,
	} {
		if got := DropModifiers(in); got != want {
			t.Errorf("DropModifiers(%q) = %q, want %q", in, got, want)
		}
		if got := DropModifiers(in); got != in && len(Loaded(got)) > 0 {
			t.Errorf("DropModifiers(%q) = %q still holds %q", in, got, Loaded(got))
		}
	}
}

func TestPlainSpeech(t *testing.T) {
	for in, want := range map[string]string{
		"Lowe insisted that the pier was safe.":                 "Lowe said that the pier was safe.",
		"Lowe has insisted he is not resigning.":                "Lowe has said he is not resigning.",
		"The pier, she claimed, was safe.":                      "The pier, she said, was safe.",
		"The board insists it can pay for the repairs.":         "The board says it can pay for the repairs.",
		"Crews insist there is no rot.":                         "Crews say there is no rot.",
		"Lowe insisted on Monday that the pier was safe.":       "Lowe said on Monday that the pier was safe.",
		"Marsh sued the board, claiming that it broke the law.": "Marsh sued the board, saying that it broke the law.",
		"The pier was safe, Lowe insisted.":                     "The pier was safe, Lowe said.",
		// the verb's object, not what was said: the verb stays
		"The Dunmere Front claimed responsibility for the fire.": "The Dunmere Front claimed responsibility for the fire.",
		"Crews insisted on a second survey.":                     "Crews insisted on a second survey.",
		"Lowe claimed to have won the vote.":                     "Lowe claimed to have won the vote.",
		"Marsh claimed the board ignored her.":                   "Marsh claimed the board ignored her.",
		// a demand, not a statement: "insist" stays
		"Lowe rose to insist that the board pay for the pier.":         "Lowe rose to insist that the board pay for the pier.",
		"Lowe insisted that the board should pay for the pier.":        "Lowe insisted that the board should pay for the pier.",
		"Lowe insisted that the board had agreed to pay for the pier.": "Lowe said that the board had agreed to pay for the pier.",
		// words quoted stay as they were said
		`Marsh said the board "insisted that we leave" the quay.`: `Marsh said the board "insisted that we leave" the quay.`,
	} {
		if got := PlainSpeech(in); got != want {
			t.Errorf("PlainSpeech(%q) = %q, want %q", in, got, want)
		}
	}
}
