-- +goose Up
-- Readers search the published stories (see the SQLite migration 00007).
-- search_text is the headline and every sentence of the page, folded by
-- the store to plain lower-case words without accents when it saves a
-- story (see searchText). Pages are JSON that SQL cannot take apart, so a
-- story stored before this migration is found by its headline alone, with
-- its accents, until the store fills in the rest from the page when it
-- next opens (see fillSearchText).
--
-- search_vector is generated from search_text with the 'simple'
-- configuration: words are lower-cased and nothing else, no stemming and
-- no stop words, so a query finds what was written in any language and
-- never a look-alike word. It removes no accents; the folding in
-- search_text does that instead. The first line of search_text is the
-- folded headline, weighted A so that a match there ranks higher; the
-- whole text, headline included, is weighted D. A GIN index answers @@.
ALTER TABLE stories ADD COLUMN search_text TEXT COLLATE "C" NOT NULL DEFAULT '';
UPDATE stories SET search_text = headline;
ALTER TABLE stories ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, split_part(search_text, E'\n', 1)), 'A') ||
    setweight(to_tsvector('simple'::regconfig, search_text), 'D')
) STORED;
CREATE INDEX stories_search ON stories USING GIN (search_vector);

-- +goose Down
DROP INDEX stories_search;
ALTER TABLE stories DROP COLUMN search_vector;
ALTER TABLE stories DROP COLUMN search_text;
