-- +goose Up
-- What a story's page was written from (its reports, their outlets and
-- leans, the writer and its settings), as the pipeline sums it up. A
-- rebuild that finds the same sum leaves the page as it is instead of
-- writing it again. Empty for pages written before: they are rewritten
-- once.
ALTER TABLE stories ADD COLUMN signature TEXT COLLATE "C" NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE stories DROP COLUMN signature;
