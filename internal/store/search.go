package store

import (
	"context"
	"encoding/json"
	"fmt"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// Bounds on what a search looks for: the first maxSearchWords words of the
// query, each cut to maxSearchWordBytes. Longer input is not an error; the
// rest is simply not searched for.
const (
	maxSearchWords     = 10
	maxSearchWordBytes = 64
)

// SearchStories returns the published stories that match every word of
// query, best match first and, among equal matches, the one with the
// newest report first. Each word also matches longer words that start
// with it ("insul" finds "insulin"), and accents are ignored ("Zurich"
// finds "Zürich"). The query is plain words, never search syntax: quotes,
// operators and punctuation only separate words. A query without words
// returns no stories and no error.
func (s *Store) SearchStories(ctx context.Context, query string, limit, offset int) ([]news.StorySummary, error) {
	return s.searchStories(ctx, query, false, limit, offset)
}

// SearchLatestStories returns the first limit of the stories that
// SearchStories finds for query, in the order of ListStories instead:
// the one with the newest report first. A feed of a search lists them so,
// where a new story belongs at the top however well it matches.
func (s *Store) SearchLatestStories(ctx context.Context, query string, limit int) ([]news.StorySummary, error) {
	return s.searchStories(ctx, query, true, limit, 0)
}

// searchStories is SearchStories, or SearchLatestStories when latest.
func (s *Store) searchStories(ctx context.Context, query string, latest bool, limit, offset int) ([]news.StorySummary, error) {
	words := searchWords(query)
	out := []news.StorySummary{}
	if len(words) == 0 || limit <= 0 {
		return out, nil
	}
	offset = max(offset, 0)
	// Equal matches, and every match when latest, come in the order of
	// ListStories.
	order := `s.latest_at DESC, s.id`
	var q string
	if s.db.d == postgresDialect {
		if !latest {
			order = `ts_rank(s.search_vector, q) DESC, ` + order
		}
		q = `
			SELECT s.page FROM stories s, to_tsquery('simple'::regconfig, ?) q
			WHERE s.published = 1 AND s.search_vector @@ q
			ORDER BY ` + order + `
			LIMIT ? OFFSET ?`
	} else {
		// A match in the headline counts ten times one in the body; bm25
		// is lower for a better match.
		if !latest {
			order = `bm25(story_search, 10.0, 1.0), ` + order
		}
		q = `
			SELECT s.page FROM story_search f
			JOIN story_search_keys k ON k.key = f.rowid
			JOIN stories s ON s.id = k.story_id
			WHERE story_search MATCH ? AND s.published = 1
			ORDER BY ` + order + `
			LIMIT ? OFFSET ?`
	}
	rows, err := s.db.QueryContext(ctx, q, s.db.d.matchQuery(words), limit, offset)
	if err != nil {
		return nil, fmt.Errorf("search stories: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var raw string
		if err := rows.Scan(&raw); err != nil {
			return nil, fmt.Errorf("search stories: %w", err)
		}
		var p news.Page
		if err := json.Unmarshal([]byte(raw), &p); err != nil {
			return nil, fmt.Errorf("search stories: decode page: %w", err)
		}
		st := p.Summary()
		st.Snippet = storySnippet(&p, words)
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search stories: %w", err)
	}
	return out, nil
}

// matchQuery is the full-text query that finds what holds every one of
// words, or a word that begins with it. On PostgreSQL it is to_tsquery
// syntax: each word a prefix term, all of them required. In SQLite it is
// FTS5 syntax: each word a quoted prefix phrase, side by side, which FTS5
// reads as AND. words come from searchWords: letters and digits only,
// which neither syntax reads as an operator.
func (d dialect) matchQuery(words []string) string {
	terms := make([]string, len(words))
	for i, w := range words {
		if d == postgresDialect {
			terms[i] = w + ":*"
		} else {
			terms[i] = `"` + w + `"*`
		}
	}
	if d == postgresDialect {
		return strings.Join(terms, " & ")
	}
	return strings.Join(terms, " ")
}

// searchWords splits a reader's query into at most maxSearchWords folded
// words (see foldWords), each at most maxSearchWordBytes long, dropping
// repeats.
func searchWords(query string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range foldWords(query) {
		if len(w) > maxSearchWordBytes {
			w = w[:maxSearchWordBytes]
			for !utf8.ValidString(w) {
				w = w[:len(w)-1]
			}
		}
		if seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
		if len(out) == maxSearchWords {
			break
		}
	}
	return out
}

// foldWords returns the words of s, lower-cased and without accents: runs
// of letters and digits once s is decomposed and its combining marks
// dropped. Stored text and queries are folded alike, so that both
// databases match "Zurich" to "Zürich"; what is left contains nothing that
// either database's query syntax would read as an operator.
func foldWords(s string) []string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// an accent: the letter it sat on is already written
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return words
}

// searchText is what a story is found by: its headline on the first line,
// then every sentence of its page after it (see bodySentences), as folded
// words separated by spaces. PostgreSQL ranks a match on the first line
// higher.
func searchText(p *news.Page) string {
	if p == nil {
		return ""
	}
	parts := []string{strings.Join(foldWords(p.Headline), " ") + "\n"}
	for _, s := range bodySentences(p) {
		parts = append(parts, foldWords(s)...)
	}
	return strings.Join(parts, " ")
}

// bodySentences are the texts of a page that a story is found by besides
// its headline, in the page's order: highlights, lead, section titles and
// paragraphs, outlook. The outlook's fixed line for "no outlook" is the
// same on every page and is left out.
func bodySentences(p *news.Page) []string {
	var out []string
	add := func(ss []news.Sentence) {
		for _, s := range ss {
			out = append(out, s.Text)
		}
	}
	add(p.Highlights)
	add(p.Lead)
	for _, sec := range p.Sections {
		out = append(out, sec.Title)
		for _, para := range sec.Paragraphs {
			add(para)
		}
	}
	add(p.Outlook.Sentences)
	return out
}

// storySnippet is what a search result shows of a story's page: the
// sentence after its headline that holds the most of the words searched
// for and, when that one lacks some that another holds, the sentence that
// holds the most of the rest, in the page's order with "…" between them,
// cut and marked as a report's snippet is (see snippet). A story found by
// its headline alone has none: its result shows its lead as it is, since
// the headline above it already shows the words.
func storySnippet(p *news.Page, words []string) news.Snippet {
	sentences := bodySentences(p)
	found := make([]uint32, len(sentences))
	for i, s := range sentences {
		for _, w := range textWords(s, words) {
			found[i] |= w.matches
		}
	}
	// most is the first sentence that holds the most of the words in
	// want, or -1 when none holds any.
	most := func(want uint32) int {
		best, n := -1, 0
		for i, f := range found {
			if c := bits.OnesCount32(f & want); c > n {
				best, n = i, c
			}
		}
		return best
	}
	first := most(^uint32(0))
	if first < 0 {
		return news.Snippet{}
	}
	chosen := []int{first}
	if second := most(^found[first]); second >= 0 {
		chosen = []int{min(first, second), max(first, second)}
	}
	var text []string
	for _, i := range chosen {
		text = append(text, strings.TrimSpace(sentences[i]))
	}
	return snippet(strings.Join(text, " … "), words)
}

// fillSearchText writes the whole search text of the published stories
// whose pages were stored before search existed: the search migrations
// could give them only their headline (a saved story's search text never
// equals its headline: saveStory folds it and adds the page's sentences).
// Open runs it once, right after it applies the search migration.
//
// It reads the pages and writes their text in one transaction under the
// stories' key (storiesKey), which SaveStories takes too: another desk
// saving stories meanwhile waits, rather than see a page it saved get
// the search text of the page before it, or deadlock with the fill over
// the stories' rows.
func (s *Store) fillSearchText(ctx context.Context) error {
	err := s.inTxKeyed(ctx, []string{storiesKey}, func(tx *txn) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, page FROM stories WHERE published = 1 AND page <> '' AND search_text = headline ORDER BY id`)
		if err != nil {
			return err
		}
		var ids []string
		var pages []*news.Page
		for rows.Next() {
			var id, raw string
			if err := rows.Scan(&id, &raw); err != nil {
				rows.Close()
				return err
			}
			var p news.Page
			if err := json.Unmarshal([]byte(raw), &p); err != nil {
				continue // a page the site cannot show either; it keeps its headline
			}
			ids, pages = append(ids, id), append(pages, &p)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for k, id := range ids {
			if _, err := tx.ExecContext(ctx, `UPDATE stories SET search_text = ? WHERE id = ?`, searchText(pages[k]), id); err != nil {
				return fmt.Errorf("story %s: %w", id, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("fill search text: %w", err)
	}
	return nil
}
