package write

import (
	"regexp"
	"strings"
	"unicode"
)

// Page furniture that reaches an article's text: photo captions and
// credits, update stamps, transcript labels, teasers. None of it is
// reporting, so none of it is published.
var (
	// captionMarks appear in captions and credits, not in reporting.
	captionMarks = []string{
		"file photo", "in this photo", "in this image", "this photo", "photo:", "photo by", "photos:",
		"photograph:", "image:", "images)", "image via", "credit:", "getty images", "ap photo",
		"reuters/", "/reuters", "afp via", "(afp", "shutterstock", "pictured above", "pictured here", "slideshow",
		"(pictured", "seen here", "click to", "tap to", "scroll down", "watch the", "watch below",
		"video above", "video below", "listen to", "related:",
		"read also", "see also", "follow us", "newsletter", "all rights reserved", "news alerts", "news emails",
		"buy photo", "skip ad", "autoplay", "full screen", "second to continue",
		"opens a new window", "opens in a new window", "opens in new window", "opens in a new tab", "opens in new tab",
		"not pictured", " is pictured", " are pictured",
		// a trade mark's sign: marketing copy and captions of branded
		// events print it, news style leaves it out
		"™", "®",
	}
	// adLabel matches the label of an advertisement or of paid content
	// that reached the text: "Advertisement" written as a label, with
	// its capital, or "Sponsored" opening the line. In prose the words
	// are plain: "posted advertisements for divers", "the trust that
	// sponsored the crews".
	adLabel = regexp.MustCompile(`(^|\s)(Advertisement|ADVERTISEMENT)(\s|$)|^(Sponsored|SPONSORED|Paid [Cc]ontent|PAID CONTENT)\b`)
	// captionOpen matches a caption's usual opening: "In this Oct. 27,
	// 2012 photo, ..." or "FILE - ...".
	captionOpen = regexp.MustCompile(`(?i)^((image\s+|toggle\s+)?caption\b|image\s+copyright\b|enlarge\b|in this\b[^,]{0,60}\b(photo|image|picture|video|frame|handout)\b|file\s*[-–—:]|\(?(ap|afp|reuters) photo\b)`)
	// stamp matches an update stamp or time label at the start: "10:45
	// AM PT:", "UPDATE:", "Updated 3 p.m.", "Editor's note:".
	stamp = regexp.MustCompile(`(?i)^(\d{1,2}:\d{2}\s*([ap]\.?m\.?)?\s*[a-z]{0,4}\s*[:—–-]|update[sd]?\b|editor'?s note\b|correction\b|clarification\b)`)
	// label matches a speaker or section label that opens a line of a
	// transcript or a list: one to four capitalised words and a colon.
	label = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’.-]*:\s`)
	// abstractHeading matches the heading of a part of a study's
	// structured abstract run into its first sentence, with no stop
	// between them ("Results The overall rate ...", "Main Outcomes and
	// Measures Number of deaths ..."): prose never writes such a word
	// before a capital.
	abstractHeading = regexp.MustCompile(`^(?i:importance|objectives?|design,? setting,? and participants|interventions?|exposures?|main outcomes? and measures?|results|conclusions? and relevance|conclusions?|methods)\s+\p{Lu}`)
	// kicker matches a site's label of a few words that opens a sentence
	// before a colon and a capital ("Worth knowing: Some piers ...", "The
	// bottom line: The ..."); a speaker's colon (see speechLabel) is not one.
	kicker = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]*(\s[\p{L}'’-]+){0,3}:\s+\p{Lu}`)
	// widget matches a media player's label glued to the first words of
	// a text: "CLOSE Lena Marsh ...", "WATCH: ...", "VIDEO ...".
	widget = regexp.MustCompile(`^((CLOSE|WATCH|VIDEO|PHOTOS?|LISTEN|PLAY|GALLERY|SLIDESHOW|AUDIO)\b:?|(View|Open|Launch|See|Watch|Play) (the )?(Slideshow|Slide Show|Gallery|Photo Gallery|Photos|Video)\b:?|(Video|Audio|Watch|Listen|Podcast)\s*\(\d{1,2}:\d{2}(:\d{2})?\)\s*:?)\s+\p{Lu}`)
	// positions mark who is where in a photograph: "Lena Marsh (L) and
	// Paul Lowe (R)", "Lena Marsh, left, talks to ...".
	positions = regexp.MustCompile(`\((L|R|C|((([Uu]pper|[Ll]ower|[Tt]op|[Bb]ottom|[Ff]ar) )?([Ll]eft|[Rr]ight))|[Cc]ent(er|re)|[Ff]ront|[Bb]ack|[Tt]op|[Bb]ottom|[Ss]eated|[Ss]tanding)\)|\p{Lu}[\p{L}'’.-]*, (left|right|center|centre|second from (left|right)|front|rear|top|bottom|foreground|background), `)
	// datedTail matches a sentence that ends on a full date, as a
	// photograph's caption does: "... in Dunmere, Sunday, Oct. 12, 2031."
	// Its first group is the word before the date (and weekday): a
	// caption puts the date after a place or a comma, prose after "on",
	// "by" or "until".
	datedTail = regexp.MustCompile(`(\S+)\s+((Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}(,\s+(in|at|near|outside)\s+\p{Lu}[^;:"“”]{0,40})?\.["'”’]?$`)
	// weekdayDated matches the date of a caption in wire style, with its
	// weekday: "Tuesday, Oct. 9, 2029", which prose writes "on Tuesday".
	weekdayDated = regexp.MustCompile(`(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}`)
	// prompt matches a line that asks the reader to do something on the
	// site or elsewhere: an imperative that opens it ("Follow", "Watch",
	// "Use the ... button") and a word of the site's own services.
	prompt = regexp.MustCompile(`^(Follow|Like|Subscribe|Sign|Click|Tap|Watch|Listen|Download|Share|Join|Visit|Use|Welcome|Read|Text|Email|E-mail|Call|Stay|Get|Check|Find|See|Send|Tell|Contact)\b`)
	// readerInstruction matches a sentence that tells its reader what to
	// do, as a page's notes and asides do ("See this article on ...",
	// "Compare the date in this record with ...", "Imagine a pier with
	// no ferry"): no report's news, whoever wrote it.
	readerInstruction = regexp.MustCompile(`^(Compare|Consider|Imagine|Click|Tap)\s+[^A-Z\s]|^(See|Read|Watch|Check|Learn|Find|Visit|Look|Take a look)\s+(this|these|the|a|an|our|out|how|what|more|here|below|above|at)\b`)
	// moreOn matches a short line that points the reader to a link
	// ("The Dunmere Harbour Trust has more on the ferries."): what
	// it has is on another page.
	moreOn     = regexp.MustCompile(`^[^,;:]{2,80} (has|have) more (on|about) [^,;:]{2,50}\.$`)
	promptWord = regexp.MustCompile(`(?i)\b(facebook|twitter|instagram|youtube|tiktok|newsletters?|app|button|channel|podcasts?|alerts|updates|for more|this story|comments?|feed)\b`)
	// picturedOpen matches a caption without a verb that names its
	// picture first: "A council handout photo of the pier", "Baby photo
	// of Lena Marsh".
	picturedOpen = regexp.MustCompile(`^(A|An|The)?\s*([\p{L}'’-]+\s+){0,3}(photo|photograph|image|picture|screenshot|handout|video|still|graphic)s?\s+(of|for|from|taken|history)\b`)
	// pictureVerb is a verb prose uses of a picture ("Photos of the pier
	// show ..."), which a caption's noun phrase lacks.
	pictureVerb = regexp.MustCompile(`(?i)\b(shows?|showed|showing|depicts?|depicted|appears?|appeared|reveals?|revealed|suggests?|captures?|captured)\b`)
	// speechLabel is a colon that introduces what someone said.
	speechLabel = regexp.MustCompile(`(?i)\b(said|says|say|told|tells|wrote|writes|added|adds|announced|stated|tweeted|posted|explained|asked|replied)\b`)
)

