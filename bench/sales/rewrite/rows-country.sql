-- rewrite, no schema change: rows grouped by country, orders counted as (group, order) pairs of a first aggregate
BEGIN;
SET LOCAL ROLE canopy_app;
SELECT set_config('canopy.consortium_id', :cid, true);
select k1, count(*) filter (where u > 0), coalesce(sum(u), 0), coalesce(sum(g), 0), coalesce(sum(s), 0), coalesce(sum(r), 0), coalesce(sum(c), 0), coalesce(sum(m), 0) from (select country k1, order_id, sum(units) u, sum(gross) g, sum(shipping) s, sum(refunds) r, sum(commission) c, sum(member_share) m from sales_fact where consortium_id = current_consortium() and day between :from and :to group by 1, 2) t group by k1 order by k1;
COMMIT;
