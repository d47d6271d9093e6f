-- Where a base is (CONTRACT.md GET /bases: location {lat, lon, precision, reference}), and why no point is given
-- when none is. Filled by BaseRegistered and BaseLocated events; earlier events carry none.
ALTER TABLE base ADD COLUMN lat DOUBLE PRECISION, ADD COLUMN lon DOUBLE PRECISION,
    ADD COLUMN location_precision VARCHAR(10), ADD COLUMN location_reference VARCHAR(500),
    ADD COLUMN location_note VARCHAR(500);
ALTER TABLE base_replay ADD COLUMN lat DOUBLE PRECISION, ADD COLUMN lon DOUBLE PRECISION,
    ADD COLUMN location_precision VARCHAR(10), ADD COLUMN location_reference VARCHAR(500),
    ADD COLUMN location_note VARCHAR(500);
