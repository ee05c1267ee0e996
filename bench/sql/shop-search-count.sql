-- The search's total, counted no further than 10,001.
-- psql -v cid=<consortium uuid> -v lang=ru -v q=<words>
select count(*) from (select 1 from shop_product s
where s.consortium_id = :'cid' and s.lang = :'lang'
and s.search @@ (websearch_to_tsquery(canopy_text_config(:'lang'), canopy_unaccent(:'q')) || websearch_to_tsquery('english', canopy_unaccent(:'q')) || websearch_to_tsquery('simple', canopy_unaccent(:'q'))) limit 10001) m
