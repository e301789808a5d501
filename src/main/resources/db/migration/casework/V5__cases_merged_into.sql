-- A case's page lists the cases kept in it since person records were merged: found by index, not by reading every
-- case (at 100,000 cases the scan held the audit chain's lock for tens of milliseconds on every case page).
CREATE INDEX case_file_merged_into ON case_file (merged_into) WHERE merged_into IS NOT NULL;
