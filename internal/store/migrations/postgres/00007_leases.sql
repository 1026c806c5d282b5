-- +goose Up
-- Work that one desk at a time may do (rebuilding the stories): who holds
-- it, and until when. A desk that stops without giving it back loses it
-- when the time passes.
CREATE TABLE leases (
    name   TEXT COLLATE "C" PRIMARY KEY,
    holder TEXT COLLATE "C" NOT NULL,
    until  TIMESTAMPTZ NOT NULL
);

-- +goose Down
DROP TABLE leases;
