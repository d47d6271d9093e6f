-- A source's stored text (CONTRACT.md PUT /sources/{id}/text): its SHA-256 and line count on the source row, the
-- text itself in source_text (read by signed-in users and by the locator check). Filled by SourceTextStored events.
ALTER TABLE source ADD COLUMN text_sha256 VARCHAR(64), ADD COLUMN text_lines INTEGER;
ALTER TABLE source_replay ADD COLUMN text_sha256 VARCHAR(64), ADD COLUMN text_lines INTEGER;
CREATE TABLE source_text (
    source_id VARCHAR(100) PRIMARY KEY,
    text      TEXT NOT NULL
);
CREATE TABLE source_text_replay (LIKE source_text INCLUDING ALL);
INSERT INTO read_model_table VALUES ('source_text');
