-- Export-sales report benchmark data (issue 10, item 5), run by bench/sales.sh as a superuser (RLS
-- bypassed) on a database whose schema the app's Flyway created. Deterministic (setseed).
--
-- Consortium `sales` (base EUR, home country FR, commission 15 %): 2,500 members, 400,000 paid
-- orders over three years (2023-12-01 .. 2026-11-30, growing ~2x from the first year to the last),
-- 1,000,000 order lines (2 or 3 per order) written as sales_fact rows directly, plus a refund fact
-- (units 0) for 3 % of the lines. Destinations: FR (domestic, ~30 %) and 119 other countries
-- (skewed), orders in 5 currencies (EUR, USD, GBP, CHF, SEK; amounts in base). Members skewed
-- (a few large workshops), 20 products per member (50,000), 20 categories.
-- Consortium `other`: 10 members, 1,000 orders, 2,500 lines, so tenancy is real.
-- Only what sales_fact references by foreign key is written (consortium, member, orders): no
-- product, category or order_line rows (the report's SQL reads sales_fact alone; names are read
-- afterwards for the rows found, by primary key). exchange_rate_history: USD, GBP, CHF and SEK of
-- `sales`, each set on six dates (one of them twice) over the three years, for the converted report.
-- Triggers are off in this session (session_replication_role = replica: the rollup triggers on
-- sales_fact, and the foreign-key checks, which generated data does not need); bench/sales.sh then
-- fills the rollups with the migrations' own backfill statements.
\set ON_ERROR_STOP on
SET session_replication_role = replica;
SELECT setseed(0.42);

INSERT INTO consortium (id, slug, name, base_currency, currencies, languages, commission_rate, country, created_at)
VALUES ('5a1e5000-0000-4000-8000-000000000001', 'sales', 'Sales bench', 'EUR', '{EUR,USD,GBP,CHF,SEK}', '{en}',
        0.15, 'FR', '2023-11-01'),
       ('5a1e5000-0000-4000-8000-000000000002', 'other', 'Other bench', 'EUR', '{EUR}', '{en}', 0.15, 'DE',
        '2023-11-01');

-- units of the currency per euro; set at 09:00 UTC, and a second time at 16:00 on 2025-06-02
INSERT INTO exchange_rate_history (consortium_id, currency, rate, set_at)
SELECT '5a1e5000-0000-4000-8000-000000000001', c.currency, c.base * f.factor, f.at
FROM (VALUES ('USD', 1.0850), ('GBP', 0.8600), ('CHF', 0.9500), ('SEK', 11.5000)) c (currency, base),
     (VALUES (timestamptz '2023-11-01 09:00Z', 1.000), ('2024-04-15 09:00Z', 0.985), ('2024-11-20 09:00Z', 0.972),
             ('2025-06-02 09:00Z', 1.012), ('2025-06-02 16:00Z', 1.017), ('2026-02-10 09:00Z', 1.031),
             ('2026-08-20 09:00Z', 1.024)) f (at, factor);

CREATE TEMP TABLE plan (consortium_id uuid, prefix text, members int, orders int, lines int, home text);
INSERT INTO plan VALUES ('5a1e5000-0000-4000-8000-000000000001', 's', 2500, 400000, 1000000, 'FR'),
                        ('5a1e5000-0000-4000-8000-000000000002', 'o', 10, 1000, 2500, 'DE');

-- 120 destination codes: the home country first, then 119 synthetic two-letter codes
CREATE TEMP TABLE dest AS
SELECT n, CASE WHEN n = 0 THEN 'FR' ELSE chr(65 + (n + 30) / 26) || chr(65 + (n + 30) % 26) END AS code
FROM generate_series(0, 119) n;

INSERT INTO member (consortium_id, id, slug, name, country, status, created_at)
SELECT p.consortium_id, md5(p.prefix || 'm' || i)::uuid, 'member-' || i, 'Workshop ' || i, p.home, 'active',
       '2023-11-01'
FROM plan p, generate_series(1, p.members) i;

