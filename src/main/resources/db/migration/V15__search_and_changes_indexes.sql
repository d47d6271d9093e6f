-- GET /facts?q= matches a folded fragment anywhere in search_text (summaries in both languages, data values,
-- the names and aliases of the bases and agreements a fact names; folded by shared.SearchText). A trigram index
-- answers LIKE '%fragment%' without reading every row. pg_trgm is a trusted extension: the owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX fact_version_search_trgm ON fact_version USING gin (search_text gin_trgm_ops);

-- GET /changes reads fact versions in record order after a sequence number.
CREATE INDEX fact_version_global_index ON fact_version (global_index);