// whLabel reports whether the words before a colon open with a question
// word: "Why it matters", "What happened", "How it works" head what
// follows as a site's label does, while a clause that introduces a list
// ("Two options remain") does not open so.
func whLabel(label string) bool {
	first, _, _ := strings.Cut(label, " ")
	switch strings.ToLower(first) {
	case "why", "what", "what's", "what’s", "how", "where", "when", "who":
		return true
	}
	return false
}

// withholdsWhy reports whether t says that someone gave a reason
// without giving it: "why" ends it, with no clause after it ("... and he
// made sure to let the board know why on his way out."), and nothing in
// it says the reason is not known ("Police have not said why", "It is
// unclear why"), which is news.
func withholdsWhy(t string) bool {
	m := bareWhy.FindStringSubmatch(t)
	if m == nil || hasVerb(m[1]) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(t)) {
		w = strings.Trim(w, `,.;:"'“”‘’()`)
		if reasonUnknown[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return false
		}
	}
	return true
}

// reasonUnknown are words that say a reason is not known or not given,
// which a "why" with no clause after it then reports: "It is rarely
// certain why", "Nobody knows why".
var reasonUnknown = map[string]bool{"not": true, "no": true, "never": true, "nobody": true, "unclear": true,
	"unknown": true, "uncertain": true, "unsure": true, "unexplained": true, "rarely": true, "mystery": true,
	"wonder": true, "wondered": true, "wonders": true, "asked": true, "asks": true}

