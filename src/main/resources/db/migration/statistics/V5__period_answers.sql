-- Whether the person accepted the period offered (null until they answered).
ALTER TABLE period ADD COLUMN accepted BOOLEAN;
