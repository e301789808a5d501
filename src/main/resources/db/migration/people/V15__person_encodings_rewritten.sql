-- The encodings an NGO's "is this person known?" question is compared with hold the nickname-canonical words of every
-- name, and more names now have one (Maxamed and Mohamed, Costel and Constantin, Vania and Ivan), while words for an
-- unknown name and courtesy titles are no longer read as names. The persons' encodings are written again by the
-- start-up backfill with the same key and layout; an NGO's outreach contacts (compared with each other only) stay.
DELETE FROM person_encoding;
