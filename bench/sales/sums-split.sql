-- totals, export and domestic: one query grouped by country = :home (sales_day_country; ExportSales.report, every report without member/category filter in the base currency)
BEGIN;
SET LOCAL ROLE canopy_app;
SELECT set_config('canopy.consortium_id', :cid, true);
select country = :home, coalesce(sum(orders), 0) as orders, coalesce(sum(units), 0) as units, coalesce(sum(gross), 0) as gross, coalesce(sum(shipping), 0) as shipping, coalesce(sum(refunds), 0) as refunds, coalesce(sum(commission), 0) as commission, coalesce(sum(member_share), 0) as member_share from sales_day_country where consortium_id = current_consortium() and day between :from and :to group by 1 order by 1;
COMMIT;
