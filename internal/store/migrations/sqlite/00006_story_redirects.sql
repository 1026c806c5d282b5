-- +goose Up
-- A story whose reports all join another story is deleted; its address
-- then leads to the story that took most of them, so that links to it
-- keep working. Redirects are kept flat: one that pointed at a story that
-- itself merged away is moved on to the new target.
CREATE TABLE story_redirects (
    old_id     TEXT PRIMARY KEY,
    new_id     TEXT NOT NULL,
    merged_at  TIMESTAMP NOT NULL
);
CREATE INDEX story_redirects_new ON story_redirects(new_id);

-- +goose Down
DROP TABLE story_redirects;
