package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Invented news paragraphs, long enough to be detected with confidence.
const (
	englishText = "The harbour council voted on Tuesday evening to approve a new budget for dredging the main channel. " +
		"Supporters said the work would keep ferries running through the winter, while opponents warned that fees for " +
		"local fishing boats could rise sharply next year. The mayor promised a public hearing before any change."
	germanText = "Der Hafenrat hat am Dienstagabend einen neuen Haushalt für das Ausbaggern der Fahrrinne beschlossen. " +
		"Die Befürworter sagten, die Arbeiten würden den Fährbetrieb im Winter sichern, während die Gegner warnten, " +
		"dass die Gebühren für die örtlichen Fischerboote im nächsten Jahr deutlich steigen könnten."
	frenchText = "Le conseil du port a voté mardi soir un nouveau budget pour le dragage du chenal principal. " +
		"Les partisans du projet affirment que les travaux permettront aux traversiers de circuler tout l'hiver, " +
		"tandis que les opposants craignent une forte hausse des redevances pour les bateaux de pêche de la région."
	spanishText = "El consejo del puerto aprobó el martes por la noche un nuevo presupuesto para dragar el canal principal. " +
		"Los partidarios dijeron que las obras mantendrán los transbordadores en servicio durante el invierno, mientras " +
		"que los opositores advirtieron que las tarifas para los barcos pesqueros locales podrían subir mucho el próximo año."
	chineseText = "港口委员会周二晚间以七票对二票通过了新的预算，这笔资金将用于疏浚主航道、修缮渡轮码头，并为附近的渔船减免部分费用。"
	shortGerman = "Der Hafenrat hat heute abgestimmt."
	numbersOnly = "2026 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25"
	// Long enough, but nothing in it tells one language from another.
	noSignal = "ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok"
)

func TestDetectLanguage(t *testing.T) {
	type result struct {
		Lang      string
		Confident bool
	}
	tests := []struct {
		name     string
		text     string
		allowed  []string
		declared string
		want     result
	}{
		{"english", englishText, nil, "", result{"en", true}},
		{"german", germanText, nil, "", result{"de", true}},
		{"french", frenchText, nil, "", result{"fr", true}},
		{"spanish", spanishText, nil, "", result{"es", true}},
		{"chinese", chineseText, nil, "", result{"zh", true}},
		{"wrong declaration overruled", germanText, nil, "en", result{"de", true}},
		{"agreeing declaration", frenchText, nil, "fr-CA", result{"fr", true}},
		{"own whitelist", spanishText, []string{"es", "pt", "it"}, "", result{"es", true}},
		{"short text keeps the declared language", shortGerman, nil, "de-AT", result{"de", false}},
		{"short text against a wrong declaration", shortGerman, nil, "en", result{"en", false}},
		{"empty text", "", nil, "fr", result{"fr", false}},
		{"empty text, nothing declared", "", nil, "", result{"", false}},
		{"numbers only", numbersOnly, nil, "es", result{"es", false}},
		{"low confidence keeps the declared language", noSignal, nil, "it", result{"it", false}},
		{"script outside the whitelist", chineseText, []string{"en", "de"}, "en", result{"en", false}},
		{"unknown codes only", englishText, []string{"xx"}, "en", result{"en", false}},
		{"three-letter declaration", "", nil, "deu", result{"de", false}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lang, ok := DetectLanguage(tc.text, tc.allowed, tc.declared)
			if diff := cmp.Diff(tc.want, result{lang, ok}); diff != "" {
				t.Errorf("DetectLanguage (-want +got):\n%s", diff)
			}
		})
	}
}

// A short text with nothing declared gets the detector's guess, flagged
// as not confident.
func TestDetectLanguageShortGuess(t *testing.T) {
	lang, ok := DetectLanguage(shortGerman, nil, "")
	if ok {
		t.Errorf("DetectLanguage(%q) is confident on %d words", shortGerman, countWords(shortGerman))
	}
	if lang != "de" {
		t.Logf("guess for a short German text: %q", lang)
	}
}

func TestNormalizeLanguage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"en", "en"}, {"en-US", "en"}, {"EN_gb", "en"}, {" pt-BR ", "pt"}, {"zh-Hant-TW", "zh"},
		{"deu", "de"}, {"eng", "en"}, {"xyz", "xyz"}, {"", ""},
	}
	for _, tc := range tests {
		if got := NormalizeLanguage(tc.in); got != tc.want {
			t.Errorf("NormalizeLanguage(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCountWords(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"The council's 2026 budget — approved.", 5},
		{"港口委员会", 5},
		{"naïve café", 2},
	}
	for _, tc := range tests {
		if got := countWords(tc.in); got != tc.want {
			t.Errorf("countWords(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestArticleLanguage(t *testing.T) {
	const boxScore = "Palm Bay d. Rockledge 70-44. Rockledge 14 11 6 15 — 44. Palm Bay 18 22 13 17 — 70. " +
		"Palm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points. Bozeman 10 points. Bean-Laing 5 points. " +
		"Rockledge (0-1): Blakely 15 points. Devoe 2 points. Baker 6 points. Brown 4 points. Upshaw 3 points."
	tests := []struct {
		name                  string
		text                  string
		allowed               []string
		declared, found, want string
	}{
		{"declaration and detector agree", germanText, nil, "de-AT", "de", "de"},
		{"agreement stands on a box score", boxScore, nil, "en", "en", "en"},
		{"detector disagrees: the text decides", germanText, nil, "en", "fr", "de"},
		{"nothing found: the text decides", frenchText, nil, "en", "", "fr"},
		{"agreement on a language not allowed: the text decides", frenchText, []string{"en", "fr"}, "de", "de", "fr"},
		{"nothing declared", spanishText, nil, "", "es", "es"},
	}
	for _, tc := range tests {
		if got := ArticleLanguage(tc.text, tc.allowed, tc.declared, tc.found); got != tc.want {
			t.Errorf("%s: ArticleLanguage = %q, want %q", tc.name, got, tc.want)
		}
	}
	if lang, _ := DetectLanguage(boxScore, nil, "en"); lang != "en" {
		t.Logf("the box score alone is read as %q", lang)
	}
}
