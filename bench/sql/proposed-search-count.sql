-- Proposed: the total of a search on its own. psql -v cid=<consortium uuid> -v q=шерсть -v lang=ru
select count(*)
from product p join member m on m.consortium_id = p.consortium_id and m.id = p.member_id
where p.consortium_id = :'cid' and p.live is not null and m.status = 'active'
  and p.search @@ (websearch_to_tsquery(canopy_text_config(:'lang'), canopy_unaccent(:'q'))
                   || websearch_to_tsquery('english', canopy_unaccent(:'q'))
                   || websearch_to_tsquery('simple', canopy_unaccent(:'q')))