// bareWhy matches a "why" near the end of a sentence and the few words
// after it.
var bareWhy = regexp.MustCompile(`(?i)\bwhy\b([^,;:?"“”]{0,40})[.!]?["”’]?$`)

// mainClause is t up to the first word that opens a clause of its own
// ("after", "when", "who", ...): the clause that says what a caption's
// picture shows, in the present, where the clause after it may tell what
// had happened ("Families react after the crew was found").
func mainClause(t string) string {
	words := strings.Fields(t)
	for k, w := range words {
		if k > 0 && (opensInnerClause[strings.ToLower(w)] || strings.ToLower(w) == "after" || strings.ToLower(w) == "before") {
			return strings.Join(words[:k], " ")
		}
	}
	return t
}

// endsOnVerb reports whether the words before a colon end on a verb, so
// that they are a clause that introduces what follows ("Two options
// remain: ..."), not a label: a form of "be", or a word that a plural or
// a third person takes ("remain", "follows", "includes").
func endsOnVerb(label string) bool {
	f := strings.Fields(label)
	last := strings.ToLower(f[len(f)-1])
	switch last {
	case "is", "are", "was", "were", "be", "been", "remain", "remains", "follow", "follows",
		"include", "includes", "exist", "exists", "mean", "means", "seem", "seems":
		return true
	}
	return strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// furniture returns what kind of page furniture a sentence is, or "" when
// it reads as reporting.
func furniture(t string) string {
	low := strings.ToLower(t)
	switch {
	case captionOpen.MatchString(t):
		return "photo caption"
	case stamp.MatchString(t):
		return "update stamp"
	case widget.MatchString(t):
		return "media label"
	case label.MatchString(t), abstractHeading.MatchString(t), listEntry.MatchString(t):
		return "label or transcript line"
	case kicker.MatchString(t) && (whLabel(t[:strings.Index(t, ":")]) || !speechLabel.MatchString(t[:strings.Index(t, ":")]) && !endsOnVerb(t[:strings.Index(t, ":")])):
		return "label or kicker"
	case strings.Contains(t, "...") || strings.Contains(t, "…"):
		return "teaser or cut text"
	case withholdsWhy(t):
		return "withholds its news"
	case positions.MatchString(t):
		return "photo caption"
	case captionDate(t) && (!narrated(t) || weekdayDated.MatchString(t) && !toldInPast(mainClause(t))), datedCaptionHead(t), datedOpening.MatchString(t):
		return "photo caption"
	case picturedOpen.MatchString(t) && !hasVerb(t) && !narrated(t) && !pictureVerb.MatchString(t), picturedCaption(t):
		return "photo caption"
	case posesFor(t) && !narrated(t), inPicture.MatchString(t) && !narrated(t), holdsPicture.MatchString(t):
		return "photo caption"
	case captionGlued(t), gluedCredit.MatchString(t), parenCredit.MatchString(t):
		return "caption glued to the text"
	case dayCaption(t):
		return "photo caption"
	case prompt.MatchString(t) && promptWord.MatchString(t) && !narrated(t), adLabel.MatchString(t):
		return "caption, credit or prompt"
	case readerInstruction.MatchString(t), moreOn.MatchString(t) && !strings.Contains(low, " than "):
		return "tells the reader what to do"
	case inCapitals(t):
		return "set in capitals"
	case embeddedPost.MatchString(t), forumPost.MatchString(t):
		return "embedded post"
	case authorNote.MatchString(t) && !strings.Contains(t, ",") && len(strings.Fields(t)) <= 20:
		return "author note"
	case contributors.MatchString(t):
		return "credit line"
	case caseCitation.MatchString(t):
		return "case citation"
	}
	for _, m := range captionMarks {
		if strings.Contains(low, m) {
			return "caption, credit or prompt"
		}
	}
	return ""
}

// dayCaption reports whether t tells in the present what someone does
// in a picture on a day gone by ("A diver inspects the piles under the
// east pier on Tuesday.", "Divers on Tuesday inspect the wreck"): a
// caption's tense with a day of the week, and a verb of what a picture
// shows, not of a plan ("The trial opens on Tuesday"). Nothing in its
// main clause is told in the past ("... the wreck of the ferry that was
// lost last week" still captions), and nobody is quoted.
func dayCaption(t string) bool {
	if !captionDay.MatchString(t) || strings.ContainsAny(t, `"“”`) {
		return false
	}
	main := mainClause(t)
	if narrated(main) {
		return false
	}
	words := strings.Fields(main)
	for k, w := range words {
		w = strings.Trim(w, `,.;:`)
		if pictureActs[strings.ToLower(w)] {
			return true
		}
		// "Forensic experts on Monday inspect the wreck": the verb of a
		// plural subject, after the subject or its day
		if k > 0 && pictureActs[thirdPerson(w)] {
			before := strings.Trim(words[k-1], `,.;:`)
			if captionDay.MatchString(before) || isLowerWord(before) && strings.HasSuffix(before, "s") && !strings.HasSuffix(before, "ss") {
				return true
			}
		}
	}
	return false
}

// thirdPerson is the form in -s of a verb in the plain present: "walks"
// of "walk", "watches" of "watch", "carries" of "carry".
func thirdPerson(w string) string {
	switch {
	case w == "" || w != strings.ToLower(w):
		return ""
	case strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ss"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// captionDay matches a day of the week, as a caption dates its picture.
var captionDay = regexp.MustCompile(`\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b`)

// pictureActs are what a photograph shows someone doing, told in the
// present as captions tell it.
var pictureActs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`removes carries holds walks arrives leaves waves speaks talks looks
		stands sits gestures poses greets shakes prays kneels rides watches smiles reacts hugs embraces
		enters exits steps inspects pauses points listens addresses attends cries mourns salutes`) {
		pictureActs[w] = true
	}
}

// authorNote matches the line about its writer that closes a report:
// "Lena Marsh writes about the harbour for the Coastal Standard.",
// "Ilse Brandt is a staff reporter at The Ledger.", or that names the
// publication first: "LEDGER staff writer Paul Lowe has covered the
// harbour since the storm began."
var authorNote = regexp.MustCompile(`^(?:[A-Z][\p{L}'’.-]+ ){1,3}(?:writes|covers|reports on|is an? (?:(?:staff|senior|freelance|contributing|political|business|national|local) )?(?:writer|reporter|columnist|editor|correspondent|contributor|journalist))\b[^.;]{0,100}\b(?:for|at|with) (?:the )?[A-Z][^.;]*\.$` +
	`|^(?:[A-Z][\p{L}'’.-]+ ){1,3}(?:staff|senior|freelance|contributing) (?:writer|reporter|columnist|editor|correspondent) (?:[A-Z][\p{L}'’.-]+ ){1,3}(?:has covered|covers|has written about|writes about|has reported on|reports on)\b[^;]*\.$`)

// contributors matches the line that credits the reporters who helped
// with a report: "Lena Marsh in Tarrow contributed to this report.",
// "Ilse Brandt contributed reporting.", "Also contributing were Paul
// Lowe in Dunmere and ...". Prose that says who contributed what names
// no people after "contributing were" ("Also contributing were high
// winds") and no report of its own.
var contributors = regexp.MustCompile(`\bcontributed (?:to this (?:report|story|article|reporting)|reporting)\b|^(?:Also )?[Cc]ontributing(?: to this (?:report|story))?(?: were| was|:)\s+(?:\p{Lu}[\p{L}'’.-]*\s){1,3}(?:in|and|of)\b`)

// caseCitation matches the line that closes a report of a court case
// with the case's name and docket: "The case is Lowe v. Dunmere Harbour
// Board, U.S. District Court, ..., No. 30-cv-00412.", "The case is In
// re: Tarrow Ferries LLC, ...". A sentence that tells of the case ("The
// case is still open") names no parties with "v." and no "In re".
var caseCitation = regexp.MustCompile(`^The cases? (?:is|are) (?:In re\b|[^;]{1,80}? v\.? )`)

// embeddedPost matches the sign-off of a social media post that a page
// embeds, which the text keeps as a line of its own: "— Lena Marsh
// (@lenamarsh) May 4, 2024".
var embeddedPost = regexp.MustCompile(`\(@\w{1,30}\)\s+(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?) \d{1,2}, \d{4}`)

// forumPost matches the header of a forum post that a page quotes: a
// time of day to the second ("06:56:55 AM"), which no report writes in
// its prose, or the forum's "Quote from:" before whom it quotes.
var forumPost = regexp.MustCompile(`\b\d{1,2}:\d{2}:\d{2}\s*[AaPp]\.?[Mm]\b|\bQuote from:`)

// Furniture returns what kind of page furniture a sentence is (a photo
// caption, a credit, an update stamp, a transcript label, cut text), or
// "" when it reads as reporting. The writer never publishes furniture.
func Furniture(t string) string { return furniture(t) }

// inCapitals reports whether a sentence of four words or more is set in
// capitals, as a label, a kicker or a caption's credit line is, and
// prose never is: four letters in five upper case.
func inCapitals(t string) bool {
	if len(strings.Fields(t)) < 4 {
		return false
	}
	upper, letters := capitals(t)
	return letters > 0 && 5*upper >= 4*letters
}

// capitals counts the letters of t and how many of them are capitals.
func capitals(t string) (upper, letters int) {
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return upper, letters
}

// captionDate reports whether t ends on a full date that no preposition
// introduces (see datedTail).
func captionDate(t string) bool {
	m := datedTail.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	switch strings.ToLower(m[1]) {
	case "on", "by", "until", "till", "from", "since", "before", "after", "of", "in", "to", "through":
		return false
	}
	return true
}

// datedOpening matches a text that a full date opens with no comma or
// stop after it, a capital next: a picture's date glued to its caption
// ("May 3, 2030 A ferryman ties up at the quay"), which prose would open
// "On May 3, 2030, ...".
var datedOpening = regexp.MustCompile(`^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4} \p{Lu}`)

// datedCaptionHead reports whether t opens with a caption that a full
// date with its weekday ends after a comma, told in the present ("Lena
// Marsh waves to the crowd at the quay, Friday, Dec. 15, 2017, in
// Dunmere."), whatever the text glued after it says.
func datedCaptionHead(t string) bool {
	loc := weekdayDated.FindStringIndex(t)
	return loc != nil && strings.HasSuffix(t[:loc[0]], ", ") && !narrated(t[:loc[0]]) && hasVerb(t[:loc[0]])
}

// captionGlued reports whether a sentence opens with a name and a comma
// and names the same person in full again later: a caption ("Lena
// Marsh, harbour master") run into the text that follows it ("... the
// board named Lena Marsh ..."), which prose would not write.
func captionGlued(t string) bool {
	head, rest, ok := strings.Cut(t, ", ")
	if !ok {
		return false
	}
	words := strings.Fields(head)
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !isCapitalised(w) {
			return false
		}
	}
	return strings.Contains(rest, head)
}

