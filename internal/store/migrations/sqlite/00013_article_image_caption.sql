-- +goose Up
-- The page's own words for its image (og:image:alt, the JSON-LD image's
-- caption): the lead image's caption when the page gives one.
ALTER TABLE articles ADD COLUMN image_caption TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE articles DROP COLUMN image_caption;
