package write

import (
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
)

// TestInHeadlineStyle: a headline does without the articles a sentence
// needs, but keeps those a phrase needs for its sense, anything quoted,
// a name that may open with "The", and the name of the outlet it is
// attributed to; and it never becomes an outlet's title word for word.
func TestInHeadlineStyle(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	for h, want := range map[string]string{
		"A harbour diver found rot in the piles of the east pier":                               "Harbour diver finds rot in piles of east pier",
		"The council voted to close an old pier, Lowland Press reports":                         "Council votes to close old pier, Lowland Press reports",
		"The Hague court ruled against the harbour trust":                                       "The Hague court ruled against harbour trust",
		"The Dunmere council voted to close the pier":                                           "Dunmere council votes to close pier",
		"A Dunmere judge ordered the board to reopen the pier":                                  "Dunmere judge orders board to reopen pier",
		"Lowe said that the pier is safe":                                                       "Lowe says pier is safe",
		"More than 400 riders have complained so far":                                           "More than 400 riders have complained so far",
		"Harbour police have used tear gas on the crowd":                                        "Harbour police use tear gas on crowd",
		"Tarrow council sued the ferry operator":                                                "Tarrow council sues ferry operator",
		"Lowe used to run the ferry company":                                                    "Lowe used to run ferry company",
		"Dunmere council has taken the east pier out of service":                                "Dunmere council takes east pier out of service",
		"Ferry crews have arrived in Tarrow":                                                    "Ferry crews arrive in Tarrow",
		"Lena Marsh has reportedly resigned":                                                    "Lena Marsh reportedly resigns",
		"The harbour board is permanently banning night ferries":                                "Harbour board permanently bans night ferries",
		"Hundreds of riders flooded the quay":                                                   "Hundreds of riders flood quay",
		"Lowe signed into law two harbour bills":                                                "Lowe signs into law two harbour bills",
		"Brandt issued rules on how the quay will open":                                         "Brandt issues rules on how quay will open",
		"Tarrow council has set the fares":                                                      "Tarrow council sets fares",
		"Lena Marsh has said that she will stand again":                                         "Lena Marsh says she will stand again",
		"Lena Marsh said she has no plans to reopen piers and quays closed since she took over": "Lena Marsh says she has no plans to reopen piers and quays closed since she took over",
		"The harbour added 400 berths while the ferry fares rose 2%":                            "Harbour adds 400 berths while ferry fares rise 2%",
		"Brandt said that fares would rise in May":                                              "Brandt says that fares will rise in May",
		"The harbour board is weighing a ferry levy":                                            "Harbour board weighs ferry levy",
		"Ferry crews are preparing to strike":                                                   "Ferry crews prepare to strike",
		"Ferry crews around the coast are preparing to strike":                                  "Ferry crews around coast prepare to strike",
		"Dunmere, Tarrow and Kell crews launched a joint search":                                "Dunmere, Tarrow and Kell crews launch joint search",
		"Dunmere, the port town, closed its pier":                                               "Dunmere, port town, closed its pier",
		"Lena Marsh, who led the harbour board for 20 years, died at 84":                        "Lena Marsh, who led harbour board for 20 years, dies at 84",
		"A Tarrow man is being held after the fire":                                             "Tarrow man held after fire",
		"Special inspectors overseeing the pier are banning night ferries":                      "Special inspectors overseeing pier ban night ferries",
		"Brandt said a few ferries will run twice a week from the west quay":                    "Brandt says a few ferries will run twice a week from west quay",
		"The council called the closure \"a matter of the public's safety\"":                    "Council calls closure \"a matter of the public's safety\"",
		"Orr asked for the same audit at the time of the vote":                                  "Orr asked for the same audit at the time of vote",
		"The ferry moves to the west quay":                                                      "Ferry moves to west quay",
		"In a rare statement, the harbour board disputed the report":                            "In rare statement, harbour board disputes report",
		"For the second time in a week, Tarrow crews closed the quay":                           "For second time in a week, Tarrow crews close quay",
		"In 2009, the harbour board closed the quay":                                            "In 2009, harbour board closed quay",
		"At least one diver found rot in 14 piles, closing the quay":                            "At least one diver finds rot in 14 piles, closing quay",
		"Such a bill lands on all the taxpayers":                                                "Such a bill lands on all the taxpayers",
		"The old harbour fees are a thing of the past":                                          "Old harbour fees are a thing of the past",
		"Brandt walked through the harbour like a ghost":                                        "Brandt walked through harbour like a ghost",
		"The old levy on the quay may be a faulty one":                                          "Old levy on quay may be a faulty one",
		"Lena Marsh was one of the featured speakers at the quay":                               "Lena Marsh was one of the featured speakers at quay",
		"Any claim that the levy is tied to the pier may be wrong":                              "Any claim that the levy is tied to pier may be wrong",
		"Lowe warns that the Dunmere board will close the pier":                                 "Lowe warns that Dunmere board will close pier",
		"Marsh is the one pilot the board trusts":                                               "Marsh is the one pilot board trusts",
		"The pier shuts": "The pier shuts", // two words would be left
		"Council closes rotting east pier as the repair bill reaches $2.4 million": "Council closes rotting east pier as the repair bill reaches $2.4 million", // a report's title
	} {
		if got := d.inHeadlineStyle(h); got != want {
			t.Errorf("inHeadlineStyle(%q)\n got %q\nwant %q", h, got, want)
		}
	}
}