// gluedCredit matches a photographer's credit that a caption runs into
// the text with no stop: a name, a slash and an agency, the agency a
// wire's short name or two or more words in capitals ("Lena Marsh/AP A
// ferryman ...", "Crews at work Paul Lowe/THE TARROW PRESS The pier
// ..."), or, with no slash, two or more words in capitals between a name
// and the capital that opens the text ("Ilse Brandt THE TARROW PRESS
// Police have named ..."). A slash between two outlets of a poll ("a
// Ledger/DTV poll") names neither.
var gluedCredit = regexp.MustCompile(`\p{Lu}[\p{Ll}'’-]+(?:/(?:(?:AP|AFP|EPA|UPI|REUTERS|Reuters|Getty)\b|\p{Lu}{2,}(?: \p{Lu}{2,})+\b)| \p{Lu}{2,}(?: \p{Lu}{2,})+ \p{Lu}\p{Ll})`)

// parenCredit matches a photographer's credit in parentheses, a name and
// an outlet either side of a spaced slash: "(Ilse Brandt / Tarrow
// Ledger)". Prose does not credit that way.
var parenCredit = regexp.MustCompile(`\((?:\p{Lu}[\p{L}.'’-]* ){1,3}/ (?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,3}\)`)

// inPicture matches where a sentence places what it tells in a
// picture: "... share a laugh on the quay in a family picture". Told
// without a past or an auxiliary, it says what the picture shows, as a
// caption does; "appeared in a photo the council released" narrates,
// and "in a photo-editing class" names no picture.
var inPicture = regexp.MustCompile(`(?i)\bin (a|an|this|the)( [\p{L}-]+){0,2} (photo|photograph|picture|image|selfie|snapshot)s?([^\p{L}-]|$)`)

