package cluster

import (
	"fmt"
	"time"
)

// The test corpus: invented reports of five events in the invented towns
// of Port Calder and Elmora. Two pairs of events look alike on purpose: a
// warehouse fire and a council budget vote three days apart, in the same
// town, with the same mayor quoted; and two warehouse fires four weeks
// apart, told in the same words by the same fire chief.

func at(day, hour, minute int) time.Time {
	return time.Date(2026, time.March, day, hour, minute, 0, 0, time.UTC)
}

func report(id, outlet int64, when time.Time, lang, title, body string) Doc {
	return Doc{
		ID:        id,
		Key:       fmt.Sprintf("https://outlet%d.example/news/%d", outlet, id),
		OutletID:  outlet,
		Title:     title,
		Text:      body,
		Published: when,
		Language:  lang,
	}
}

// fire: a grain warehouse burns on the Port Calder waterfront, Monday 2 March.
var fire = []Doc{
	report(101, 1, at(2, 7, 10), "en", "Fire destroys warehouse on Port Calder waterfront",
		"A fire tore through a grain warehouse on the Port Calder waterfront early on Monday, sending a column of black smoke over the harbour. Firefighters battled the blaze for six hours before bringing it under control, fire chief Tomas Reyk said. No one was hurt, but the building, owned by Lindqvist Shipping, was largely destroyed. Mayor Ines Halvorsen said the city would help the forty workers who used the site. Investigators have not yet said what started the fire."),
	report(102, 2, at(2, 8, 30), "en", "Huge blaze guts Lindqvist grain store in Port Calder",
		"Crews from three stations fought a huge blaze at a Lindqvist Shipping grain store in Port Calder through the night. Chief Tomas Reyk said the flames were first reported at 2am and the roof collapsed an hour later. Residents near the docks were told to keep windows shut because of the smoke. \u201cWe are grateful nobody was injured,\u201d Mayor Ines Halvorsen said. The cause of the fire is under investigation."),
	report(103, 3, at(2, 10, 0), "en", "Port Calder fire: what we know",
		"The warehouse fire on the Port Calder waterfront is out after burning for most of the night. The grain warehouse belonged to Lindqvist Shipping, which said it was assessing the damage. Fire investigators will examine the site on Tuesday. Firefighters kept the flames from spreading to a fuel depot next door. Harbour traffic resumed by midday."),
	report(104, 4, at(2, 12, 15), "en", "Smoke over harbour as waterfront warehouse burns",
		"Thick smoke drifted over Port Calder harbour on Monday after a grain warehouse caught fire in the early hours. About sixty firefighters worked to contain the blaze, which destroyed most of the Lindqvist Shipping building. Fire chief Tomas Reyk praised crews for protecting the neighbouring fuel depot. Forty dock workers face an uncertain week while the site is cleared."),
	report(105, 5, at(2, 16, 40), "en", "Workers left idle after Port Calder warehouse fire",
		"Forty workers at a Lindqvist Shipping warehouse in Port Calder do not know when they will return after fire gutted the building overnight. The company said it would keep paying staff while investigators work out how the blaze began. Mayor Ines Halvorsen promised the city would find temporary space on the docks. Firefighters stayed at the smouldering site into the afternoon."),
	report(106, 6, at(2, 19, 5), "en", "Investigators examine cause of docks blaze",
		"Fire investigators in Port Calder are examining whether an electrical fault started the fire that destroyed a grain warehouse on the waterfront. Chief Tomas Reyk said it was too early to rule anything out. The Lindqvist Shipping building burned for six hours and its roof fell in. No injuries were reported."),
}

