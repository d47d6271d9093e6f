-- How each read model's rows were derived (ReadModel.derivation). When a release derives them differently (the
-- search text gained the sources' quotes), start-up rebuilds them from the events and records the new number.
-- Rows already present were derived by the releases before this count began (1); an empty store has nothing to
-- redo, so it gets no row and start-up records the current number.
CREATE TABLE read_model_derivation (
    name       TEXT PRIMARY KEY,
    derivation INT  NOT NULL
);
INSERT INTO read_model_derivation SELECT 'fact-versions', 1 WHERE EXISTS (SELECT 1 FROM fact_version);
