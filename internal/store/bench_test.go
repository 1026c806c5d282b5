package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// BenchmarkSaveArticle saves new reports into a store that already holds
// n reports of other outlets published in the same week, every one of them
// inside the copy window of every new one. The piece index should keep a
// save's cost flat as n grows: only reports that share a piece of the
// fingerprint are read.
func BenchmarkSaveArticle(b *testing.B) {
	ctx := context.Background()
	body := strings.Repeat("Words of a report of about the length of a news article. ", 80)
	for _, n := range []int{0, 2000, 10000, 50000} {
		b.Run(fmt.Sprintf("history=%d", n), func(b *testing.B) {
			s, err := Open(ctx, filepath.Join(b.TempDir(), "desk.db"), WithClock(func() time.Time { return t0 }))
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			var outlets []int64
			for i := range 10 {
				id, err := s.UpsertOutlet(ctx, news.Outlet{Slug: fmt.Sprint("o", i), Name: fmt.Sprint("O", i), Rating: news.Rating{Lean: news.Unrated}})
				if err != nil {
					b.Fatal(err)
				}
				outlets = append(outlets, id)
			}
			r := rand.New(rand.NewPCG(1, uint64(n)))
			err = s.inTx(ctx, func(tx *txn) error {
				for i := range n {
					a := news.Article{OutletID: outlets[i%len(outlets)], URL: fmt.Sprintf("http://w.test/%d", i), Text: body,
						Published: t0.Add(-time.Duration(r.Int64N(int64(copyWindow)))), FirstSeen: t0,
						ContentHash: fmt.Sprint("h", i), Fingerprint: r.Uint64()}
					a.CanonicalURL = a.URL
					if _, err := insertArticle(ctx, tx, a); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
			i := 0
			for b.Loop() {
				a := news.Article{OutletID: outlets[i%len(outlets)], URL: fmt.Sprintf("http://new.test/%d", i), Text: body,
					Published: t0.Add(-time.Duration(r.Int64N(int64(copyWindow)))), FirstSeen: t0,
					ContentHash: fmt.Sprint("new", i), Fingerprint: r.Uint64()}
				if _, created, err := s.SaveArticle(ctx, a); err != nil || !created {
					b.Fatalf("save: created %v, %v", created, err)
				}
				i++
			}
		})
	}
}
