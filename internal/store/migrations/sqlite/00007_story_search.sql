-- +goose Up
-- Readers search the published stories. search_text is what a story is
-- found by: its headline and every sentence of its page, folded to plain
-- lower-case words by the store when it saves the story (see searchText).
-- Pages are JSON, which SQL cannot take apart, so a story stored before
-- this migration gets its headline here, and the rest of its text is
-- filled in from the page, in Go, when the store opens (see
-- fillSearchText).
--
-- story_search is an FTS5 index over the headline (ranked higher) and
-- search_text; unicode61 with remove_diacritics 2 makes "Zurich" find
-- "Zürich". Its rows are keyed by story_search_keys rather than by the
-- stories table's rowid: a table with a text primary key may have its
-- rowids renumbered by VACUUM, which would leave the index pointing at the
-- wrong stories. The triggers keep the index in step with the stories.
ALTER TABLE stories ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE stories SET search_text = headline;

CREATE TABLE story_search_keys (
    key       INTEGER PRIMARY KEY,
    story_id  TEXT NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE story_search USING fts5(
    headline, body,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO story_search_keys (story_id) SELECT id FROM stories ORDER BY id;
INSERT INTO story_search (rowid, headline, body)
    SELECT k.key, s.headline, s.search_text
    FROM stories s JOIN story_search_keys k ON k.story_id = s.id;

-- +goose StatementBegin
CREATE TRIGGER story_search_insert AFTER INSERT ON stories
BEGIN
    INSERT INTO story_search_keys (story_id) VALUES (NEW.id);
    INSERT INTO story_search (rowid, headline, body)
        SELECT key, NEW.headline, NEW.search_text FROM story_search_keys WHERE story_id = NEW.id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER story_search_update AFTER UPDATE OF headline, search_text ON stories
BEGIN
    DELETE FROM story_search WHERE rowid = (SELECT key FROM story_search_keys WHERE story_id = OLD.id);
    INSERT INTO story_search (rowid, headline, body)
        SELECT key, NEW.headline, NEW.search_text FROM story_search_keys WHERE story_id = NEW.id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER story_search_delete AFTER DELETE ON stories
BEGIN
    DELETE FROM story_search WHERE rowid = (SELECT key FROM story_search_keys WHERE story_id = OLD.id);
    DELETE FROM story_search_keys WHERE story_id = OLD.id;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER story_search_delete;
DROP TRIGGER story_search_update;
DROP TRIGGER story_search_insert;
DROP TABLE story_search;
DROP TABLE story_search_keys;
ALTER TABLE stories DROP COLUMN search_text;
