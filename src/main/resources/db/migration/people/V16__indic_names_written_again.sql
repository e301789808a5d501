-- Names in Devanagari and Bengali are now read as spoken (राजेश as rajesh, not ICU's rajesa), and that reading gives
-- them matching keys and encoding bigrams that the keys and encodings written before lack. The encodings of the
-- records with such a name or alias are dropped here, and the keys of those records and of the records they were
-- merged into (a survivor's keys hold the names of every record merged into it); the start-up backfill writes them
-- again as they are written today. Every other record's keys and encodings stay as they are.
WITH RECURSIVE named (id, merged_into, own) AS (
    SELECT p.id, p.merged_into, true FROM person p
    WHERE p.given_names ~ '[\u0900-\u09FF]' OR p.family_name ~ '[\u0900-\u09FF]'
       OR EXISTS (SELECT 1 FROM person_alias a WHERE a.person_id = p.id AND a.name ~ '[\u0900-\u09FF]')
    UNION
    SELECT p.id, p.merged_into, false FROM person p JOIN named n ON p.id = n.merged_into
), encodings AS (
    DELETE FROM person_encoding WHERE person_id IN (SELECT id FROM named WHERE own)
)
DELETE FROM match_key WHERE person_id IN (SELECT id FROM named);
