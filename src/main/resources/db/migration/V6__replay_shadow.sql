-- Shadow copies that POST /audit/replay rebuilds from the event store while reads keep using the live
-- tables; the two are then compared through checksums of their canonical content.
CREATE TABLE fact_version_replay (LIKE fact_version INCLUDING ALL);
CREATE TABLE presence_subject_replay (LIKE presence_subject INCLUDING ALL);
