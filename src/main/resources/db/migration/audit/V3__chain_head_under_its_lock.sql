-- The chain's lock and the hash of its last row in one statement (one round trip fewer while the lock is held, and the
-- lock is held by every transaction that audits). A VOLATILE function takes a fresh snapshot for each statement it
-- runs, so the read after the lock sees the row the previous holder committed; a single SELECT could not, its snapshot
-- being taken before it waited for the lock. Runs with the caller's rights: the application role reads the chain as
-- before and may not change the function.
CREATE FUNCTION audit.lock_chain_head(chain_lock BIGINT) RETURNS TEXT
  LANGUAGE plpgsql VOLATILE AS
$$
BEGIN
  PERFORM pg_advisory_xact_lock(chain_lock);
  RETURN (SELECT hash FROM audit.audit_event ORDER BY id DESC LIMIT 1);
END
$$;
