-- After V11_1 converted every row (see V11__typed_record.sql), the rendered text goes: a timeline row is its fact
-- and the person's text, rendered on read in the reader's language.
ALTER TABLE incident_timeline ALTER COLUMN fact_type SET NOT NULL;
ALTER TABLE incident_timeline ALTER COLUMN fact_data SET NOT NULL;
ALTER TABLE incident_timeline DROP COLUMN text;
