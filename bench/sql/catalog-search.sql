-- The public catalog's query as the app sends it (CatalogSql + Hibernate's "fetch first"), for a
-- search; run as canopy_app inside a transaction with the tenant set, like the app does.
-- psql -v cid=<consortium uuid> -v q=шерсть -v lang=ru
select p.id, cast(p.live as text), m.slug, m.name, c.slug, cast(c.name as text), count(*) over ()
from product p join member m on m.consortium_id = p.consortium_id and m.id = p.member_id
left join category c on c.consortium_id = p.consortium_id and cast(c.id as text) = p.live ->> 'categoryId'
where p.consortium_id = :'cid' and p.live is not null and m.status = 'active'
  and p.search @@ (websearch_to_tsquery(canopy_text_config(:'lang'), canopy_unaccent(:'q'))
                   || websearch_to_tsquery('english', canopy_unaccent(:'q'))
                   || websearch_to_tsquery('simple', canopy_unaccent(:'q')))
order by ts_rank(p.search, (websearch_to_tsquery(canopy_text_config(:'lang'), canopy_unaccent(:'q'))
                   || websearch_to_tsquery('english', canopy_unaccent(:'q'))
                   || websearch_to_tsquery('simple', canopy_unaccent(:'q')))) desc, p.id
fetch first 20 rows only
