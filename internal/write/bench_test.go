package write

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// eighthReport joins the bridge story's seven reports for the benchmark.
var eighthReport = news.ArticleRef{
	Article: news.Article{
		ID:        108,
		URL:       "https://eastshoreobserver.example/bridge-closure-day-two",
		Title:     "North Bridge stays shut as engineers begin survey",
		Published: time.Date(2026, 3, 4, 15, 0, 0, 0, time.UTC),
		Language:  "en",
		Text: "The North Bridge stayed closed for a second day on Wednesday as engineers from the Harbor Authority began a survey of the cracked steel supports.\n\n" +
			"Drivers reported queues of about 35 minutes at the Eastgate Tunnel during the morning rush, and Calder Ferries added four evening crossings.\n\n" +
			"Authority chief engineer Priya Anand said the survey would take about three weeks.\n\n" +
			"“We will share what we find as soon as we find it,” Anand said.\n\n" +
			"The city council is due to consider a $12 million emergency repair request next week.\n\n" +
			"Business owners on Quay Street said customers from the north shore had stayed away.",
	},
	Outlet: news.Outlet{ID: 40, Slug: "eastshore-observer", Name: "Eastshore Observer", Rating: news.Rating{Lean: news.LeanLeft, Rater: "Civic Media Ratings"}},
}

// BenchmarkAnalyzeWrite measures the pure stages on a story of eight
// reports: analysis, writing and the writer's own verification.
func BenchmarkAnalyzeWrite(b *testing.B) {
	st := loadStory(b, filepath.Join("testdata", "north-bridge.txt"))
	arts := append(append([]news.ArticleRef(nil), st.Arts...), eighthReport)
	if len(arts) != 8 {
		b.Fatalf("%d reports, want 8", len(arts))
	}
	for b.Loop() {
		if _, err := (Writer{}).Write(st.ID, analyze.Analyze(arts), st.Now); err != nil {
			b.Fatal(err)
		}
	}
}
