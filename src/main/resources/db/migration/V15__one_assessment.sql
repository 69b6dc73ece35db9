-- One assessment per incident (issue 16.3): the criteria a person ticked on the checklist are kept with the
-- assessment (criterion ids, one per line), so the incident's 研判 tab and the warning panel show the same ticks.
ALTER TABLE incident_assessment ADD COLUMN established VARCHAR(4000) DEFAULT '' NOT NULL;

-- The parties the plan names only per incident (issue 16.4): which roster unit is the incident's 事发单位, which
-- its 主管部门 (plan role ids), so call lists, tasks and deadlines owed by them reach people.
CREATE TABLE incident_party (
    incident_id  BIGINT        NOT NULL,
    role_id      VARCHAR(60)   NOT NULL,
    unit_id      BIGINT        NOT NULL,
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    set_by       VARCHAR(100)  NOT NULL,
    version      INT           DEFAULT 0 NOT NULL,
    CONSTRAINT pk_incident_party PRIMARY KEY (incident_id, role_id),
    CONSTRAINT fk_incident_party_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);
-- No foreign key to org_unit: removing a unit from the roster must stay possible; the incident then shows the
-- party as not resolved.

-- A handover names its successor from the duty roster (issue 16.8); confirmed_by is then the name the successor
-- picked from the roster, not the workstation's account.
ALTER TABLE shift_handover ADD COLUMN successor VARCHAR(100);
