-- The storefront list as the app sends it today (ShopSql, PublicCatalog): one page of 24 cards
-- from the read model, newest first, no search, the consortium's first language.
-- psql -v cid=<consortium uuid> -v lang=en
select cast(s.card as text) from shop_product s
where s.consortium_id = :'cid' and s.lang = :'lang'
order by s.published_at desc, s.product_id
offset 0 rows fetch first 24 rows only
