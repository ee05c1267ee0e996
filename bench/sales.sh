#!/usr/bin/env bash
# Export-sales report benchmark (issue 10, item 5): the report's SQL (bench/sales/*.sql, copied from
# ExportSales.java) timed with pgbench as the app runs it (role canopy_app, tenant set per
# transaction, bind parameters: -M prepared), against a database canopy_sales_bench whose schema the
# app's own Flyway created (the packaged app is started once and stopped) and which
# bench/sales-seed.sql filled (1,000,000 order lines, 400,000 orders, 2,500 members, 120 countries,
# 5 currencies, three years). Each query: one client, DURATION (10) seconds (at least MIN_TX (10)
# transactions), per-transaction latencies from pgbench --log -> p50/p95/max. See docs/benchmarks.md.
#
#   bench/sales.sh                  # build if needed, fresh database, seed (~2 min), measure (~6 min)
#   REUSE_DB=1 bench/sales.sh       # measure again on the database a previous run left
#   ONLY='rows-country sums-totals' REUSE_DB=1 bench/sales.sh
#   VARIANT_DIR=bench/sales/rollup REUSE_DB=1 bench/sales.sh   # other SQL (e.g. a rollup, after its DDL)
#
# Needs: JDK 17+, PostgreSQL on 127.0.0.1:5432 as a superuser without password (trust), psql,
# pgbench. Starts and stops only its own app process. Keeps the database (drop it by hand).
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${DB:-canopy_sales_bench}
PORT=${PORT:-18180}
REUSE_DB=${REUSE_DB:-0}
DURATION=${DURATION:-10}
MIN_TX=${MIN_TX:-10}
VARIANT_DIR=${VARIANT_DIR:-bench/sales}
ONLY=${ONLY:-}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
OUT=${OUT:-bench/results/sales-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
HOME_COUNTRY=FR
QUARTER_FROM=2026-07-01 QUARTER_TO=2026-09-30
YEARS_FROM=2023-12-01 YEARS_TO=2026-11-30
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT/run.log" >&2; }
psqlq() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

if [[ "$REUSE_DB" != 1 ]]; then
    [[ -f "$JAR" ]] || ./mvnw -B -q package -DskipTests
    psqlq -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    log "migrating $DB with the app's Flyway (app started once, prod profile)"
    env QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD=unused-with-trust-auth \
        QUARKUS_OIDC_AUTH_SERVER_URL="http://127.0.0.1:18199/realms/canopy" \
        QUARKUS_OIDC_CLIENT_ID=canopy QUARKUS_OIDC_CREDENTIALS_SECRET=benchmark-only-secret-0123456789abcdef \
        CANOPY_STORAGE_ENDPOINT="http://127.0.0.1:18198" CANOPY_STORAGE_ACCESS_KEY=bench \
        CANOPY_STORAGE_SECRET_KEY=bench-secret CANOPY_DEMO_DATA=false \
        CANOPY_WEB_PUBLIC_BASE_URL="http://127.0.0.1:$PORT" \
        java -Xmx512m -jar "$JAR" >"$OUT/app.log" 2>&1 &
    APP_PID=$!
    trap '[[ -n "${APP_PID:-}" ]] && kill "$APP_PID" 2>/dev/null || true' EXIT
    for _ in $(seq 1 1200); do
        curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break
        kill -0 "$APP_PID" 2>/dev/null || { log "app exited; see $OUT/app.log"; exit 1; }
        sleep 0.1
    done
    kill "$APP_PID"; wait "$APP_PID" || true; APP_PID=
    log "seeding (bench/sales-seed.sql)"
    s=$(date +%s); psqlq -d "$DB" -f bench/sales-seed.sql >"$OUT/seed.log"; log "seeded in $(( $(date +%s) - s )) s"
fi
CID=$(psqlq -d "$DB" -Atc "SELECT id FROM consortium WHERE slug = 'sales'")
psqlq -d "$DB" -Atc "SELECT 'sales_fact rows: ' || count(*) || ', of consortium sales: ' || count(*) FILTER (WHERE consortium_id = '$CID') || ', size ' || pg_size_pretty(pg_total_relation_size('sales_fact')) FROM sales_fact" | tee -a "$OUT/run.log"

printf 'query\tperiod\trows\ttx\tp50_ms\tp95_ms\tmax_ms\n' >"$OUT/results.tsv"
for file in "$VARIANT_DIR"/*.sql; do
    name=$(basename "$file" .sql)
    [[ -n "$ONLY" && " $ONLY " != *" $name "* ]] && continue
    for period in quarter years; do
        if [[ $period == quarter ]]; then from=$QUARTER_FROM to=$QUARTER_TO; else from=$YEARS_FROM to=$YEARS_TO; fi
        # rows returned by the script's last select, as psql sees them (the same SQL, literals bound)
        nrows=$(sed -e "s/:cid/'$CID'/g" -e "s/:from/'$from'/g" -e "s/:to/'$to'/g" -e "s/:home/'$HOME_COUNTRY'/g" "$file" \
            | grep -v '^--' | psqlq -d "$DB" -At 2>&1 | tail -n +2 | grep -vc '^COMMIT$' || true)
        rm -f "$OUT"/pgbench_log.*
        (cd "$OUT" && pgbench -n -M prepared -c 1 -T "$DURATION" -r --log --log-prefix=pgbench_log \
            -D cid="$CID" -D from="$from" -D to="$to" -D home="$HOME_COUNTRY" -f "$OLDPWD/$file" "$DB" \
            >"$name-$period.pgbench.txt" 2>&1)
        tx=$(cat "$OUT"/pgbench_log.* | wc -l)
        if (( tx < MIN_TX )); then  # slow query: top up to MIN_TX samples
            (cd "$OUT" && pgbench -n -M prepared -c 1 -t $((MIN_TX - tx)) -r --log --log-prefix=pgbench_log2 \
                -D cid="$CID" -D from="$from" -D to="$to" -D home="$HOME_COUNTRY" -f "$OLDPWD/$file" "$DB" \
                >>"$name-$period.pgbench.txt" 2>&1)
        fi
        cat "$OUT"/pgbench_log*.* | awk '{print $3}' | sort -n >"$OUT/$name-$period.latencies"
        rm -f "$OUT"/pgbench_log*
        read -r tx p50 p95 max < <(awk '{ v[NR] = $1 } END {
            i50 = int(NR * 0.50 + 0.999); i95 = int(NR * 0.95 + 0.999);
            printf "%d %.1f %.1f %.1f\n", NR, v[i50] / 1000, v[i95] / 1000, v[NR] / 1000 }' "$OUT/$name-$period.latencies")
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$period" "$nrows" "$tx" "$p50" "$p95" "$max" | tee -a "$OUT/results.tsv"
    done
done
log "results: $OUT/results.tsv"
