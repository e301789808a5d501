-- Erasure (privacy's retention schedule, or a person's right to erasure approved by two people): the record keeps its
-- pseudonymous reference, gender, citizenships and languages (codes that count, never identify alone) and loses
-- names, birth, phone, aliases, documents, the safe address, encodings and match keys. When it happened:
ALTER TABLE person ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX person_erased ON person (erased_at) WHERE erased_at IS NOT NULL;
