-- rewrite, no schema change: rows grouped by member, country, orders counted as (group, order) pairs of a first aggregate
BEGIN;
SET LOCAL ROLE canopy_app;
SELECT set_config('canopy.consortium_id', :cid, true);
select k1, k2, count(*) filter (where u > 0), coalesce(sum(u), 0), coalesce(sum(g), 0), coalesce(sum(s), 0), coalesce(sum(r), 0), coalesce(sum(c), 0), coalesce(sum(m), 0) from (select member_id k1, country k2, order_id, sum(units) u, sum(gross) g, sum(shipping) s, sum(refunds) r, sum(commission) c, sum(member_share) m from sales_fact where consortium_id = current_consortium() and day between :from and :to group by 1, 2, 3) t group by k1, k2 order by k1, k2;
COMMIT;
