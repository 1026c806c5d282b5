package analyze

import (
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

func TestForward(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The bridge will reopen in May.", true},
		{"Officials expect repairs to take three weeks.", true},
		{"The council is set to vote on the budget.", true},
		{"The panel is scheduled to vote on the harbour budget on Thursday.", true},
		{"The board is poised to approve the pier repairs.", true},
		{"The board seems poised to approve the pier repairs after a day of debate.", true},
		{"The council looks set to approve the harbour levy.", true},
		{"The board seemed poised and calm at the hearing.", false},
		{"The ferry was scheduled for repairs in May.", false},
		{"The crew worked about two hours on the pier.", false},
		{"The vote is due to take place on Friday.", true},
		{"The match was cancelled due to rain.", false},
		{"The depot next to the station closed.", false},
		{"Crews arrived soon after the alarm.", false},
		{"The bridge reopened in May.", false},
		{"Mayor Will Okafor opened the hall.", false},
		{"Next month the board votes again.", true},
		{"Results are expected later this week.", true},
		{"Two days later the bridge closed.", false},
		{"The authority's plans include a second span.", true},
		{"We'll rebuild it, she said.", true},
		{"The will of the voters was clear.", false},
		{"The department could not document how the money was spent.", false},
		{"The authority would not say when the bridge reopens.", false},
		// what someone once believed of a time now past
		{"A friend said Lowe thought his stay at the board would be longer.", false},
		{"A friend said Lowe hopes his stay at the board will be longer.", true},
		{"The harbour master said he would not substantiate rumours about the wreck.", false},
		{"Marsh told the crews she is \"more loyal than anyone else could be\" to them.", false},
		{"Marsh said the crews could be back at work on Monday.", true},
		{"The authority would not reopen the bridge before May.", true},
		{"We are not going to let this drift, Whitford said.", true},
	}
	for _, tt := range tests {
		if got := Forward(tt.in); got != tt.want {
			t.Errorf("Forward(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsOutlook(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The bridge will reopen in May, the authority said.", true},
		{"According to the county's engineers, repairs could take three weeks.", true},
		{"Halvorsen expects the survey to finish by March.", true},
		{`"We will not rush this," said Mayor Ines Halvorsen.`, true},
		{"Analysts warned that tolls may rise next year.", true},
		{"The bridge will reopen in May.", false},                                                        // unattributed prediction
		{"Prices could rise sharply next year.", false},                                                  // unattributed prediction
		{"The authority said the bridge closed on Tuesday.", false},                                      // attributed, not forward
		{`"It will take months," he said.`, false},                                                       // a pronoun is no speaker
		{"According to the historian Lena Marsh, the mayor's will shows a plan for the harbour.", false}, // the noun
	}
	for _, tt := range tests {
		if got := IsOutlook(tt.in); got != tt.want {
			t.Errorf("IsOutlook(%q) = %v, want %v (speaker %q)", tt.in, got, tt.want, Speaker(tt.in))
		}
	}
}

func TestSpeaker(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mayor Ines Halvorsen said the bridge was unsafe.", "Mayor Ines Halvorsen"},
		// the pronoun of a clause that names something is the subject's
		{`Mayor Ines Halvorsen on Monday closed the quay to Paul Lowe's ferries after what she called "a season of rot."`, "Mayor Ines Halvorsen"},
		{`Tarrow's governor has signed an order that he called "long overdue."`, "Tarrow's governor"},
		{`Tarrow's harbour master has signed an order that he called "long overdue."`, ""},
		{`Marsh shut the pier in what she called "a season of rot."`, "Marsh"},
		// but not of a subject that is not one person, nor of one after
		// an opening clause
		{`Residents left the quay in what he called "a season of rot."`, ""},
		{`Officials shut the pier in what he called "a season of rot."`, ""},
		{`After Lowe left, Marsh shut the pier in what she called "a season of rot."`, ""},
		{`The pier closed in what he called "a season of rot."`, ""},
		{`"We acted on the evidence," said Halvorsen.`, "Halvorsen"},
		// after a comma the speaker who follows the verb speaks, not the
		// name that closes the clause before it
		{"Lowe barred her from the quay in New Tarrow, says Halvorsen, though the ban was lifted in May.", "Halvorsen"},
		{"Lowe will not lose the seat to Paul Marsh, says the expert.", "the expert"},
		// a name an aside sets off before the verb is its speaker
		{"Ines Halvorsen, a pilot at the Tarrow quay, said Monday that the pier was unsafe.", "Ines Halvorsen"},
		// where the speaker serves goes before the role and the name
		{"The pier was unsafe for years, said Tarrow police Detective Ines Halvorsen.", "Detective Ines Halvorsen"},
		{`"The crossing was rough," added former Dunmere pilot Paul Lowe.`, "Paul Lowe"},
		// a clause of time between commas sets off no name's aside
		{"Dozens of pilots were on the quay in Dunmere, near Tarrow, when the fire began, said Paul Lowe, a pilot.", "Paul Lowe"},
		{"Lena Marsh, whose son sails the ferry, said the pier was unsafe.", "Lena Marsh"},
		// a day or a month is no one
		{"The ferry was towed to the east quay on Wednesday, having lost its rudder, says a harbour official.", "a harbour official"},
		{"The ferry's fuel was contaminated, according to lab results released Thursday.", ""},
		// a title before the name after the verb is not the speaker
		{`"Sign in and out," said Dr. Ines Halvorsen, the harbour's doctor.`, "Ines Halvorsen"},
		{`"We acted on the evidence," said the spokesperson for the authority.`, "the spokesperson"},
		{"The bridge closed on Tuesday, officials said.", "officials"},
		{"According to the Harbor Authority, 30,000 vehicles use the bridge.", "Harbor Authority"},
		// a name before a source noun says whose source it is
		{"The ferry sank near the pier, according to Dunmere police.", "Dunmere police"},
		{"The pier was closed for a year, according to a Tarrow council report.", "Tarrow council report"},
		{"The ferry was towed to the quay, said South Tarrow's harbour officials.", "South Tarrow's harbour officials"},
		{"The pier closed at noon, according to the Harbor Authority's council minutes.", "Harbor Authority"},
		{"The North Dunmere military says the ferry sank on Monday.", "North Dunmere military"},
		{"South Tarrow's military said the ferry sank on Monday.", "South Tarrow's military"},
		{"On Monday, New Tarrow Beach police said the pier was closed.", "New Tarrow Beach police"},
		{"But Dunmere officials said the pier was closed.", "Dunmere officials"},
		{"But South Tarrow's police said the pier was closed.", "South Tarrow's police"},
		{"On Monday, New Tarrow's police said the pier was closed.", "New Tarrow's police"},
		// a verb of speech inside what was said is someone else's words
		// as the speaker reported them; a closing attribution still names
		// the speaker
		{"The harbour master told police that Lena Marsh told her to close the pier.", ""},
		{"The crews added that Dunmere officials told the board on Monday that the pier would close.", ""},
		{`The harbour master said that the piles were "rotten, old and unsafe," the filing said.`, "filing"},
		{"The Harbor Authority said it had no choice.", "Harbor Authority"},
		{"City engineers told the council that the cracks were new.", "City engineers"},
		{"The special forces group says its mission is to guard the coast.", "special forces group"},
		{"After the vote city officials said the pier would close.", "city officials"},
		{"The harbour safety board said the pier would close.", "harbour safety board"},
		// a title quoted inside the phrase names a work, not who spoke
		{`"We will sail on Monday," said the 'Sea Breeze' spokesman.`, "the spokesman"},
		{`"I left the band," said the 'Harbour Lights' singer.`, "the singer"},
		{"“I left the band,” said the ‘Harbour Lights’ singer.", "the singer"},
		{`"It will take months," he said.`, ""},
		{`"It will take months," he said, according to the Ledger.`, ""},
		{"The bridge closed on Tuesday.", ""},
		{"The mayor's plans to rebuild the harbour would double the port's debt.", ""},
		{"The authority's estimates put the repair bill at $2 million.", ""},
		{"Lowe's plans call for a new pier by 2030.", ""},
		{`The union called the closure "a warning" to the city.`, "union"},
		{`The closure was "a warning" to the city.`, ""},
		{"Speaking on Tuesday, Reyes said the ferries were full.", "Reyes"},
		{"Priya Anand, the authority's chief engineer, said the cracks were new.", "Priya Anand"},
		// the aside's closing comma left out: the name after its last
		// preposition is where the speaker works
		{`"The cracks are new," Priya Anand, the chief engineer at the U.S. Harbour Authority's works at Tarrow told a briefing.`, "Priya Anand"},
		{"Priya Anand, the chief engineer at Tarrow told a briefing the cracks were new.", "Priya Anand"},
		{"Councillor Marta Ellison, who chairs the committee, said the cuts hurt.", "Councillor Marta Ellison"},
		{"On Tuesday, officials said the bridge closed.", "officials"},
		{"Mayor Halvorsen on Tuesday said the bridge closed.", "Mayor Halvorsen"},
		{"The Harbor Authority last March warned that the cracks were new.", "Harbor Authority"},
		{`"Help is on the way," Senator Lena Marsh (D-Tarrow) said on the floor.`, "Senator Lena Marsh"},
		// the name after "said" is what was said of, not who said it
		{"A harbour board spokesman, Paul Lowe, said Tarrow was ready to talk.", "Paul Lowe"},
		{`"We will talk," said Tarrow on Monday.`, "Tarrow"},
		{"The company, Tarrow, said it would sell the pier.", ""},
		// speech on a social network, and before a committee
		{`“The pier will stay open all winter,” Mr. Lowe tweeted.`, "Lowe"},
		{`"We will not close the pier," tweeted Marsh.`, "Marsh"},
		{`Harbour master Lena Marsh testified that the piles had rotted for years.`, "Lena Marsh"},
		// an office that a title owns is named whole; a place's is not
		{`A spokesman for the State Harbour Master's office said divers "stand by" the survey.`, "the State Harbour Master's office"},
		{"Tarrow's council said the pier would close.", "Tarrow council"},
		{"A spokeswoman for the Governor's office said the pier would close.", "the Governor's office"},
		// a source that a phrase after it describes
		{"The pier will close in May, a lawyer for the owner's family said.", "lawyer"},
		{"The pier will close in May, officials at the harbour told reporters.", "officials"},
		{"The pier will close in May, a family lawyer for the Marsh household said.", "family lawyer"},
		{"A neighbour who saw reporters at the house said the pier was quiet.", ""},
		{"Officials in Tarrow's harbour office said the pier would close.", "harbour office"},
		// "saying" goes back to the subject that opens the sentence
		{`Sen. Lena Marsh addressed the crowd, saying, "We will keep the pier."`, "Lena Marsh"},
		{`But Mr. Lowe rebuked the council in its chamber, saying: "No vote is final."`, "Lowe"},
		{`The harbour board issued a statement saying the pier "will reopen soon."`, "harbour board"},
		{`By May, however, Marsh endorsed Lowe saying, "He has my vote."`, ""},
		{`She received a letter from the board saying the pier "was closed for good."`, ""},
		{`But the board disputed that, saying its survey "was independent."`, "board"},
		// a name that is not the whole subject, or no verb after it
		{`The Tarrow Rovers keeper (pictured) filed a lawsuit, saying the club "owes him."`, ""},
		{`Veteran crooner Lena Marsh postponed the show, saying on her website: "Rest well."`, ""},
		{`A New Tarrow judge threw out the case, saying the charge "cannot stand."`, ""},
		{`Four harbour pilots are calling on the board to act, saying the pier "is unsafe."`, ""},
		// a person whom "a" introduces speaks unnamed; "the" speaks of
		// someone the report may have named
		{`"The piles gave way," a nurse wrote in a report.`, "nurse"},
		{`"The piles gave way," an old pilot told the board.`, "old pilot"},
		{`"The piles gave way," the pilot said.`, ""},
		{`"Is the pier safe?" asks Lowe.`, "Lowe"},
		{`"The pier is safe," writes Marsh.`, "Marsh"},
		// quoted speech that someone else carried is the speaker's
		{`"The pier is safe," Lowe was quoted as saying.`, "Lowe"},
		{`"The pier is safe," Lowe is quoted by the Ledger as saying.`, "Lowe"},
		{`"The pier is safe," the Ledger quoted Mr Lowe as saying.`, "Lowe"},
		{`"The pier is safe," the Ledger quoted him as saying.`, ""},
		{`"The piles held," said a harbour source.`, "a harbour source"},
	}
	for _, tt := range tests {
		if got := Speaker(tt.in); got != tt.want {
			t.Errorf("Speaker(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSpeculative: a guess at what may come counts; a decision, a
// schedule, a quotation, a past modal or what someone is told to have
// said does not.
func TestSpeculative(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The closure could last until spring.", true},
		{"Prices are likely to rise next year.", true},
		{"The plant is expected to reopen in May.", true},
		{"The council will close the pier on Monday.", false},
		{"The ferry is set to move to the west quay.", false},
		{"The board seems poised to approve the pier repairs.", true},
		{"The council looks set to raise the harbour levy.", true},
		{"The union plans to strike on Friday.", false},
		{"The inspectors may have missed the cracks.", false},
		{"He would not say when the pier reopens.", false},
		{"The skipper would often call the harbour master before a crossing.", false},
		{`"It could take years," the engineer said.`, false},
		{"The long-expected move came on Friday.", false},
		{"Crews shored up the piles that could give way in a storm.", false},
		{"The board closed the pier, which may stay shut for a year.", true},
		{"The board closed the pier which may stay shut for a year.", false},
		{"Divers found cracks that could quickly spread.", false},
		// what someone said or decided is told, not guessed
		{"Engineers warned that the piles could give way.", false},
		{"The board said that the pier may stay shut.", false},
		{"The court ruled on Monday that tenants allowed to stay for a year may not buy.", false},
		{"The harbour board signaled that Lowe would be open to a second pier.", false},
		{"Marsh reversed an earlier assessment that the ferry could sail by May.", false},
		{"Lowe sought to convince the crews that Marsh would not back the pier.", false},
		{"It was said that the pier could close.", true},
		{"Lowe said the pier closed, and it could stay shut for a year.", true},
		{"Lowe spoke, but the pier could stay shut for a year.", true},
		{"The report could change the rules.", true},
		{"The state could lose its ferry.", true},
		{"When Lowe fouls a man and says \"sorry,\" he is probably not.", true},
		{"The piles that gave way could be replaced by May.", true},
	}
	for _, tt := range tests {
		n := text.Normalize(tt.s)
		if got := Speculative(outsideQuotes(withoutAsides(n, false), false)); got != tt.want {
			t.Errorf("Speculative(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestAheadUnsaid: a sentence that names no one looking ahead still
// looks ahead by a firm marker of the future in its main clause; a
// "would" of habit, a "could" of what was seen, a past "soon" or "later
// in", a past expectation and a clause that describes a noun do not.
func TestAheadUnsaid(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The council will vote on the pier on Tuesday.", true},
		{"Repairs are expected to take a month.", true},
		{"The ferry is set to move to the west quay next week.", true},
		{"The council looks set to approve the harbour levy.", true},
		{"Fishermen would land their catch at the pier every morning.", false},
		{"Crews could be seen on the pier at dawn.", false},
		{"Years later in Tarrow, the divers met again.", false},
		{"The crews soon left the pier.", false},
		{"Marsh did not expect to win the seat.", false},
		{"Divers learned the skills they will need at the harbour school.", false},
		{"Last year, repairs were expected to take a month.", false},
	}
	for _, tt := range tests {
		if got := aheadUnsaid(text.Normalize(tt.s)); got != tt.want {
			t.Errorf("aheadUnsaid(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestSpeakerNotOpeningPhrase: the place an opening phrase names is no
// speaker, whatever follows it.
func TestSpeakerNotOpeningPhrase(t *testing.T) {
	if got := Speaker("In Dunmere, officials at Tarrow Harbour told reporters the pier would close."); got == "Dunmere" || got == "In Dunmere" {
		t.Errorf("Speaker = %q, the place of an opening phrase", got)
	}
}
