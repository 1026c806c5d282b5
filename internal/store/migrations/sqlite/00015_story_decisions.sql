-- +goose Up
-- Editors' corrections of the grouping: reports put together in one
-- story, or taken out of a story. A rebuild applies them after clustering,
-- oldest first, so they outlast re-clustering. articles and others are
-- JSON arrays of article ids: for 'together', the reports to keep in one
-- story; for 'apart', the reports taken out and the story's other reports
-- at the time.
CREATE TABLE story_decisions (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('together', 'apart')),
    articles  TEXT NOT NULL,
    others    TEXT NOT NULL DEFAULT '[]',
    made_by   TEXT NOT NULL DEFAULT '',
    made_at   TIMESTAMP NOT NULL,
    note      TEXT NOT NULL DEFAULT ''
);

-- +goose Down
DROP TABLE story_decisions;
