-- +goose Up
ALTER TABLE articles ADD COLUMN too_short INTEGER NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE articles DROP COLUMN too_short;
