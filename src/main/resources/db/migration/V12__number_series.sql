-- One counter table for every running number: incidents (2026-001), warnings (2026-Y001) and each 文号 prefix's
-- documents (〔2026〕N号). A number is taken by incrementing its row in the transaction that stores what it
-- numbers, so a rolled-back transaction gives it back (no gaps) and two workstations never share one (the
-- increment locks the row until commit). Replaces incident_counter, warning_counter and document_series.
CREATE TABLE number_series (
    series_key    VARCHAR(80)  NOT NULL,
    series_year   INT          NOT NULL,
    last_number   INT          NOT NULL,
    CONSTRAINT pk_number_series PRIMARY KEY (series_key, series_year),
    CONSTRAINT ck_number_series_last CHECK (last_number >= 0)
);

-- The highest of the old counter and the highest number stored, so a counter that fell behind gives no duplicate.
INSERT INTO number_series (series_key, series_year, last_number)
SELECT 'incident', y, MAX(n) FROM (
    SELECT counter_year AS y, last_number AS n FROM incident_counter
    UNION ALL
    SELECT number_year, number_seq FROM incident
) taken GROUP BY y;

INSERT INTO number_series (series_key, series_year, last_number)
SELECT 'warning', y, MAX(n) FROM (
    SELECT counter_year AS y, last_number AS n FROM warning_counter
    UNION ALL
    SELECT number_year, number_seq FROM warning
) taken GROUP BY y;

INSERT INTO number_series (series_key, series_year, last_number)
SELECT 'document:' || number_prefix, series_year, last_number FROM document_series;

DROP TABLE incident_counter;
DROP TABLE warning_counter;
DROP TABLE document_series;
