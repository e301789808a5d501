-- A process may see more than one period (a positive decision reversed, then given again): extensions belong to the
-- period they extended, and earlier periods' extensions are kept.
ALTER TABLE identification ADD COLUMN period_number INT NOT NULL DEFAULT 0;
UPDATE identification SET period_number = 1 WHERE period_start IS NOT NULL;
ALTER TABLE period_extension ADD COLUMN period_number INT NOT NULL DEFAULT 1;
