-- The industries of forced labour a decision established (ISIC sections, HTCDS vic_ForcedLabourIndustry),
-- comma-separated like the forms.
ALTER TABLE decision ADD COLUMN industries TEXT NOT NULL DEFAULT '';
