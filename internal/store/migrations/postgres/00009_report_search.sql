-- +goose Up
-- Readers search the outlets' reports too, by title and text (see the
-- SQLite migration 00014). search_vector is what a report is found by:
-- its title weighted A, so that a match there ranks higher, and its text
-- weighted D, both folded by the store to plain lower-case words without
-- accents (see reportSearchText) and read with the 'simple' configuration,
-- as the stories' search_vector is. A paywalled report's text is left
-- out: it is never quoted, so it is found by its title alone.
--
-- SQL cannot fold accents as the store does, so the store writes the
-- vector when it saves a report, and the reports stored before this
-- migration are indexed when the store opens (see fillReportSearch), in
-- batches: an upgrade cut short is finished at the next opening. The
-- partial index finds the reports left to do without reading the table.
ALTER TABLE articles ADD COLUMN search_vector tsvector;
CREATE INDEX articles_search ON articles USING GIN (search_vector);
CREATE INDEX articles_search_pending ON articles(id) WHERE search_vector IS NULL;

-- +goose Down
DROP INDEX articles_search_pending;
DROP INDEX articles_search;
ALTER TABLE articles DROP COLUMN search_vector;