// budget: the Port Calder council votes on a budget, Thursday 5 March.
var budget = []Doc{
	report(201, 1, at(5, 18, 0), "en", "Port Calder council approves budget with tax rise",
		"Port Calder city council approved next year's budget on Thursday by seven votes to four, including a two percent rise in property tax. Mayor Ines Halvorsen said the increase would pay for road repairs and more bus routes. Councillors who opposed the plan said families were already struggling with higher bills. The budget takes effect in July."),
	report(202, 2, at(5, 19, 20), "en", "Council passes budget after long debate",
		"After a four-hour debate, councillors in Port Calder passed a budget that raises property tax by two percent. \u201cThis is a budget for the roads and buses people use every day,\u201d Mayor Ines Halvorsen told the chamber. Four councillors voted against, warning that the tax rise would hurt renters. The vote was seven to four."),
	report(203, 3, at(5, 21, 45), "en", "Port Calder tax rise: how councillors voted",
		"Seven councillors backed the Port Calder budget and four opposed it at Thursday's meeting. The spending plan adds money for pothole repairs, three new bus routes and the public library. Opposition councillor Mara Ostby said the two percent property tax rise broke an election promise. Mayor Ines Halvorsen said the city had no other way to fix its roads."),
	report(204, 4, at(6, 8, 10), "en", "Homeowners face higher bills as budget is approved",
		"Homeowners in Port Calder will pay about two percent more in property tax from July after the council approved the city budget late on Thursday. The mayor, Ines Halvorsen, argued that years of delayed road repairs could no longer wait. Councillor Mara Ostby called the vote a broken promise. Bus passengers will see three new routes."),
	report(205, 5, at(6, 11, 30), "en", "Budget vote splits Port Calder council",
		"The Port Calder council split seven to four over a budget that funds road repairs and new bus routes with a property tax increase. Supporters said the city had put off maintenance for too long. Critics led by Mara Ostby said the council should have cut spending instead of raising taxes. Mayor Ines Halvorsen will sign the budget next week."),
}

// strike: rail workers in Elmora walk out, Tuesday 3 March.
var strike = []Doc{
	report(301, 2, at(3, 7, 0), "en", "Rail workers in Elmora strike over pay",
		"Train drivers and conductors in Elmora walked out on Tuesday in a dispute over pay, halting most services on the regional network. The union said its members had not had a real rise in four years. Elmora Rail said it had offered three percent and urged the union to return to talks. Commuters crowded onto buses and into shared taxis."),
	report(302, 4, at(3, 9, 30), "en", "Elmora commuters stranded as rail strike begins",
		"Thousands of commuters in Elmora were stranded on Tuesday as rail staff began a 48-hour strike. Only one train an hour ran between the city and the airport. Union leader Piet Marren said drivers would not accept a three percent offer while prices rose faster. Elmora Rail called the walkout unnecessary."),
	report(303, 5, at(3, 11, 0), "en", "Talks fail to stop Elmora rail walkout",
		"Last-minute talks between Elmora Rail and the drivers' union broke down on Monday night, and the strike went ahead on Tuesday morning. Piet Marren, who leads the union, said the company's three percent offer was an insult. Stations across the region were closed. More strike days are planned for next month."),
	report(304, 6, at(3, 15, 0), "en", "Strike empties Elmora stations",
		"Platforms in Elmora stood empty on Tuesday as a pay strike by rail workers shut down most of the network. Elmora Rail ran a skeleton service and advised passengers to work from home. The union wants a rise that matches inflation. Both sides said they were ready to meet again."),
}

// secondFire: another warehouse burns on the same waterfront, Monday 30 March.
var secondFire = []Doc{
	report(401, 1, at(30, 6, 50), "en", "Second warehouse fire hits Port Calder waterfront",
		"A fire broke out in a timber warehouse on the Port Calder waterfront early on Monday. Firefighters brought the blaze under control after three hours, fire chief Tomas Reyk said. No one was hurt. Mayor Ines Halvorsen said she had asked for a review of fire safety on the docks. Investigators have not yet said what started the fire."),
	report(402, 2, at(30, 8, 15), "en", "Timber store burns on Port Calder docks",
		"Crews fought a fire at a timber warehouse on the Port Calder docks through the early hours of Monday. Chief Tomas Reyk said the roof collapsed but the flames did not reach nearby buildings. Residents near the docks were told to keep windows shut because of the smoke. The cause of the fire is under investigation."),
	report(403, 3, at(30, 11, 0), "en", "Docks blaze prompts safety review",
		"Mayor Ines Halvorsen has ordered a review of fire safety on the Port Calder waterfront after a timber warehouse caught fire on Monday. Firefighters contained the blaze within three hours and no injuries were reported. Fire investigators will examine the site this week."),
	report(404, 4, at(30, 14, 30), "en", "Smoke over harbour as timber warehouse burns",
		"Thick smoke drifted over Port Calder harbour on Monday as a timber warehouse burned on the waterfront. The building, owned by Brannock Timber, was badly damaged. Fire chief Tomas Reyk praised crews for protecting the neighbouring fuel depot. Investigators will look at what started the blaze."),
}

