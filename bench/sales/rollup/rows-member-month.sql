-- rollup sales_month_member: rows grouped by member, whole months of the period (both benchmark periods are whole months)
BEGIN;
SET LOCAL ROLE canopy_app;
SELECT set_config('canopy.consortium_id', :cid, true);
select member_id, coalesce(sum(orders), 0), coalesce(sum(units), 0), coalesce(sum(gross), 0), coalesce(sum(shipping), 0), coalesce(sum(refunds), 0), coalesce(sum(commission), 0), coalesce(sum(member_share), 0) from sales_month_member where consortium_id = current_consortium() and month between :from and :to group by member_id order by member_id;
COMMIT;
