-- +goose Up
ALTER TABLE outlets ADD COLUMN allow_private INTEGER NOT NULL DEFAULT 0;

-- The poll schedule of each feed lives in the store, so that a restart
-- keeps it: when to check next, and the interval that adapts to how often
-- the feed changes.
ALTER TABLE feeds ADD COLUMN next_check_at TIMESTAMP;
ALTER TABLE feeds ADD COLUMN interval_seconds INTEGER NOT NULL DEFAULT 900;
ALTER TABLE feeds ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN last_new_at TIMESTAMP;
ALTER TABLE feeds ADD COLUMN created_at TIMESTAMP;
CREATE INDEX feeds_due ON feeds(paused, next_check_at);

-- Every rating ever recorded, by whom; outlets.lean is the one in force.
CREATE TABLE ratings (
    id         INTEGER PRIMARY KEY,
    outlet_id  INTEGER NOT NULL REFERENCES outlets(id) ON DELETE CASCADE,
    lean       TEXT NOT NULL
               CHECK (lean IN ('left', 'lean_left', 'center', 'lean_right', 'right', 'unrated')),
    rater      TEXT NOT NULL,
    rated_at   TIMESTAMP NOT NULL,
    UNIQUE (outlet_id, rater)
);

-- +goose Down
DROP TABLE ratings;
DROP INDEX feeds_due;
ALTER TABLE feeds DROP COLUMN created_at;
ALTER TABLE feeds DROP COLUMN last_new_at;
ALTER TABLE feeds DROP COLUMN paused;
ALTER TABLE feeds DROP COLUMN interval_seconds;
ALTER TABLE feeds DROP COLUMN next_check_at;
ALTER TABLE outlets DROP COLUMN allow_private;
