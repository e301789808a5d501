-- Files attached to a report (PDF only, checked by content, at most 10 MB each): kept with the
-- report, read by the holder, the centre and the ministry.
CREATE TABLE funding.report_attachment (
    id          uuid PRIMARY KEY,
    duty_id     uuid        NOT NULL REFERENCES funding.reporting_duty (id),
    file_name   text        NOT NULL,
    size        int         NOT NULL CHECK (size > 0),
    sha256      text        NOT NULL,
    content     bytea       NOT NULL,
    uploaded_by uuid        NOT NULL,
    uploaded_at timestamptz NOT NULL
);
CREATE INDEX report_attachment_by_duty ON funding.report_attachment (duty_id, uploaded_at);
