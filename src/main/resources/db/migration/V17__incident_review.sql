-- The after-action review (总结评估) of an ended incident: one review per incident, keyed by the incident's id.
-- A review is a draft until finished; a drill's incidents are reviewed too, marked as drills. The timeline entries
-- a reviewer starred (the printed report carries them) and the reviewer's rating of each plan section
-- (先期处置, 研判, 预警, 处置, 信息发布, 善后) on the four-step scale are kept beside it. The figures (deadlines scored
-- against the plan, times to the first report …) are not stored: they are computed from the record when read.

CREATE TABLE incident_review (
    incident_id   BIGINT          NOT NULL PRIMARY KEY,
    state         VARCHAR(10)     NOT NULL,
    drill         BOOLEAN         NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    finished_by   VARCHAR(100),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)    NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)    NOT NULL,
    version       INT             NOT NULL,
    CONSTRAINT fk_incident_review_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT ck_incident_review_state CHECK (state IN ('DRAFT', 'FINISHED'))
);

CREATE TABLE incident_review_star (
    incident_id   BIGINT          NOT NULL,
    entry_id      BIGINT          NOT NULL,
    starred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    starred_by    VARCHAR(100)    NOT NULL,
    CONSTRAINT pk_incident_review_star PRIMARY KEY (incident_id, entry_id),
    CONSTRAINT fk_incident_review_star_review FOREIGN KEY (incident_id) REFERENCES incident_review (incident_id),
    CONSTRAINT fk_incident_review_star_entry FOREIGN KEY (entry_id) REFERENCES incident_timeline (id)
);

CREATE TABLE incident_review_rating (
    incident_id   BIGINT          NOT NULL,
    section       VARCHAR(20)     NOT NULL,
    rating        VARCHAR(10)     NOT NULL,
    note          VARCHAR(2000)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)    NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)    NOT NULL,
    version       INT             NOT NULL,
    CONSTRAINT pk_incident_review_rating PRIMARY KEY (incident_id, section),
    CONSTRAINT fk_incident_review_rating_review FOREIGN KEY (incident_id) REFERENCES incident_review (incident_id),
    CONSTRAINT ck_incident_review_rating_section CHECK (section IN ('INITIAL_RESPONSE', 'ASSESSMENT', 'WARNING',
        'HANDLING', 'PUBLIC_INFORMATION', 'AFTERMATH')),
    CONSTRAINT ck_incident_review_rating_rating CHECK (rating IN ('GOOD', 'MOSTLY', 'PROBLEMS', 'FAILED'))
);
