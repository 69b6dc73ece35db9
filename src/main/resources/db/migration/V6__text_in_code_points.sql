-- Roster limits count characters as a user does (code points; RosterLimits). H2 counts UTF-16 units, two for a
-- character beyond the Basic Multilingual Plane (CJK Extension B names such as 𠮷), so the text columns are made
-- twice as wide as their limits; PostgreSQL counts code points and simply has room to spare.
ALTER TABLE org_unit ALTER COLUMN name SET DATA TYPE VARCHAR(400);
ALTER TABLE org_unit ALTER COLUMN duties SET DATA TYPE VARCHAR(40000);
ALTER TABLE person ALTER COLUMN name SET DATA TYPE VARCHAR(200);
ALTER TABLE person ALTER COLUMN notes SET DATA TYPE VARCHAR(8000);
ALTER TABLE person_post ALTER COLUMN title SET DATA TYPE VARCHAR(120);
ALTER TABLE duty_shift ALTER COLUMN note SET DATA TYPE VARCHAR(800);
