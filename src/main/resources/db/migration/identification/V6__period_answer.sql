-- Whether the person accepted the reflection (or restitution) period offered by a positive decision, and when they
-- said so: the status report counts how many accepted.
ALTER TABLE identification ADD COLUMN period_accepted BOOLEAN;
ALTER TABLE identification ADD COLUMN period_answered_on DATE;
