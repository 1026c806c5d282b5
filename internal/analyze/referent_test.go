package analyze

import (
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestPronounSpeakers: a sentence whose speaker is "he" or "she" gets the
// person the sentence before it names as its speaker, or has as its
// subject, and only when that sentence names no one else; the page calls
// them by the surname, or by the name in full when the surname alone
// would not say whom.
func TestPronounSpeakers(t *testing.T) {
	a := Analyze([]news.ArticleRef{report(1, 1, news.Center, 0, ""+
		// the speaker named just before
		"Harbour master Ilse Brandt said the west quay would stay shut. \"The rot runs deep,\" she said.\n\n"+
		// opening the sentence, after a paragraph break
		"Paul Lowe told the council the divers had finished.\n\nHe said the report would follow in May.\n\n"+
		// two people named before: the report goes on with the words of
		// the one it gave as the speaker
		"Lena Marsh told Paul Lowe the ferry would wait. \"It is too early,\" she said.\n\n"+
		// the sentence before speaks of someone else as "her" alone: "she"
		// may be her
		"Paul Lowe said Nora Vale had never met her own crew. \"I came too late,\" she said.\n\n"+
		// a body, not a person, said the sentence before
		"The Dunmere Council said the quay was unsafe. \"We have no choice,\" he said.\n\n"+
		// the report's title says otherwise of the pronoun
		"Mr. Tarrow said the tolls would rise. \"Nobody likes it,\" she added.\n\n"+
		// the sentence before has no speaker
		"The ferry sailed at noon. \"It was calm,\" he said.\n\n"+
		// the sentence before has a speaker "he" of its own
		"Lena Marsh, he said, told him the tolls were wrong. \"It was unfair,\" he said.\n\n"+
		// a group, not a person, said the sentence before
		"So far, 174 Dunmere MPs have said they will back her. \"I will win,\" she said.\n\n"+
		// a name the report gives only in full may be a place's
		"Nora Vale said the tolls would rise. \"They must,\" she said.\n\n"+
		// the sentence before speaks of someone else by a noun
		"Brandt said the driver had been found on the quay. \"I am relieved,\" she said.\n\n"+
		// no speaker before, but one person its subject
		"Ada Fenn was freed on Monday after ten years. \"I never gave up,\" she said.\n\n"+
		// one the sentence before goes on about
		"Ewan Hale left the ferry in May. He later joined the harbour board. \"I wanted a change,\" he said.\n\n"+
		// the person is no subject of the sentence before
		"After Fenn's release, the council reopened the quay. \"It was time,\" she said.\n\n"+
		// a surname two people of the report share
		"Nora Kell rejoined the crew in June. \"It feels like home,\" she said.\n\n"+
		// a role before the name; the report never calls her by her
		// surname alone
		"Harbour Master Ines Dale told the council the quay would reopen. \"We are ready,\" she said.\n\n"+
		// a title before the surname
		"Governor Quist said the ferry would run. \"It will,\" he said.\n\n"+
		// a quotation of two sentences, given to "she" at its end
		"Pilot Ada Voss said the tide was high. \"It came fast. We saw it from the tower,\" she said.\n\n"+
		// an outlet that carried the words is not the speaker
		"Pilot Ruth Orr said the quay had flooded. \"It rose overnight,\" she said, according to the Tarrow Ledger.\n\n"+
		// a person spoken of whom the pronoun cannot mean, and one it can
		"Ruth Ormond took her son to the quay on Monday. \"He loves the boats,\" she said.\n\n"+
		"Lena Marsh took her daughter to the quay on Monday. \"She loves the boats,\" she said.\n\n"+
		// a name given only in full, after a role that says it is a
		// person's, then more words of theirs
		"Former Tarrow winger Eli Strand said Lowe had rowed well. \"The crew has raised the bar,\" he added.\n\n"+
		// the speaker says "he" of himself: whoever else the sentence
		// names, his words go on, also after an aside or a contraction
		"Paul Lowe said he would not wait for Nora Vale's divers. \"The inquiry goes on,\" he said.\n\n"+
		"Pilot Ivo Renn, who has sailed the strait for years, said he doubts Nora Vale's count. \"It was higher,\" he said.\n\n"+
		"Renn says he's sure that Nora Vale will sail. \"She has the crew,\" he said.\n\n"+
		// who says "she" of herself: for her part, to a listener, or by
		// a role that says she is a woman where the sentence speaks of
		// another as "he"
		"Ida Rusk, for her part, called on Nora Vale's crew to wait. \"The tide is wrong,\" she said.\n\n"+
		"Pilot Tove Arne told the Tarrow Ledger she was glad to be home. \"I want to sail again,\" she said.\n\n"+
		"Harbour spokeswoman Edda Lund said the mayor had made up his mind. \"It is final,\" she said.\n\n"+
		// a word of a title that names a person elsewhere ("Student")
		// names no one here
		"Ewan Hale told Student Harbour News something similar. \"It has to change,\" he said.\n\n"+
		// a name given only in full, after an occupation or with one in
		// an apposition, is a person's
		"Tarrow florist Ada Quill predicts the ferry will be late. \"Oh dear,\" she said.\n\n"+
		"Bea Lorne, a trader at the fish market, said the pier was unsafe. \"It is a shame,\" she said.\n\n"+
		// or with an age
		"Cora Pell, 52, said the quay had been shut all week. \"We waited,\" she said.\n\n"+
		// the report calls Brandt, Lowe, Fenn, Hale and Kell by their
		// surnames, as it calls people
		"Brandt and Lowe have worked on the quay for years. Fenn and Hale sailed with them, and Kell with her brother Ian Kell. Ormond, Orr and Marsh fished. Renn rowed. Rusk, Arne and Lund swam.")})
	want := map[string]string{
		"\"The rot runs deep,\" she said.":                                 "Ilse Brandt",
		"He said the report would follow in May.":                          "Paul Lowe",
		"\"It is too early,\" she said.":                                   "Lena Marsh",
		"\"I came too late,\" she said.":                                   "",
		"\"We have no choice,\" he said.":                                  "",
		"\"Nobody likes it,\" she added.":                                  "",
		"\"It was calm,\" he said.":                                        "",
		"\"It was unfair,\" he said.":                                      "",
		"\"I will win,\" she said.":                                        "",
		"\"They must,\" she said.":                                         "",
		"\"I am relieved,\" she said.":                                     "",
		"The Dunmere Council said the quay was unsafe.":                    "Dunmere Council",
		"\"I never gave up,\" she said.":                                   "Ada Fenn",
		"\"I wanted a change,\" he said.":                                  "Hale",
		"\"It was time,\" she said.":                                       "",
		"\"It feels like home,\" she said.":                                "Nora Kell",
		"\"We are ready,\" she said.":                                      "Harbour Master Ines Dale",
		"\"It will,\" he said.":                                            "Governor Quist",
		"\"He loves the boats,\" she said.":                                "Ruth Ormond",
		"\"She loves the boats,\" she said.":                               "",
		"\"It rose overnight,\" she said, according to the Tarrow Ledger.": "Pilot Ruth Orr",
		"We saw it from the tower,\" she said.":                            "Pilot Ada Voss",
		"\"The crew has raised the bar,\" he added.":                       "Eli Strand",
		"\"The inquiry goes on,\" he said.":                                "Paul Lowe",
		"\"It was higher,\" he said.":                                      "Pilot Ivo Renn",
		"\"She has the crew,\" he said.":                                   "Renn",
		"\"Oh dear,\" she said.":                                           "Ada Quill",
		"\"It is a shame,\" she said.":                                     "Bea Lorne",
		"\"We waited,\" she said.":                                         "Cora Pell",
		"\"The tide is wrong,\" she said.":                                 "Ida Rusk",
		"\"I want to sail again,\" she said.":                              "Pilot Tove Arne",
		"\"It is final,\" she said.":                                       "Edda Lund",
		"\"It has to change,\" he said.":                                   "Ewan Hale",
	}
	// the name the page prints for the pronoun
	called := map[string]string{
		"\"The rot runs deep,\" she said.":                                 "Brandt",
		"\"It is too early,\" she said.":                                   "Marsh",
		"He said the report would follow in May.":                          "Lowe",
		"\"I never gave up,\" she said.":                                   "Fenn",
		"\"I wanted a change,\" he said.":                                  "Hale",
		"\"It feels like home,\" she said.":                                "Nora Kell", // two people named Kell
		"\"We are ready,\" she said.":                                      "Ines Dale",
		"\"It will,\" he said.":                                            "Quist",
		"\"He loves the boats,\" she said.":                                "Ormond",
		"\"It rose overnight,\" she said, according to the Tarrow Ledger.": "Ruth Orr",
		"We saw it from the tower,\" she said.":                            "Ada Voss",
		"\"The crew has raised the bar,\" he added.":                       "Eli Strand",
		"\"The inquiry goes on,\" he said.":                                "Lowe",
		"\"It was higher,\" he said.":                                      "Renn",
		"\"She has the crew,\" he said.":                                   "Renn",
		"\"Oh dear,\" she said.":                                           "Ada Quill",
		"\"It is a shame,\" she said.":                                     "Bea Lorne",
		"\"We waited,\" she said.":                                         "Cora Pell",
		"\"The tide is wrong,\" she said.":                                 "Rusk",
		"\"I want to sail again,\" she said.":                              "Tove Arne",
		"\"It is final,\" she said.":                                       "Lund",
		"\"It has to change,\" he said.":                                   "Hale",
	}
	got := byText(a)
	for text, sp := range want {
		s, ok := got[text]
		if !ok {
			t.Errorf("no sentence %q", text)
			continue
		}
		if s.Speaker != sp {
			t.Errorf("%q: speaker %q, want %q", text, s.Speaker, sp)
		}
		if s.Called != called[text] || (s.Pronoun != "") != (called[text] != "") {
			t.Errorf("%q: pronoun %q called %q, want %q", text, s.Pronoun, s.Called, called[text])
		}
	}
}

// TestSpeakerNamed: the pronoun that speaks is the one replaced, not a
// pronoun inside the quotation or elsewhere.
func TestSpeakerNamed(t *testing.T) {
	for in, want := range map[string]string{
		"\"He is wrong,\" she said.":                "\"He is wrong,\" Brandt said.",
		"“Yes. He came, he saw,” he said, smiling.": "“Yes. He came, he saw,” Brandt said, smiling.",
		"She said the quay would open.":             "Brandt said the quay would open.",
		"The quay, she said, would open.":           "The quay, Brandt said, would open.",
		"She sailed at noon.":                       "",
		"\"It is calm,\" said the harbour master.":  "",
	} {
		got, ok := SpeakerNamed(in, "Brandt")
		if want == "" {
			if ok {
				t.Errorf("SpeakerNamed(%q) = %q, want no pronoun found", in, got)
			}
			continue
		}
		if !ok || got != want {
			t.Errorf("SpeakerNamed(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// TestQuotationAlone: a quotation that stands alone goes on quoting the
// person the sentence before it quotes, in the tense and manner of its
// verb; after a sentence that quotes no one, or a body, it has no
// speaker.
func TestQuotationAlone(t *testing.T) {
	a := Analyze([]news.ArticleRef{report(1, 1, news.Center, 0, ""+
		"\"The rot runs deep,\" Ilse Brandt told reporters. \"Nobody should swim here.\" \"Not this year.\"\n\n"+
		"Paul Lowe runs the ferry and Lena Marsh chairs the harbour board.\n\n"+
		"Lowe wrote in a letter that the ferry would wait. \"The crews need rest.\"\n\n"+
		"Marsh says the quay is safe. \"We checked every pile.\"\n\n"+
		"The Dunmere Council said the quay was unsafe. \"It will stay shut.\"\n\n"+
		"The ferry sailed at noon. \"It was calm.\"\n\n"+
		// the words of the one the sentence before quotes, whoever else
		// it names; after what someone said in the report's words, and
		// another person named, they may be anyone's
		"\"The piles are rotten,\" Ruth Orr said of Lowe's survey. \"We close the pier tonight.\"\n\n"+
		"Ada Voss said Lowe had surveyed the piles. \"We reopen the pier in May.\"\n\n"+
		"Brandt has run the harbour since 2019. Orr and Voss are divers.")})
	type said struct{ speaker, verb string }
	want := map[string]said{
		"\"Nobody should swim here.\"":   {"Ilse Brandt", "said"},
		"\"Not this year.\"":             {"Ilse Brandt", "said"},
		"\"The crews need rest.\"":       {"Lowe", "wrote"},
		"\"We checked every pile.\"":     {"Marsh", "says"},
		"\"It will stay shut.\"":         {},
		"\"It was calm.\"":               {},
		"\"We close the pier tonight.\"": {"Ruth Orr", "said"},
		"\"We reopen the pier in May.\"": {},
	}
	seen := 0
	for _, s := range a.Sentences {
		w, ok := want[s.Text]
		if !ok {
			continue
		}
		seen++
		if got := (said{s.Speaker, s.Continues}); got != w {
			t.Errorf("%q: speaker %q by %q, want %q by %q", s.Text, got.speaker, got.verb, w.speaker, w.verb)
		}
	}
	if seen != len(want) {
		t.Fatalf("found %d of the %d sentences", seen, len(want))
	}
}
