-- Lets row-level-security queries use the GIN index on product.search. Under FORCEd RLS the
-- planner may only use an index for a condition whose functions are LEAKPROOF; tsvector @@
-- tsquery (ts_match_vq) is not marked so, hence canopy_app's searches scan the whole table.
-- Superuser only, per database, and a security judgement (the function must not reveal its
-- arguments through errors): review before adopting. The alternative without superuser is a
-- search table without RLS (consortium_id, product_id, search) joined back to product.
ALTER FUNCTION ts_match_vq(tsvector, tsquery) LEAKPROOF;
