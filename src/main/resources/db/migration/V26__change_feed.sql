-- Issue 19, item 6: the change feed of workstations sharing one database. Each committed transaction that
-- announced domain events writes them here in that same transaction, one row per event, numbered by seq; every
-- other workstation fetches the rows after the last seq it saw and announces them on its own event bus.
CREATE TABLE change_feed (
    seq            BIGINT NOT NULL PRIMARY KEY,
    event_kind     VARCHAR(80) NOT NULL,
    event_data     VARCHAR(1000000) NOT NULL,
    origin_host    VARCHAR(255) NOT NULL,
    origin_process BIGINT NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The last seq given out. A transaction takes the next numbers by updating this one row, which it then holds
-- locked until it commits: seq is therefore given out in commit order, without gaps, so a reader that has seen
-- seq N never later finds a committed N-1 (an identity column would give out numbers in insert order, and a
-- transaction that committed later with a smaller number would be missed).
CREATE TABLE change_feed_head (
    id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    last_seq BIGINT NOT NULL
);

INSERT INTO change_feed_head (id, last_seq) VALUES (1, 0);
