package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// ArticlesByID returns the reports with the given IDs, with their
// outlets, oldest first; IDs of no stored report are left out.
func (s *Store) ArticlesByID(ctx context.Context, ids []int64) ([]news.ArticleRef, error) {
	var out []news.ArticleRef
	const chunk = 500 // well under every database's limit on parameters
	for len(ids) > 0 {
		n := min(len(ids), chunk)
		args := make([]any, n)
		for i, id := range ids[:n] {
			args[i] = id
		}
		refs, err := s.articleRefs(ctx, `a.id IN (?`+strings.Repeat(", ?", n-1)+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("articles by id: %w", err)
		}
		out = append(out, refs...)
		ids = ids[n:]
	}
	slices.SortFunc(out, func(a, b news.ArticleRef) int {
		if c := a.Published.Compare(b.Published); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out, nil
}