// fuego: Spanish reports of the first fire.
var fuego = []Doc{
	report(501, 7, at(2, 9, 0), "es", "Un incendio destruye un almacén en el puerto de Port Calder",
		"Un incendio arrasó durante la madrugada del lunes un almacén de grano de la naviera Lindqvist Shipping en el puerto de Port Calder. Los bomberos tardaron seis horas en controlar las llamas, según el jefe de bomberos Tomas Reyk. No hubo heridos. La alcaldesa Ines Halvorsen prometió ayuda para los cuarenta trabajadores del almacén."),
	report(502, 8, at(2, 11, 30), "es", "Seis horas de fuego en el muelle de Port Calder",
		"Las llamas consumieron casi por completo el almacén de Lindqvist Shipping en Port Calder. El humo negro cubrió el puerto durante la mañana y los vecinos tuvieron que cerrar las ventanas. Los investigadores todavía no saben qué causó el incendio."),
	report(503, 7, at(2, 17, 0), "es", "Los trabajadores del almacén incendiado, sin fecha de regreso",
		"Los cuarenta empleados del almacén de grano destruido por el fuego en Port Calder no saben cuándo volverán al trabajo. La empresa Lindqvist Shipping seguirá pagando los salarios mientras dure la investigación. La alcaldesa Ines Halvorsen buscará un espacio provisional en el muelle."),
	report(504, 8, at(2, 20, 0), "es", "Investigan si un fallo eléctrico causó el incendio del puerto",
		"Los investigadores de Port Calder estudian si un fallo eléctrico provocó el incendio que destruyó el almacén de grano. El jefe de bomberos, Tomas Reyk, dijo que es pronto para descartar nada. El edificio ardió durante seis horas."),
}

// teaser is a syndicated copy of report 102 that carries only a headline
// and a line of credit: its words alone would not place it.
var teaser = withCopy(report(107, 9, at(2, 9, 45), "en", "Overnight blaze",
	"Read the full report from our partners at the Harbour Herald."), 102)

// untagged is a report of the first fire whose language is unknown.
var untagged = report(108, 10, at(2, 13, 0), "", "Port Calder warehouse fire under control",
	"Harbour traffic in Port Calder is back to normal after firefighters put out the warehouse fire on the waterfront. Lindqvist Shipping said investigators would examine the site of its grain warehouse on Tuesday. Smoke from the fire drifted over the harbour for most of the morning.")

// mistagged tells the first fire in English words but is tagged as
// German: a report the desk must not put with the English ones.
var mistagged = report(109, 11, at(2, 14, 0), "de", "Grain warehouse fire in Port Calder",
	"A grain warehouse owned by Lindqvist Shipping burned on the Port Calder waterfront overnight. Fire chief Tomas Reyk said firefighters needed six hours to control the blaze and that no one was hurt. Mayor Ines Halvorsen promised help for the forty workers.")

// translated is a Spanish copy of report 101: its language keeps it
// away from its original.
var translated = withCopy(report(505, 12, at(2, 10, 30), "es", "Incendio en un almacén de grano de Port Calder",
	"Un incendio destruyó un almacén de grano de Lindqvist Shipping en el puerto de Port Calder. Los bomberos controlaron las llamas tras seis horas y no hubo heridos."), 101)

// farmBill: a Senate passes a farm bill; the same day, and with the same
// cast of names, its President vetoes another bill (borderVeto).
var farmBill = []Doc{
	report(701, 1, at(9, 8, 0), "en", "Dunmere Senate passes farm subsidy bill",
		"The Dunmere Senate passed a bill on Monday that extends subsidies for grain farmers for five more years. Senate leader Paul Lowe said the vote gave growers certainty after two poor harvests. President Ilse Brandt is expected to sign the measure. The bill passed 61 to 39, with Lena Marsh leading the opposition."),
	report(702, 2, at(9, 10, 0), "en", "Grain growers win five more years of support",
		"Farm groups welcomed the Senate vote to keep grain subsidies in place until the end of the decade. Paul Lowe, who steered the bill, said rural towns depended on the payments. Lena Marsh argued the money would be better spent on rail links to the ports. The measure now goes to President Ilse Brandt."),
	report(703, 3, at(9, 13, 0), "en", "Subsidy bill clears Senate in Dunmere",
		"Lawmakers in Dunmere approved the extension of grain subsidies by 61 votes to 39. Supporters led by Paul Lowe said farmers could now plan their planting. Opponents including Lena Marsh said the payments mostly reached large estates. Ilse Brandt has said she will sign it."),
}

