#!/usr/bin/env bash
# Checkout throughput (issue 4): orders/s with the load spread over many SKUs and with one hot SKU,
# plus the cart page. Uses the catalog data set of bench/seed.sql; loopback only, bounded in time.
#   bench/checkout.sh        (needs: JDK 17+, PostgreSQL trust auth on 127.0.0.1, psql, wrk, curl)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18081}
DB=${DB:-canopy_checkout_bench}
CARTS=${CARTS:-40000}
DURATION=${DURATION:-30s}
export PGHOST=127.0.0.1 PGUSER=postgres
BASE=http://127.0.0.1:$PORT
OUT=${OUT:-bench/results/checkout-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q package -DskipTests
env QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=unused-with-trust-auth \
    QUARKUS_OIDC_AUTH_SERVER_URL=http://127.0.0.1:18099/realms/canopy QUARKUS_OIDC_CLIENT_ID=canopy \
    QUARKUS_OIDC_CREDENTIALS_SECRET=benchmark-only-secret-0123456789abcdef \
    CANOPY_STORAGE_ENDPOINT=http://127.0.0.1:18098 CANOPY_STORAGE_ACCESS_KEY=bench CANOPY_STORAGE_SECRET_KEY=bench-secret \
    CANOPY_DEMO_DATA=false CANOPY_CHECKOUT_UNPAID_PER_EMAIL=0 CANOPY_CHECKOUT_UNPAID_PER_CLIENT=0 \
    CANOPY_WEB_PUBLIC_BASE_URL=$BASE java -Xmx512m -jar target/quarkus-app/quarkus-run.jar > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"' EXIT
until curl -sf "$BASE/q/health/live" > /dev/null; do sleep 0.5; done
psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/seed.sql > "$OUT/seed.log"
# Plenty of stock, so every checkout is a real order; the hot case puts all carts on one variant
psql -X -q -d "$DB" -Atc "UPDATE variant SET stock = 1000000; UPDATE product SET in_stock = true WHERE live IS NOT NULL;
  SELECT v.id FROM variant v JOIN product p ON p.consortium_id = v.consortium_id AND p.id = v.product_id
  JOIN consortium c ON c.id = v.consortium_id WHERE c.slug = 'bench' AND p.live IS NOT NULL ORDER BY v.id LIMIT 1000" \
  | grep -E '^[0-9a-f-]{36}$' > "$OUT/variants.txt"

prepare() {  # $1: file, $2: hot|many — carts written straight into the tables, so none run out mid-run
    psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -Atc "
      CREATE TEMP TABLE pick AS SELECT row_number() OVER (ORDER BY v.id) - 1 AS n, v.id, v.consortium_id
        FROM variant v JOIN consortium c ON c.id = v.consortium_id
        WHERE c.slug = 'bench' AND v.id IN ($(sed "s/.*/'&'/" "$OUT/variants.txt" | paste -sd,));
      CREATE TEMP TABLE made AS SELECT gen_random_uuid() AS id, g AS n FROM generate_series(1, $CARTS) g;
      INSERT INTO cart (consortium_id, id, currency, created_at, updated_at)
        SELECT (SELECT consortium_id FROM pick LIMIT 1), id, 'EUR', now(), now() FROM made;
      INSERT INTO cart_line (consortium_id, id, cart_id, variant_id, quantity, added_at)
        SELECT p.consortium_id, gen_random_uuid(), m.id, p.id, 1, now() FROM made m
        JOIN pick p ON p.n = CASE WHEN '$2' = 'hot' THEN 0 ELSE m.n % (SELECT count(*) FROM pick) END;
      SELECT id FROM made ORDER BY n;" | grep -E '^[0-9a-f-]{36}$' > "$1"
}
# A cart of its own for the cart page: three lines from three workshops
page_cart=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{}' "$BASE/api/v1/store/bench/carts" | sed -E 's/.*"id":"([^"]+)".*/\1/')
for n in 1 2 3; do
    curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' \
        -d "{\"variantId\":\"$(sed -n "$(( n * 300 ))p" "$OUT/variants.txt")\",\"quantity\":1}" "$BASE/api/v1/store/bench/carts/$page_cart/items"
done
# The ceiling: a trivial endpoint of the same app in the same run
wrk -t2 -c32 -d"$DURATION" --latency "$BASE/q/health/live" | tee "$OUT/wrk-ceiling.txt"
for kind in many hot; do
    prepare "$OUT/carts-$kind.txt" "$kind"
    wrk -t2 -c32 -d"$DURATION" --latency -s bench/checkout.lua "$BASE" -- "$OUT/carts-$kind.txt" bench 2 \
        | tee "$OUT/wrk-checkout-$kind.txt"
done
wrk -t2 -c32 -d"$DURATION" --latency -H "Cookie: cart-bench=$page_cart" "$BASE/shop/bench/cart" | tee "$OUT/wrk-cart-page.txt"
echo "RSS MB: $(( $(ps -o rss= -p $APP) / 1024 ))" | tee "$OUT/rss.txt"
