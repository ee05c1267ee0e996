#!/usr/bin/env bash
# Checkout throughput (issues 4 and 12): orders/s with one-line carts spread over many SKUs, on one
# hot SKU and with ten-line carts, plus the cart page; then the statements PostgreSQL executes for
# one checkout and one cart page. Uses the catalog data set of bench/seed.sql; loopback only,
# bounded in time.
#   bench/checkout.sh             (needs: JDK 17+, PostgreSQL trust auth on 127.0.0.1 as superuser,
#                                  psql, wrk, curl, read access to the server's log for the count)
#   CASES=ten DURATION=5s bench/checkout.sh   # one case, shorter (CASES= none: only the counts)
#   KEEP_DB=1 bench/checkout.sh               # leave the database for EXPLAIN
#   JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/checkout.jfr bench/checkout.sh   # profile the app
#   KEEP_DB=1 REUSE_DB=1 bench/checkout.sh    # again on it without seeding (orders pile up: not for figures)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18081}
DB=${DB:-canopy_checkout_bench}
CARTS=${CARTS:-40000}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}    # checkouts first, unmeasured, so the JIT has compiled their code before any figure
CASES=${CASES-many hot ten}
PGLOG=${PGLOG:-/var/log/postgresql/postgresql-15-main.log}
export PGHOST=127.0.0.1 PGUSER=postgres
BASE=http://127.0.0.1:$PORT
OUT=${OUT:-bench/results/checkout-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
drop_db() {
    [[ -n ${KEEP_DB:-} ]] || psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
}
[[ -n ${REUSE_DB:-} ]] || psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q package -DskipTests
env QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=unused-with-trust-auth \
    QUARKUS_OIDC_AUTH_SERVER_URL=http://127.0.0.1:18099/realms/canopy QUARKUS_OIDC_CLIENT_ID=canopy \
    QUARKUS_OIDC_CREDENTIALS_SECRET=benchmark-only-secret-0123456789abcdef \
    CANOPY_STORAGE_ENDPOINT=http://127.0.0.1:18098 CANOPY_STORAGE_ACCESS_KEY=bench CANOPY_STORAGE_SECRET_KEY=bench-secret \
    CANOPY_DEMO_DATA=false CANOPY_CHECKOUT_UNPAID_PER_EMAIL=0 CANOPY_CHECKOUT_UNPAID_PER_CLIENT=0 \
    CANOPY_OUTBOX_EVERY=1h \
    CANOPY_WEB_PUBLIC_BASE_URL=$BASE java -Xmx512m ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; drop_db' EXIT
until curl -sf "$BASE/q/health/live" > /dev/null; do sleep 0.5; done
[[ -n ${REUSE_DB:-} ]] || psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/seed.sql > "$OUT/seed.log"
# Plenty of stock, so every checkout is a real order; the hot case puts all carts on one variant. Only
# products on sale (published, of an active workshop): the seed suspends some workshops.
psql -X -q -d "$DB" -Atc "UPDATE variant SET stock = 1000000; UPDATE product SET in_stock = true WHERE live IS NOT NULL;
  SELECT v.id FROM variant v JOIN product p ON p.consortium_id = v.consortium_id AND p.id = v.product_id
  JOIN member m ON m.consortium_id = p.consortium_id AND m.id = p.member_id
  JOIN consortium c ON c.id = v.consortium_id
  WHERE c.slug = 'bench' AND p.live IS NOT NULL AND m.status = 'active' ORDER BY v.id LIMIT 1000" \
  | grep -E '^[0-9a-f-]{36}$' > "$OUT/variants.txt"

prepare() {  # $1: file, $2: hot|many|ten, $3: carts — written straight into the tables, so none run out mid-run
    local lines=1
    [[ $2 == ten ]] && lines=10
    psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -Atc "
      CREATE TEMP TABLE pick AS SELECT row_number() OVER (ORDER BY v.id) - 1 AS n, v.id, v.consortium_id
        FROM variant v JOIN consortium c ON c.id = v.consortium_id
        WHERE c.slug = 'bench' AND v.id IN ($(sed "s/.*/'&'/" "$OUT/variants.txt" | paste -sd,));
      CREATE TEMP TABLE made AS SELECT gen_random_uuid() AS id, g AS n FROM generate_series(1, ${3:-$CARTS}) g;
      INSERT INTO cart (consortium_id, id, currency, created_at, updated_at)
        SELECT (SELECT consortium_id FROM pick LIMIT 1), id, 'EUR', now(), now() FROM made;
      INSERT INTO cart_line (consortium_id, id, cart_id, variant_id, quantity, added_at)
        SELECT p.consortium_id, gen_random_uuid(), m.id, p.id, 1, now() FROM made m CROSS JOIN generate_series(0, $lines - 1) k
        JOIN pick p ON p.n = CASE WHEN '$2' = 'hot' THEN 0 ELSE (m.n * $lines + k) % (SELECT count(*) FROM pick) END;
      SELECT id FROM made ORDER BY n;" | grep -E '^[0-9a-f-]{36}$' > "$1"
}
# The outbox is written in every checkout's transaction as in production; it is not sent during the run
# (no mail server here: a dispatcher retrying tens of thousands of mails would be the benchmark's own artefact).
# A cart of its own for the cart page: three lines from three workshops
page_cart=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{}' "$BASE/api/v1/store/bench/carts" | sed -E 's/.*"id":"([^"]+)".*/\1/')
for n in 1 2 3; do
    curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' \
        -d "{\"variantId\":\"$(sed -n "$(( n * 300 ))p" "$OUT/variants.txt")\",\"quantity\":1}" "$BASE/api/v1/store/bench/carts/$page_cart/items"
