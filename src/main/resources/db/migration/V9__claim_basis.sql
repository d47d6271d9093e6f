-- Which claim answers (CONTRACT.md): every claim carries its basis, and PLANNED claims, which never
-- decide presence, carry when they were announced. Kept as columns so presence can filter on them.
ALTER TABLE fact_version ADD COLUMN basis VARCHAR(10);
ALTER TABLE fact_version ADD COLUMN announced_date VARCHAR(10);
ALTER TABLE fact_version ADD COLUMN announced_precision VARCHAR(5);
ALTER TABLE fact_version ADD COLUMN announced_from DATE;
ALTER TABLE fact_version_replay ADD COLUMN basis VARCHAR(10);
ALTER TABLE fact_version_replay ADD COLUMN announced_date VARCHAR(10);
ALTER TABLE fact_version_replay ADD COLUMN announced_precision VARCHAR(5);
ALTER TABLE fact_version_replay ADD COLUMN announced_from DATE;

-- Claims recorded before bases existed were all reported ones.
UPDATE fact_version SET basis = coalesce(data ->> 'basis', 'REPORTED') WHERE subject_type IS NOT NULL;

-- The plans of a subject, for the "planned" list of presence and series.
CREATE INDEX fact_version_planned ON fact_version (subject_type, subject_id) WHERE basis = 'PLANNED';
