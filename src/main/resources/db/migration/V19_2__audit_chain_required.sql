-- Every audit row is chained from now on (V19.1 chained the older ones): seq, prev_hash and entry_hash are
-- required and seq names one row.
ALTER TABLE audit_log ALTER COLUMN seq SET NOT NULL;
ALTER TABLE audit_log ALTER COLUMN prev_hash SET NOT NULL;
ALTER TABLE audit_log ALTER COLUMN entry_hash SET NOT NULL;
ALTER TABLE audit_log ADD CONSTRAINT uq_audit_log_seq UNIQUE (seq);
CREATE INDEX ix_audit_log_occurred ON audit_log (occurred_at);
