-- the ten products of largest net (the dashboard's top table: sales_fact, limit 10)
BEGIN;
SET LOCAL ROLE canopy_app;
SELECT set_config('canopy.consortium_id', :cid, true);
select * from (select product_id, count(distinct order_id) filter (where units > 0) as orders, coalesce(sum(units), 0) as units, coalesce(sum(gross), 0) as gross, coalesce(sum(shipping), 0) as shipping, coalesce(sum(refunds), 0) as refunds, coalesce(sum(commission), 0) as commission, coalesce(sum(member_share), 0) as member_share from sales_fact where consortium_id = current_consortium() and day between :from and :to group by 1 order by 1) g order by gross - refunds desc, 1 limit 10;
COMMIT;
