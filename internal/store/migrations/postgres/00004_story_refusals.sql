-- +goose Up
-- Why a story has no new page: the kind of reason (too_few_outlets,
-- no_text, other_language, no_usable_sentence, failed_verification) and
-- one line for people. Empty when its last writing was published. A story
-- whose rewrite fails keeps the page it had.
ALTER TABLE stories ADD COLUMN refusal_reason TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN refusal TEXT COLLATE "C" NOT NULL DEFAULT '';

-- Earlier versions of each story's page, kept when a newer one replaces
-- them.
CREATE TABLE page_versions (
    story_id    TEXT COLLATE "C" NOT NULL,
    version     INTEGER NOT NULL,
    written_at  TIMESTAMPTZ NOT NULL,
    page        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (story_id, version)
);

-- +goose Down
DROP TABLE page_versions;
ALTER TABLE stories DROP COLUMN refusal;
ALTER TABLE stories DROP COLUMN refusal_reason;
