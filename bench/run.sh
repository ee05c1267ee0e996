#!/usr/bin/env bash
# Canopy catalog benchmark: packaged app (prod profile, -Xmx512m) against a fresh PostgreSQL
# database seeded with bench/seed.sql (2,500 members, 50,000 published products), loaded with wrk
# on loopback. See docs/benchmarks.md.
#
#   bench/run.sh                        # everything, ~15 min on 2 cores (+ waiting for a quiet machine)
#   DURATION=10s bench/run.sh           # shorter runs
#   KEEP_DB=1 bench/run.sh              # leave canopy_bench in place for EXPLAIN (bench/explain.sh)
#
# Needs: JDK 17+, PostgreSQL on 127.0.0.1:5432 reachable as a superuser without password (trust),
# psql, pgbench, wrk, curl, jq. Writes bench/results/<timestamp>/ (summary.md, results.tsv, raw
# wrk output, plans, app logs). Starts and stops only its own app process; drops only its own
# database.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PORT=${PORT:-18080}                     # the app, on 127.0.0.1 only
OIDC_PORT=${OIDC_PORT:-18099}           # nothing listens here: public pages need no identity provider
STORAGE_PORT=${STORAGE_PORT:-18098}     # nor here: the app starts with storage down (images 503)
DB=${DB:-canopy_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
HEAP=${HEAP:--Xmx512m}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
WRK_TIMEOUT=${WRK_TIMEOUT:-120s}        # wrk's default (2 s) would drop slow answers from the latency figures
MAX_DURATION=${MAX_DURATION:-180}       # slow endpoints run longer (see below), at most this many seconds
SERIAL=${SERIAL:-10s}                   # one connection: latency of a request on an otherwise idle app
LOAD_MAX=${LOAD_MAX:-0.7}               # wait until the 1-minute load average is below this...
LOAD_WAIT=${LOAD_WAIT:-900}             # ...for at most this many seconds, then measure anyway
SQL_VARIANTS=${SQL_VARIANTS:-1}         # also time current vs proposed catalog SQL with pgbench
KEEP_DB=${KEEP_DB:-0}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}   # another build: JAR=/path/to/quarkus-run.jar LABEL=...
LABEL=${LABEL:-$(git rev-parse --short HEAD) ($(git log -1 --format=%s | cut -c1-80))}
OUT=${OUT:-bench/results/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT/wrk" "$OUT/plans" "$OUT/samples"
BASE=http://127.0.0.1:$PORT
APP_PID=

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$OUT/run.log" >&2; }
psqlq() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID"
    fi
    APP_PID=
}
cleanup() {
    stop_app
    if [[ "$KEEP_DB" != 1 ]]; then
        psqlq -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
    fi
}
trap cleanup EXIT

for tool in java psql pgbench wrk curl jq; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done
if curl -s -o /dev/null "$BASE/"; then echo "port $PORT is taken" >&2; exit 1; fi
if curl -s -o /dev/null "http://127.0.0.1:$OIDC_PORT/"; then echo "port $OIDC_PORT answers; pick an unused OIDC_PORT" >&2; exit 1; fi

