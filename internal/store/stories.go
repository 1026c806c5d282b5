package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// StoryAssignments maps every article that belongs to a story to the
// story's ID, so that clustering can keep IDs stable.
func (s *Store) StoryAssignments(ctx context.Context) (map[int64]string, error) {
	out, err := assignments(ctx, s.db)
	if err != nil {
		return nil, fmt.Errorf("list story assignments: %w", err)
	}
	return out, nil
}

// StoryWrite is one story as the pipeline saves it: its members and, when
// it is published, its page.
type StoryWrite struct {
	Story news.Story
	// Latest is the time of the story's newest report; the front page
	// lists stories by it.
	Latest time.Time
	// Page is nil for a story whose writing was refused (too few
	// independent outlets so far, say); it keeps its members and ID for
	// later, and the page it had, if any, stays published.
	Page *news.Page
	// Reason and Refusal say why Page is nil: the kind of reason and one
	// line for people.
	Reason, Refusal string
	// Signature sums up what the page was written from (see
	// StorySignatures); the pipeline compares it to decide whether a
	// story must be written again.
	Signature string
}

// SaveStories saves the stories of one clustering run in one transaction:
// each story's row, page and members. Articles move between stories as
// the run says; a story left with no members is deleted with its earlier
// pages, and its ID from then on redirects to the story that took most
// of its articles (see StoryMovedTo).
//
// A story that cannot be saved holds back no other: its own changes are
// undone, the rest are saved, and the error names each story that failed
// (see FailedStories). Its articles stay where they were until a later run
// saves it.
//
// Runs are saved one at a time: a run reads where every article was, to
// leave a redirect for each story it empties, and a run saved beside
// another would miss the stories that one was saving, and delete them
// without one. The desk rebuilds in one place at a time anyway (the
// pipeline holds TryLock's "rebuild" lock), and SaveStories keeps runs
// apart by itself too: on SQLite with its one writer, on PostgreSQL with
// one key, storiesKey, which only the filling in of old stories' search
// text takes too (see fillSearchText), so that no other write waits for
// a run.
func (s *Store) SaveStories(ctx context.Context, stories []StoryWrite) error {
	var failed []error
	var failedIDs []string
	err := s.inTxKeyed(ctx, []string{storiesKey}, func(tx *txn) error {
		before, err := assignments(ctx, tx)
		if err != nil {
			return err
		}
		for _, w := range stories {
			err := tx.savepoint(ctx, func() error { return saveStory(ctx, tx, w) })
			var undone *savepointError
			switch {
			case errors.As(err, &undone):
				return err // the transaction itself is lost
			case err != nil:
				failed = append(failed, fmt.Errorf("story %s: %w", w.Story.ID, err))
				failedIDs = append(failedIDs, w.Story.ID)
			}
		}
		if err := redirectEmptied(ctx, tx, before, stories, s.now()); err != nil {
			return fmt.Errorf("redirect merged stories: %w", err)
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)`)
		if err != nil {
			return err
		}
		// A story that went takes its earlier pages with it: were its ID
		// a story again, they would pass for that story's history.
		_, err = tx.ExecContext(ctx, `DELETE FROM page_versions WHERE story_id NOT IN (SELECT id FROM stories)`)
		return err
	})
	if err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	if len(failed) > 0 {
		return &FailedStories{IDs: failedIDs, Errs: failed, Saved: len(stories) - len(failed)}
	}
	return nil
}

// storiesKey is the key (see inTxKeyed) under which SaveStories saves a
// run.
const storiesKey = "stories"

// FailedStories is SaveStories' error when some stories could not be
// saved and the others were.
type FailedStories struct {
	IDs   []string // the stories that failed
	Errs  []error  // why, one per story, naming it
	Saved int      // how many stories were saved
}

func (e *FailedStories) Error() string {
	return fmt.Sprintf("save stories: %d failed, %d saved: %v", len(e.Errs), e.Saved, errors.Join(e.Errs...))
}

func (e *FailedStories) Unwrap() []error { return e.Errs }

// assignments maps each article in a story to the story's ID.
func assignments(ctx context.Context, q querier) (map[int64]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT article_id, story_id FROM story_articles`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var id int64
		var story string
		if err := rows.Scan(&id, &story); err != nil {
			return nil, err
		}
		out[id] = story
	}
	return out, rows.Err()
}

// redirectEmptied records, for each story that this run left without
// members, the story that took most of its articles (the smaller ID on a
// tie), moves on the redirects that pointed at it, and drops the
// redirects of IDs that are stories again.
func redirectEmptied(ctx context.Context, tx *txn, before map[int64]string, stories []StoryWrite, now time.Time) error {
	moved := map[string]map[string]int{} // old story -> new story -> articles
	for _, w := range stories {
		if _, err := tx.ExecContext(ctx, `DELETE FROM story_redirects WHERE old_id = ?`, w.Story.ID); err != nil {
			return err
		}
		for _, a := range w.Story.ArticleIDs {
			from, ok := before[a]
			if !ok || from == w.Story.ID {
				continue
			}
			if moved[from] == nil {
				moved[from] = map[string]int{}
			}
			moved[from][w.Story.ID]++
		}
	}
	rows, err := tx.QueryContext(ctx, `SELECT id FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)`)
	if err != nil {
		return err
	}
	var emptied []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		emptied = append(emptied, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, old := range emptied {
		target, most := "", 0
		for id, n := range moved[old] {
			if n > most || n == most && id < target {
				target, most = id, n
			}
		}
		if target == "" {
			continue // its articles left the desk's window: nothing to point at
		}
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO story_redirects (old_id, new_id, merged_at) VALUES (?, ?, ?)
			ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id, merged_at = excluded.merged_at`,
			old, target, now.UTC()); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE story_redirects SET new_id = ? WHERE new_id = ?`, target, old); err != nil {
			return err
		}
	}
	return nil
}

// StoryMovedTo returns the published story that a deleted story's ID now
// leads to, or news.ErrNotFound when there is none.
func (s *Store) StoryMovedTo(ctx context.Context, id string) (string, error) {
	var to string
	err := s.db.QueryRowContext(ctx, `
		SELECT r.new_id FROM story_redirects r JOIN stories s ON s.id = r.new_id AND s.published = 1
		WHERE r.old_id = ?`, id).Scan(&to)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("story %q: %w", id, news.ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("story %q: %w", id, err)
	}
	return to, nil
}

// keptVersions is how many earlier pages of a story the store keeps.
const keptVersions = 10

func saveStory(ctx context.Context, tx *txn, w StoryWrite) error {
	st := w.Story
	if w.Page == nil {
		// Refused: the story's row and members change, and the reason
		// is recorded, but a page it had stays as it is.
		_, err := tx.ExecContext(ctx, `
			INSERT INTO stories (id, first_seen_at, latest_at, updated_at, signature, refusal_reason, refusal)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET
				first_seen_at = excluded.first_seen_at, latest_at = excluded.latest_at,
				signature = excluded.signature, refusal_reason = excluded.refusal_reason,
				refusal = excluded.refusal`,
			st.ID, st.FirstSeen.UTC(), w.Latest.UTC(), st.Updated.UTC(), w.Signature, w.Reason, w.Refusal)
		if err != nil {
			return err
		}
	} else {
		if err := archivePage(ctx, tx, st.ID, st.Updated); err != nil {
			return fmt.Errorf("keep the earlier page: %w", err)
		}
		page, err := json.Marshal(w.Page)
		if err != nil {
			return err
		}
		summary, err := json.Marshal(w.Page.Summary())
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `
			INSERT INTO stories (id, first_seen_at, latest_at, updated_at, headline, page, summary, published, search_text, signature, refusal_reason, refusal)
			VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, '', '')
			ON CONFLICT (id) DO UPDATE SET
				first_seen_at = excluded.first_seen_at, latest_at = excluded.latest_at,
				updated_at = excluded.updated_at, headline = excluded.headline,
				page = excluded.page, summary = excluded.summary, published = 1,
				search_text = excluded.search_text, signature = excluded.signature,
				refusal_reason = '', refusal = ''`,
			st.ID, st.FirstSeen.UTC(), w.Latest.UTC(), st.Updated.UTC(), w.Page.Headline, string(page), string(summary), searchText(w.Page), w.Signature)
		if err != nil {
			return err
		}
	}
	for _, id := range st.ArticleIDs {
		_, err := tx.ExecContext(ctx, `
			INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)
			ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id`, id, st.ID)
		if err != nil {
			return err
		}
	}
	return nil
}

