-- One product's card (ShopSql.product). psql -v cid=<consortium uuid> -v lang=en -v pid=<product uuid>
select cast(s.card as text) from shop_product s
where s.consortium_id = :'cid' and s.lang = :'lang' and s.product_id = :'pid'