// TestHeadlineVerb: the verb of a headline's main clause goes without
// the auxiliary a headline leaves out, and "will" is "to"; a verb
// inside what someone said, a negation, a tense whose participle is not
// its past, and a clause whose subject is a pronoun keep theirs.
func TestHeadlineVerb(t *testing.T) {
	for h, want := range map[string]string{
		"Two Dunmere men were arrested for stealing ferry tickets":        "Two Dunmere men arrested for stealing ferry tickets",
		"Lena Marsh has been named harbour master":                        "Lena Marsh named harbour master",
		"Dunmere council has voted to close the east pier":                "Dunmere council voted to close the east pier",
		"Chief pilot at Dunmere Harbour Board (DHB) has resigned":         "Chief pilot at Dunmere Harbour Board (DHB) resigned",
		"Dunmere council has taken the east pier out of service":          "Dunmere council has taken the east pier out of service",
		"The harbour board is expected to approve the repairs":            "The harbour board expected to approve the repairs",
		"Dunmere council will vote on the repairs next week":              "Dunmere council to vote on the repairs next week",
		"Dunmere council will not vote on the repairs":                    "Dunmere council will not vote on the repairs",
		"Drugmaker Kellcorp Therapeutics is to cut its list price by 65%": "Drugmaker Kellcorp Therapeutics to cut its list price by 65%",
		"The board's aim is to cut ferry fares":                           "The board's aim is to cut ferry fares",
		"Lowe was not charged after the crash":                            "Lowe was not charged after the crash",
		"Brandt said the ferry will move to the west quay":                "Brandt said the ferry will move to the west quay",
		"Councillors announced they will ask for an audit":                "Councillors announced they will ask for an audit",
		"The will of the harbour trust was ignored":                       "The will of the harbour trust was ignored",
		"Dunmere's will for the pier was read out":                        "Dunmere's will for the pier was read out",
		"He was arrested at the quay":                                     "He was arrested at the quay",
		"Repairs to the pier are costing more than planned":               "Repairs to the pier costing more than planned",
		"Ferry crews are preparing to strike":                             "Ferry crews preparing to strike",
		"A Tarrow man is being held after the fire":                       "A Tarrow man held after the fire",
		"The harbour board's worry is funding":                            "The harbour board's worry is funding",
		"Lowe is not running again":                                       "Lowe is not running again",
		"The pier's keeper, Ilse Brandt, was named in the harbour report": "The pier's keeper, Ilse Brandt, was named in the harbour report",
	} {
		words, _, _ := withoutAuxiliary(strings.Fields(h))
		if got := strings.Join(words, " "); got != want {
			t.Errorf("withoutAuxiliary(%q)\n got %q\nwant %q", h, got, want)
		}
	}
}

