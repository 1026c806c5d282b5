-- +goose Up
-- Articles are also looked up by the link their feed gave, which may
-- differ from the canonical address the page declares ("?edition=rss"):
-- without it, such an article would be fetched again at every check.
CREATE INDEX articles_url ON articles(url);

-- +goose Down
DROP INDEX articles_url;
