-- 100,000 synthetic case files with 2,000,000 timeline entries (20 each), 100,000 identification processes with an
-- interview each, and tasks, for the work-queue and case-page benchmark. The demo caseworker is contact person for
-- 50 of the cases (a realistic caseload); the rest belong to fictional colleagues.
CREATE TEMP TABLE bench_user AS SELECT id FROM access.user_account WHERE email = 'caseworker@demo.haven';

INSERT INTO identification.identification (id, version, referral_id, person_id, status, assigned_to, residence_status,
                                           minor, referral_date, opened_at, period_type, period_start, period_days,
                                           period_ended_on, period_end_reason)
SELECT md5('identification' || i)::uuid, 1, md5('referral' || i)::uuid, md5('person' || i)::uuid,
       CASE WHEN i % 3 = 0 THEN 'IN_PROGRESS' ELSE 'DECIDED' END,
       CASE WHEN i % 2000 = 0 THEN (SELECT id FROM bench_user) ELSE md5('colleague' || (i % 40))::uuid END,
       (ARRAY ['NO_LEGAL_RESIDENCE', 'ASYLUM_SEEKER', 'EU_CITIZEN', 'LEGAL_RESIDENCE'])[1 + i % 4],
       i % 10 = 9, current_date - (i % 1095) - 20, now() - make_interval(days => i % 1095),
       CASE WHEN i % 3 <> 0 THEN 'REFLECTION' END,
       CASE WHEN i % 3 <> 0 THEN current_date - (i % 1095) END,
       CASE WHEN i % 3 <> 0 THEN 30 END,
       -- periods whose deadline passed were closed by the deadline job long ago
       CASE WHEN i % 3 <> 0 AND i % 1095 > 30 THEN current_date - (i % 1095) + 30 END,
       CASE WHEN i % 3 <> 0 AND i % 1095 > 30 THEN 'EXPIRED' END
FROM generate_series(1, 100000) AS i;

INSERT INTO identification.interview (identification_id, position, interview_id, status, scheduled_at, held_on,
                                      conductor, organisation, interviewer, place_type, companion_present,
                                      representative_present, recorded_by)
SELECT md5('identification' || i)::uuid, 0, md5('interview' || i)::uuid,
       CASE WHEN i % 1095 < 30 THEN 'SCHEDULED' ELSE 'HELD' END,
       now() + make_interval(days => 7 - i % 1095), CASE WHEN i % 1095 >= 30 THEN current_date - (i % 1095) END,
       'CENTRE', (SELECT organisation_id FROM access.user_account WHERE id = (SELECT id FROM bench_user)),
       CASE WHEN i % 2000 = 0 THEN (SELECT id FROM bench_user) ELSE md5('colleague' || (i % 40))::uuid END,
       'CENTRE', FALSE, i % 10 = 9, md5('colleague' || (i % 40))::uuid
FROM generate_series(1, 100000) AS i;

INSERT INTO casework.case_file (id, version, person_id, person_reference, identification_id, status, contact_person,
                                minor, opened_at, decision_outcome, competent_authority, period_ends_on)
SELECT md5('case' || i)::uuid, 0, md5('person' || i)::uuid, 'P-B' || lpad(to_hex(i), 3, '0') || '-' || lpad(i::text, 4, '0'),
       md5('identification' || i)::uuid,
       CASE WHEN i % 1095 < 300 THEN 'ACTIVE' WHEN i % 5 = 0 THEN 'FOLLOW_UP' ELSE 'CLOSED' END,
       CASE WHEN i % 2000 = 0 THEN (SELECT id FROM bench_user) ELSE md5('colleague' || (i % 40))::uuid END,
       i % 10 = 9, now() - make_interval(days => i % 1095),
       CASE WHEN i % 3 <> 0 THEN 'VICTIM' END, CASE WHEN i % 3 <> 0 THEN 'IMMIGRATION_SERVICE' END,
       CASE WHEN i % 3 <> 0 AND i % 1095 <= 30 THEN current_date - (i % 1095) + 30 END
FROM generate_series(1, 100000) AS i;

INSERT INTO casework.timeline_entry (case_id, occurred_at, kind, module, subject, actor, args)
SELECT md5('case' || c)::uuid,
       now() - make_interval(days => c % 1095) + make_interval(hours => e),
       (ARRAY ['REFERRAL_ACCEPTED', 'IDENTIFICATION_OPENED', 'INTERVIEW_SCHEDULED', 'INTERVIEW_HELD',
               'VICTIM_STATUS_DECIDED', 'PERIOD_STARTED', 'TASK_CREATED', 'NOTE_ADDED', 'TASK_DONE',
               'PERIOD_EXTENDED'])[1 + e % 10],
       'casework', NULL, NULL,
       CASE e % 10
         WHEN 2 THEN (now() + make_interval(days => 3))::text
         WHEN 3 THEN current_date::text || '|CENTRE'
         WHEN 4 THEN 'VICTIM|IMMIGRATION_SERVICE|' || current_date::text
         WHEN 5 THEN 'REFLECTION|' || current_date::text || '|' || (current_date + 30)::text
         WHEN 7 THEN 'NORMAL'
         WHEN 9 THEN '30|SPECIAL_REASONS|' || (current_date + 60)::text
         ELSE '' END
FROM generate_series(1, 100000) AS c, generate_series(0, 19) AS e;

INSERT INTO casework.task (id, case_id, kind, title, due_on, assignee, status, created_by, created_at)
SELECT md5('task' || i)::uuid, md5('case' || (1 + i % 100000))::uuid, 'MANUAL', 'Follow up with the lawyer',
       current_date + (i % 30) - 5,
       CASE WHEN (1 + i % 100000) % 2000 = 0 THEN (SELECT id FROM bench_user) ELSE md5('colleague' || (i % 40))::uuid END,
       CASE WHEN i % 4 = 0 THEN 'OPEN' ELSE 'DONE' END, md5('colleague' || (i % 40))::uuid, now()
FROM generate_series(1, 200000) AS i;

ANALYZE identification.identification;
ANALYZE identification.interview;
ANALYZE casework.case_file;
ANALYZE casework.timeline_entry;
ANALYZE casework.task;
