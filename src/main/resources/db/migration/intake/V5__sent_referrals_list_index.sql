-- The list order over sent referrals only. Drafts are seen by their authors alone; without this index a list read
-- newest first had to step over every other organisation's fresh drafts before reaching what it may show.
CREATE INDEX referral_sent_by_list_order ON referral ((coalesce(submitted_at, created_at)) DESC, id)
  WHERE status <> 'DRAFT';

-- An author's own drafts, the other read of every list.
CREATE INDEX referral_drafts_by_author ON referral (source_user) WHERE status = 'DRAFT';
