-- An anonymous notification is made without the person's consent and can carry none. Consents stored on one (possible
-- through the API before the rule lived in the aggregate) are cleared, and the database refuses them from now on.
UPDATE referral
SET consent_to_referral = false, consent_to_police = false, consent_to_contact = false,
    consent_recorded_by = NULL, consent_recorded_at = NULL
WHERE path = 'ANONYMOUS' AND (consent_to_referral OR consent_to_police OR consent_to_contact);

ALTER TABLE referral ADD CONSTRAINT referral_anonymous_without_consent
  CHECK (path <> 'ANONYMOUS' OR NOT (consent_to_referral OR consent_to_police OR consent_to_contact));
