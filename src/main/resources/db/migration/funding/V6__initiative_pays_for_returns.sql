-- An initiative may pay for the support given after return under one return programme (the
-- repatriation module's programme names); its costs, recorded there, then roll up into the
-- initiative. Within a plan a programme is paid for by one initiative, so no cost counts twice.
ALTER TABLE funding.initiative ADD COLUMN funds_returns text;
CREATE UNIQUE INDEX initiative_funds_returns_once
    ON funding.initiative (plan_id, funds_returns) WHERE funds_returns IS NOT NULL;
