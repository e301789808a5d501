-- The main form of exploitation stated as not determined (ext_MainExploitation = Undetermined), as opposed to not
-- stated at all.
ALTER TABLE decision ADD COLUMN main_undetermined BOOLEAN NOT NULL DEFAULT false;
