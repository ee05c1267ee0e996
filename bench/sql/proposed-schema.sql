-- Proposed schema changes, measured by bench/sql-variants.sh on the benchmark database.
-- A Flyway migration would carry them. Note: the UPDATE must see every consortium's rows; the
-- tables FORCE row-level security, so run it as a role that bypasses RLS (or per consortium
-- with set_config('canopy.consortium_id', ...)).

-- Totals without touching the heap: member_id of every public product in a small index
-- (index-only scan once the visibility map is set; autovacuum keeps it so).
CREATE INDEX IF NOT EXISTS product_public_member ON product (consortium_id, member_id) WHERE live IS NOT NULL;

-- The approved version's category as a real column: uuid equality is leakproof, so the planner
-- may use an index on it under row-level security (it may not use product_public_category,
-- whose expression live ->> 'categoryId' is not leakproof).
ALTER TABLE product ADD COLUMN IF NOT EXISTS live_category_id uuid
    GENERATED ALWAYS AS (CAST(live ->> 'categoryId' AS uuid)) STORED;
CREATE INDEX IF NOT EXISTS product_public_category_id ON product (consortium_id, live_category_id, published_at DESC)
    WHERE live IS NOT NULL;

-- Keep the search vector in the row (compressed) and let the big jsonb columns go to TOAST:
-- a search then reads ~12k heap pages instead of ~100k heap + TOAST pages. Existing rows move
-- when rewritten (the generated column is recomputed on update).
ALTER TABLE product ALTER COLUMN search SET STORAGE MAIN;
UPDATE product SET version = version;
