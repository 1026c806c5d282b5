package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestConcurrentSavesFromTwoDesks: two desks on one database, three
// workers each, save the same reports at once, every report twice and in
// their own orders; each text is carried by three outlets. The store ends
// as one desk saving them in turn would leave it: each report once, and
// each text's earliest report the original that the other two copy.
func TestConcurrentSavesFromTwoDesks(t *testing.T) {
	ctx := context.Background()
	eachDSN(t, func(t *testing.T, dsn string) {
		desks := []*Store{openTest(t, dsn), openTest(t, dsn)}
		var outlets []int64
		for k := range 3 {
			outlets = append(outlets, mustOutlet(t, desks[0], fmt.Sprintf("outlet-%d", k), news.Center))
		}
		const texts = 20
		var all []news.Article
		for i := range texts {
			body := strings.Repeat(fmt.Sprintf("Report %d on the harbour: the council voted %d-2 to fund the east pier repairs after divers found rot in piles %d and %d. ", i, i+3, i, i*7), 6)
			for k, o := range outlets {
				all = append(all, article(o, fmt.Sprintf("http://outlet-%d.test/%d", k, i), body, t0.Add(time.Duration(k)*time.Hour)))
			}
		}
		inWorkers(t, 6, func(w int) error {
			order := append(append([]news.Article(nil), all...), all...)
			rand.New(rand.NewPCG(uint64(w), 7)).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, a := range order {
				if _, _, err := desks[w%2].SaveArticle(ctx, a); err != nil {
					return err
				}
			}
			return nil
		})
		refs, err := desks[0].Articles(ctx, t0.Add(-24*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if len(refs) != len(all) {
			t.Fatalf("the store holds %d reports; want each of the %d once", len(refs), len(all))
		}
		byURL := map[string]news.ArticleRef{}
		byID := map[int64]string{}
		for _, r := range refs {
			byURL[r.CanonicalURL] = r
			byID[r.ID] = r.CanonicalURL
		}
		for i := range texts {
			first := byURL[fmt.Sprintf("http://outlet-0.test/%d", i)]
			if first.CopyOf != 0 {
				t.Errorf("text %d: the earliest report copies %s", i, byID[first.CopyOf])
			}
			for k := 1; k < 3; k++ {
				r := byURL[fmt.Sprintf("http://outlet-%d.test/%d", k, i)]
				if r.CopyOf != first.ID {
					t.Errorf("text %d: outlet %d's report copies %q; want the earliest, %q", i, k, byID[r.CopyOf], first.CanonicalURL)
				}
			}
		}
	})
}

// inWorkers runs fn for workers numbered from 0 at once, waits for them
// all, and fails the test with the errors they return.
func inWorkers(t *testing.T, workers int, fn func(w int) error) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := fn(w); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}