// holdsPicture matches someone named who holds up a picture, in the
// present as a caption tells it, whatever the picture's own words
// narrate: "Paul Lowe holds up a picture of the ferry his grandfather
// built".
var holdsPicture = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]* ){1,4}holds( up)? (a|an|the)( [\p{L}-]+){0,2} (photo|photograph|picture|portrait|image)s?([^\p{L}-]|$)`)

// poseVerbs are what people do in a photograph, told in the present as a
// caption tells it: "Lena Marsh attends the harbour gala", "Lowe rounds
// the bases".
var poseVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`attends arrives poses speaks talks walks waves looks stands leaves gestures
		reacts celebrates rounds listens smiles sits greets addresses kneels hugs embraces shakes watches
		prays marches departs exits enters salutes signs`) {
		poseVerbs[w] = true
	}
}

// posesFor reports whether a sentence tells what someone named does in a
// picture: a name, then a verb of poseVerbs in the present ("Marsh
// attends ...", "President Ramos speaks ..."). Prose tells events in the
// past or with "says"; a caption says what the picture shows.
func posesFor(t string) bool {
	words := strings.Fields(t)
	for k := 1; k < len(words) && k < 8; k++ {
		w := strings.ToLower(strings.Trim(words[k], `,.;:!?()"'“”‘’`))
		if poseVerbs[w] {
			prev := strings.Trim(words[k-1], `,.;:!?()"'“”‘’`)
			return !strings.HasSuffix(words[k-1], ",") && isCapitalised(prev)
		}
	}
	return false
}

