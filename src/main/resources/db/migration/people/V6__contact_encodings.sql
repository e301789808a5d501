-- NGOs' anonymous outreach contacts of a year, delivered as privacy-preserving encodings only (ADR 0009): no name,
-- no date, no person. Each delivery replaces the organisation's set for that year. They are counted, never shown.
CREATE TABLE contact_encoding
(
  organisation UUID                     NOT NULL,
  year         INT                      NOT NULL,
  position     INT                      NOT NULL,
  bits         BYTEA                    NOT NULL,
  delivered_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (organisation, year, position)
);
CREATE INDEX contact_encoding_year ON contact_encoding (year);