// borderVeto: the President vetoes a border bill, the day of farmBill.
var borderVeto = []Doc{
	report(801, 4, at(9, 9, 0), "en", "President Brandt vetoes Dunmere border fence bill",
		"President Ilse Brandt vetoed a bill on Monday that would have paid for a fence along Dunmere's northern border. Brandt said the fence would cost too much and divide towns that share schools and markets. Senate leader Paul Lowe said he would try to override the veto. Lena Marsh praised the decision."),
	report(802, 5, at(9, 11, 0), "en", "Border fence plan blocked by veto",
		"The plan for a northern border fence in Dunmere was blocked when Ilse Brandt refused to sign it. Paul Lowe, who wrote the bill, called the veto a mistake that left border villages exposed. Lena Marsh said the money should go to customs officers instead. An override needs two thirds of the Senate."),
	report(803, 6, at(9, 14, 0), "en", "Lowe vows override after Brandt veto",
		"Paul Lowe said on Monday he would gather the votes to override President Ilse Brandt's veto of the border fence bill. The fence would run for 80 kilometres through farmland and forest. Lena Marsh said an override would fail. Brandt said the towns on both sides of the border opposed the fence."),
}

// codQuota: a Senate cuts fishing quotas; the same day it passes a rail
// bill (railLine). Each event's reports share their own words, and both
// share the words of the Senate's day.
var codQuota = []Doc{
	report(711, 1, at(9, 8, 0), "en", "Dunmere Senate votes to cut cod quotas",
		"The Dunmere Senate voted on Monday to cut the cod catch allowed in northern waters by a fifth next year. Senators approved the quota bill by 58 votes to 42 after a long debate. Fishing crews in Tarrow said the cut would cost jobs on the boats and in the harbour. The bill now goes to President Ilse Brandt."),
	report(712, 2, at(9, 10, 0), "en", "Cod catch to fall by a fifth after Senate vote",
		"Fishing boats in the northern waters of Dunmere will land a fifth less cod next year after the Senate approved lower quotas on Monday. The vote was 58 to 42. Crews in Tarrow warned that the cut would cost jobs in the harbour. Scientists had asked for a deeper cut to let cod stocks recover. Senate leader Paul Lowe said the vote was fair to Tarrow."),
	report(713, 3, at(9, 13, 0), "en", "Senate backs lower cod quotas despite Tarrow protest",
		"Senators in Dunmere backed the cod quota cut by 58 votes to 42 on Monday, as fishing crews protested outside. The cut of a fifth to the northern cod catch starts in January. Crews from Tarrow said the boats and the harbour would lose jobs. Scientists said cod stocks needed the rest."),
}

// railLine: the Senate approves a rail line, the day of codQuota.
var railLine = []Doc{
	report(721, 4, at(9, 9, 0), "en", "Dunmere Senate approves rail line to Tarrow",
		"The Dunmere Senate voted on Monday to pay for a new rail line from the capital to Tarrow. Senators approved the rail bill by 55 votes to 45. The line would carry freight from the harbour and cut the journey to two hours. The bill now goes to President Ilse Brandt."),
	report(722, 5, at(9, 11, 0), "en", "Tarrow rail link wins Senate vote",
		"A rail link between Tarrow and the capital of Dunmere won the Senate's approval on Monday by 55 votes to 45. Freight from the harbour would move by train instead of by road. The journey would take two hours. Work on the line could start next year. Senate leader Paul Lowe said the vote was good for Tarrow."),
	report(723, 6, at(9, 14, 0), "en", "Senate backs Tarrow rail line, 55 to 45",
		"Senators in Dunmere backed the rail line to Tarrow by 55 votes to 45 on Monday. The line would take freight off the roads from the harbour and cut the trip to the capital to two hours. Supporters said work could start next year."),
}