// pastOrAuxiliary are verbs that narrate or qualify: a sentence with one
// tells what happened. A caption says what a picture shows, in the
// present tense ("A ferryman ties up at the Dunmere pier, May 3, 2030").
var pastOrAuxiliary = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`was were is are be been being has have had will would can could
		shall should may might must did does do said told says made took went came saw gave got found
		left held met ran won lost began sent led spoke wrote brought bought thought became fell rose
		struck drew flew grew knew threw fought caught taught sold paid laid kept felt heard meant stood
		built spent sat hit put set cut let`) {
		pastOrAuxiliary[w] = true
	}
}

// toldInPast reports whether a sentence tells something in the past
// tense, as prose does and a caption does not: a past auxiliary or form
// ("was", "said", "began"), or a word in -ed that no form of "be" goes
// before ("is driven from court after being sentenced" is a caption's
// present), nor an article or a preposition ("walks past the wrecked
// ferry", "walk past boarded up homes" describe).
func toldInPast(t string) bool {
	prev := ""
	words := strings.Fields(t)
	for k, w := range words {
		w = strings.ToLower(strings.Trim(w, `,.;:!?()"'“”‘’`))
		switch {
		case w == "was" || w == "were" || w == "had" || w == "did" || w == "said" || w == "told" || irregularPast[w] && !beForms[prev]:
			return true // "are held up by" is a present passive, as captions write
		case len(w) >= 5 && strings.HasSuffix(w, "ed") && !beForms[prev] && !determiners[prev] && prev != "a" && prev != "an" && !objectOpeners[prev] &&
			!(k > 0 && k+1 < len(words) && describing[strings.ToLower(strings.Trim(words[k+1], `,.;:"'“”‘’`))] && isLowerWord(strings.Trim(words[k-1], `,.;:"'“”‘’(`))):
			return true // "the crashed plane" and "a train loaded with" describe, "the plane crashed" tells
		}
		prev = w
	}
	return false
}