if [[ ! -f "$JAR" && "$JAR" == target/* ]]; then
    log "building the prod jar"
    ./mvnw -B -q package -DskipTests
fi

# ---------------------------------------------------------------------------------------------
# The app, configured by environment only (operators' contract), loopback only
# ---------------------------------------------------------------------------------------------
start_app() {  # $1: label; sets APP_PID, READY_MS
    local label=$1 t0 t1
    t0=$(date +%s%N)
    env QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD=unused-with-trust-auth \
        QUARKUS_OIDC_AUTH_SERVER_URL="http://127.0.0.1:$OIDC_PORT/realms/canopy" \
        QUARKUS_OIDC_CLIENT_ID=canopy QUARKUS_OIDC_CREDENTIALS_SECRET=benchmark-only-secret-0123456789abcdef \
        CANOPY_STORAGE_ENDPOINT="http://127.0.0.1:$STORAGE_PORT" CANOPY_STORAGE_ACCESS_KEY=bench \
        CANOPY_STORAGE_SECRET_KEY=bench-secret \
        CANOPY_DEMO_DATA=false CANOPY_WEB_PUBLIC_BASE_URL="$BASE" \
        java "$HEAP" -jar "$JAR" >"$OUT/app-$label.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 1200); do
        if curl -sf -o /dev/null "$BASE/q/health/ready"; then
            t1=$(date +%s%N)
            READY_MS=$(((t1 - t0) / 1000000))
            log "app ($label) ready in ${READY_MS} ms, pid $APP_PID"
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || { log "app exited; see $OUT/app-$label.log"; tail -5 "$OUT/app-$label.log" >&2; exit 1; }
        sleep 0.1
    done
    log "app not ready after 120 s"; exit 1
}
rss_mb() { echo $(( $(ps -o rss= -p "$APP_PID") / 1024 )); }
load1() { cut -d' ' -f1 /proc/loadavg; }
cpu_ticks() {  # sum of utime+stime of the given pids (clock ticks)
    local total=0 p s
    for p in "$@"; do
        s=$(cut -d')' -f2- "/proc/$p/stat" 2>/dev/null) || continue
        set -- $s
        total=$((total + ${12} + ${13}))
    done
    echo "$total"
}
drain() {  # wait until the app has finished what the last run left in flight (at most 300 s)
    for _ in $(seq 1 300); do
        [[ $(psqlq -d "$DB" -Atc "SELECT count(*) FROM pg_stat_activity WHERE datname = '$DB' AND state = 'active' AND pid <> pg_backend_pid()") == 0 ]] && return 0
        sleep 1
    done
    log "app still busy after 300 s"
}
db_backends() { psqlq -d "$DB" -Atc "SELECT pid FROM pg_stat_activity WHERE datname = '$DB' AND pid <> pg_backend_pid()"; }

wait_quiet() {
    local start now l
    start=$(date +%s)
    log "waiting for a quiet machine (1-min load < $LOAD_MAX, at most ${LOAD_WAIT}s); now: $(cat /proc/loadavg)"
    while :; do
        l=$(load1)
        if awk -v l="$l" -v m="$LOAD_MAX" 'BEGIN { exit !(l < m) }'; then
            log "quiet: load $l after $(( $(date +%s) - start )) s"; QUIET="yes (load $l)"; return
        fi
        now=$(date +%s)
        if (( now - start >= LOAD_WAIT )); then
            log "still busy after ${LOAD_WAIT}s (load $l): measuring anyway"; QUIET="no (load $l after ${LOAD_WAIT}s wait)"; return
        fi
        sleep 10
    done
}

# ---------------------------------------------------------------------------------------------
# 1. fresh database, first start (Flyway migrates), seed
# ---------------------------------------------------------------------------------------------
log "fresh database $DB"
psqlq -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
start_app first
FIRST_READY_MS=$READY_MS
log "seeding"
t0=$(date +%s%N)
psqlq -d "$DB" -f bench/seed.sql >"$OUT/seed.log"
SEED_S=$(awk -v ns=$(( $(date +%s%N) - t0 )) 'BEGIN { printf "%.1f", ns / 1e9 }')
log "seeded in ${SEED_S} s"; cat "$OUT/seed.log" >&2
DB_SIZE=$(psqlq -d "$DB" -Atc "SELECT pg_size_pretty(pg_database_size('$DB'))")
# a visible product (published, its member active) for the product endpoints
MAKER=$(psqlq -d "$DB" -Atc "SELECT m.slug FROM member m JOIN consortium c ON c.id = m.consortium_id WHERE c.slug = 'bench' AND m.status = 'active' ORDER BY (SELECT count(*) FROM product p WHERE p.consortium_id = m.consortium_id AND p.member_id = m.id) DESC, m.slug LIMIT 1")
PRODUCT_ID=$(psqlq -d "$DB" -Atc "SELECT p.id FROM product p JOIN member m ON m.consortium_id = p.consortium_id AND m.id = p.member_id JOIN consortium c ON c.id = p.consortium_id WHERE c.slug = 'bench' AND p.live IS NOT NULL AND m.status = 'active' ORDER BY p.id LIMIT 1")
stop_app

# ---------------------------------------------------------------------------------------------
# 2. measured start on the seeded database, idle memory
# ---------------------------------------------------------------------------------------------
wait_quiet
LOAD_BEFORE=$(cat /proc/loadavg)
start_app measured
sleep 5
RSS_IDLE=$(rss_mb)
log "RSS idle ${RSS_IDLE} MB"

Q_COMMON=%D1%88%D0%B5%D1%80%D1%81%D1%82%D1%8C     # шерсть (wool): in ~40% of the products
Q_RARE=%D0%A5%D0%BE%D1%80%D0%BE%D0%B3             # Хорог (a town): in ~4%
ENDPOINTS=(
    "control-store-facts|/api/v1/store/bench"
    "api-list|/api/v1/store/bench/products?lang=en&page=0&size=20"
    "api-search-common|/api/v1/store/bench/products?q=$Q_COMMON&lang=ru&currency=USD&size=20"
    "api-search-rare|/api/v1/store/bench/products?q=$Q_RARE&lang=ru&currency=USD&size=20"
    "api-product|/api/v1/store/bench/products/$PRODUCT_ID?lang=ru&currency=USD"
    "shop-home|/shop/bench/"
    "shop-catalog|/shop/bench/products"
    "shop-catalog-search|/shop/bench/products?q=$Q_COMMON"
    "shop-product|/shop/bench/products/$PRODUCT_ID"
    "shop-maker|/shop/bench/makers/$MAKER"
)

# tenancy: the other consortium's products never show in bench's catalog
OTHER_TOTAL=$(curl -s "$BASE/api/v1/store/bench-other/products?size=1" | jq -r .total)
BENCH_TOTAL=$(curl -s "$BASE/api/v1/store/bench/products?size=1" | jq -r .total)
log "totals: bench $BENCH_TOTAL, bench-other $OTHER_TOTAL"

printf 'endpoint\tpath\tstatus\tbytes\tserial_p50_ms\tseconds\treq_s\tp50_ms\tp90_ms\tp99_ms\tmax_ms\trequests\terrors\tjava_cpu\tpg_cpu\twrk_cpu\trss_max_mb\tload1\n' >"$OUT/results.tsv"
to_ms() {  # wrk durations (e.g. 812.00us, 12.34ms, 1.20s, 1.00m) to milliseconds
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n *= 1; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}
HZ=$(getconf CLK_TCK)

for entry in "${ENDPOINTS[@]}"; do
    name=${entry%%|*}; path=${entry#*|}
    drain
    read -r status bytes < <(curl -s -o "$OUT/samples/body" -w '%{http_code} %{size_download}\n' "$BASE$path")
    head -c 4096 "$OUT/samples/body" >"$OUT/samples/$name.head"; rm -f "$OUT/samples/body"
    if [[ "$status" != 200 ]]; then
        log "$name: HTTP $status, not measured"
        printf '%s\t%s\t%s\t%s\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n' "$name" "$path" "$status" "$bytes" >>"$OUT/results.tsv"
        continue
    fi
    log "$name: warm-up $WARMUP"
    wrk -t"$THREADS" -c8 -d"$WARMUP" --timeout "$WRK_TIMEOUT" "$BASE$path" >"$OUT/wrk/$name.warmup.txt"
    drain
    wrk -t1 -c1 -d"$SERIAL" --timeout "$WRK_TIMEOUT" --latency "$BASE$path" >"$OUT/wrk/$name.serial.txt"
    serial_p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$OUT/wrk/$name.serial.txt")")
    if [[ "$serial_p50" == 0.0 ]]; then  # not one answer within $SERIAL: time a single request
        serial_p50=$(curl -s -o /dev/null -w '%{time_total}' "$BASE$path" | awk '{ printf "%.1f", $1 * 1000 }')
        echo "single request: $serial_p50 ms" >>"$OUT/wrk/$name.serial.txt"
    fi
    # At -c32 a request queues behind ~32 others on 2 cores: when that wait nears the run's length,
    # few requests complete inside it and req/s reads low. Slow endpoints get a longer run.
    secs=$(awk -v d="$DURATION" -v s="$serial_p50" -v c="$CONNECTIONS" -v max="$MAX_DURATION" \
        'BEGIN { n = d + 0; if (d ~ /m$/) n *= 60; want = 4 * c * s / 2 / 1000; if (want > n) n = want; if (n > max) n = max; printf "%d", n }')
    drain
    l=$(load1)
    backends=$(db_backends)
    # shellcheck disable=SC2086
    j0=$(cpu_ticks "$APP_PID"); p0=$(cpu_ticks $backends)
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${secs}s" --timeout "$WRK_TIMEOUT" --latency "$BASE$path" >"$OUT/wrk/$name.txt" &
    wrk_pid=$!
    rss_max=0; w0=0
    while kill -0 "$wrk_pid" 2>/dev/null; do
        r=$(rss_mb); (( r > rss_max )) && rss_max=$r
        w=$(cpu_ticks "$wrk_pid"); [[ "$w" -gt 0 ]] && w0=$w
        sleep 1
    done
    wait "$wrk_pid"
    # shellcheck disable=SC2086
    j1=$(cpu_ticks "$APP_PID"); p1=$(cpu_ticks $backends)
    drain
    pct() { awk -v t="$1" -v hz="$HZ" -v s="$secs" 'BEGIN { printf "%.0f%%", 100 * t / hz / s }'; }
    f=$OUT/wrk/$name.txt
    rps=$(awk '/^Requests\/sec/ { print $2 }' "$f")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$f")")
    p90=$(to_ms "$(awk '$1 == "90%" { print $2 }' "$f")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$f")")
    max=$(to_ms "$(awk '$1 == "Latency" { print $4 }' "$f")")
    reqs=$(awk '/requests in/ { print $1 }' "$f")
    non2xx=$(awk '/Non-2xx/ { print $NF }' "$f"); non2xx=${non2xx:-0}
    sock=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$f"); sock=${sock:-0}
    errors=$((non2xx + sock))
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$path" "$status" "$bytes" \
        "$serial_p50" "$secs" "$rps" "$p50" "$p90" "$p99" "$max" "$reqs" "$errors" \
        "$(pct $((j1 - j0)))" "$(pct $((p1 - p0)))" "$(pct "$w0")" "$rss_max" "$l" >>"$OUT/results.tsv"
    log "$name: $rps req/s, p50 $p50 ms, p99 $p99 ms, errors $errors, RSS max $rss_max MB"
done
RSS_AFTER=$(rss_mb)
LOAD_AFTER=$(cat /proc/loadavg)
log "RSS after the runs ${RSS_AFTER} MB"
stop_app

# ---------------------------------------------------------------------------------------------
# 3. where the time goes: plans of the catalog query, current vs proposed SQL
# ---------------------------------------------------------------------------------------------
bench/explain.sh "$DB" "$OUT/plans" >>"$OUT/run.log" 2>&1 || log "explain.sh failed"
if [[ "$SQL_VARIANTS" == 1 ]]; then
    bench/sql-variants.sh "$DB" "$OUT/sql-variants.tsv" >>"$OUT/run.log" 2>&1 || log "sql-variants.sh failed"
fi

# ---------------------------------------------------------------------------------------------
# 4. summary
# ---------------------------------------------------------------------------------------------
{
    echo "# Canopy catalog benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "- build: $LABEL, $JAR"
    echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ { print $2 }') GiB; wrk on the same cores"
    echo "- java: $(java -version 2>&1 | head -1); heap $HEAP; PostgreSQL $(psqlq -d postgres -Atc 'SHOW server_version')"
    echo "- quiet before measuring: $QUIET; loadavg before: $LOAD_BEFORE; after: $LOAD_AFTER"
    echo "- data: bench = $BENCH_TOTAL visible published products (2,500 members, 50 suspended), bench-other = $OTHER_TOTAL; database $DB_SIZE; seeded in ${SEED_S} s"
    echo "- start to ready: first start on an empty database (migrations) ${FIRST_READY_MS} ms; on the seeded database ${READY_MS} ms"
    echo "- RSS: idle ${RSS_IDLE} MB, after the runs ${RSS_AFTER} MB"
    echo "- wrk: -t$THREADS -c$CONNECTIONS -d$DURATION (longer for slow endpoints, column run s, at most ${MAX_DURATION}s) --timeout $WRK_TIMEOUT --latency after a $WARMUP warm-up (-c8); serial = -c1 -d$SERIAL"
    echo
    echo "| endpoint | HTTP | bytes | serial p50 ms | run s | req/s | p50 ms | p90 ms | p99 ms | max ms | errors / requests | CPU java / pg / wrk | RSS max MB | load |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |"
    tail -n +2 "$OUT/results.tsv" | while IFS=$'\t' read -r n p st by sp sc r p5 p9 p99 mx rq er jc pc wc rs ld; do
        if [[ -z "$r" ]]; then
            echo "| $n | $st | $by | | | not measured | | | | | | | | |"
        else
            echo "| $n | $st | $by | $sp | $sc | $r | $p5 | $p9 | $p99 | $mx | $er / $rq | $jc / $pc / $wc | $rs | $ld |"
        fi
    done
    echo
    echo "Paths:"
    echo
    tail -n +2 "$OUT/results.tsv" | while IFS=$'\t' read -r n p _; do echo "- $n: \`$p\`"; done
    if [[ -f "$OUT/sql-variants.tsv" ]]; then
        echo
        echo "Catalog SQL alone (pgbench, 2 clients, as canopy_app with the tenant set):"
        echo
        echo "| variant | tps | mean latency ms |"
        echo "| --- | ---: | ---: |"
        tail -n +2 "$OUT/sql-variants.tsv" | while IFS=$'\t' read -r v t lat; do echo "| $v | $t | $lat |"; done
    fi
} >"$OUT/summary.md"
log "wrote $OUT/summary.md"
cat "$OUT/summary.md"
