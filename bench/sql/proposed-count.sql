-- Proposed: the total on its own, touching no jsonb (an index-only scan with
-- product_public_member, see proposed-schema.sql). psql -v cid=<consortium uuid>
select count(*)
from product p join member m on m.consortium_id = p.consortium_id and m.id = p.member_id
where p.consortium_id = :'cid' and p.live is not null and m.status = 'active'
