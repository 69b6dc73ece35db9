-- One assessment per incident (issue 16.3): the criteria a person ticked on the checklist are kept with the
-- assessment (criterion ids, one per line), so the incident's 研判 tab and the warning panel show the same ticks.
ALTER TABLE incident_assessment ADD COLUMN established VARCHAR(4000) DEFAULT '' NOT NULL;