// objectOpeners are prepositions after which a participle describes the
// noun that follows ("walk past boarded up homes", "stand near burned
// cars"): no verb of the past.
var objectOpeners = map[string]bool{"past": true, "near": true, "beside": true, "behind": true, "among": true,
	"between": true, "through": true, "across": true, "around": true, "outside": true, "inside": true,
	"toward": true, "towards": true, "under": true, "over": true, "along": true, "against": true,
	"into": true, "onto": true, "with": true, "without": true, "from": true, "at": true, "in": true, "on": true}

// describing are the words after a participle that describes the noun
// before it: "a train loaded with ...", "a ferry packed by ...".
var describing = map[string]bool{"with": true, "by": true}

// isLowerWord reports whether a word, trimmed, is in lower case and no
// pronoun: a common noun may go before a participle that describes it.
func isLowerWord(w string) bool {
	return w != "" && unicode.IsLower([]rune(w)[0]) && !personal(w) && !subjectPronouns[w]
}

// picturedCaption reports whether a sentence names who or what a
// picture shows and says nothing else: its main clause has no verb but
// "pictured" or "photographed" ("A gaunt Lena Marsh pictured in 2010
// when she was ill").
func picturedCaption(t string) bool {
	words := strings.Fields(mainClause(t))
	found := false
	for _, w := range words {
		low := strings.ToLower(strings.Trim(w, `,.;:!?()"'“”‘’`))
		switch {
		case low == "pictured" || low == "photographed":
			found = true
		case finiteWord(low) || beForms[low] || auxiliaries[low]:
			return false
		}
	}
	return found
}

// beForms are the forms of "be" before a participle.
var beForms = map[string]bool{"is": true, "are": true, "be": true, "being": true, "been": true, "am": true}

// narrated reports whether a sentence has a verb in the past tense or an
// auxiliary: a word of pastOrAuxiliary, or one of five letters or more
// that ends in "ed".
func narrated(t string) bool {
	for _, w := range strings.Fields(t) {
		w = strings.Trim(w, `,.;:!?()"'“”‘’`)
		if w == "May" {
			continue // the month
		}
		w = strings.ToLower(w)
		if pastOrAuxiliary[w] || len(w) >= 5 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// listEntry matches the head of an entry in a list that a page runs as
// text: a name, then a short label between spaced dashes, then the
// entry ("Lena Marsh - Tarrow 3-1 Dunmere (Kell 2030) - Marsh scored
// twice ..."). A dash that sets an aside inside a sentence follows a
// verb or a comma, not a name that opens it.
var listEntry = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’.-]* ){0,3}\p{Lu}[\p{L}'’.-]* - .{3,60}? - \p{Lu}`)

// kickerHead matches a site's label, of up to eight words, glued before
// a colon to the sentence it heads: "Crews clear the quay: Hundreds of
// workers ...".
var kickerHead = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,7}): (\p{Lu}.*)$`)

// withoutKicker returns t without a label that heads it before a colon
// ("Crews clear the quay: Hundreds of workers cleared ..." is "Hundreds
// of workers cleared ..."), when what follows the colon is a sentence
// of its own. Words before a colon that introduce what follows stay: a
// speaker's ("Lena Marsh: We will ...", "The mayor said: ..."), which
// would leave their words in no one's mouth, and a clause with a verb
// in the past or ending on one ("Officials gave two reasons: ...",
// "The reasons are: ...").
func withoutKicker(t string) string {
	m := kickerHead.FindStringSubmatch(t)
	if m == nil {
		return t
	}
	head, rest := m[1], m[2]
	words := strings.Fields(head)
	lower := false
	for k, w := range words {
		low := strings.ToLower(w)
		// "the flooded quay": a past form after an article describes
		if finiteWord(low) && (k == 0 || !articles[strings.ToLower(words[k-1])]) || beForms[low] {
			return t
		}
		lower = lower || w == low
	}
	if !lower || speechLabel.MatchString(head) || endsOnVerb(head) || len(strings.Fields(rest)) < minWords || !hasVerb(rest) {
		return t
	}
	return rest
}
