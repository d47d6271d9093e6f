-- Answers to POST requests sent with an Idempotency-Key, per user: a repeat with the same request gets
-- the stored answer; the same key with another request is a conflict. status NULL: still running.
CREATE TABLE idempotent_request (
    principal    VARCHAR(100) NOT NULL,
    request_key  VARCHAR(200) NOT NULL,
    fingerprint  VARCHAR(64)  NOT NULL,
    status       INTEGER,
    location     VARCHAR(500),
    body         TEXT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (principal, request_key)
);
CREATE INDEX idempotent_request_created ON idempotent_request (created_at);
