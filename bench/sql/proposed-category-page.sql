-- Proposed: one category's first page through the live_category_id column of proposed-schema.sql
-- (uuid equality is leakproof, so row-level security lets the planner use its index; the
-- expression index on live ->> 'categoryId' is unusable for canopy_app). psql -v cid=<consortium uuid>
select p.id, cast(p.live as text), m.slug, m.name, c.slug, cast(c.name as text)
from product p join member m on m.consortium_id = p.consortium_id and m.id = p.member_id
join category c on c.consortium_id = p.consortium_id and c.id = p.live_category_id
where p.consortium_id = :'cid' and p.live is not null and m.status = 'active' and c.slug = 'kilims'
order by p.published_at desc, p.id
fetch first 20 rows only
