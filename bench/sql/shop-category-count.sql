-- The category's total, counted no further than 10,001.
-- psql -v cid=<consortium uuid> -v lang=en
select count(*) from (select 1 from shop_product s
where s.consortium_id = :'cid' and s.lang = :'lang' and s.category_slug = 'kilims' limit 10001) m
