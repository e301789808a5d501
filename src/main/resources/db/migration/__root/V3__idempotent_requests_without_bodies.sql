-- A kept answer held the whole response body (names, the account of what happened) for 24 hours. Now only its status,
-- its Location and the created resource's id are kept; a retry reads the resource again through its module's front
-- door, audited. Answers kept the old way are dropped with their bodies.
DELETE FROM idempotent_request;
ALTER TABLE idempotent_request DROP COLUMN body;
ALTER TABLE idempotent_request ADD COLUMN resource_id UUID;
