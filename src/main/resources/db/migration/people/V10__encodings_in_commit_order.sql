-- The "is this person known?" index lives in each instance's memory. So that an instance learns what another one
-- wrote, every written encoding is stamped with a number in commit order, and deletions are counted: an instance
-- reads the encodings stamped after the last it knows, and reloads everything after a deletion.
--
-- Commit order: the stamp is taken from one counter row, whose lock the writing transaction holds until it ends, so a
-- transaction that commits later always holds larger stamps and no reader can miss a row it has not seen yet.
CREATE TABLE encoding_version (
    id       int    PRIMARY KEY CHECK (id = 1),
    written  bigint NOT NULL,
    removals bigint NOT NULL
);
INSERT INTO encoding_version (id, written, removals) VALUES (1, 0, 0);

ALTER TABLE person_encoding ADD COLUMN written bigint;
UPDATE encoding_version SET written = (SELECT count(*) FROM person_encoding) WHERE id = 1;
UPDATE person_encoding SET written = stamped.n
FROM (SELECT person_id, row_number() OVER (ORDER BY person_id) AS n FROM person_encoding) stamped
WHERE stamped.person_id = person_encoding.person_id;
ALTER TABLE person_encoding ALTER COLUMN written SET NOT NULL;
CREATE INDEX person_encoding_by_written ON person_encoding (written);

CREATE FUNCTION stamp_encoding() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE people.encoding_version SET written = written + 1 WHERE id = 1 RETURNING written INTO NEW.written;
    RETURN NEW;
END
$$;
CREATE TRIGGER encoding_stamped BEFORE INSERT OR UPDATE ON person_encoding
    FOR EACH ROW EXECUTE FUNCTION stamp_encoding();

CREATE FUNCTION count_encoding_removals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE people.encoding_version SET removals = removals + 1 WHERE id = 1;
    RETURN NULL;
END
$$;
CREATE TRIGGER encoding_removed AFTER DELETE ON person_encoding
    FOR EACH STATEMENT EXECUTE FUNCTION count_encoding_removals();

-- Questions asked per organisation and hour, shared by every instance (the limit holds however many there are).
CREATE TABLE known_check_window (
    organisation uuid   NOT NULL,
    hour         bigint NOT NULL,
    asked        int    NOT NULL,
    PRIMARY KEY (organisation, hour)
);
