package text

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "title before a name",
			in:   "Dr. Ada Voss said the bridge was safe. The council disagreed.",
			want: []string{"Dr. Ada Voss said the bridge was safe.", "The council disagreed."},
		},
		{
			name: "a quotation that opens on a title before a name",
			in:   `The board wrote to the mayor. "Mr. Lowe went too far," it said. “Dr. Voss agreed,” she said.`,
			want: []string{"The board wrote to the mayor.", `"Mr. Lowe went too far," it said.`, "“Dr. Voss agreed,” she said."},
		},
		{
			name: "a quotation ends a sentence and another opens the next",
			in:   `The board backed the levy, which it called "a fair charge." "We had no choice," Ada Voss said.`,
			want: []string{`The board backed the levy, which it called "a fair charge."`, `"We had no choice," Ada Voss said.`},
		},
		{
			name: "the same in curly quotation marks",
			in:   "Voss called it “a fair charge.” “We had no choice,” she said.",
			want: []string{"Voss called it “a fair charge.”", "“We had no choice,” she said."},
		},
		{
			name: "initialism inside a sentence",
			in:   "The U.S. Senate voted on Tuesday. It passed 51 to 49.",
			want: []string{"The U.S. Senate voted on Tuesday.", "It passed 51 to 49."},
		},
		{
			name: "a country's initials before a title",
			in:   "A bill would let U.S. Senator Ruth Hale run twice. The vote is on Friday.",
			want: []string{"A bill would let U.S. Senator Ruth Hale run twice.", "The vote is on Friday."},
		},
		{
			name: "initialisms then a new sentence",
			in:   "The U.S. and the U.K. signed it. Then they left.",
			want: []string{"The U.S. and the U.K. signed it.", "Then they left."},
		},
		{
			name: "abbreviated unit ending a sentence",
			in:   "The fund holds $1.5 bn. It will grow next year.",
			want: []string{"The fund holds $1.5 bn.", "It will grow next year."},
		},
		{
			name: "abbreviated unit inside a sentence",
			in:   "The fund holds $1.5 bn. in reserves, officials said.",
			want: []string{"The fund holds $1.5 bn. in reserves, officials said."},
		},
		{
			name: "clock time ending a sentence",
			in:   "The meeting ended at 9 p.m. Officials left soon after.",
			want: []string{"The meeting ended at 9 p.m.", "Officials left soon after."},
		},
		{
			name: "clock time inside a sentence",
			in:   "The meeting ended at 9 p.m. Tuesday, officials said. Nobody objected.",
			want: []string{"The meeting ended at 9 p.m. Tuesday, officials said.", "Nobody objected."},
		},
		{
			name: "clock time and time zone",
			in:   "The ferry debate will air at 9 p.m. ET on January 17 and will be streamed on dunmere-tv.com. Brandt will host it.",
			want: []string{"The ferry debate will air at 9 p.m. ET on January 17 and will be streamed on dunmere-tv.com.", "Brandt will host it."},
		},
		{
			name: "time zone in brackets",
			in:   "The ferry sailed at 4:29 p.m. local (9.29 a.m. ET) and again at 6 p.m. Brandt waved.",
			want: []string{"The ferry sailed at 4:29 p.m. local (9.29 a.m. ET) and again at 6 p.m.", "Brandt waved."},
		},
		{
			name: "abbreviation before a closing bracket",
			in:   "Councillors Lena Marsh (Tarr. ), Paul Lowe (Dunm.) and Ilse Brandt voted no. The levy passed.",
			want: []string{"Councillors Lena Marsh (Tarr. ), Paul Lowe (Dunm.) and Ilse Brandt voted no.", "The levy passed."},
		},
		{
			name: "abbreviation inside a name",
			in:   "The lawyer appealed. The 7th U.S. Circuit Court of Appeals upheld the sentence. He moved to the U.S. In 2009 he returned.",
			want: []string{"The lawyer appealed.", "The 7th U.S. Circuit Court of Appeals upheld the sentence.", "He moved to the U.S.", "In 2009 he returned."},
		},
		{
			name: "a dateline whose region's abbreviation Punkt reads as an end",
			in:   "DUNMERE, Ind. -- A pilot who had been held since 1996 walked free on Wednesday. A sheriff led her out.",
			want: []string{"DUNMERE, Ind. -- A pilot who had been held since 1996 walked free on Wednesday.", "A sheriff led her out."},
		},
		{
			name: "an alderman's title before a name",
			in:   "She served a year for assaulting Ald. Paul Lowe (46th). The ferry left.",
			want: []string{"She served a year for assaulting Ald. Paul Lowe (46th).", "The ferry left."},
		},
		{
			name: "a dash after a sentence that is no dateline",
			in:   "The ferry sailed from Dunmere, Ind. -- Its crew was new. - The pier was shut.",
			want: []string{"The ferry sailed from Dunmere, Ind.", "-- Its crew was new.", "- The pier was shut."},
		},
		{
			name: "web address ends a sentence",
			in:   "The council posted the plan on Tarrow.gov. Residents may comment until May.",
			want: []string{"The council posted the plan on Tarrow.gov.", "Residents may comment until May."},
		},
		{
			name: "clock time then a title",
			in:   "Mr. Brandt arrived at 10 a.m. Mrs. Brandt was late.",
			want: []string{"Mr. Brandt arrived at 10 a.m.", "Mrs. Brandt was late."},
		},
		{
			name: "quote ends a sentence",
			in:   `"We will rebuild." The mayor then left the stage.`,
			want: []string{`"We will rebuild."`, "The mayor then left the stage."},
		},
		{
			name: "curly quote ends a sentence",
			in:   "\u201cWe will rebuild.\u201d The mayor then left the stage.",
			want: []string{"\u201cWe will rebuild.\u201d", "The mayor then left the stage."},
		},
		{
			name: "quote continued by its speaker",
			in:   `"We will rebuild," the mayor said. She then left.`,
			want: []string{`"We will rebuild," the mayor said.`, "She then left."},
		},
		{
			name: "question inside a quote",
			in:   `"Is this it?" she asked. Nobody answered.`,
			want: []string{`"Is this it?" she asked.`, "Nobody answered."},
		},
		{
			name: "a mountain and glued sentences",
			in:   "Climbers reached the top of Mt. Kestrel on Monday. They found a seam of gold.The next team arrives in June.",
			want: []string{"Climbers reached the top of Mt. Kestrel on Monday.", "They found a seam of gold.", "The next team arrives in June."},
		},
		{
			name: "glued after a quoted figure",
			in:   `The crew sang "Pier 9."The tide turned at noon. Ferries ran 2.5 hours late.`,
			want: []string{`The crew sang "Pier 9."`, "The tide turned at noon.", "Ferries ran 2.5 hours late."},
		},
		{
			name: "glued after a figure",
			in:   "Marsh was 29 and Brandt was 41.The pair met in Dunmere. Fares rose 2.5 percent.",
			want: []string{"Marsh was 29 and Brandt was 41.", "The pair met in Dunmere.", "Fares rose 2.5 percent."},
		},
		{
			name: "glued after a country's initials",
			in:   "Tarrow will raise its levy, heightening tensions with the U.S.Talks on the next step resume in June. The U.S.Navy left.",
			want: []string{"Tarrow will raise its levy, heightening tensions with the U.S.", "Talks on the next step resume in June.", "The U.S.Navy left."},
		},
		{
			name: "a glued quotation mark that opens the next sentence",
			in:   `She called the pier "cold" and left with the other pilots."Going back was hard," she said. "It was an adventure."But I stayed away. We saw the ferries."I thought they had gone. They had not."Lena Marsh retired in June.`,
			want: []string{
				`She called the pier "cold" and left with the other pilots.`,
				`"Going back was hard," she said.`,
				`"It was an adventure."`,
				"But I stayed away.",
				"We saw the ferries.",
				`"I thought they had gone.`,
				`They had not."`,
				"Lena Marsh retired in June.",
			},
		},
		{
			name: "titles and a saint",
			in:   "He met Gov. Ruth Alder and Sen. Okafor in St. Ives. They talked.",
			want: []string{"He met Gov. Ruth Alder and Sen. Okafor in St. Ives.", "They talked."},
		},
		{
			name: "company suffix and decimals",
			in:   "The company, Harlow Inc., reported losses. Shares fell 3.2%.",
			want: []string{"The company, Harlow Inc., reported losses.", "Shares fell 3.2%."},
		},
		{
			name: "wrapped line",
			in:   "The harbor authority closed\nthe bridge. Traffic moved to the tunnel.",
			want: []string{"The harbor authority closed\nthe bridge.", "Traffic moved to the tunnel."},
		},
		{name: "empty", in: "  \n ", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sentences(%q) (-want +got):\n%s", tt.in, diff)
			}
			for _, s := range got {
				if !strings.Contains(tt.in, s) {
					t.Errorf("sentence %q is not a substring of its paragraph", s)
				}
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"blank lines", "One.\n\nTwo.\n\n\nThree.", []string{"One.", "Two.", "Three."}},
		{"white space only line", "One.\n  \t\nTwo.", []string{"One.", "Two."}},
		{"wrapped paragraph", "One line\nwraps.\n\nTwo.", []string{"One line\nwraps.", "Two."}},
		{"windows line ends", "One.\r\n\r\nTwo.\r\n", []string{"One.", "Two."}},
		{"leading and trailing", "\n\n  One.  \n\n", []string{"One."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Paragraphs(tt.in)); diff != "" {
				t.Errorf("Paragraphs(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func BenchmarkSentences(b *testing.B) {
	p := strings.Repeat("The harbor authority closed the north bridge on Tuesday after inspectors found cracks, Dr. Voss said. Traffic moved to the U.S. 9 tunnel at 6 a.m. Monday. ", 10)
	for b.Loop() {
		Sentences(p)
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		in, rest, agency string
		ok               bool
	}{
		{"WESTFOLD — The ferry ran aground.", "The ferry ran aground.", "", true},
		{"OSPREY FALLS (Lowland Press) — The dam held overnight.", "The dam held overnight.", "Lowland Press", true},
		{"MERRIT BAY, Oct. 12 (Coastline Wire) - Crews reopened the road.", "Crews reopened the road.", "Coastline Wire", true},
		{"KETTLE CROSS, 4 March (Wirefeed) – Shops shut early.", "Shops shut early.", "Wirefeed", true},
		{"ST. ALDER, D.C. -- \"We are ready,\" the chief said.", "\"We are ready,\" the chief said.", "", true},
		{"HARLOW, Calif. -- The levee held.", "The levee held.", "", true},
		{"MERRIT BAY, Ore. (AP) - Crews reopened the road.", "Crews reopened the road.", "AP", true},
		{"KESTOV, Ukraine (Reuters) - Shelling resumed at dawn.", "Shelling resumed at dawn.", "Reuters", true},
		{"NORTHGATE/SOUTHGATE (Reuters) - The bridge reopened.", "The bridge reopened.", "Reuters", true},
		{"LAS CRUCES, New Mexico — The fire spread east.", "The fire spread east.", "", true},
		{"The Lowland Press — a wire — said so.", "The Lowland Press — a wire — said so.", "", false},
		{"UK - based firms paid more.", "UK - based firms paid more.", "", false},
		{"A — The letter.", "A — The letter.", "", false},
		{"Westfold (Lowland Press) - The ferry ran aground.", "The ferry ran aground.", "Lowland Press", true},
		{"Port Alder (LPN)The ferry ran aground.", "The ferry ran aground.", "LPN", true},
		{"(Lowland Press) - Judges in five towns blocked the levy.", "Judges in five towns blocked the levy.", "Lowland Press", true},
		{"(LPN) The harbour board plans to raise the levy.", "The harbour board plans to raise the levy.", "LPN", true},
		{"(Lowland) The harbour board plans to raise the levy.", "(Lowland) The harbour board plans to raise the levy.", "", false},
		{"(Updated) The harbour board plans to raise the levy.", "(Updated) The harbour board plans to raise the levy.", "", false},
		{"Kestov, North Tarrow (LPN Business) - Prices rose.", "Prices rose.", "LPN Business", true},
		{"Ramos (R-Tarrow) Thursday said no.", "Ramos (R-Tarrow) Thursday said no.", "", false},
		{"Ramos (Lowland) Thursday said no.", "Ramos (Lowland) Thursday said no.", "", false},
		{"Marsh (LPN) said the ferry ran aground.", "Marsh (LPN) said the ferry ran aground.", "", false},
		{"Crews reopened the road.", "Crews reopened the road.", "", false},
		{"NORTHGATE/SOUTHGATE, Kestov Pro-Tarrow crews seized the bridge.", "Pro-Tarrow crews seized the bridge.", "", true},
		{"MERRIT BAY, Ore. Crews reopened the road.", "Crews reopened the road.", "", true},
		{"NASA, Boeing and the harbour board signed the deal.", "NASA, Boeing and the harbour board signed the deal.", "", false},
	}
	for _, tt := range tests {
		rest, agency, ok := Dateline(tt.in)
		if rest != tt.rest || agency != tt.agency || ok != tt.ok {
			t.Errorf("Dateline(%q) = %q, %q, %v; want %q, %q, %v", tt.in, rest, agency, ok, tt.rest, tt.agency, tt.ok)
		}
		if !strings.HasSuffix(tt.in, rest) {
			t.Errorf("Dateline(%q) rest %q is not a suffix", tt.in, rest)
		}
	}
}

func TestSentencesAfterNumbers(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"year ends a sentence", "The levy rises to $9 in 2031. The council will review it.",
			[]string{"The levy rises to $9 in 2031.", "The council will review it."}},
		{"day of month ends a sentence", "The rule starts on June 4. Wardens said they were ready.",
			[]string{"The rule starts on June 4.", "Wardens said they were ready."}},
		{"lower-case no ends a sentence", "Two trustees voted no. Okonjo said the plan was rushed.",
			[]string{"Two trustees voted no.", "Okonjo said the plan was rushed."}},
		{"No. before a figure", "The ferry No. 4 sailed late. It was full.",
			[]string{"The ferry No. 4 sailed late.", "It was full."}},
		{"number before lower case", "The fund grew 12. percent is a typo here.",
			[]string{"The fund grew 12. percent is a typo here."}},
		{"list marker", "3. Crews cleared the road.", []string{"3. Crews cleared the road."}},
		{"score", "Dunmere won 2-1. Fans stayed late.", []string{"Dunmere won 2-1.", "Fans stayed late."}},
		{"a note's number after the stop", "Members no longer ferry at night.54 Under the new rules, the board closed the pier.",
			[]string{"Members no longer ferry at night.54", "Under the new rules, the board closed the pier."}},
		{"a decimal is no note", "The fare rose to 2.50 Sunday.", []string{"The fare rose to 2.50 Sunday."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Sentences(tt.in)); diff != "" {
				t.Errorf("Sentences(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestWithoutNote: the number of a note glued to a sentence's closing
// stop goes; a figure that ends a sentence stays.
func TestWithoutNote(t *testing.T) {
	for in, want := range map[string]string{
		"Members no longer ferry at night.54": "Members no longer ferry at night.",
		"The fare rose to $2.50":              "The fare rose to $2.50",
		"The crossing takes 45":               "The crossing takes 45",
		`The pilot called it "unsafe."7`:      `The pilot called it "unsafe."`,
	} {
		if got := WithoutNote(in); got != want {
			t.Errorf("WithoutNote(%q) = %q, want %q", in, got, want)
		}
	}
}
