-- Proposed: the first page without "count(*) over ()" (the total comes from a separate, cacheable
-- count) and with the category joined on its uuid instead of a text comparison. The planner walks
-- product_public in published_at order and stops after 20 rows: ~21 rows touched instead of 49,384.
-- psql -v cid=<consortium uuid>
select p.id, cast(p.live as text), m.slug, m.name, c.slug, cast(c.name as text)
from product p join member m on m.consortium_id = p.consortium_id and m.id = p.member_id
left join category c on c.consortium_id = p.consortium_id and c.id = cast(p.live ->> 'categoryId' as uuid)
where p.consortium_id = :'cid' and p.live is not null and m.status = 'active'
order by p.published_at desc, p.id
fetch first 20 rows only
