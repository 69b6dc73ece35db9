-- The incident record as typed data (issue 17). A timeline row keeps its coarse kind and gains the name of its
-- fact (a record of domain.incident.TimelineFact), the fact's fields as a small JSON object, any text a person
-- wrote, and whether it was converted from the text-only record. The data conversion is the Java migration
-- V11_1 (TypedTimelineMigration); V11_2 then drops the old text column, so nothing can read meaning out of it.
ALTER TABLE incident_timeline ADD COLUMN fact_type VARCHAR(60);
ALTER TABLE incident_timeline ADD COLUMN fact_data VARCHAR(16000);
ALTER TABLE incident_timeline ADD COLUMN person_text VARCHAR(16000);
ALTER TABLE incident_timeline ADD COLUMN migrated BOOLEAN DEFAULT FALSE NOT NULL;

-- The audit trail as data: the fields changed with their values before and after (JSON list). A row from before
-- keeps its sentence as legacy_summary, shown but never read for meaning.
ALTER TABLE audit_log ADD COLUMN changes VARCHAR(16000);
ALTER TABLE audit_log ADD COLUMN legacy_summary VARCHAR(4000);
UPDATE audit_log SET legacy_summary = summary;
ALTER TABLE audit_log DROP COLUMN summary;
