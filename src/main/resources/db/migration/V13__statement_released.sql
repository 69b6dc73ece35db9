-- A statement can be released (对外发布): the public response the plans' deadlines ask for.
ALTER TABLE incident_statement DROP CONSTRAINT ck_incident_statement_status;
ALTER TABLE incident_statement ADD CONSTRAINT ck_incident_statement_status
    CHECK (status IN ('DRAFT', 'AGREED', 'RELEASED'));
