-- The PDF of every issued document exactly as it went out, so the office can reprint or export it again with the
-- same 文号 and content (its SHA-256 is the one issued_document recorded). Documents issued before this migration
-- have no row here and cannot be reproduced byte for byte.
-- Portable SQL: BYTEA is PostgreSQL's binary type and an H2 alias of BINARY VARYING.
CREATE TABLE issued_document_pdf (
    document_id  BIGINT  NOT NULL PRIMARY KEY,
    pdf          BYTEA   NOT NULL,
    CONSTRAINT fk_issued_document_pdf_document FOREIGN KEY (document_id) REFERENCES issued_document (id)
);
