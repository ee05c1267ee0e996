#!/usr/bin/env bash
# Start-to-ready of the packaged app against an existing (seeded) database: the time from exec to the
# first 200 of /q/health/ready, polled every 50 ms, over RUNS starts. The app gets the environment
# bench/run.sh gives it (OIDC and storage on closed ports, demo data off).
#
#   DB_URL=jdbc:postgresql://127.0.0.1:5432/canopy_bench bench/startup.sh
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/startup.sh
#   # JDK 25 AOT cache: a training run (a few requests, then a clean stop writes it), then the measured runs
#   JAVA=.../temurin-25-jdk-amd64/bin/java TRAIN_OPTS="-Xmx512m -XX:AOTCacheOutput=app.aot" \
#       JVM_OPTS="-Xmx512m -XX:AOTCache=app.aot" bench/startup.sh
#   # AppCDS (JDK 17+): TRAIN_OPTS="-Xmx512m -XX:ArchiveClassesAtExit=app-cds.jsa" JVM_OPTS="-Xmx512m -XX:SharedArchiveFile=app-cds.jsa"
#
# Prints one line per run: wall ms to ready, CPU ms the JVM had used by then (user+sys: less sensitive
# to a busy machine than the wall time) and Quarkus' own "started in"; then the median. The jar is
# started from its own directory (an AOT cache or CDS archive holds the class path as given).
# Starts and stops only its own app process; never touches the database's contents.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

DB_URL=${DB_URL:?set DB_URL=jdbc:postgresql://host:5432/db (a migrated, seeded database)}
DB_USER=${DB_USER:-postgres}
DB_PASSWORD=${DB_PASSWORD:-postgres}
RUNS=${RUNS:-3}
JAVA=${JAVA:-java}
JVM_OPTS=${JVM_OPTS:--Xmx512m}
APP_DIR=${APP_DIR:-target/quarkus-app}  # holds quarkus-run.jar; relative paths in JVM_OPTS are from here
TRAIN_OPTS=${TRAIN_OPTS:-}              # JVM options of a training run before the measured ones (none if empty)
PORT=${PORT:-18380}
OIDC_PORT=${OIDC_PORT:-18399}           # nothing listens here
STORAGE_PORT=${STORAGE_PORT:-18398}     # nor here
OUT=${OUT:-bench/results/startup-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
APP_DIR=$(cd "$APP_DIR" && pwd)
OUT=$(cd "$OUT" && pwd)
BASE=http://127.0.0.1:$PORT
HZ=$(getconf CLK_TCK)
APP_PID=

stop_app() {  # $1: seconds to wait for a clean exit (a training run writes its archive then)
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        for _ in $(seq 1 $((${1:-30} * 10))); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}
trap stop_app EXIT

for p in "$PORT" "$OIDC_PORT" "$STORAGE_PORT"; do
    if curl -s -o /dev/null "http://127.0.0.1:$p/"; then echo "port $p answers; pick another" >&2; exit 1; fi
done

launch() {  # $1: log file; $2: JVM options. Sets APP_PID.
    local log=$1 opts=$2
    # shellcheck disable=SC2086
    (cd "$APP_DIR" && exec env QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" \
        QUARKUS_DATASOURCE_JDBC_URL="$DB_URL" \
        QUARKUS_DATASOURCE_USERNAME="$DB_USER" QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD" \
        QUARKUS_OIDC_AUTH_SERVER_URL="http://127.0.0.1:$OIDC_PORT/realms/canopy" \
        QUARKUS_OIDC_CLIENT_ID=canopy QUARKUS_OIDC_CREDENTIALS_SECRET=benchmark-only-secret-0123456789abcdef \
        CANOPY_STORAGE_ENDPOINT="http://127.0.0.1:$STORAGE_PORT" CANOPY_STORAGE_ACCESS_KEY=bench \
        CANOPY_STORAGE_SECRET_KEY=bench-secret \
        CANOPY_DEMO_DATA=false CANOPY_WEB_PUBLIC_BASE_URL="$BASE" \
        "$JAVA" $opts -jar quarkus-run.jar) >"$log" 2>&1 &
    APP_PID=$!
}

cpu_ms() { local s; s=$(cut -d')' -f2- "/proc/$1/stat"); set -- $s; echo $(( (${12} + ${13}) * 1000 / HZ )); }

wait_ready() {  # sets READY_MS, CPU_MS; $1: start time (ns)
    local t0=$1
    for _ in $(seq 1 2400); do
        if curl -sf -o /dev/null --max-time 1 "$BASE/q/health/ready"; then
            READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
            CPU_MS=$(cpu_ms "$APP_PID")
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || { echo "app exited" >&2; return 1; }
        sleep 0.05
    done
    echo "not ready after 120 s" >&2; return 1
}

if [[ -n "$TRAIN_OPTS" ]]; then
    # Training run: start, a few requests of each kind, then a clean stop (SIGTERM) writes the archive.
    echo "training run: $TRAIN_OPTS" >&2
    launch "$OUT/train.log" "$TRAIN_OPTS"
    wait_ready "$(date +%s%N)"
    echo "training run ready in $READY_MS ms" >&2
    for _ in 1 2 3; do
        for path in /q/health/ready /api/v1/store/bench "/api/v1/store/bench/products?lang=en&size=20" \
            /shop/bench/ /shop/bench/products /; do
            curl -s -o /dev/null --max-time 10 "$BASE$path" || true
        done
    done
    stop_app 600
fi

echo "# $("$JAVA" -version 2>&1 | head -1); $JVM_OPTS; load $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'run\tready_ms\tcpu_ms\tquarkus_started_s\n'
: >"$OUT/ready.txt"
for i in $(seq 1 "$RUNS"); do
    t0=$(date +%s%N)
    launch "$OUT/run-$i.log" "$JVM_OPTS"
    wait_ready "$t0" || { tail -20 "$OUT/run-$i.log" >&2; exit 1; }
    started=$(grep -o 'started in [0-9.]*s' "$OUT/run-$i.log" | head -1 | grep -o '[0-9.]*' || true)
    stop_app
    printf '%s\t%s\t%s\t%s\n' "$i" "$READY_MS" "$CPU_MS" "${started:-?}"
    echo "$READY_MS" >>"$OUT/ready.txt"
done
echo "median ready ms: $(sort -n "$OUT/ready.txt" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