func withCopy(d Doc, of int64) Doc {
	d.CopyOf = of
	return d
}

func concat(sets ...[]Doc) []Doc {
	var out []Doc
	for _, s := range sets {
		out = append(out, s...)
	}
	return out
}

func ids(docs ...[]Doc) []int64 {
	var out []int64
	for _, d := range concat(docs...) {
		out = append(out, d.ID)
	}
	return out
}

// ferryBan and lineBan: two companies ban one skipper in one week, told
// in the words of one beat. Every headline of each names its company,
// which the other event's reports never mention.
var ferryBan = []Doc{
	report(1101, 1, at(12, 8, 0), "en", "Tarrow Ferries bans skipper Jon Orr for life",
		"Skipper Jon Orr has been banned for life after complaints about his conduct on the harbour crossing. The company said Orr broke its rules on passenger safety. Orr said the ban was unfair and he would appeal. Passengers had complained for months."),
	report(1102, 2, at(12, 9, 0), "en", "Tarrow Ferries finally bans Jon Orr",
		"The ferry company banned skipper Jon Orr for life on Monday, citing repeated breaches of its passenger safety rules. Orr called the ban unfair. Complaints about the skipper had piled up for months."),
	report(1103, 3, at(12, 10, 0), "en", "Tarrow Ferries drops skipper Orr after complaints",
		"Jon Orr, the skipper at the centre of months of passenger complaints, was banned for life by the company. It said he broke its safety rules on the harbour crossing. Orr says he will appeal the ban."),
}

var lineBan = []Doc{
	report(1201, 4, at(12, 8, 30), "en", "Harbour Line suspends skipper Jon Orr for a month",
		"Skipper Jon Orr has been suspended for a month after complaints about his conduct on the harbour crossing. The company said Orr broke its rules on passenger safety. Orr said the suspension was unfair. Passengers had complained for months."),
	report(1202, 5, at(12, 9, 30), "en", "Harbour Line suspends Jon Orr over safety",
		"The ferry company suspended skipper Jon Orr for a month on Monday, citing breaches of its passenger safety rules. Orr called the suspension unfair. Complaints about the skipper had piled up for months."),
	report(1203, 6, at(12, 10, 30), "en", "Harbour Line benches skipper Orr after complaints",
		"Jon Orr, the skipper at the centre of months of passenger complaints, was suspended for a month by the company. It said he broke its safety rules on the harbour crossing. Orr says the suspension is unfair."),
}

// inquiryCharges and inquirySubpoenas: two steps of one inquiry in one
// week, told in the words of its beat. Every headline of the first says
// "charges" and every headline of the second "subpoena", and neither
// event's reports ever use the other's word.
var inquiryCharges = []Doc{
	report(1301, 1, at(16, 8, 0), "en", "Varga inquiry into Dunmere moorings files first charges",
		"The special prosecutor looking into the sale of mooring rights at Dunmere harbour, Ilse Varga, filed the first charges in her inquiry on Monday. Two former members of the harbour board are accused of taking payments from bidders. The inquiry began in May after boat owners complained that the best berths had gone to friends of the board. Varga's office said more steps would follow. The harbour board sold the rights last year without a public tender, and the town council has since frozen all new berth contracts. Mayor Rhona Kell said the town wanted its harbour back in the hands of its boat owners."),
	report(1302, 2, at(16, 9, 0), "en", "First charges in Dunmere harbour moorings inquiry",
		"Two former harbour board members were charged on Monday in the inquiry into how Dunmere sold its mooring rights, the office of special prosecutor Ilse Varga said. They are accused of taking payments from bidders. Boat owners complained in May that the best berths went to friends of the board, and the inquiry has run since. More steps will follow, her office said. The harbour board sold the rights last year without a public tender, and the town council has since frozen all new berth contracts. Mayor Rhona Kell said the town wanted its harbour back in the hands of its boat owners."),
	report(1303, 3, at(16, 10, 0), "en", "Dunmere moorings inquiry brings its first charges",
		"The inquiry into the sale of mooring rights at Dunmere harbour has brought its first charges. Special prosecutor Ilse Varga accused two former harbour board members of taking payments from bidders for the best berths. Boat owners had complained in May that the berths went to friends of the board. Her office said the inquiry would go on. The harbour board sold the rights last year without a public tender, and the town council has since frozen all new berth contracts. Mayor Rhona Kell said the town wanted its harbour back in the hands of its boat owners."),
}

