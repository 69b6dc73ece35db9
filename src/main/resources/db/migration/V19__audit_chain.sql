-- The audit trail becomes a hash chain (issue 20.4). Each row gets its place in the chain (seq, 1 for the first),
-- the hash of the row before it (prev_hash; 64 zeros before the first) and its own hash (entry_hash), the SHA-256
-- of a canonical encoding of its fields and field changes together with seq and prev_hash
-- (domain.audit.EntryHash). chain_format names that encoding, so a later version can add a field (the signed-in
-- account) as format 2 while older rows still verify as format 1. V19.1 (store.AuditChainMigration, Java) chains
-- the rows written before; V19.2 then makes the columns required.
ALTER TABLE audit_log ADD COLUMN seq BIGINT;
ALTER TABLE audit_log ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_log ADD COLUMN entry_hash VARCHAR(64);
ALTER TABLE audit_log ADD COLUMN chain_format SMALLINT DEFAULT 1 NOT NULL;

-- The chain's head: the last seq and its hash, in one row. An append first updates this row, so the row lock
-- orders appenders (H2 and PostgreSQL alike) and the next one reads the committed head. It is a convenience for
-- appending only: the verifier trusts nothing but the rows and the checkpoints kept outside the database.
CREATE TABLE audit_chain_head (
    id         INT          NOT NULL,
    last_seq   BIGINT       NOT NULL,
    last_hash  VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (id),
    CONSTRAINT ck_audit_chain_head_one CHECK (id = 1)
);
