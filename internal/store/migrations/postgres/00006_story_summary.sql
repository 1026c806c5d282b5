-- +goose Up
-- What a list of stories shows of each published page (headline, lead,
-- coverage, image), as JSON, so that the front page and the API's list
-- read a few hundred bytes a story instead of its whole page. Empty for
-- a page saved before this column: lists then read the page.
ALTER TABLE stories ADD COLUMN summary TEXT COLLATE "C" NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE stories DROP COLUMN summary;
