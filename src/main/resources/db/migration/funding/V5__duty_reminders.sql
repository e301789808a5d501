-- Reminders about reporting duties: to the holder before the due date, to the ministry (and the holder) after it;
-- each sent once per duty and kind, across instances.
CREATE TABLE funding.duty_reminder (
    duty_id  uuid        NOT NULL REFERENCES funding.reporting_duty (id) ON DELETE CASCADE,
    kind     text        NOT NULL CHECK (kind IN ('BEFORE', 'OVERDUE')),
    sent_at  timestamptz NOT NULL,
    PRIMARY KEY (duty_id, kind)
);
