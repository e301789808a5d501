-- Locks of scheduled jobs across instances (ShedLock's table): a job runs where it took the row's lock until
-- lock_until; the other instances skip that turn. Job names only, nothing about a person.
CREATE TABLE shedlock (
    name       varchar(64)  NOT NULL PRIMARY KEY,
    lock_until timestamp    NOT NULL,
    locked_at  timestamp    NOT NULL,
    locked_by  varchar(255) NOT NULL
);