// archivePage copies a story's published page, if it has one, to its
// earlier versions, and forgets all but the newest keptVersions of them.
func archivePage(ctx context.Context, tx *txn, id string, now time.Time) error {
	_, err := tx.ExecContext(ctx, `
		INSERT INTO page_versions (story_id, version, written_at, page)
		SELECT s.id, COALESCE((SELECT max(v.version) FROM page_versions v WHERE v.story_id = s.id), 0) + 1, s.updated_at, s.page
		FROM stories s WHERE s.id = ? AND s.published = 1 AND s.page <> ''`, id)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `
		DELETE FROM page_versions WHERE story_id = ? AND version <=
			(SELECT max(version) FROM page_versions WHERE story_id = ?) - ?`, id, id, keptVersions)
	return err
}

// PageHistory returns up to limit versions of a story's page (all of
// them when limit < 1), newest first: the published page, numbered one
// above the newest earlier page, then the earlier pages the store keeps
// (see keptVersions). It returns news.ErrNotFound when the story has no
// published page. Both are read in one statement, so that a rewrite
// saved meanwhile cannot show one page twice or skip one.
func (s *Store) PageHistory(ctx context.Context, id string, limit int) ([]news.PageVersion, error) {
	if limit < 1 {
		limit = math.MaxInt32
	}
	rows, err := s.db.QueryContext(ctx, `
		SELECT h.version, h.is_current, h.page FROM (
			SELECT COALESCE((SELECT max(v.version) FROM page_versions v WHERE v.story_id = s.id), 0) + 1 AS version,
				1 AS is_current, s.page AS page
			FROM stories s WHERE s.id = ? AND s.published = 1
			UNION ALL
			SELECT version, 0, page FROM page_versions WHERE story_id = ?
		) h ORDER BY h.version DESC LIMIT ?`, id, id, limit)
	if err != nil {
		return nil, fmt.Errorf("story %q: versions: %w", id, err)
	}
	defer rows.Close()
	var out []news.PageVersion
	for rows.Next() {
		var v news.PageVersion
		var current int
		var raw string
		if err := rows.Scan(&v.Number, &current, &raw); err != nil {
			return nil, fmt.Errorf("story %q: versions: %w", id, err)
		}
		if len(out) == 0 && current == 0 {
			// earlier pages only: the story has no page published now
			return nil, fmt.Errorf("story %q: %w", id, news.ErrNotFound)
		}
		if err := json.Unmarshal([]byte(raw), &v.Page); err != nil {
			return nil, fmt.Errorf("story %q: decode version %d: %w", id, v.Number, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("story %q: versions: %w", id, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("story %q: %w", id, news.ErrNotFound)
	}
	return out, nil
}

// StoryState is what the store knows of a story's last writing.
type StoryState struct {
	Signature string // as given to SaveStories; "" for a page written before signatures
	Published bool
}

// StorySignatures returns the state of every stored story by ID.
func (s *Store) StorySignatures(ctx context.Context) (map[string]StoryState, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, signature, published FROM stories`)
	if err != nil {
		return nil, fmt.Errorf("list story signatures: %w", err)
	}
	defer rows.Close()
	out := map[string]StoryState{}
	for rows.Next() {
		var id, sig string
		var published int
		if err := rows.Scan(&id, &sig, &published); err != nil {
			return nil, fmt.Errorf("list story signatures: %w", err)
		}
		out[id] = StoryState{Signature: sig, Published: published != 0}
	}
	return out, rows.Err()
}

// ListStories returns published stories, the one with the newest report
// first.
func (s *Store) ListStories(ctx context.Context, limit, offset int) ([]news.StorySummary, error) {
	// The page itself is read only for a story saved before summaries
	// were kept.
	rows, err := s.db.QueryContext(ctx, `
		SELECT summary, CASE WHEN summary = '' THEN page ELSE '' END FROM stories WHERE published = 1
		ORDER BY latest_at DESC, id LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	out, err := scanSummaries(rows)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	return out, nil
}

// scanSummaries reads rows of a story's summary and, when that is empty,
// its page, and closes them.
func scanSummaries(rows *sql.Rows) ([]news.StorySummary, error) {
	defer rows.Close()
	out := []news.StorySummary{}
	for rows.Next() {
		var summary, page string
		if err := rows.Scan(&summary, &page); err != nil {
			return nil, err
		}
		if summary != "" {
			var sum news.StorySummary
			if err := json.Unmarshal([]byte(summary), &sum); err != nil {
				return nil, fmt.Errorf("decode summary: %w", err)
			}
			out = append(out, sum)
			continue
		}
		var p news.Page
		if err := json.Unmarshal([]byte(page), &p); err != nil {
			return nil, fmt.Errorf("decode page: %w", err)
		}
		out = append(out, p.Summary())
	}
	return out, rows.Err()
}

// SiteVersion returns a token that changes whenever any published page
// does: how many there are and the latest write time among them.
func (s *Store) SiteVersion(ctx context.Context) (string, error) {
	var n int
	var latest any // a time on PostgreSQL, SQLite's text of one on SQLite: either names it
	err := s.db.QueryRowContext(ctx, `SELECT count(*), max(updated_at) FROM stories WHERE published = 1`).Scan(&n, &latest)
	if err != nil {
		return "", fmt.Errorf("site version: %w", err)
	}
	return fmt.Sprintf("%d %v", n, latest), nil
}

// PageVersion returns a token that changes whenever the published page
// of a story does, or news.ErrNotFound when the story has no published
// page: the web site keeps a rendered page for as long as its version
// stays. The token is the page's write time, its signature and the
// number of the newest earlier page, which every rewrite raises: so it
// changes with a rewrite at the same time from the same reports too, and
// whenever the story's latest versions (see PageHistory) do.
func (s *Store) PageVersion(ctx context.Context, id string) (string, error) {
	var updated time.Time
	var signature string
	var earlier int64
	err := s.db.QueryRowContext(ctx, `
		SELECT s.updated_at, s.signature, COALESCE((SELECT max(v.version) FROM page_versions v WHERE v.story_id = s.id), 0)
		FROM stories s WHERE s.id = ? AND s.published = 1`, id).Scan(&updated, &signature, &earlier)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("story %q: %w", id, news.ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("story %q: %w", id, err)
	}
	return fmt.Sprintf("%s %d %s", updated.UTC().Format(time.RFC3339Nano), earlier, signature), nil
}

// Page returns the published page of a story, or news.ErrNotFound.
func (s *Store) Page(ctx context.Context, id string) (news.Page, error) {
	var p news.Page
	var raw string
	err := s.db.QueryRowContext(ctx, `SELECT page FROM stories WHERE id = ? AND published = 1`, id).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return p, fmt.Errorf("story %q: %w", id, news.ErrNotFound)
	}
	if err != nil {
		return p, fmt.Errorf("story %q: %w", id, err)
	}
	if err := json.Unmarshal([]byte(raw), &p); err != nil {
		return p, fmt.Errorf("story %q: decode page: %w", id, err)
	}
	return p, nil
}

// StoryCounts reports how many stories are known and how many published.
func (s *Store) StoryCounts(ctx context.Context) (total, published int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE published = 1) FROM stories`).Scan(&total, &published)
	if err != nil {
		return 0, 0, fmt.Errorf("count stories: %w", err)
	}
	return total, published, nil
}

// storyStatusQuery lists stories as StoryStatus rows: their page's
// headline or, unpublished, their first report's title; their counts of
// reports and outlets; and why their last writing was refused.
const storyStatusQuery = `
	SELECT s.id, s.headline, s.published, s.latest_at, s.refusal_reason, s.refusal,
		(SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id),
		(SELECT count(DISTINCT a.outlet_id) FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = s.id),
		COALESCE((SELECT a.title FROM story_articles sa JOIN articles a ON a.id = sa.article_id
			WHERE sa.story_id = s.id ORDER BY a.published_at, a.id LIMIT 1), '')
	FROM stories s`

func scanStatus(sc interface{ Scan(...any) error }) (news.StoryStatus, error) {
	var st news.StoryStatus
	var published int
	var title string
	err := sc.Scan(&st.ID, &st.Headline, &published, &st.Latest, &st.Reason, &st.Refusal, &st.Articles, &st.Outlets, &title)
	st.Published = published != 0
	if st.Headline == "" {
		st.Headline = title
	}
	st.Latest = st.Latest.UTC()
	return st, err
}

// StoryStatuses returns stories, the one with the newest report first:
// all of them, or with unpublished only those that have no page.
func (s *Store) StoryStatuses(ctx context.Context, unpublished bool, limit, offset int) ([]news.StoryStatus, error) {
	where := ""
	if unpublished {
		where = " WHERE s.published = 0"
	}
	rows, err := s.db.QueryContext(ctx, storyStatusQuery+where+` ORDER BY s.latest_at DESC, s.id LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	defer rows.Close()
	out := []news.StoryStatus{}
	for rows.Next() {
		st, err := scanStatus(rows)
		if err != nil {
			return nil, fmt.Errorf("list stories: %w", err)
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// StoryStatus returns one story's status, or news.ErrNotFound.
func (s *Store) StoryStatus(ctx context.Context, id string) (news.StoryStatus, error) {
	st, err := scanStatus(s.db.QueryRowContext(ctx, storyStatusQuery+` WHERE s.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return st, fmt.Errorf("story %q: %w", id, news.ErrNotFound)
	}
	if err != nil {
		return st, fmt.Errorf("story %q: %w", id, err)
	}
	return st, nil
}

// UnpublishedStories returns up to limit stories that have no page,
// newest first, each with why.
func (s *Store) UnpublishedStories(ctx context.Context, limit int) ([]news.StoryStatus, error) {
	return s.StoryStatuses(ctx, true, limit, 0)
}
