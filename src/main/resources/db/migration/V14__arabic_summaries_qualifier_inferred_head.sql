-- CONTRACT.md "Shapes" and rule 5: a fact's Arabic summary; a claim's qualifier (troops) and whether the
-- documents only imply it. The replay's shadow table gets the same columns.
ALTER TABLE fact_version ADD COLUMN summary_ar TEXT, ADD COLUMN qualifier TEXT,
    ADD COLUMN inferred BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE fact_version_replay ADD COLUMN summary_ar TEXT, ADD COLUMN qualifier TEXT,
    ADD COLUMN inferred BOOLEAN NOT NULL DEFAULT false;

-- Rows projected before these columns existed get what the projection now derives from their data, so a
-- replay after the upgrade compares equal (a troop level's qualifier; inferred only when it is the flag true).
UPDATE fact_version SET qualifier = data ->> 'qualifier'
    WHERE subject_type = 'TROOPS' AND jsonb_typeof(data -> 'qualifier') = 'string';
UPDATE fact_version SET inferred = true
    WHERE subject_type IS NOT NULL AND data -> 'inferred' = 'true'::jsonb;

-- CONTRACT.md rule 8: an answer names the last event stored at or before its instant. Axon writes time_stamp
-- as ISO-8601 text with fixed millisecond digits, so text order is time order.
CREATE INDEX domain_event_entry_time_stamp ON domain_event_entry (time_stamp);
