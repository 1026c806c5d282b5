-- +goose Up
-- SaveArticle looks for copies among the other outlets' reports published
-- within a week of a new one (findCopies). Without this index each of them
-- is read from the table, text included, so that a save takes time in
-- proportion to all the text stored in that window. With it the search
-- reads the index alone: copy_of and (text <> '') are constant in it and
-- listed only so that SQLite sees the query covered; (published_at, id)
-- keeps the query's order without a sort.
CREATE INDEX articles_copy_candidates
    ON articles(published_at, id, outlet_id, content_hash, fingerprint, copy_of, text <> '')
    WHERE copy_of IS NULL AND text <> '';

-- +goose Down
DROP INDEX articles_copy_candidates;
