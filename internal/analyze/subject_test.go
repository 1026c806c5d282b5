package analyze

import (
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestPronounSubjects: a sentence that opens on "He" or "She" as its
// subject gets the person the sentence before it is about, and only when
// that sentence has them as its subject (or speaker) and names no one
// else.
func TestPronounSubjects(t *testing.T) {
	a := Analyze([]news.ArticleRef{report(1, 1, news.Center, 0, ""+
		// the subject of the sentence before
		"Lena Marsh, 34, was arrested on Monday at the west quay. She was charged with arson on Tuesday.\n\n"+
		// and goes on about her
		"She denies setting the fire. He was not at the quay that night.\n\n"+
		// "His" for the person's own
		"Paul Lowe sailed the ferry for thirty years. His boat sank in the storm.\n\n"+
		// two people of one surname: the full name tells them apart
		"Nora Kell and her brother Ian Kell run the ferry. Kell says fares will rise in May.\n\n"+
		"Nora Kell closed the ticket office on Monday. She reopened it on Friday.\n\n"+
		// after a phrase that a comma closes
		"On Friday, harbour master Ilse Brandt closed the pier. She later reopened the north gate.\n\n"+
		// the speaker of the sentence before
		"The tolls pay for the divers, Paul Lowe said on Sunday. He wants the council to keep them.\n\n"+
		// the name is an object: "She" may be anyone
		"The council praised Ilse Brandt for the rescue. She thanked the crew.\n\n"+
		// a pronoun is the subject of the sentence before
		"He left Nora Vale the house on the quay. He also gave the boat to the club.\n\n"+
		// two people named
		"Marsh met Ilse Brandt at the quay. She asked for the report.\n\n"+
		// someone else spoken of by a noun
		"Lowe hired a driver for the ferry. He arrived late on Monday.\n\n"+
		// a group
		"Dunmere Harbourmen are asking for a vote. She refused to call one.\n\n"+
		// a caption
		"(Image: Nora Vale)\n\nShe escaped through the gate at night.\n\n"+
		// the title the report gives says otherwise of the pronoun
		"Mr. Tarrow reopened the ferry office. She welcomed the first passengers.\n\n"+
		// a name inside a phrase that opens the sentence is no subject
		"In Ilse Brandt's account, the pier was never safe. She sold the boat in May.\n\n"+
		// after a conjunction, it is
		"But Paul Lowe kept the boat. He sailed it in June.\n\n"+
		// speech: resolveSpeaker's case, not this one
		"Vale walked to the quay. She said the tide was high.\n\n"+
		// a title in quotation marks quotes no one, a particle stands
		// inside a name, and the noun after the copula is the subject
		"Greta von Hale was the last surviving member of the seven Hale Family Singers made famous in \"The Harbour Lights.\" She was portrayed as Nell in the 1959 musical.\n\n"+
		// words someone said are quoted: "She" may be the speaker
		"Greta von Hale was \"the kindest of us all.\" She sang at the lodge.\n\n"+
		// the pronoun after a short phrase that a comma closes
		"Ada Fenn left the ferry in 1999. In 2002, she reported the rot to the board.\n\n"+
		"Ada Fenn was freed in May. But on Wednesday, at 38, she was arrested again.\n\n"+
		"Ada Fenn bought a boat. On Monday, her boat sank off the pier.\n\n"+
		// the phrase names a person the pronoun may mean, or is too long
		"Ada Fenn met the board. After meeting Ian Tarrow, she left the island.\n\n"+
		"Ada Fenn joined the crew. In the long and bitter winter of the year the pier closed, she sailed on.\n\n"+
		// a place or a newspaper named beside the person is no other person
		"Ari Gale died on Monday, a week after a fall in West Dunmere. He had been ill for years. Gale kept a boat at the quay.\n\n"+
		// a unit of soldiers named beside the person is no other person;
		// a person named by title and surname is
		"Ora Quill served in the Tarrow Infantry Battalion for ten years. She retired in May.\n\n"+
		"Ora Quill met Ms Vale at the quay. She asked for the logbook.\n\n"+
		"Tarrow Deputy Harbour Master Ines Dunn closed the quay on Monday. She opened it again on Friday.\n\n"+
		"Quill and Dunn kept the logbook.\n\n"+
		// a role before a name the report gives only in full says it is
		// a person's
		"Mayor Ida Vorn-Hale closed the harbour office on Monday. She reopened the office in June.\n\n"+
		// the report calls these people by their surnames
		"Marsh, Brandt, Lowe, Vale, Kell, Fenn, Ian Tarrow and the Harbourmen have worked on the quay for years.")})
	want := map[string]string{
		"She was charged with arson on Tuesday.":                                    "Marsh",
		"She denies setting the fire.":                                              "Marsh",
		"He was not at the quay that night.":                                        "", // someone else
		"His boat sank in the storm.":                                               "Lowe",
		"She reopened it on Friday.":                                                "Nora Kell",
		"She later reopened the north gate.":                                        "Brandt",
		"He wants the council to keep them.":                                        "Lowe",
		"She thanked the crew.":                                                     "",
		"He also gave the boat to the club.":                                        "",
		"She asked for the report.":                                                 "",
		"He arrived late on Monday.":                                                "",
		"She refused to call one.":                                                  "",
		"She escaped through the gate at night.":                                    "",
		"She welcomed the first passengers.":                                        "",
		"She said the tide was high.":                                               "",
		"She sold the boat in May.":                                                 "",
		"He sailed it in June.":                                                     "Lowe",
		"She was portrayed as Nell in the 1959 musical.":                            "Greta von Hale",
		"She sang at the lodge.":                                                    "",
		"In 2002, she reported the rot to the board.":                               "Fenn",
		"But on Wednesday, at 38, she was arrested again.":                          "Fenn",
		"On Monday, her boat sank off the pier.":                                    "Fenn",
		"He had been ill for years.":                                                "Gale",
		"She retired in May.":                                                       "Quill",
		"She asked for the logbook.":                                                "",
		"She opened it again on Friday.":                                            "Dunn",
		"She reopened the office in June.":                                          "Vorn-Hale",
		"After meeting Ian Tarrow, she left the island.":                            "",
		"In the long and bitter winter of the year the pier closed, she sailed on.": "",
	}
	got := byText(a)
	for text, who := range want {
		s, ok := got[text]
		if !ok {
			t.Errorf("no sentence %q", text)
			continue
		}
		if s.Subject != who {
			t.Errorf("%q: subject %q, want %q", text, s.Subject, who)
		}
	}
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Lena Marsh", true}, {"West Dunmere", false}, {"Alder Bay", false}, {"Port Alder", false},
		{"Tarrow Herald", false}, {"Ilse von Brandt", true}, {"Mina Park", true},
	} {
		if got := personName(strings.Fields(c.name)); got != c.want {
			t.Errorf("personName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	view := newReportView("Police said Ian Vane Sr., 46, hit his son, Ian Vane Jr., on Sunday. Lena Marsh and Vane left.")
	if got := calledBy("Ian Vane Sr", view); got != "" {
		t.Errorf("calledBy(\"Ian Vane Sr\") = %q: a surname alone would drop the suffix", got)
	}
	if got := calledBy("Vane", view); got != "" {
		t.Errorf("calledBy(\"Vane\") = %q: father and son are both Vane", got)
	}
	if got := calledBy("Lena Marsh", view); got != "Marsh" {
		t.Errorf("calledBy(\"Lena Marsh\") = %q, want the surname", got)
	}
	for in, want := range map[string]string{
		"She was charged with arson.":    "Marsh was charged with arson.",
		"Her boat sank.":                 "Marsh's boat sank.",
		"In 2002, she reported the rot.": "In 2002, Marsh reported the rot.",
		"On Monday, her boat sank.":      "On Monday, Marsh's boat sank.",
		"On Monday, the boat sank.":      "On Monday, the boat sank.",
		"Shelters were full.":            "Shelters were full.",
	} {
		if got, _ := SubjectNamed(in, "Marsh"); got != want {
			t.Errorf("SubjectNamed(%q) = %q, want %q", in, got, want)
		}
	}
}

// byText indexes the sentences of an analysis by their text.
func byText(a Analysis) map[string]Sentence {
	got := map[string]Sentence{}
	for _, s := range a.Sentences {
		got[s.Text] = s
	}
	return got
}