// TestHeadlinePresent: a headline tells what happened in the present,
// with the verb's form for one or many; where the past may be a
// participle, where a second clause stays in the past, where reported
// words are told in the past, or where the form or the number is in
// doubt, the headline keeps its past.
func TestHeadlinePresent(t *testing.T) {
	story := storyWords{lower: map[string]bool{"reviewers": true}, surname: map[string]bool{"Harris": true, "Waters": true}}
	for h, want := range map[string]string{
		"Harbour board opened inquiry into ferry deal":                     "Harbour board opens inquiry into ferry deal",
		"Dunmere divers found rot in east pier":                            "Dunmere divers find rot in east pier",
		"Reviewers from both towns flooded the harbour's website":          "Reviewers from both towns flood the harbour's website",
		"Spokeswoman for the harbour trustees declared emergency":          "Spokeswoman for the harbour trustees declares emergency",
		"Voters in Tarrow elected a harbour pilot to the board":            "Voters in Tarrow elect a harbour pilot to the board",
		"Chief pilot at Dunmere Harbour Board (DHB) closed the east pier":  "Chief pilot at Dunmere Harbour Board (DHB) closes the east pier",
		"Sen. Paul Lowe (R-Tarrow) ended his bid for the harbour seat":     "Sen. Paul Lowe (R-Tarrow) ends his bid for the harbour seat",
		"Dunmere harbour workers (DHW) walked off the job":                 "Dunmere harbour workers (DHW) walk off the job",
		"Waters in Tarrow elected a harbour pilot to the board":            "Waters in Tarrow elected a harbour pilot to the board",
		"Lena Marsh and Paul Lowe agreed to share the seat":                "Lena Marsh and Paul Lowe agree to share the seat",
		"Gunman shot and critically wounded two ferry crew":                "Gunman shoots and critically wounds two ferry crew",
		"Harbour police arrested two men and charged them":                 "Harbour police arrest two men and charge them",
		"Harbour board opened inquiry into fires and damaged ferries":      "Harbour board opens inquiry into fires and damaged ferries",
		"Ferry operator tried to sell its boats":                           "Ferry operator tries to sell its boats",
		"Council stopped the ferry subsidy":                                "Council stops the ferry subsidy",
		"Harbour police arrested two men":                                  "Harbour police arrest two men",
		"Dunmere Democrats unveiled new rules":                             "Dunmere Democrats unveil new rules",
		"Tarrow council created harbour fund":                              "Tarrow council creates harbour fund",
		"Dunmere council voted to close east pier":                         "Dunmere council votes to close east pier",
		"Congress approved the harbour bill":                               "Congress approves the harbour bill",
		"Four attorneys general asked the board to act":                    "Four attorneys general ask the board to act",
		"Lowe said the pier needs repairs":                                 "Lowe says the pier needs repairs",
		"Lowe said he was leaving the board":                               "Lowe says he is leaving the board",
		"The party's left wing rejected the deal":                          "The party's left wing rejects the deal",
		"Ferry crews and two affiliated unions walked out":                 "Ferry crews and two affiliated unions walk out",
		"About 2,800 nurses at Tarrow General Hospital walked off the job": "About 2,800 nurses at Tarrow General Hospital walk off the job",
		"Two armed men robbed the ferry office":                            "Two armed men rob the ferry office",
		"Tarrow 500 slid 5% and Kell index fell 3%":                        "Tarrow 500 slid 5% and Kell index fell 3%",
		"Two killed and three wounded in Tarrow":                           "Two killed and three wounded in Tarrow",
		"Tarrow man found guilty of arson at the pier":                     "Tarrow man found guilty of arson at the pier",
		"The man arrested Tuesday appeared in court":                       "The man arrested Tuesday appeared in court",
		"Ferry traffic grew 4% while pier repairs slowed":                  "Ferry traffic grows 4% while pier repairs slow",
		"Harbour shares fell 5% and ferry bonds rose 2%":                   "Harbour shares fall 5% and ferry bonds rise 2%",
		"Senator Ilse Harris proved she can lead the board":                "Senator Ilse Harris proves she can lead the board",
		"Ilse Brandt died at her home in Tarrow":                           "Ilse Brandt dies at her home in Tarrow",
		"Tarrow council responded with a levy of its own":                  "Tarrow council responds with a levy of its own",
		"Lowe said he was abruptly taken off the board":                    "Lowe says he was abruptly taken off the board",
		"Harbour board said the pier would reopen in May":                  "Harbour board says the pier will reopen in May",
		"Harbour board said it would proceed with limits set in May":       "Harbour board says it will proceed with limits set in May",
		"Dunmere Republicans narrowly passed the harbour bill":             "Dunmere Republicans narrowly pass the harbour bill",
		"Harbour guard hanged the old flag":                                "Harbour guard hangs the old flag",
		"Lowe said he had left the board":                                  "Lowe says he had left the board",
		"Lowe said the pier was closed for repairs":                        "Lowe says the pier was closed for repairs",
		"Lowe said he met Ilse Brandt when he was 24":                      "Lowe says he met Ilse Brandt when he was 24",
		"Lowe said I was wrong about the pier":                             "Lowe says I was wrong about the pier",
		"Ilse Withers said she was taken off the harbour board":            "Ilse Withers says she was taken off the harbour board",
		// kept in the past
		"Visibly frustrated Lena Marsh left the quay":         "Visibly frustrated Lena Marsh left the quay",
		"A visibly frustrated Lena Marsh left the quay":       "A visibly frustrated Lena Marsh left the quay",
		"Lowe raised the issue with the board last month":     "Lowe raised the issue with the board last month",
		"Dunmere council sold the pier in 2009":               "Dunmere council sold the pier in 2009",
		"Actress Ilse Withers denied the harbour report":      "Actress Ilse Withers denied the harbour report",
		"Tarrow Rovers said they would sell the ground":       "Tarrow Rovers said they would sell the ground",
		"Tarrow Rovers said it was a hard game":               "Tarrow Rovers said it was a hard game",
		"Ellsworth Rovers won the harbour cup":                "Ellsworth Rovers won the harbour cup",
		"Man arrested in Tarrow appeared in court":            "Man arrested in Tarrow appeared in court",
		"Rule released Friday will close the pier":            "Rule released Friday will close the pier",
		"Harbour shares fell 5% and Tarrow Rovers rose 2%":    "Harbour shares fell 5% and Tarrow Rovers rose 2%",
		"Harbour inspectors visited the pier":                 "Harbour inspectors visited the pier",
		"Council cut ferry fares":                             "Council cut ferry fares",
		"United States imposed harbour fees":                  "United States imposed harbour fees",
		"Two hundred people marched to the quay":              "Two hundred people marched to the quay",
		"Harbour board seems poised to approve the repairs":   "Harbour board seems poised to approve the repairs",
		"Dunmere officials concerned about the pier's safety": "Dunmere officials concerned about the pier's safety",
		"Brandt \"rejected\" the offer":                       "Brandt \"rejected\" the offer",
		"Lowe, who chaired the board, resigned on Monday":     "Lowe, who chaired the board, resigned on Monday",
		"Ferry's top speed exceeded the harbour limit":        "Ferry's top speed exceeded the harbour limit",
	} {
		if got := strings.Join(inPresent(strings.Fields(h), story, -1), " "); got != want {
			t.Errorf("inPresent(%q)\n got %q\nwant %q", h, got, want)
		}
	}
}

