-- Encodings now keep names and the birth date in separate segments of the filter (ADR 0009, "Field segments"), so
-- encodings of the earlier layout no longer compare. The persons' encodings are written again by the start-up
-- backfill; NGOs deliver their outreach contacts of a year again with the new encoder.
DELETE FROM person_encoding;
DELETE FROM contact_encoding;
