-- The public help pages for possible victims, kept by the centre: each page has a source language and a
-- translation per language with its own status; a translation renders the source revision it was made from,
-- and is stale when the source has moved on. Anonymous contact messages sent from the pages, sealed at rest.

CREATE TABLE information.page (
    slug            text PRIMARY KEY,
    position        int  NOT NULL,
    source_language text NOT NULL,
    -- Moves each time a new text of the source language is published.
    source_revision int  NOT NULL DEFAULT 1
);

CREATE TABLE information.translation (
    slug               text        NOT NULL REFERENCES information.page (slug),
    language           text        NOT NULL,
    -- The working text (what editors see and change).
    title              text        NOT NULL,
    body               text        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('DRAFT', 'NEEDS_REVIEW', 'PUBLISHED')),
    translator         text,
    reviewer           text,
    -- The text on the public page: the last one published, kept while a new draft is worked on.
    published_title    text,
    published_body     text,
    published_revision int,
    published_at       timestamptz,
    version            bigint      NOT NULL DEFAULT 0,
    updated_at         timestamptz NOT NULL,
    updated_by         uuid,
    PRIMARY KEY (slug, language),
    CHECK ((published_title IS NULL) = (published_body IS NULL))
);

-- A counter that moves with every change to the pages, so that rendered public pages are kept per version.
CREATE TABLE information.content_version (
    id      int    PRIMARY KEY CHECK (id = 1),
    version bigint NOT NULL
);
INSERT INTO information.content_version (id, version) VALUES (1, 0);

CREATE FUNCTION information.bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE information.content_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END
$$;
CREATE TRIGGER page_changed AFTER INSERT OR UPDATE OR DELETE ON information.page
    FOR EACH STATEMENT EXECUTE FUNCTION information.bump_content_version();
CREATE TRIGGER translation_changed AFTER INSERT OR UPDATE OR DELETE ON information.translation
    FOR EACH STATEMENT EXECUTE FUNCTION information.bump_content_version();

-- A message from the contact form. No address of the sender is ever stored. The phone number and the text are
-- sealed (AES-256-GCM) with the installation's information key.
CREATE TABLE information.contact_message (
    id           uuid PRIMARY KEY,
    received_at  timestamptz NOT NULL,
    language     text        NOT NULL,
    reach_back   text        NOT NULL CHECK (reach_back IN ('PHONE', 'WILL_CALL')),
    phone        text,
    message      text        NOT NULL,
    in_danger    boolean     NOT NULL,
    handled_at   timestamptz,
    handled_by   uuid,
    CHECK ((reach_back = 'PHONE') = (phone IS NOT NULL))
);
CREATE INDEX contact_message_open ON information.contact_message (received_at) WHERE handled_at IS NULL;
CREATE INDEX contact_message_by_time ON information.contact_message (received_at);

-- Views of the public pages: a count per page, language and day, never per reader.
CREATE TABLE information.page_views (
    day      date   NOT NULL,
    slug     text   NOT NULL,
    language text   NOT NULL,
    views    bigint NOT NULL,
    PRIMARY KEY (day, slug, language)
);
