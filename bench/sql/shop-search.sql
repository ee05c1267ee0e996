-- A search, one page of 24 (ShopSql: full-text match in the shopper's language, English or as
-- written; an exact title first, then by rank). psql -v cid=<consortium uuid> -v lang=ru -v q=<words>
select cast(s.card as text) from shop_product s
where s.consortium_id = :'cid' and s.lang = :'lang'
and s.search @@ (websearch_to_tsquery(canopy_text_config(:'lang'), canopy_unaccent(:'q')) || websearch_to_tsquery('english', canopy_unaccent(:'q')) || websearch_to_tsquery('simple', canopy_unaccent(:'q')))
order by s.title_key = lower(canopy_unaccent(:'q')) desc, ts_rank(s.search, (websearch_to_tsquery(canopy_text_config(:'lang'), canopy_unaccent(:'q')) || websearch_to_tsquery('english', canopy_unaccent(:'q')) || websearch_to_tsquery('simple', canopy_unaccent(:'q')))) desc, s.product_id
offset 0 rows fetch first 24 rows only
