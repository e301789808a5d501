-- The referrals list: newest first by the time a referral was sent (or started, for a draft), then by id.
CREATE INDEX referral_by_list_order ON referral ((coalesce(submitted_at, created_at)) DESC, id);
