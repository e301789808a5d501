-- Privacy-preserving encodings of every person (people.matching.BloomEncoder, ADR 0009), for "is this person already
-- known?" asked by NGOs with encodings only; and the opaque tokens such a question answers with.
CREATE TABLE person_encoding
(
  person_id UUID PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
  bits      BYTEA NOT NULL
);

CREATE TABLE known_token
(
  token        UUID PRIMARY KEY,
  person_id    UUID                     NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  organisation UUID                     NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
