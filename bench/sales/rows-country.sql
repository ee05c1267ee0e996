-- rows by country (sales_day_country)
BEGIN;
SET LOCAL ROLE canopy_app;
SELECT set_config('canopy.consortium_id', :cid, true);
select country, coalesce(sum(orders), 0), coalesce(sum(units), 0), coalesce(sum(gross), 0), coalesce(sum(shipping), 0), coalesce(sum(refunds), 0), coalesce(sum(commission), 0), coalesce(sum(member_share), 0) from sales_day_country where consortium_id = current_consortium() and day between :from and :to group by 1 order by 1;
COMMIT;
