-- Proposed: rank and cut to one page first, reading only id, member and the search vector; fetch
-- the live jsonb, member and category for those 20 rows only. No window count.
-- psql -v cid=<consortium uuid> -v q=шерсть -v lang=ru
select p.id, cast(p.live as text), m.slug, m.name, c.slug, cast(c.name as text)
from (select p.id, ts_rank(p.search, query.q) as rank
      from product p join member m on m.consortium_id = p.consortium_id and m.id = p.member_id,
           (select websearch_to_tsquery(canopy_text_config(:'lang'), canopy_unaccent(:'q'))
                   || websearch_to_tsquery('english', canopy_unaccent(:'q'))
                   || websearch_to_tsquery('simple', canopy_unaccent(:'q')) as q) query
      where p.consortium_id = :'cid' and p.live is not null and m.status = 'active' and p.search @@ query.q
      order by rank desc, p.id
      fetch first 20 rows only) hit
join product p on p.consortium_id = :'cid' and p.id = hit.id
join member m on m.consortium_id = p.consortium_id and m.id = p.member_id
left join category c on c.consortium_id = p.consortium_id and c.id = cast(p.live ->> 'categoryId' as uuid)
order by hit.rank desc, hit.id
