-- totals (ExportSales.java, as the app sends it; :from/:to/:home are bind parameters)
BEGIN;
SET LOCAL ROLE canopy_app;
SELECT set_config('canopy.consortium_id', :cid, true);
select count(distinct order_id) filter (where units > 0), coalesce(sum(units), 0), coalesce(sum(gross), 0), coalesce(sum(shipping), 0), coalesce(sum(refunds), 0), coalesce(sum(commission), 0), coalesce(sum(member_share), 0) from sales_fact where consortium_id = current_consortium() and day between :from and :to;
COMMIT;
