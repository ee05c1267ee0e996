-- The list's total, counted no further than 10,001 (ShopSql.count).
-- psql -v cid=<consortium uuid> -v lang=en
select count(*) from (select 1 from shop_product s
where s.consortium_id = :'cid' and s.lang = :'lang' limit 10001) m
