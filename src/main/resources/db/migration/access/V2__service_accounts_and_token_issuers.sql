-- Machine accounts: no password, no sign-in, tokens issued by administrators. A person's tokens are created by that
-- person; a token remembers who issued it, so every act done with it can name the issuer.
ALTER TABLE user_account ADD COLUMN service_account BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE api_token ADD COLUMN issued_by UUID REFERENCES user_account (id);