CREATE TEMP TABLE o AS
SELECT p.consortium_id, p.prefix, p.members, n,
       md5(p.prefix || 'o' || n)::uuid AS id,
       -- growth: day = 1096 * (n/orders)^0.75 puts ~2x as many orders in the last year as in the first
       date '2023-12-01' + least(1095, floor(1096 * power((n - 0.5) / p.orders, 0.75))::int) AS day,
       CASE WHEN random() < 0.30 THEN p.home
            ELSE d.codes[2 + floor(119 * power(random(), 2))::int] END AS country,
       (ARRAY['EUR', 'USD', 'GBP', 'CHF', 'SEK'])[1 + floor(5 * power(random(), 1.5))::int] AS currency,
       200 + floor(random() * 1800)::bigint AS shipping_total
FROM plan p, (SELECT array_agg(code ORDER BY n) AS codes FROM dest) d, generate_series(1, p.orders) n;
ALTER TABLE o ADD PRIMARY KEY (consortium_id, n);

-- line k of a consortium belongs to order ceil(k * orders / lines): 2 or 3 lines per order
CREATE TEMP TABLE l AS
SELECT p.consortium_id, k, ((k::bigint * p.orders + p.lines - 1) / p.lines)::int AS order_n,
       md5(p.prefix || 'l' || k)::uuid AS id,
       1 + floor(p.members * power(random(), 1.6))::int AS member_n,
       floor(random() * 20)::int AS product_k,
       1 + floor(3 * power(random(), 2))::int AS units,
       (500 + floor(random() * 19500))::bigint AS price
FROM plan p, generate_series(1, p.lines) k;
ALTER TABLE l ADD PRIMARY KEY (consortium_id, k);

INSERT INTO orders (consortium_id, id, number, token, idempotency_key, cart_id, email, shipping_address, currency,
                    exchange_rate, commission_rate, status, items_total, shipping_total, total, payment_method,
                    created_at)
SELECT o.consortium_id, o.id, upper(o.prefix) || '-' || o.n, md5('t' || o.id), md5('k' || o.id),
       md5('c' || o.id)::uuid, 'buyer' || (o.n % 50000) || '@example.org',
       jsonb_build_object('name', 'Buyer', 'line1', '1 Road', 'city', 'City', 'postalCode', '00000',
                          'country', o.country),
       o.currency, CASE o.currency WHEN 'EUR' THEN 1 WHEN 'USD' THEN 1.08 WHEN 'GBP' THEN 0.86
                                   WHEN 'CHF' THEN 0.95 ELSE 11.5 END,
       0.15, 'paid', s.items, o.shipping_total, s.items + o.shipping_total, 'card', o.day + time '12:00'
FROM o JOIN (SELECT consortium_id, order_n, sum(units * price) AS items FROM l GROUP BY 1, 2) s
    ON s.consortium_id = o.consortium_id AND s.order_n = o.n;

-- one sale fact per line; the order's shipping split evenly over its lines (the app splits by
-- goods and by member; the sums a report reads are what matters here)
INSERT INTO sales_fact (consortium_id, id, day, order_id, country, member_id, product_id, category_id, units, gross,
                        shipping, refunds, commission, member_share)
SELECT l.consortium_id, l.id, o.day, o.id, o.country, md5(o.prefix || 'm' || l.member_n)::uuid,
       md5(o.prefix || 'p' || (l.member_n * 20 + l.product_k))::uuid,
       md5(o.prefix || 'c' || ((l.member_n * 20 + l.product_k) % 20))::uuid,
       l.units, l.units * l.price, o.shipping_total / 3, 0, round(l.units * l.price * 0.15)::bigint,
       l.units * l.price - round(l.units * l.price * 0.15)::bigint
FROM l JOIN o ON o.consortium_id = l.consortium_id AND o.n = l.order_n;

-- refunds: 3 % of the lines, returned 1..30 days after the sale (at most the last day seeded)
INSERT INTO sales_fact (consortium_id, id, day, order_id, country, member_id, product_id, category_id, units, gross,
                        shipping, refunds, commission, member_share)
SELECT consortium_id, md5('r' || id)::uuid, least(date '2026-11-30', day + 1 + floor(random() * 30)::int), order_id,
       country, member_id, product_id, category_id, 0, 0, 0, gross, 0, 0
FROM sales_fact WHERE random() < 0.03;

UPDATE orders o SET status = 'partially_refunded'
WHERE EXISTS (SELECT 1 FROM sales_fact f WHERE f.consortium_id = o.consortium_id AND f.order_id = o.id
              AND f.refunds > 0);

VACUUM (ANALYZE) sales_fact;
VACUUM (ANALYZE) orders;
VACUUM (ANALYZE) member;
VACUUM (ANALYZE) consortium;
