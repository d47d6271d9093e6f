-- Bitemporal read model of the "fact-versions" processing group: one row per version of a fact.
-- Valid time: [valid_from, valid_to) covers the fact's "when" (its whole span, in whole periods).
-- Record time: [recorded_at, superseded_at) is when this version was the latest one (NULL: still is).
CREATE TABLE fact_version (
    fact_id        VARCHAR(100) NOT NULL,
    version        INTEGER      NOT NULL,
    change         VARCHAR(10)  NOT NULL,
    reason         TEXT,
    kind           VARCHAR(20)  NOT NULL,
    when_date      VARCHAR(10)  NOT NULL,
    when_until     VARCHAR(10),
    precision      VARCHAR(5)   NOT NULL,
    fineness       SMALLINT     NOT NULL,
    valid_from     DATE         NOT NULL,
    valid_to       DATE         NOT NULL,
    first_period_end DATE       NOT NULL,
    data           JSONB        NOT NULL,
    sources        JSONB        NOT NULL,
    summary_en     TEXT         NOT NULL,
    rank           VARCHAR(10)  NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    superseded_at  TIMESTAMP WITH TIME ZONE,
    recorded_by    VARCHAR(100) NOT NULL,
    subject_type   VARCHAR(10),
    subject_id     VARCHAR(100),
    subject_value  VARCHAR(40),
    count          BIGINT,
    low            BIGINT,
    high           BIGINT,
    search_text    TEXT         NOT NULL,
    global_index   BIGINT       NOT NULL,
    PRIMARY KEY (fact_id, version)
);

-- Presence: the latest claim per subject starting on or before a date, as known at an instant.
CREATE INDEX fact_version_presence ON fact_version (subject_type, subject_id, valid_from DESC, recorded_at)
    WHERE subject_type IS NOT NULL;
-- Lists and timelines of the versions current at an instant, in valid-time order.
CREATE INDEX fact_version_valid ON fact_version (valid_from, fact_id);
CREATE INDEX fact_version_kind ON fact_version (kind, valid_from);
CREATE INDEX fact_version_base ON fact_version ((data ->> 'baseId'), valid_from);
CREATE INDEX fact_version_force ON fact_version ((data ->> 'force'), valid_from);
CREATE INDEX fact_version_sources ON fact_version USING GIN (sources jsonb_path_ops);

-- The subjects presence answers for: forces, mission scopes, bases, agreements that have a claim.
CREATE TABLE presence_subject (
    subject_type VARCHAR(10)  NOT NULL,
    subject_id   VARCHAR(100) NOT NULL,
    PRIMARY KEY (subject_type, subject_id)
);