var inquirySubpoenas = []Doc{
	report(1401, 4, at(16, 8, 30), "en", "Varga inquiry into Dunmere moorings issues subpoenas",
		"The special prosecutor looking into the sale of mooring rights at Dunmere harbour, Ilse Varga, has demanded the records of the company that runs the marina, people briefed on the inquiry said on Monday. The inquiry began in May after boat owners complained that the best berths had gone to friends of the harbour board. The company must hand over its accounts and letters. Varga's office declined to comment. The harbour board sold the rights last year without a public tender, and the town council has since frozen all new berth contracts. Mayor Rhona Kell said the town wanted its harbour back in the hands of its boat owners."),
	report(1402, 5, at(16, 9, 30), "en", "Subpoena in Dunmere harbour moorings inquiry",
		"Special prosecutor Ilse Varga has demanded that the company running the Dunmere marina hand over its accounts and letters, in the inquiry into how the harbour sold its mooring rights. Boat owners complained in May that the best berths went to friends of the harbour board, and the inquiry has run since. Her office declined to comment. The harbour board sold the rights last year without a public tender, and the town council has since frozen all new berth contracts. Mayor Rhona Kell said the town wanted its harbour back in the hands of its boat owners."),
	report(1403, 6, at(16, 10, 30), "en", "Dunmere moorings inquiry subpoenas marina operator",
		"The inquiry into the sale of mooring rights at Dunmere harbour has demanded the records of the marina's operator. Special prosecutor Ilse Varga wants its accounts and letters about the best berths. Boat owners had complained in May that the berths went to friends of the harbour board. Her office declined to comment. The harbour board sold the rights last year without a public tender, and the town council has since frozen all new berth contracts. Mayor Rhona Kell said the town wanted its harbour back in the hands of its boat owners."),
}

// ferryWeek and ferryNextWeek: a harbour's weekly passenger figures, told
// in the same words two days apart, each week's reports giving its own
// count in the text, none in the headline.
var ferryWeek = []Doc{
	report(1501, 1, at(19, 9, 0), "en", "Ferry passengers rise as summer season opens",
		"The Brennock harbour ferries carried 48,200 passengers last week, the harbour authority said on Thursday, as the summer season opened. Crossings to the islands were busiest at weekends. The authority said extra sailings would run from June. Cafe owners on the quay welcomed the crowds."),
	report(1502, 2, at(19, 10, 0), "en", "Brennock ferries carried more passengers last week",
		"Ferries from Brennock harbour carried 48,200 passengers in the week, the harbour authority said on Thursday. The summer season has opened and crossings to the islands were busiest at weekends. Extra sailings will run from June, the authority said, and quay cafes welcomed the crowds."),
	report(1503, 3, at(19, 11, 0), "en", "Ferry crowds grow in a week",
		"Some 48,200 passengers took the Brennock ferries last week as the summer season opened, according to the harbour authority. Weekend crossings to the islands were the busiest. The authority plans extra sailings from June, and quay cafe owners said they were glad of the crowds."),
}

var ferryNextWeek = []Doc{
	report(1601, 4, at(21, 9, 0), "en", "Ferry passengers rise as summer season goes on",
		"The Brennock harbour ferries carried 51,900 passengers last week, the harbour authority said on Saturday, as the summer season went on. Crossings to the islands were busiest at weekends. The authority said extra sailings would run from June. Cafe owners on the quay welcomed the crowds."),
	report(1602, 5, at(21, 10, 0), "en", "Brennock ferries carried more passengers last week",
		"Ferries from Brennock harbour carried 51,900 passengers in the week, the harbour authority said on Saturday. The summer season goes on and crossings to the islands were busiest at weekends. Extra sailings will run from June, the authority said, and quay cafes welcomed the crowds."),
	report(1603, 6, at(21, 11, 0), "en", "Summer ferry count climbs",
		"The harbour authority counted 51,900 ferry passengers at Brennock last week. More people sailed to the islands on Saturday and Sunday than on any weekday, it said, and more sailings are planned for June. On the quay, cafe owners were glad of the trade."),
}
