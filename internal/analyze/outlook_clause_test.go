package analyze

import "testing"

// TestIsOutlookMainClause holds the outlook to statements about the
// future in what a named speaker says, in the main clause.
func TestIsOutlookMainClause(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"will, speaker first", "Harbourmaster Ilse Brandt said the pier will reopen in June.", true},
		{"could inside a how clause of the past", `"Nobody on the quay knew how the board could pay for the repairs," Lena Marsh says.`, false},
		{"why clause", "Lowe explained why the board could not keep the pier open last winter.", false},
		{"concessive as", `In an email to the crews, harbour master Ilse Brandt wrote: "The stories you shared are important to hear, painful as they may be."`, false},
		{"concessive as before the speaker", "The repairs are needed, costly as they might seem, Lowe said.", false},
		{"as and a modal that looks ahead", "Lowe said the ferry would sail as soon as it may be loaded.", true},
		{"a forecast dated months back", "Roughly a month ago, Lena Marsh, at a harbour board meeting, said the pier would reopen by spring.", false},
		{"a forecast dated a year back", "Last year, the operator said the ferry would resume its night crossings.", false},
		{"a past that is no date of the speech", "The pier, built two years ago, will close in May, the operator said.", true},
		{"a wish", `At the launch, Ilse Brandt thanked the old ferry's crew and closed with: "Long may they sail the bay."`, false},
		{"may before a verb still looks ahead", "Harbour master Ilse Brandt said the ferry may sail again in the spring.", true},
		{"a will that is a testament", "Unlike other founders, Brandt said, Marsh's will shows that she had a vision of a shared harbour.", false},
		{"tail attribution", "The ferry will resume its night crossings next month, the operator said.", true},
		{"tail with a place", "The depot will close for a week, the transit board said in a statement.", true},
		{"habitual would before the speaker", "Marsh would take a cut of the crews' pay or pay them in fuel, Lowe said.", false},
		{"habitual would before according to", "Marsh would let the crews sleep in the depot, according to the harbour police.", false},
		{"would with a time ahead before the speaker", "The ferry would resume its night crossings next month, the operator said.", true},
		{"would after the speaker", "The operator said the ferry would resume its night crossings.", true},
		{"a plan already carried out", "Lowe says the plan to widen the quay has already been carried out.", false},
		{"a plan carried out, then a date ahead", "Lowe says the plan to widen the quay has already been approved and work will start in May.", true},
		{"already before the marker", "Lowe says the board has already agreed it will vote in May.", true},
		{"according to, leading", "According to Tomas Varga, an analyst at Fenlow Bank, rates are likely to rise by spring.", true},
		{"according to, trailing", "Rents could climb 8 percent next year, according to the housing office.", true},
		{"expects as the speaker's verb", "The council expects the survey to finish by March.", true},
		{"vowed to", "The union vowed to strike again if talks fail.", true},
		{"plans to", "Brandt said the authority plans to hire 40 inspectors.", true},
		{"scheduled", "Union officials said both sides are scheduled to meet on Friday.", true},
		{"due to", "The council said the report is due to be published in May.", true},
		{"quote that looks ahead", `"We will rebuild the hall," said Mayor Tomas Greer.`, true},
		{"a second verb of the speaker", "Councillor Pavel Orr called for hearings and said he would table a motion.", true},
		{"estimate with that", "The Dunmere Chamber of Commerce has estimated that the levy could cost 900 jobs.", true},
		{"if clause in the present", "If the dam holds, the valley could be spared, the engineers said.", true},

		{"normative should", `Greer says tenants "should not have to choose between rent and heat."`, false},
		{"should have", "Two trustees argued that the largest users should have been charged first.", false},
		{"must", "Greer said landlords must register by May.", false},
		{"advice with according to", "People with asthma should stay indoors, according to the health office.", false},
		{"past modal", "The landlord paid for repairs that may never have been done, according to the audit.", false},
		{"may have been", "Records of 9,000 tenants may have been exposed, the council said.", false},
		{"perfect plan", `"We have planned for every outcome," said Mayor Tomas Greer.`, false},
		{"past failure", "Brandt said the board had failed to plan for the flood.", false},
		{"may include", "The stolen files may include addresses, the agency said.", false},
		{"attribution in a side clause", "Fenlow shares fell 3% after the company said the fine would cost $40m.", false},
		{"attribution in a relative clause", "If the plan goes ahead, the turbines could light 9,000 homes, which the ministry says is enough.", false},
		{"forecast unattributed, view attributed", "Builders will pay into a fund, and critics say fishers deserve a voice.", false},
		{"counterfactual", `"If a shop lost track of $5,000, someone would be fired," Greer said.`, false},
		{"future seen in the past", `"We were told the cuts would not touch safety," Brandt said.`, false},
		{"would before an if in the past", "Deckhands say Lowe would dock their wages if he suspected they had spoken to the harbour board.", false},
		{"a habit in the past", "Lowe said the skipper would routinely call the harbour master before dawn.", false},
		{"would before an if that asks", "The harbour board said it would check each mooring to see if the fees were paid.", true},
		{"would before an if in the present", "The operator said the ferry would resume its night crossings if the storm passes.", true},
		{"unattributed prediction", "The pier will reopen in June.", false},
		{"pronoun speaker", `"It will take years," she said.`, false},
		{"attributed past fact", "The operator said the ferry ran late on Tuesday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsOutlook(tt.in); got != tt.want {
				t.Errorf("IsOutlook(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestForwardIgnoresAttributedAsides keeps a reported fact a fact when
// only an attributed side clause looks ahead.
func TestForwardIgnoresAttributedAsides(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The Assembly voted 40-22 on Monday, sending the bill to Governor Ada Lusk, who has said she will sign it.", false},
		{"Fenlow shares fell 3% after the company said the fine would cost $40m.", false},
		{"The dock closed at noon, and the operator said it would reopen on Friday.", true},
		{"The bill will reach the governor next week.", true},
		{"Records of 9,000 tenants may have been exposed.", false},
		{"Tenants should have been warned.", true},
	}
	for _, tt := range tests {
		s := newSentence(tt.in, false)
		if s.Forward != tt.want {
			t.Errorf("Forward of %q = %v, want %v (without asides: %q)", tt.in, s.Forward, tt.want, withoutAsides(tt.in, false))
		}
	}
}

func TestAheadInMainClause(t *testing.T) {
	for in, want := range map[string]bool{
		"The council will vote on the pier on Tuesday.":                                 true,
		"The harbour board blocked a planned deposition from Ilse Brandt on Tuesday.":   false,
		"Lowe has decided to quit the board but will stay on until May, his aide said.": false,
		"The ferry operator is expected to resume night crossings next month.":          true,
		"Brandt said the survey would finish by March.":                                 true,
	} {
		if got := AheadInMainClause(in); got != want {
			t.Errorf("AheadInMainClause(%q) = %v, want %v", in, got, want)
		}
	}
}
