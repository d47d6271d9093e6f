-- The bases a fact names, from its kind's declared base fields (fact.FactKind): baseId for BASE_STATUS;
-- baseId, bases, fromBases and toBase for TROOP_MOVEMENT and the record kinds. /facts?baseId= reads this
-- column (GIN) instead of guessing at keys of the data. Backfilled here in the projection's own order
-- (field order, first occurrence kept) so that a replay's checksum finds the same arrays.
ALTER TABLE fact_version ADD COLUMN base_ids TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE fact_version_replay ADD COLUMN base_ids TEXT[] NOT NULL DEFAULT '{}';

UPDATE fact_version v SET base_ids = named.ids
FROM (
    SELECT f.fact_id, f.version, array_agg(n.id ORDER BY n.first) AS ids
    FROM fact_version f
    CROSS JOIN LATERAL (
        SELECT id, min(ord) AS first FROM (
            SELECT f.data ->> 'baseId' AS id, 0::bigint AS ord
            WHERE jsonb_typeof(f.data -> 'baseId') = 'string'
              AND f.kind IN ('TROOP_MOVEMENT', 'BASE_STATUS', 'NEGOTIATION', 'STATEMENT', 'LEGISLATION',
                             'INCIDENT', 'EQUIPMENT', 'MILESTONE')
            UNION ALL
            SELECT e.value #>> '{}', 1000 + e.n FROM jsonb_array_elements(
                CASE WHEN jsonb_typeof(f.data -> 'bases') = 'array' THEN f.data -> 'bases' ELSE '[]' END)
                WITH ORDINALITY AS e(value, n)
            WHERE jsonb_typeof(e.value) = 'string' AND f.kind NOT IN ('TROOP_LEVEL', 'BASE_STATUS',
                'MISSION_PHASE', 'AGREEMENT')
            UNION ALL
            SELECT e.value #>> '{}', 2000 + e.n FROM jsonb_array_elements(
                CASE WHEN jsonb_typeof(f.data -> 'fromBases') = 'array' THEN f.data -> 'fromBases' ELSE '[]' END)
                WITH ORDINALITY AS e(value, n)
            WHERE jsonb_typeof(e.value) = 'string' AND f.kind NOT IN ('TROOP_LEVEL', 'BASE_STATUS',
                'MISSION_PHASE', 'AGREEMENT')
            UNION ALL
            SELECT f.data ->> 'toBase', 3000
            WHERE jsonb_typeof(f.data -> 'toBase') = 'string' AND f.kind NOT IN ('TROOP_LEVEL', 'BASE_STATUS',
                'MISSION_PHASE', 'AGREEMENT')
        ) candidates GROUP BY id
    ) n
    GROUP BY f.fact_id, f.version
) named
WHERE v.fact_id = named.fact_id AND v.version = named.version;

DROP INDEX fact_version_base;
CREATE INDEX fact_version_base_ids ON fact_version USING GIN (base_ids);
