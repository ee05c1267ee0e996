#!/usr/bin/env bash
# Export-sales report benchmark (issue 10): the report's SQL as the app sends it (bench/sales/*.sql,
# from SalesSums.java as of b4010b9) timed with pgbench as the app runs it (role canopy_app, tenant set
# per transaction, bind parameters: -M prepared), against a database canopy_sales_bench whose schema
# the app's own Flyway created (the packaged app is started once and stopped) and which
# bench/sales-seed.sql filled with the triggers off (1,000,000 order lines, 400,000 orders, 2,500
# members, 120 countries, 5 currencies, three years, rates history). The rollups sales_day_country
# sales_month_member and sales_month_category are then rebuilt by the migrations' own backfill statements (taken from
# src/main/resources/db/migration/reporting/ at run time, timed: the cost of migrating a database
# that already holds these facts). Composite transactions are assembled from the single queries at
# run time: report-country (sums-split + rows-country, one report) and dashboard (ExportSalesPages:
# five reports, each sums-split + its rows: country, country of the previous period of the same
# length (:pfrom/:pto), month, member, product; ten queries in one transaction — the app runs one
# transaction per report). Three periods: a quarter of whole months, three years, and a quarter with
# partial months at both edges (the member report's monthly path reads its edges from sales_fact).
# Each query and period: one client, DURATION (10) seconds (at least MIN_TX (10) transactions),
# per-transaction latencies from pgbench --log -> p50/p95/max, and the 1-minute load average when it
# started. See docs/benchmarks.md.
#
#   bench/sales.sh                  # build if needed, fresh database, seed + backfill (~2 min), measure (~8 min)
#   REUSE_DB=1 bench/sales.sh       # measure again on the database a previous run left
#   ONLY='rows-country dashboard' PERIODS='years' REUSE_DB=1 bench/sales.sh
#   VARIANT_DIR=bench/sales/rewrite REUSE_DB=1 bench/sales.sh   # other SQL (the earlier rewrite tried)
#
# Needs: JDK 17+, PostgreSQL on 127.0.0.1:5432 as a superuser without password (trust), psql,
# pgbench, GNU date. Starts and stops only its own app process. Keeps the database (drop it by hand).
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
PERIODS=${PERIODS:-quarter years edges}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
OUT=${OUT:-bench/results/sales-$(date +%Y%m%d-%H%M%S)}
MIGRATIONS=src/main/resources/db/migration/reporting
mkdir -p "$OUT/sql"
HOME_COUNTRY=FR CURRENCY=USD SCALE=1   # USD and EUR both have 2 decimals: 10^(2-2)
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT/run.log" >&2; }
psqlq() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
load1() { cut -d' ' -f1 /proc/loadavg; }
# The statement of a migration that starts with "INSERT INTO <table>" at the start of a line, up to its ";"
backfill() { awk -v t="$1" '$0 ~ "^INSERT INTO " t "( |$)" { p = 1 } p { print } p && /;[[:space:]]*$/ { exit }' "$MIGRATIONS"/*.sql; }
millis() { date +%s%3N; }

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
    log "seeding (bench/sales-seed.sql, triggers off), load $(load1)"
    s=$(date +%s); psqlq -d "$DB" -f bench/sales-seed.sql >"$OUT/seed.log"; log "seeded in $(( $(date +%s) - s )) s"
    # The rollups as a migration fills them on a database that already holds the facts
    psqlq -d "$DB" -c "TRUNCATE sales_day_country, sales_month_member, sales_month_category"
    for table in sales_day_country sales_month_member sales_month_category; do
        backfill "$table" >"$OUT/sql/backfill-$table.sql"
        grep -q "FROM sales_fact" "$OUT/sql/backfill-$table.sql" || { log "no backfill of $table in $MIGRATIONS"; exit 1; }
        s=$(millis); psqlq -d "$DB" -f "$OUT/sql/backfill-$table.sql"; e=$(( $(millis) - s ))
        s=$(millis); psqlq -d "$DB" -c "VACUUM (ANALYZE) $table"; v=$(( $(millis) - s ))
        log "backfill $table: $e ms (then VACUUM ANALYZE $v ms), load $(load1)"
    done
    # The migration also builds this index on the facts already there
    s=$(millis); psqlq -d "$DB" -c "REINDEX INDEX sales_fact_of_member"; log "build of sales_fact_of_member (REINDEX): $(( $(millis) - s )) ms"
fi
CID=$(psqlq -d "$DB" -Atc "SELECT id FROM consortium WHERE slug = 'sales'")
psqlq -d "$DB" -Atc "SELECT 'sales_fact rows: ' || count(*) || ', of consortium sales: ' || count(*) FILTER (WHERE consortium_id = '$CID') || ', size ' || pg_size_pretty(pg_total_relation_size('sales_fact')) FROM sales_fact" | tee -a "$OUT/run.log"
psqlq -d "$DB" -Atc "SELECT t || ': ' || n || ' rows, ' || pg_size_pretty(pg_total_relation_size(t)) FROM (SELECT 'sales_day_country' t, count(*) n FROM sales_day_country UNION ALL SELECT 'sales_month_member', count(*) FROM sales_month_member UNION ALL SELECT 'sales_month_category', count(*) FROM sales_month_category) x" | tee -a "$OUT/run.log"

# The SQL of a file without its transaction (comments, BEGIN, role, tenant, COMMIT)
body() { grep -v -e '^--' -e '^BEGIN;' -e '^SET LOCAL ROLE' -e '^SELECT set_config' -e '^COMMIT;' "$1"; }
# A transaction of several queries as the app runs them one after the other; part@prev: the previous period
compose() {
    local name=$1 comment=$2 part; shift 2
    { printf -- '-- %s\nBEGIN;\nSET LOCAL ROLE canopy_app;\nSELECT set_config('"'"'canopy.consortium_id'"'"', :cid, true);\n' "$comment"
      for part in "$@"; do
          if [[ $part == *@prev ]]; then body "$VARIANT_DIR/${part%@prev}.sql" | sed -e 's/:from\b/:pfrom/g' -e 's/:to\b/:pto/g'
          else body "$VARIANT_DIR/$part.sql"; fi
      done
      echo 'COMMIT;'; } >"$OUT/sql/$name.sql"
}
files=("$VARIANT_DIR"/*.sql)
if [[ "$VARIANT_DIR" == bench/sales ]]; then
    compose report-country "the whole report by country: the split, then the rows (ExportSales.report)" sums-split rows-country
    compose dashboard "ExportSalesPages.page: two reports by country (the period, the one before: split and rows), then rows alone: by month, the top ten workshops and products" \
        sums-split rows-country sums-split@prev rows-country@prev rows-month rows-member-top rows-product-top
    files+=("$OUT/sql/report-country.sql" "$OUT/sql/dashboard.sql")
fi

day() { date -u -d "$1" +%F; }
# The period's variables as SalesSums binds them: whole months first..last, the edges before and after
period_vars() {
    local from=$1 to=$2 first last days
    if [[ $(date -u -d "$from" +%d) == 01 ]]; then first=$from; else first=$(day "$(date -u -d "$from" +%Y-%m-01) +1 month"); fi
    if [[ $(date -u -d "$to +1 day" +%d) == 01 ]]; then last=$(date -u -d "$to" +%Y-%m-01); else last=$(day "$(date -u -d "$to" +%Y-%m-01) -1 month"); fi
    [[ "$first" < "$last" || "$first" == "$last" ]] || { log "period $from..$to has no whole month: the app would read sales_fact"; exit 1; }
    days=$(( ($(date -u -d "$to" +%s) - $(date -u -d "$from" +%s)) / 86400 + 1 ))
    VARS=(cid="$CID" from="$from" to="$to" home="$HOME_COUNTRY" currency="$CURRENCY" scale="$SCALE"
          firstMonth="$first" lastMonth="$last" headEnd="$(day "$first -1 day")" tailStart="$(day "$last +1 month")"
          pfrom="$(day "$from -$days days")" pto="$(day "$from -1 day")")
}

printf 'query\tperiod\trows\ttx\tp50_ms\tp95_ms\tmax_ms\tload1\n' >"$OUT/results.tsv"
for file in "${files[@]}"; do
    name=$(basename "$file" .sql) script=$(realpath "$file")
    [[ -n "$ONLY" && " $ONLY " != *" $name "* ]] && continue
    for period in $PERIODS; do
        case $period in
            quarter) period_vars 2026-07-01 2026-09-30 ;;
            years) period_vars 2023-12-01 2026-11-30 ;;
            edges) period_vars 2026-07-15 2026-10-14 ;;
            *) log "unknown period $period"; exit 1 ;;
        esac
        printf '%s\n' "${VARS[@]}" >"$OUT/vars-$period.txt"
        # rows returned by the transaction's selects, as psql sees them (the same SQL, literals bound)
        psql_vars=() bench_vars=()
        for v in "${VARS[@]}"; do psql_vars+=(-v "${v%%=*}='${v#*=}'"); bench_vars+=(-D "$v"); done
        nrows=$(psqlq -d "$DB" -At "${psql_vars[@]}" -f "$file" | tail -n +2 | grep -vc '^COMMIT$' || true)
        load=$(load1)
        rm -f "$OUT"/pgbench_log.*
        (cd "$OUT" && pgbench -n -M prepared -c 1 -T "$DURATION" -r --log --log-prefix=pgbench_log \
            "${bench_vars[@]}" -f "$script" "$DB" \
            >"$name-$period.pgbench.txt" 2>&1)
        tx=$(cat "$OUT"/pgbench_log.* | wc -l)
        if (( tx < MIN_TX )); then  # slow query: top up to MIN_TX samples
            (cd "$OUT" && pgbench -n -M prepared -c 1 -t $((MIN_TX - tx)) -r --log --log-prefix=pgbench_log2 \
                "${bench_vars[@]}" -f "$script" "$DB" \
                >>"$name-$period.pgbench.txt" 2>&1)
        fi
        cat "$OUT"/pgbench_log*.* | awk '{print $3}' | sort -n >"$OUT/$name-$period.latencies"
        rm -f "$OUT"/pgbench_log*
        read -r tx p50 p95 max < <(awk '{ v[NR] = $1 } END {
            i50 = int(NR * 0.50 + 0.999); i95 = int(NR * 0.95 + 0.999);
            printf "%d %.1f %.1f %.1f\n", NR, v[i50] / 1000, v[i95] / 1000, v[NR] / 1000 }' "$OUT/$name-$period.latencies")
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$period" "$nrows" "$tx" "$p50" "$p95" "$max" "$load" | tee -a "$OUT/results.tsv"
    done
done
log "results: $OUT/results.tsv (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
