-- Axon's JDBC event store. Payloads and metadata are BYTEA (never OID large objects).
-- The event table has its own sequence, incremented by one, as the source of the global order.
CREATE SEQUENCE domain_event_entry_seq START WITH 1 INCREMENT BY 1 CACHE 1;

CREATE TABLE domain_event_entry (
    global_index         BIGINT       NOT NULL DEFAULT nextval('domain_event_entry_seq') PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(64)  NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    CONSTRAINT domain_event_entry_aggregate_seq UNIQUE (aggregate_identifier, sequence_number)
);
ALTER SEQUENCE domain_event_entry_seq OWNED BY domain_event_entry.global_index;

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    time_stamp           VARCHAR(64)  NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

-- Tracking tokens of the event processors: one row per processor segment, claimed by a node.
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(64),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);
