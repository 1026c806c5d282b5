-- +goose Up
-- Near-duplicate search by pieces of the SimHash. A fingerprint is cut
-- into seven runs of adjacent bits (10, 9, 9, 9, 9, 9, 9 from the low
-- end); two fingerprints at most six bits apart agree on at least one
-- whole run. Each report that can be an original (it has text and copies
-- nothing) has one row per run, keyed by the run's band and bits
-- (band << 32 | bits, as text.SimHashPieces computes them) and its time,
-- so that findCopies reads the few reports that share a run with the new
-- one in the window instead of every report of the window. The triggers
-- keep the rows in step with the articles; the rows carry what the search
-- needs so that it never reads an article's row.
CREATE TABLE copy_pieces (
    piece         INTEGER NOT NULL,
    published_at  TIMESTAMP NOT NULL,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    outlet_id     INTEGER NOT NULL,
    fingerprint   INTEGER NOT NULL,
    PRIMARY KEY (piece, published_at, article_id)
) WITHOUT ROWID;
CREATE INDEX copy_pieces_article ON copy_pieces(article_id);

CREATE VIEW simhash_bands (band, shift, mask) AS
    VALUES (0, 0, 1023), (1, 10, 511), (2, 19, 511), (3, 28, 511), (4, 37, 511), (5, 46, 511), (6, 55, 511);

INSERT INTO copy_pieces (piece, published_at, article_id, outlet_id, fingerprint)
    SELECT b.band << 32 | ((a.fingerprint >> b.shift) & b.mask), a.published_at, a.id, a.outlet_id, a.fingerprint
    FROM articles a, simhash_bands b
    WHERE a.copy_of IS NULL AND a.text <> '';

-- +goose StatementBegin
CREATE TRIGGER copy_pieces_insert AFTER INSERT ON articles
WHEN NEW.copy_of IS NULL AND NEW.text <> ''
BEGIN
    INSERT INTO copy_pieces (piece, published_at, article_id, outlet_id, fingerprint)
        SELECT band << 32 | ((NEW.fingerprint >> shift) & mask), NEW.published_at, NEW.id, NEW.outlet_id, NEW.fingerprint
        FROM simhash_bands;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER copy_pieces_update AFTER UPDATE OF copy_of, text, fingerprint, published_at, outlet_id ON articles
BEGIN
    DELETE FROM copy_pieces WHERE article_id = OLD.id;
    INSERT INTO copy_pieces (piece, published_at, article_id, outlet_id, fingerprint)
        SELECT band << 32 | ((NEW.fingerprint >> shift) & mask), NEW.published_at, NEW.id, NEW.outlet_id, NEW.fingerprint
        FROM simhash_bands
        WHERE NEW.copy_of IS NULL AND NEW.text <> '';
END;
-- +goose StatementEnd

DROP INDEX articles_copy_candidates;

-- SaveArticle asks whether an outlet already has a text by its hash. With
-- one index on the outlet and another on the hash, SQLite (with no
-- statistics gathered) may take the outlet's and read every report of it,
-- hash and all; one index on both answers from the index.
CREATE INDEX articles_outlet_hash ON articles(outlet_id, content_hash);
DROP INDEX articles_hash;
DROP INDEX articles_outlet;

-- +goose Down
CREATE INDEX articles_outlet ON articles(outlet_id);
CREATE INDEX articles_hash ON articles(content_hash);
DROP INDEX articles_outlet_hash;
CREATE INDEX articles_copy_candidates
    ON articles(published_at, id, outlet_id, content_hash, fingerprint, copy_of, text <> '')
    WHERE copy_of IS NULL AND text <> '';
DROP TRIGGER copy_pieces_update;
DROP TRIGGER copy_pieces_insert;
DROP TABLE copy_pieces;
DROP VIEW simhash_bands;
