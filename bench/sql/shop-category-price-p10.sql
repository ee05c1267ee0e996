-- Category filter, price sort, page 10 of 24 (ShopSql with category and sort=price_asc).
-- psql -v cid=<consortium uuid> -v lang=en
select cast(s.card as text) from shop_product s
where s.consortium_id = :'cid' and s.lang = :'lang' and s.category_slug = 'kilims'
order by s.min_price, s.product_id
offset 240 rows fetch first 24 rows only
