-- rewrite, no schema change: domestic
BEGIN;
SET LOCAL ROLE canopy_app;
SELECT set_config('canopy.consortium_id', :cid, true);
select count(*) filter (where u > 0), coalesce(sum(u), 0), coalesce(sum(g), 0), coalesce(sum(s), 0), coalesce(sum(r), 0), coalesce(sum(c), 0), coalesce(sum(m), 0) from (select order_id, sum(units) u, sum(gross) g, sum(shipping) s, sum(refunds) r, sum(commission) c, sum(member_share) m from sales_fact where consortium_id = current_consortium() and day between :from and :to and country = :home group by order_id) t;
COMMIT;