done
# Where the cores go: CPU seconds the app and PostgreSQL (all its processes) used during each case
cpu_seconds() {  # $1: pids
    local ticks=0 pid
    for pid in $1; do
        ticks=$(( ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
    done
    echo "scale=2; $ticks / $(getconf CLK_TCK)" | bc
}
measured() {  # $1: case name, then the command
    local app0 pg0
    app0=$(cpu_seconds "$APP"); pg0=$(cpu_seconds "$(pgrep -d ' ' -u postgres postgres)")
    "${@:2}"
    echo "$1: app $(echo "$(cpu_seconds "$APP") - $app0" | bc) s, PostgreSQL $(echo \
        "$(cpu_seconds "$(pgrep -d ' ' -u postgres postgres)") - $pg0" | bc) s of CPU" >> "$OUT/cpu.txt"
}
# The ceiling: a trivial endpoint of the same app in the same run
measured ceiling wrk -t2 -c32 -d"$DURATION" --latency "$BASE/q/health/live" | tee "$OUT/wrk-ceiling.txt"
prepare "$OUT/carts-warmup.txt" many
wrk -t2 -c32 -d"$WARMUP" -s bench/checkout.lua "$BASE" -- "$OUT/carts-warmup.txt" bench 2 > "$OUT/wrk-warmup.txt"
for kind in $CASES; do
    prepare "$OUT/carts-$kind.txt" "$kind"
    measured "checkout $kind" wrk -t2 -c32 -d"$DURATION" --latency -s bench/checkout.lua "$BASE" -- "$OUT/carts-$kind.txt" \
        bench 2 | tee "$OUT/wrk-checkout-$kind.txt"
done
measured "cart page" wrk -t2 -c32 -d"$DURATION" --latency -H "Cookie: cart-bench=$page_cart" "$BASE/shop/bench/cart" \
    | tee "$OUT/wrk-cart-page.txt"
cat "$OUT/cpu.txt"
echo "RSS MB: $(( $(ps -o rss= -p $APP) / 1024 ))" | tee "$OUT/rss.txt"

# Statements per request, from the server's own log: log_statement is switched on for every session
# (a reload reaches the app's pooled connections too) just while one request of each kind runs warm.
checkout() {  # $1: cart id
    curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -H "Idempotency-Key: $1" \
        -d '{"email":"bench@example.fr","shippingAddress":{"name":"Bench Shopper","line1":"1 rue des Tisserands","city":"Lyon","postalCode":"69001","country":"FR"}}' \
        "$BASE/api/v1/store/bench/carts/$1/checkout"
}
cart_page() {
    curl -s -o /dev/null -w '%{http_code}' -H "Cookie: cart-bench=$page_cart" "$BASE/shop/bench/cart"
}
counted() {  # $1: what, then the command; the statements the database logged for it (not the pool's empty checks)
    local from=$(stat -c %s "$PGLOG") status
    status=$("${@:2}")
    sleep 0.5
    echo "$1 (HTTP $status): $(tail -c +$((from + 1)) "$PGLOG" | grep -E "@$DB (LOG|ERROR): +(statement|execute)" | grep -cvE "statement: *$") statements"
}
prepare "$OUT/carts-count-one.txt" many 2
prepare "$OUT/carts-count-ten.txt" ten 2
psql -X -q -d postgres -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" > /dev/null
trap 'psql -X -q -d postgres -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" > /dev/null;
      kill $APP 2>/dev/null || true; drop_db' EXIT
sleep 1
{
    checkout "$(sed -n 1p "$OUT/carts-count-one.txt")" > /dev/null
    counted "checkout, one line" checkout "$(sed -n 2p "$OUT/carts-count-one.txt")"
    checkout "$(sed -n 1p "$OUT/carts-count-ten.txt")" > /dev/null
    counted "checkout, ten lines" checkout "$(sed -n 2p "$OUT/carts-count-ten.txt")"
    counted "cart page, three lines" cart_page
} | tee "$OUT/statements.txt"
