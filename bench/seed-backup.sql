-- For the backup and restore benchmark, on top of the demo: 1,000,000 persons and 10,000,000 timeline entries spread
-- over the demo's case files.
INSERT INTO people.person (id, reference, given_names, family_name, given_names_latin, family_name_latin, gender,
                           birth_precision, birth_date, birth_year, interpreter_needed, phone, registered_by,
                           registered_at, version)
SELECT md5('backup-person' || i)::uuid,
       'P-' || upper(substr(md5('ref' || i), 1, 4)) || '-' || upper(substr(md5('ref' || i), 5, 4)) || '-' || i,
       (ARRAY ['Ioana', 'Olena', 'Nguyen Thi', 'Maria', 'Ahmed', 'Li', 'Precious', 'Daniela'])[1 + i % 8],
       'Family' || i, (ARRAY ['Ioana', 'Olena', 'Nguyen Thi', 'Maria', 'Ahmed', 'Li', 'Precious', 'Daniela'])[1 + i % 8],
       'Family' || i, (ARRAY ['Feminine', 'Masculine'])[1 + i % 2], 'EXACT',
       DATE '1970-01-01' + (i % 15000), NULL, i % 3 = 0, '+45 ' || (20000000 + i),
       md5('colleague' || (i % 40))::uuid, now() - make_interval(days => i % 3650), 1
FROM generate_series(1, 1000000) AS i;

CREATE TEMP TABLE bench_case AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM casework.case_file;

INSERT INTO casework.timeline_entry (case_id, occurred_at, kind, module, subject, actor, args)
SELECT c.id,
       now() - make_interval(mins => e % 1000000),
       (ARRAY ['TASK_CREATED', 'NOTE_ADDED', 'TASK_DONE', 'INTERVIEW_HELD'])[1 + e % 4],
       'casework', NULL, NULL, ''
FROM generate_series(1, 10000000) AS e
       JOIN bench_case c ON c.n = e % (SELECT count(*) FROM bench_case);

ANALYZE people.person;
ANALYZE casework.timeline_entry;