// TestPastBase: the plain form of a past is told by its spelling where
// the spelling tells it, and not guessed where it does not.
func TestPastBase(t *testing.T) {
	for past, want := range map[string]string{
		"opened": "open", "declared": "declare", "tried": "try", "stopped": "stop", "took": "take",
		"announced": "announce", "argued": "argue", "seized": "seize", "charged": "charge", "raised": "raise",
		"passed": "pass", "ordered": "order", "fired": "fire", "secured": "secure", "cleared": "clear",
		"ignored": "ignore", "honored": "honor", "killed": "kill", "settled": "settle", "ruled": "rule",
		"failed": "fail", "controlled": "control", "declined": "decline", "joined": "join", "named": "name",
		"claimed": "claim", "invoked": "invoke", "asked": "ask", "decided": "decide", "needed": "need",
		"described": "describe", "hoped": "hope", "developed": "develop", "escaped": "escape", "created": "create",
		"treated": "treat", "voted": "vote", "disputed": "dispute", "shouted": "shout", "started": "start",
		"agreed": "agree", "vowed": "vow", "hanged": "hang", "changed": "change", "fixed": "fix", "focused": "focus", "said": "say",
		"visited": "", "united": "", "targeted": "", "speed": "", "hundred": "", "court-ordered": "", "exceed": "",
	} {
		got, ok := pastBase(past)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("pastBase(%q) = %q, want %q", past, got, want)
		}
	}
	for ing, want := range map[string]string{"preparing": "prepare", "banning": "ban", "trying": "try", "asking": "ask",
		"coming": "come", "barreling": "barrel", "writing": "", "funding": "", "king": ""} {
		got, ok := ingBase(ing)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("ingBase(%q) = %q, want %q", ing, got, want)
		}
	}
	for base, want := range map[string]string{"open": "opens", "try": "tries", "push": "pushes", "go": "goes", "pay": "pays", "have": "has", "fix": "fixes"} {
		if got := presentOf(base, false); got != want {
			t.Errorf("presentOf(%q) = %q, want %q", base, got, want)
		}
	}
}
