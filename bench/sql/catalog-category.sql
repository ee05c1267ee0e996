-- The public catalog's query as the app sends it, first page of one category (?category=kilims).
-- psql -v cid=<consortium uuid>
select p.id, cast(p.live as text), m.slug, m.name, c.slug, cast(c.name as text), count(*) over ()
from product p join member m on m.consortium_id = p.consortium_id and m.id = p.member_id
left join category c on c.consortium_id = p.consortium_id and cast(c.id as text) = p.live ->> 'categoryId'
where p.consortium_id = :'cid' and p.live is not null and m.status = 'active' and c.slug = 'kilims'
order by p.published_at desc, p.id
fetch first 20 rows only
