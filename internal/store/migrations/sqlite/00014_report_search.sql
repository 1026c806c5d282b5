-- +goose Up
-- Readers search the outlets' reports too, by title and text.
-- report_search is an FTS5 index over them, the title ranked higher,
-- with the same tokenizer as story_search, so that "Zurich" finds
-- "Zürich". It is contentless: the text is in the articles table already
-- and is not stored twice; contentless_delete lets the triggers take a
-- report out by its rowid. Its rowid is the article's id, which VACUUM
-- keeps, since it is the table's INTEGER PRIMARY KEY.
--
-- A paywalled report is never quoted, so only its title is indexed: a
-- search cannot find it by words that readers could not see. Reports
-- whose extraction failed are indexed by title too, and left out by the
-- search itself.
CREATE VIRTUAL TABLE report_search USING fts5(
    title, body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO report_search (rowid, title, body)
    SELECT id, title, CASE WHEN paywalled = 0 THEN text ELSE '' END FROM articles;

-- +goose StatementBegin
CREATE TRIGGER report_search_insert AFTER INSERT ON articles
BEGIN
    INSERT INTO report_search (rowid, title, body)
        VALUES (NEW.id, NEW.title, CASE WHEN NEW.paywalled = 0 THEN NEW.text ELSE '' END);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER report_search_update AFTER UPDATE OF title, text, paywalled ON articles
BEGIN
    DELETE FROM report_search WHERE rowid = OLD.id;
    INSERT INTO report_search (rowid, title, body)
        VALUES (NEW.id, NEW.title, CASE WHEN NEW.paywalled = 0 THEN NEW.text ELSE '' END);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER report_search_delete AFTER DELETE ON articles
BEGIN
    DELETE FROM report_search WHERE rowid = OLD.id;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER report_search_delete;
DROP TRIGGER report_search_update;
DROP TRIGGER report_search_insert;
DROP TABLE report_search;
