-- The voluntary return programme with the return organisation (IOM): the programme's eligibility checklist,
-- the application to the return organisation, its assessment; a support item given in kind rather than in cash.
ALTER TABLE repatriation
  ADD COLUMN eligibility            TEXT,
  ADD COLUMN eligibility_checked_on DATE,
  ADD COLUMN eligibility_checked_by UUID,
  ADD COLUMN applied_on             DATE,
  ADD COLUMN applied_by             UUID,
  ADD COLUMN assessment             TEXT,
  ADD COLUMN assessment_note        TEXT,
  ADD COLUMN assessed_on            DATE,
  ADD COLUMN assessed_by            UUID;

CREATE INDEX repatriation_partner ON repatriation (partner) WHERE partner IS NOT NULL;

ALTER TABLE support_item ADD COLUMN in_kind BOOLEAN NOT NULL DEFAULT FALSE;
