-- rows by member: whole months from sales_month_member, the partial months at the edges from sales_fact
BEGIN;
SET LOCAL ROLE canopy_app;
SELECT set_config('canopy.consortium_id', :cid, true);
select member_id, coalesce(sum(orders), 0), coalesce(sum(units), 0), coalesce(sum(gross), 0), coalesce(sum(shipping), 0), coalesce(sum(refunds), 0), coalesce(sum(commission), 0), coalesce(sum(member_share), 0) from (select member_id, month as day, orders, units, gross, shipping, refunds, commission, member_share from sales_month_member where consortium_id = current_consortium() and month between :firstMonth and :lastMonth union all select member_id, date_trunc('month', day)::date as day, count(distinct order_id) filter (where units > 0) as orders, coalesce(sum(units), 0) as units, coalesce(sum(gross), 0) as gross, coalesce(sum(shipping), 0) as shipping, coalesce(sum(refunds), 0) as refunds, coalesce(sum(commission), 0) as commission, coalesce(sum(member_share), 0) as member_share from sales_fact where consortium_id = current_consortium() and (day between :from and :headEnd or day between :tailStart and :to) group by member_id, date_trunc('month', day)) s group by 1 order by 1;
COMMIT;
