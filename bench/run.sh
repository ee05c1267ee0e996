#!/usr/bin/env bash
# Canopy storefront benchmark: packaged app (prod profile, -Xmx512m) against a fresh PostgreSQL
# database seeded with bench/seed.sql (2,500 members, 50,000 products), loaded with wrk on
# loopback, on the same cores as the app and the database. One run measures the storefront's
# requests against the targets of issue 8 ("Numbers"), each also as a fraction of a trivial
# endpoint of the same app measured in the same run (/q/health/live, the ceiling), then 60 s at
# 256 connections on the slowest of them and whether every endpoint still answers within 5 s,
# RSS after all of it, and start to ready on the seeded database. See docs/benchmarks.md.
#
#   bench/run.sh                        # everything, ~30 min on 2 cores (+ waiting for a quiet machine)
#   DURATION=10s bench/run.sh           # shorter runs
#   EXTRA=0 bench/run.sh                # only the endpoints that have a target
#   KEEP_DB=1 bench/run.sh              # leave canopy_bench in place for EXPLAIN (bench/explain.sh)
#   KEEP_DB=1 REUSE_DB=1 bench/run.sh   # again on that database, without seeding (not for figures)
#   DURATION=3s WARMUP=2s SERIAL=2s MAX_DURATION=15 OVERLOAD_DURATION=6s LOAD_MAX=99 bench/run.sh  # smoke
#
# Needs: JDK 17+, PostgreSQL on 127.0.0.1:5432 reachable as a superuser without password (trust),
# psql, pgbench, wrk (installed with apt-get when missing and run as root), curl, jq. Writes
# bench/results/<timestamp>/ (summary.md, results.tsv, checks.tsv, overload.tsv,
# search-uncached.tsv, raw wrk output, plans, app logs). Starts and stops only its own app
# process; drops only its own database. The app is configured by environment variables only; any
# CANOPY_* or QUARKUS_* variable set by the caller (e.g. CANOPY_DATABASE_ACQUISITION_TIMEOUT)
# reaches it too.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PORT=${PORT:-18080}                     # the app, on 127.0.0.1 only
OIDC_PORT=${OIDC_PORT:-18099}           # nothing listens here: public pages need no identity provider
STORAGE_PORT=${STORAGE_PORT:-18098}     # nor here: the app starts with storage down (images 503)
DB=${DB:-canopy_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
HEAP=${HEAP:--Xmx512m}
POOL_SIZE=${POOL_SIZE:-16}              # CANOPY_DATABASE_POOL_SIZE (the app's default)
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
WRK_TIMEOUT=${WRK_TIMEOUT:-120s}        # wrk's default (2 s) would drop slow answers from the latency figures
MAX_DURATION=${MAX_DURATION:-180}       # slow endpoints run longer (see below), at most this many seconds
SERIAL=${SERIAL:-10s}                   # one connection: latency of a request on an otherwise idle app
LOAD_MAX=${LOAD_MAX:-0.7}               # wait until the 1-minute load average is below this...
LOAD_WAIT=${LOAD_WAIT:-900}             # ...for at most this many seconds, then measure anyway
EXTRA=${EXTRA:-1}                       # also the endpoints without a target (rare word, maker page, ...)
PRODUCT_IDS=${PRODUCT_IDS:-1000}        # product pages are loaded round this many seeded products
UNCACHED=${UNCACHED:-20}                # sequential searches, each one never asked before
OVERLOAD_CONNECTIONS=${OVERLOAD_CONNECTIONS:-256}
OVERLOAD_DURATION=${OVERLOAD_DURATION:-60s}
PROBE_TIMEOUT=${PROBE_TIMEOUT:-5}       # after the overload every endpoint must answer 200 within this (s)
READY_STARTS=${READY_STARTS:-3}         # starts on the seeded database; the median is the figure
SQL_VARIANTS=${SQL_VARIANTS:-0}         # issue 3's pgbench comparison of old vs proposed SQL (obsolete
                                        # since the read model; ALTERs the database)
KEEP_DB=${KEEP_DB:-0}
REUSE_DB=${REUSE_DB:-0}                 # 1: use the canopy_bench a KEEP_DB=1 run left (no fresh database,
                                        # no seeding; for working on this script, not for figures)
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}   # another build: JAR=/path/to/quarkus-run.jar LABEL=...
LABEL=${LABEL:-$(git rev-parse --short HEAD) ($(git log -1 --format=%s | cut -c1-80))}
OUT=${OUT:-bench/results/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT/wrk" "$OUT/plans" "$OUT/samples" "$OUT/paths"
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

if ! command -v wrk >/dev/null && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    log "installing wrk"
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi
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
        CANOPY_DATABASE_POOL_SIZE="$POOL_SIZE" \
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
# Answers by HTTP status as the app counted them (Micrometer, /q/metrics): "status count" lines.
# wrk only tells non-2xx/3xx apart; this tells a 503 (pool exhausted, overload) from a 500 or 404.
# /q/* itself is not counted by the app (nor by this).
status_counts() {
    { curl -s --max-time 10 "$BASE/q/metrics" || true; } | awk '/^http_server_requests_seconds_count\{/ {
        if (match($0, /status="[^"]*"/)) { s = substr($0, RSTART + 8, RLENGTH - 9); n[s] += $NF } }
        END { for (s in n) printf "%s %d\n", s, n[s] }' | sort
}
status_diff() {  # before, after (status_counts outputs) -> "200:123 503:4"
    awk 'NR == FNR { b[$1] = $2; next } { d = $2 - b[$1]; if (d > 0) printf "%s%s:%d", (k++ ? " " : ""), $1, d }
        END { if (!k) printf "-" }' <(printf '%s\n' "$1") <(printf '%s\n' "$2")
}

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
if [[ "$REUSE_DB" == 1 ]]; then
    log "reusing database $DB (not seeded by this run)"
    start_app first
    FIRST_READY="$READY_MS ms (REUSE_DB=1: a database migrated before)"
    SEED="not seeded by this run (REUSE_DB=1)"
else
    log "fresh database $DB"
    psqlq -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    start_app first
    FIRST_READY="$READY_MS ms"
    log "seeding (the read model's triggers make this take minutes)"
    t0=$(date +%s%N)
    psqlq -d "$DB" -f bench/seed.sql >"$OUT/seed.log"
    SEED_S=$(awk -v ns=$(( $(date +%s%N) - t0 )) 'BEGIN { printf "%.1f", ns / 1e9 }')
    log "seeded in ${SEED_S} s"; cat "$OUT/seed.log" >&2
    SEED="seeded in ${SEED_S} s"
fi
DB_SIZE=$(psqlq -d "$DB" -Atc "SELECT pg_size_pretty(pg_database_size('$DB'))")
VISIBLE=$(psqlq -d "$DB" -Atc "SELECT count(*) FROM product p JOIN member m ON m.consortium_id = p.consortium_id AND m.id = p.member_id JOIN consortium c ON c.id = p.consortium_id WHERE c.slug = 'bench' AND p.live IS NOT NULL AND m.status = 'active'")
# a visible maker (active, most products) for the maker page
MAKER=$(psqlq -d "$DB" -Atc "SELECT m.slug FROM member m JOIN consortium c ON c.id = m.consortium_id WHERE c.slug = 'bench' AND m.status = 'active' ORDER BY (SELECT count(*) FROM product p WHERE p.consortium_id = m.consortium_id AND p.member_id = m.id) DESC, m.slug LIMIT 1")
# Product pages go round PRODUCT_IDS seeded products, spread over the set: product n has the id
# md5('bench/product/<n>') (seed.sql); visible ones only (published, member active), decided on the
# source tables rather than on the read model the app serves from.
STEP=$(( 50000 / PRODUCT_IDS )); (( STEP >= 1 )) || STEP=1
psqlq -d "$DB" -Atc "SELECT p.id FROM generate_series(1, 50000, $STEP) n
    JOIN product p ON p.id = md5('bench/product/' || n)::uuid
    JOIN member m ON m.consortium_id = p.consortium_id AND m.id = p.member_id
    WHERE p.live IS NOT NULL AND m.status = 'active' ORDER BY n" >"$OUT/paths/product-ids.txt"
sed 's|^|/api/v1/store/bench/products/|' "$OUT/paths/product-ids.txt" >"$OUT/paths/api-product.txt"
sed 's|^|/shop/bench/products/|' "$OUT/paths/product-ids.txt" >"$OUT/paths/shop-product.txt"
log "$(wc -l <"$OUT/paths/product-ids.txt") product ids for the product pages (every ${STEP}th seeded product, visible ones)"
stop_app

# ---------------------------------------------------------------------------------------------
# 2. start to ready on the seeded database (READY_STARTS times; the last one is measured), idle memory
# ---------------------------------------------------------------------------------------------
wait_quiet
LOAD_BEFORE=$(cat /proc/loadavg)
READY_ALL=(); STARTED_ALL=()
for i in $(seq 1 "$READY_STARTS"); do
    start_app "seeded-$i"
    READY_ALL+=("$READY_MS")
    # Quarkus' own figure, from JVM start to listening (the app logs JSON in prod)
    STARTED_ALL+=("$(grep -o 'started in [0-9.]*s' "$OUT/app-seeded-$i.log" | head -1 | awk '{ print $3 }' || true)")
    if (( i < READY_STARTS )); then stop_app; fi
done
READY_MEDIAN=$(printf '%s\n' "${READY_ALL[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
log "start to ready on the seeded database: ${READY_ALL[*]} ms (median $READY_MEDIAN); Quarkus says started in ${STARTED_ALL[*]}"
sleep 5
RSS_IDLE=$(rss_mb)
log "RSS idle ${RSS_IDLE} MB"

Q_COMMON=%D1%88%D0%B5%D1%80%D1%81%D1%82%D1%8C     # шерсть (wool): in ~40% of the products
Q_RARE=%D0%A5%D0%BE%D1%80%D0%BE%D0%B3             # Хорог (a town): in ~4%
LIST="/api/v1/store/bench/products?size=24&currency=USD"
# name | path, or @file of paths to go round | target req/s | target p99 ms | request as the issue names it
ENDPOINTS=(
    "ceiling|/q/health/live|||trivial endpoint of the same app (the ceiling)"
    "api-list|$LIST|3000|50|list of 24 in the shopper's currency"
    "api-category-price-p10|$LIST&category=kilims&sort=price_asc&page=10|1500||category filter, price sort, page 10"
    "api-search-common|/api/v1/store/bench/products?q=$Q_COMMON&lang=ru&size=24&currency=USD|1000||search, common word (шерсть), 24 results"
    "api-product|@$OUT/paths/api-product.txt|4000||product detail (API), round $(wc -l <"$OUT/paths/product-ids.txt") products"
    "shop-catalog|/shop/bench/products|2500||HTML catalog page"
    "shop-product|@$OUT/paths/shop-product.txt|2500||HTML product page, round $(wc -l <"$OUT/paths/product-ids.txt") products"
    "shop-home|/shop/bench/|2500||storefront home"
)
if [[ "$EXTRA" == 1 ]]; then
    ENDPOINTS+=(
        "api-search-rare|/api/v1/store/bench/products?q=$Q_RARE&lang=ru&size=24&currency=USD|||search, rare word (Хорог)"
        "api-store-facts|/api/v1/store/bench|||storefront facts"
        "shop-catalog-search|/shop/bench/products?q=$Q_COMMON|||HTML catalog, search шерсть"
        "shop-maker|/shop/bench/makers/$MAKER|||HTML maker page (the biggest workshop)"
    )
fi
ENDPOINTS+=("ceiling-end|/q/health/live|||the ceiling again, last: how much the machine drifted during the run")

# tenancy: the other consortium's products never show in bench's catalog (the API counts no
# further than 10,000: then the total is a lower bound, "10000+")
api_total() { curl -s "$BASE/api/v1/store/$1/products?size=1" | jq -r '"\(.total)\(if .totalIsLowerBound then "+" else "" end)"'; }
OTHER_TOTAL=$(api_total bench-other)
BENCH_TOTAL=$(api_total bench)
log "totals: bench $VISIBLE visible ($BENCH_TOTAL by the API), bench-other $OTHER_TOTAL"

printf 'endpoint\tpath\tstatus\tbytes\tserial_p50_ms\tseconds\treq_s\tratio\tp50_ms\tp90_ms\tp99_ms\tmax_ms\trequests\tnon2xx\tsocket_errors\tstatuses\tjava_cpu\tpg_cpu\twrk_cpu\trss_max_mb\tload1\ttarget\tmet\n' >"$OUT/results.tsv"
to_ms() {  # wrk durations (e.g. 812.00us, 12.34ms, 1.20s, 1.00m) to milliseconds
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n *= 1; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}
HZ=$(getconf CLK_TCK)
CEILING_RPS=
target_text() {  # min req/s, max p99 ms
    local t=
    [[ -n "$1" ]] && t="≥ $1 req/s"
    [[ -n "$2" ]] && t="$t, p99 < $2 ms"
    echo "$t"
}
wrk_target() {  # path or @file -> wrk's trailing arguments
    if [[ "$1" == @* ]]; then echo "-s bench/paths.lua $BASE -- ${1#@}"; else echo "$BASE$1"; fi
}
first_path() { if [[ "$1" == @* ]]; then head -1 "${1#@}"; else echo "$1"; fi; }
declare -A RPS_OF

# measure name path min_rps max_p99 connections duration(optional, fixed): one row of results.tsv
measure() {
    local name=$1 path=$2 min_rps=$3 max_p99=$4 conns=$5 fixed=${6:-} status bytes serial_p50 secs l backends j0 p0 j1 p1
    local f rps p50 p90 p99 max reqs non2xx sock ratio met s0 s1 statuses rss_max w0 r w wrk_pid target
    # shellcheck disable=SC2046
    set -- $(wrk_target "$path")
    drain
    read -r status bytes < <(curl -s -o "$OUT/samples/body" -w '%{http_code} %{size_download}\n' "$BASE$(first_path "$path")")
    head -c 4096 "$OUT/samples/body" >"$OUT/samples/$name.head"; rm -f "$OUT/samples/body"
    target=$(target_text "$min_rps" "$max_p99")
    if [[ "$status" != 200 ]]; then
        log "$name: HTTP $status, not measured"
        printf '%s\t%s\t%s\t%s\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t%s\t%s\n' "$name" "$path" "$status" "$bytes" "$target" \
            "$([[ -n "$target" ]] && echo "no (HTTP $status)")" >>"$OUT/results.tsv"
        return
    fi
    if [[ -z "$fixed" ]]; then
        log "$name: warm-up $WARMUP"
        wrk -t"$THREADS" -c8 -d"$WARMUP" --timeout "$WRK_TIMEOUT" "$@" >"$OUT/wrk/$name.warmup.txt"
        drain
        wrk -t1 -c1 -d"$SERIAL" --timeout "$WRK_TIMEOUT" --latency "$@" >"$OUT/wrk/$name.serial.txt"
        serial_p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$OUT/wrk/$name.serial.txt")")
        if [[ "$serial_p50" == 0.0 ]]; then  # not one answer within $SERIAL: time a single request
            serial_p50=$(curl -s -o /dev/null -w '%{time_total}' "$BASE$(first_path "$path")" | awk '{ printf "%.1f", $1 * 1000 }')
            echo "single request: $serial_p50 ms" >>"$OUT/wrk/$name.serial.txt"
        fi
        # At -c32 a request queues behind ~32 others on 2 cores: when that wait nears the run's
        # length, few requests complete inside it and req/s reads low. Slow endpoints run longer.
        secs=$(awk -v d="$DURATION" -v s="$serial_p50" -v c="$conns" -v max="$MAX_DURATION" \
            'BEGIN { n = d + 0; if (d ~ /m$/) n *= 60; want = 4 * c * s / 2 / 1000; if (want > n) n = want; if (n > max) n = max; printf "%d", n }')
    else
        serial_p50=
        secs=$(awk -v d="$fixed" 'BEGIN { n = d + 0; if (d ~ /m$/) n *= 60; printf "%d", n }')
    fi
    drain
    l=$(load1)
    backends=$(db_backends)
    s0=$(status_counts)
    # shellcheck disable=SC2086
    j0=$(cpu_ticks "$APP_PID"); p0=$(cpu_ticks $backends)
    wrk -t"$THREADS" -c"$conns" -d"${secs}s" --timeout "$WRK_TIMEOUT" --latency "$@" >"$OUT/wrk/$name.txt" &
    wrk_pid=$!
    [[ -n "${DURING:-}" ]] && { "$DURING" & DURING_PID=$!; }
    rss_max=0; w0=0
    while kill -0 "$wrk_pid" 2>/dev/null; do
        r=$(rss_mb); (( r > rss_max )) && rss_max=$r
        w=$(cpu_ticks "$wrk_pid"); [[ "$w" -gt 0 ]] && w0=$w
        sleep 1
    done
    wait "$wrk_pid"
    # shellcheck disable=SC2086
    j1=$(cpu_ticks "$APP_PID"); p1=$(cpu_ticks $backends)
    [[ -n "${AFTER:-}" ]] && "$AFTER"   # at once, before anything else settles
    [[ -n "${DURING_PID:-}" ]] && { wait "$DURING_PID" || true; DURING_PID=; }
    drain
    s1=$(status_counts)
    statuses=$(status_diff "$s0" "$s1")
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
    [[ -z "$CEILING_RPS" ]] && CEILING_RPS=$rps
    ratio=$(awk -v r="$rps" -v c="$CEILING_RPS" 'BEGIN { if (c > 0) printf "%.3f", r / c }')
    met=
    if [[ -n "$min_rps$max_p99" ]]; then
        met=$(awk -v r="$rps" -v p="$p99" -v mr="$min_rps" -v mp="$max_p99" -v e=$((non2xx + sock)) 'BEGIN {
            why = ""
            if (mr != "" && r + 0 < mr + 0) why = why ", req/s"
            if (mp != "" && p + 0 >= mp + 0) why = why ", p99"
            if (e > 0) why = why ", errors"
            print why == "" ? "yes" : "no (" substr(why, 3) ")" }')
    fi
    RPS_OF[$name]=$rps
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$path" "$status" "$bytes" \
        "$serial_p50" "$secs" "$rps" "$ratio" "$p50" "$p90" "$p99" "$max" "$reqs" "$non2xx" "$sock" "$statuses" \
        "$(pct $((j1 - j0)))" "$(pct $((p1 - p0)))" "$(pct "$w0")" "$rss_max" "$l" "$target" "$met" >>"$OUT/results.tsv"
    log "$name: $rps req/s (x$ratio of the ceiling), p50 $p50 ms, p99 $p99 ms, non-2xx $non2xx, socket errors $sock, statuses $statuses, RSS max $rss_max MB${met:+, target: $met}"
}

# ---------------------------------------------------------------------------------------------
# 3. each endpoint at -c$CONNECTIONS, the ceiling first
# ---------------------------------------------------------------------------------------------
declare -A PATH_OF DESC_OF
ORDER=()
for entry in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name path min_rps max_p99 desc <<<"$entry"
    PATH_OF[$name]=$path; DESC_OF[$name]=$desc; ORDER+=("$name")
done
# One warm-up round over everything first, so that the ceiling, measured first, is measured on a
# warm JVM like the others (each endpoint gets its own warm-up again right before its run).
log "warm-up round: every endpoint for $WARMUP at -c8"
for name in "${ORDER[@]}"; do
    [[ "$name" == ceiling-end ]] && continue
    # shellcheck disable=SC2046
    wrk -t"$THREADS" -c8 -d"$WARMUP" --timeout "$WRK_TIMEOUT" $(wrk_target "${PATH_OF[$name]}") >"$OUT/wrk/$name.warmup0.txt" || true
    drain
done
for entry in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name path min_rps max_p99 desc <<<"$entry"
    measure "$name" "$path" "$min_rps" "$max_p99" "$CONNECTIONS"
done

# ---------------------------------------------------------------------------------------------
# 4. search alone, never asked before: common words, each with a minimum price of its own (every
#    answer cache misses), one request at a time on the otherwise idle app
# ---------------------------------------------------------------------------------------------
drain
WORDS=(шерсть кожа шёлк вышивка войлок)   # each in 4,000-20,000 of the products
printf 'n\tq\tminPrice\tstatus\tms\titems\ttotal\n' >"$OUT/search-uncached.tsv"
for i in $(seq 1 "$UNCACHED"); do
    w=${WORDS[$(( (i - 1) % ${#WORDS[@]} ))]}
    min=$(( 100 + i ))   # cents: below every price, so the answer is still 24 products, yet a new query
    read -r st secs < <(curl -s -o "$OUT/samples/uncached.json" -w '%{http_code} %{time_total}\n' --max-time 30 -G \
        --data-urlencode "q=$w" --data "lang=ru&size=24&currency=USD&minPrice=$min" \
        "$BASE/api/v1/store/bench/products" || true)
    items=$(jq -r '.items | length' "$OUT/samples/uncached.json" 2>/dev/null || echo)
    total=$(jq -r '.total' "$OUT/samples/uncached.json" 2>/dev/null || echo)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "$w" "$min" "$st" "$(awk -v s="$secs" 'BEGIN { printf "%.1f", s * 1000 }')" \
        "$items" "$total" >>"$OUT/search-uncached.tsv"
done
rm -f "$OUT/samples/uncached.json"
pctl() {  # percentile of column 5 (ms) of search-uncached.tsv
    tail -n +2 "$OUT/search-uncached.tsv" | cut -f5 | sort -n | awk -v q="$1" '{ v[NR] = $1 } END { i = int(q * NR + 0.999); if (i < 1) i = 1; print v[i] }'
}
UNCACHED_P50=$(pctl 0.5); UNCACHED_P90=$(pctl 0.9); UNCACHED_MIN=$(pctl 0); UNCACHED_MAX=$(pctl 1)
UNCACHED_BAD=$(tail -n +2 "$OUT/search-uncached.tsv" | awk -F'\t' '$4 != 200 || $6 != 24' | wc -l)
log "search, uncached, alone: p50 $UNCACHED_P50 ms, p90 $UNCACHED_P90 ms (min $UNCACHED_MIN, max $UNCACHED_MAX) over $UNCACHED requests; $UNCACHED_BAD not 200 with 24 items"

# ---------------------------------------------------------------------------------------------
# 5. overload: OVERLOAD_CONNECTIONS connections for OVERLOAD_DURATION on the slowest of the
#    targeted requests; every targeted endpoint probed once (all at once, --max-time
#    PROBE_TIMEOUT) two thirds into the overload and again as soon as it ends
# ---------------------------------------------------------------------------------------------
TARGETED=(ceiling api-list api-category-price-p10 api-search-common api-product shop-catalog shop-product shop-home)
SLOWEST=
for n in "${TARGETED[@]:1}"; do
    [[ -n "${RPS_OF[$n]:-}" ]] || continue
    if [[ -z "$SLOWEST" ]] || awk -v a="${RPS_OF[$n]}" -v b="${RPS_OF[$SLOWEST]}" 'BEGIN { exit !(a < b) }'; then SLOWEST=$n; fi
done
SLOWEST=${SLOWEST:-api-search-common}
printf 'round\tendpoint\turl\tstatus\tseconds\n' >"$OUT/overload.tsv"
probe_all() {  # $1: round
    local round=$1 n url pids=()
    mkdir -p "$OUT/probes"
    for n in "${TARGETED[@]}"; do
        url=$BASE$(first_path "${PATH_OF[$n]}")
        ( r=$(curl -s -o /dev/null --max-time "$PROBE_TIMEOUT" -w '%{http_code}\t%{time_total}' "$url" || true)
          printf '%s\t%s\t%s\t%s\n' "$round" "$n" "$url" "${r:-000	}" >"$OUT/probes/$round-$n" ) &
        pids+=($!)
    done
    wait "${pids[@]}"   # these only: the app is a child of this shell too
    for n in "${TARGETED[@]}"; do cat "$OUT/probes/$round-$n" >>"$OUT/overload.tsv"; done
}
probe_during() {
    sleep "$(awk -v d="$OVERLOAD_DURATION" 'BEGIN { n = d + 0; if (d ~ /m$/) n *= 60; printf "%d", n * 2 / 3 }')"
    probe_all during
}
probe_after() { probe_all after; }
log "overload: $SLOWEST at -c$OVERLOAD_CONNECTIONS for $OVERLOAD_DURATION"
DURING=probe_during AFTER=probe_after measure "overload-$SLOWEST" "${PATH_OF[$SLOWEST]}" "" "" "$OVERLOAD_CONNECTIONS" "$OVERLOAD_DURATION"
DURING=; AFTER=
OVERLOAD_BAD=$(awk -F'\t' -v t="$PROBE_TIMEOUT" '$1 == "after" && ($4 != 200 || $5 + 0 >= t)' "$OUT/overload.tsv" | wc -l)
OVERLOAD_WORST=$(awk -F'\t' '$1 == "after" && $5 + 0 > m { m = $5 + 0 } END { printf "%.2f", m }' "$OUT/overload.tsv")
log "after the overload: $OVERLOAD_BAD of ${#TARGETED[@]} endpoints not 200 within ${PROBE_TIMEOUT} s; slowest answer ${OVERLOAD_WORST} s"

sleep 2
RSS_AFTER=$(rss_mb)
LOAD_AFTER=$(cat /proc/loadavg)
log "RSS after all runs ${RSS_AFTER} MB"
stop_app

# ---------------------------------------------------------------------------------------------
# 6. where the time goes: plans of the catalog queries the app sends
# ---------------------------------------------------------------------------------------------
bench/explain.sh "$DB" "$OUT/plans" >>"$OUT/run.log" 2>&1 || log "explain.sh failed"
if [[ "$SQL_VARIANTS" == 1 ]]; then
    bench/sql-variants.sh "$DB" "$OUT/sql-variants.tsv" >>"$OUT/run.log" 2>&1 || log "sql-variants.sh failed"
fi

# ---------------------------------------------------------------------------------------------
# 7. summary
# ---------------------------------------------------------------------------------------------
row() { awk -F'\t' -v n="$1" '$1 == n' "$OUT/results.tsv"; }
rows() { tail -n +2 "$1" | tr '\t' '\037'; }   # read with IFS=$'\x1f': a tab in IFS would merge empty fields
col() { row "$1" | cut -f"$2"; }
yesno() { if [[ "$1" == 1 ]]; then echo yes; else echo no; fi; }
printf 'check\ttarget\tmeasured\tmet\n' >"$OUT/checks.tsv"
for n in "${TARGETED[@]:1}"; do
    r=$(row "$n")
    if [[ -z "$r" ]]; then printf '%s\t\tnot measured\tno\n' "$n" >>"$OUT/checks.tsv"; continue; fi
    IFS=$'\x1f' read -r _ _ st _ _ _ rps ratio _ _ p99 _ reqs non2xx sock _ _ _ _ _ _ target met <<<"${r//$'\t'/$'\x1f'}"
    if [[ -z "$rps" ]]; then measured="HTTP $st"; else measured="$rps req/s (x$ratio), p99 $p99 ms, $non2xx non-2xx + $sock socket errors / $reqs"; fi
    printf '%s\t%s\t%s\t%s\n' "$n" "$target" "$measured" "$met" >>"$OUT/checks.tsv"
done
printf 'search uncached alone\tmeasured (no target)\tp50 %s ms, p90 %s ms over %s requests (%s not 200 with 24 items)\t-\n' \
    "$UNCACHED_P50" "$UNCACHED_P90" "$UNCACHED" "$UNCACHED_BAD" >>"$OUT/checks.tsv"
printf 'after %s at %s connections on %s\tevery endpoint 200 within %s s\t%s of %s failed; slowest %s s\t%s\n' \
    "$OVERLOAD_DURATION" "$OVERLOAD_CONNECTIONS" "$SLOWEST" "$PROBE_TIMEOUT" "$OVERLOAD_BAD" "${#TARGETED[@]}" "$OVERLOAD_WORST" \
    "$(yesno $(( OVERLOAD_BAD == 0 )))" >>"$OUT/checks.tsv"
printf 'RSS after all runs\t< 400 MB\t%s MB\t%s\n' "$RSS_AFTER" "$(yesno $(( RSS_AFTER < 400 )))" >>"$OUT/checks.tsv"
printf 'start to ready, seeded database\t< 3 s\tmedian %s ms of %s starts (%s)\t%s\n' "$READY_MEDIAN" "$READY_STARTS" \
    "${READY_ALL[*]}" "$(yesno $(( READY_MEDIAN < 3000 )))" >>"$OUT/checks.tsv"

{
    echo "# Canopy storefront benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "- build: $LABEL, $JAR"
    echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ { print $2 }') GiB; wrk on the same cores"
    echo "- java: $(java -version 2>&1 | head -1); heap $HEAP; pool $POOL_SIZE connections; PostgreSQL $(psqlq -d postgres -Atc 'SHOW server_version')"
    echo "- quiet before measuring: $QUIET; loadavg before: $LOAD_BEFORE; after: $LOAD_AFTER"
    echo "- data: bench = $VISIBLE visible published products (API total: $BENCH_TOTAL; 2,500 members, 50 suspended), bench-other = $OTHER_TOTAL; database $DB_SIZE; $SEED"
    echo "- start to ready: first start on an empty database (migrations) ${FIRST_READY}; on the seeded database ${READY_ALL[*]} ms (median ${READY_MEDIAN}; Quarkus' \"started in\": ${STARTED_ALL[*]})"
    echo "- RSS: idle ${RSS_IDLE} MB, after all runs ${RSS_AFTER} MB"
    echo "- wrk: -t$THREADS -c$CONNECTIONS -d$DURATION (longer for slow endpoints, column run s, at most ${MAX_DURATION}s) --timeout $WRK_TIMEOUT --latency after a $WARMUP warm-up (-c8); serial = -c1 -d$SERIAL"
    echo "- ceiling: /q/health/live, $CEILING_RPS req/s at the start, $(col ceiling-end 7) req/s at the end (x $(col ceiling-end 8)); x = fraction of the first"
    echo
    echo "## Numbers (issue 8)"
    echo
    echo "| check | target | measured | met |"
    echo "| --- | --- | --- | --- |"
    rows "$OUT/checks.tsv" | while IFS=$'\x1f' read -r c t m ok; do echo "| $c | $t | $m | $ok |"; done
    echo
    echo "## Every run"
    echo
    echo "| endpoint | HTTP | bytes | serial p50 ms | run s | req/s | x ceiling | p50 ms | p90 ms | p99 ms | max ms | non-2xx / socket errors / requests | statuses (app) | CPU java / pg / wrk | RSS max MB | load |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: |"
    rows "$OUT/results.tsv" | while IFS=$'\x1f' read -r n p st by sp sc r ra p5 p9 p99 mx rq nx so ss jc pc wc rs ld _; do
        if [[ -z "$r" ]]; then
            echo "| $n | $st | $by | | | not measured | | | | | | | | | | |"
        else
            echo "| $n | $st | $by | $sp | $sc | $r | $ra | $p5 | $p9 | $p99 | $mx | $nx / $so / $rq | $ss | $jc / $pc / $wc | $rs | $ld |"
        fi
    done
    echo
    echo "Non-2xx as wrk counts them (a 304 is not expected: wrk sends no If-None-Match); statuses as the"
    echo "app counted them (Micrometer; /q/* is not counted; RESET is a request wrk gave up on as a run ended,"
    echo "not an error). The overload row ran at -c$OVERLOAD_CONNECTIONS for $OVERLOAD_DURATION."
    echo
    echo "## After the overload"
    echo
    echo "Each endpoint asked once, all at once, with curl --max-time $PROBE_TIMEOUT: two thirds into the overload"
    echo "of $SLOWEST (during) and as soon as it ended (after)."
    echo
    echo "| round | endpoint | HTTP | s |"
    echo "| --- | --- | --- | ---: |"
    rows "$OUT/overload.tsv" | while IFS=$'\x1f' read -r rd n _ st s; do echo "| $rd | $n | $st | $(printf '%.2f' "$s") |"; done
    echo
    echo "## Search, uncached, alone"
    echo
    echo "$UNCACHED sequential requests \`?q=<word>&lang=ru&size=24&currency=USD&minPrice=<new each time>\`"
    echo "(words: ${WORDS[*]}): p50 $UNCACHED_P50 ms, p90 $UNCACHED_P90 ms, min $UNCACHED_MIN, max $UNCACHED_MAX; $UNCACHED_BAD not 200 with 24 items."
    echo
    echo "Paths:"
    echo
    for n in "${ORDER[@]}"; do echo "- $n (${DESC_OF[$n]}): \`${PATH_OF[$n]/#@$OUT\//@}\`"; done
    if [[ -f "$OUT/sql-variants.tsv" ]]; then
        echo
        echo "Catalog SQL alone (pgbench, 2 clients, as canopy_app with the tenant set):"
        echo
        echo "| variant | tps | mean latency ms |"
        echo "| --- | ---: | ---: |"
        rows "$OUT/sql-variants.tsv" | while IFS=$'\x1f' read -r v t lat; do echo "| $v | $t | $lat |"; done
    fi
} >"$OUT/summary.md"
log "wrote $OUT/summary.md"
cat "$OUT/summary.md"
