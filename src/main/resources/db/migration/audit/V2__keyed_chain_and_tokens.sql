-- The chain is keyed from now on (an HMAC under a key outside the database, see AuditChain). Rows written before keep
-- their plain SHA-256 and are marked, so the verifier knows which hash to expect; keyed rows can never turn back into
-- unkeyed ones unnoticed, because every checkpoint records how many unkeyed rows there were.
ALTER TABLE audit_event ADD COLUMN keyed BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE audit_event ALTER COLUMN keyed SET DEFAULT true;

-- An act done with an API token names the token, and for a machine account's token the person who issued it.
ALTER TABLE audit_event ADD COLUMN token_id TEXT;
ALTER TABLE audit_event ADD COLUMN token_issuer TEXT;
