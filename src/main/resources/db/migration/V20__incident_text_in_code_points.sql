-- Issue 19: incident texts, the office's names and warning lines are limited in characters as a person counts
-- them (code points, domain.common.TypedText), as the roster's are since V6. H2 counts UTF-16 units, two for a
-- character beyond the Basic Multilingual Plane (𠮷), so these columns are made twice as wide as their limits; a
-- title of 200 such characters was refused by the column, with SQL's words, though the rule allowed it.
ALTER TABLE incident ALTER COLUMN title SET DATA TYPE VARCHAR(400);
ALTER TABLE incident ALTER COLUMN what_when SET DATA TYPE VARCHAR(800);
ALTER TABLE incident ALTER COLUMN what_where SET DATA TYPE VARCHAR(800);
ALTER TABLE incident ALTER COLUMN what_who SET DATA TYPE VARCHAR(800);
ALTER TABLE incident ALTER COLUMN what_what SET DATA TYPE VARCHAR(8000);
ALTER TABLE incident ALTER COLUMN what_why SET DATA TYPE VARCHAR(8000);
ALTER TABLE incident ALTER COLUMN what_how SET DATA TYPE VARCHAR(8000);
ALTER TABLE incident ALTER COLUMN what_result SET DATA TYPE VARCHAR(8000);
ALTER TABLE incident ALTER COLUMN source SET DATA TYPE VARCHAR(800);
ALTER TABLE incident ALTER COLUMN first_medium SET DATA TYPE VARCHAR(400);
ALTER TABLE incident ALTER COLUMN first_platform SET DATA TYPE VARCHAR(400);
ALTER TABLE incident ALTER COLUMN first_account SET DATA TYPE VARCHAR(400);
ALTER TABLE incident ALTER COLUMN links SET DATA TYPE VARCHAR(16000);
ALTER TABLE incident ALTER COLUMN spread SET DATA TYPE VARCHAR(8000);
ALTER TABLE incident ALTER COLUMN true_situation SET DATA TYPE VARCHAR(16000);
ALTER TABLE incident ALTER COLUMN background SET DATA TYPE VARCHAR(16000);
ALTER TABLE document_office ALTER COLUMN office_name SET DATA TYPE VARCHAR(400);
ALTER TABLE document_office ALTER COLUMN masthead SET DATA TYPE VARCHAR(400);
ALTER TABLE document_office ALTER COLUMN number_prefix SET DATA TYPE VARCHAR(80);
ALTER TABLE number_series ALTER COLUMN series_key SET DATA TYPE VARCHAR(120);
ALTER TABLE incident_evidence ALTER COLUMN note SET DATA TYPE VARCHAR(4000);
ALTER TABLE incident_evidence ALTER COLUMN url SET DATA TYPE VARCHAR(4000);
