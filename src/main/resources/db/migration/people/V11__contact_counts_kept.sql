-- The last count of distinct people among the NGOs' outreach contacts of a year, kept in the database (it was in one
-- instance's memory): every instance shows it, and it survives a restart. Counts only; no person, no encoding.
CREATE TABLE contact_count (
    year            int         PRIMARY KEY,
    counted_at      timestamptz NOT NULL,
    deliveries      text        NOT NULL,
    contacts        int         NOT NULL,
    distinct_people int         NOT NULL,
    organisations   int         NOT NULL,
    known_to_centre int         NOT NULL
);

CREATE TABLE contact_count_part (
    year               int  NOT NULL REFERENCES contact_count (year) ON DELETE CASCADE,
    organisation       uuid NOT NULL,
    contacts           int  NOT NULL,
    distinct_people    int  NOT NULL,
    shared_with_others int  NOT NULL,
    PRIMARY KEY (year, organisation)
);
