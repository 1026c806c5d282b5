-- +goose Up
CREATE TABLE outlets (
    id        INTEGER PRIMARY KEY,
    slug      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    homepage  TEXT NOT NULL DEFAULT '',
    country   TEXT NOT NULL DEFAULT '',
    language  TEXT NOT NULL DEFAULT '',
    lean      TEXT NOT NULL DEFAULT 'unrated'
              CHECK (lean IN ('left', 'lean_left', 'center', 'lean_right', 'right', 'unrated')),
    rater     TEXT NOT NULL DEFAULT '',
    rated_at  TIMESTAMP
);

CREATE TABLE feeds (
    id               INTEGER PRIMARY KEY,
    outlet_id        INTEGER NOT NULL REFERENCES outlets(id) ON DELETE CASCADE,
    url              TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL DEFAULT '',
    etag             TEXT NOT NULL DEFAULT '',
    last_modified    TEXT NOT NULL DEFAULT '',
    last_checked_at  TIMESTAMP,
    last_success_at  TIMESTAMP,
    last_error       TEXT NOT NULL DEFAULT '',
    failures         INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    outlet_id      INTEGER NOT NULL REFERENCES outlets(id) ON DELETE CASCADE,
    feed_id        INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    url            TEXT NOT NULL,
    canonical_url  TEXT NOT NULL UNIQUE,
    guid           TEXT NOT NULL DEFAULT '',
    title          TEXT NOT NULL DEFAULT '',
    author         TEXT NOT NULL DEFAULT '',
    published_at   TIMESTAMP NOT NULL,
    first_seen_at  TIMESTAMP NOT NULL,
    text           TEXT NOT NULL DEFAULT '',
    image_url      TEXT NOT NULL DEFAULT '',
    language       TEXT NOT NULL DEFAULT '',
    content_hash   TEXT NOT NULL DEFAULT '',
    fingerprint    INTEGER NOT NULL DEFAULT 0,
    copy_of        INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    paywalled      INTEGER NOT NULL DEFAULT 0,
    error          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX articles_published ON articles(published_at);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_outlet ON articles(outlet_id);

CREATE TABLE stories (
    id             TEXT PRIMARY KEY,
    first_seen_at  TIMESTAMP NOT NULL,
    latest_at      TIMESTAMP NOT NULL,
    updated_at     TIMESTAMP NOT NULL,
    headline       TEXT NOT NULL DEFAULT '',
    page           TEXT NOT NULL DEFAULT '',
    published      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stories_published ON stories(published, latest_at);

CREATE TABLE story_articles (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE
);
CREATE INDEX story_articles_story ON story_articles(story_id);

CREATE TABLE images (
    key           TEXT PRIMARY KEY,
    source_url    TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    data          BLOB NOT NULL,
    fetched_at    TIMESTAMP NOT NULL
);

-- +goose Down
DROP TABLE images;
DROP TABLE story_articles;
DROP TABLE stories;
DROP TABLE articles;
DROP TABLE feeds;
DROP TABLE outlets;
