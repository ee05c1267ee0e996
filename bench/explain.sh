#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the catalog queries, current and proposed, as the app runs them:
# role canopy_app, tenant set with set_config, row-level security on. Each query runs twice; the
# second (warm) plan is kept.
#   bench/explain.sh [database] [output dir]       (defaults: canopy_bench, stdout)
set -euo pipefail
DB=${1:-canopy_bench}
OUTDIR=${2:-}
[[ -n "$OUTDIR" ]] && { mkdir -p "$OUTDIR"; OUTDIR=$(cd "$OUTDIR" && pwd); }
cd "$(dirname "$0")"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
CID=$(psql -X -d "$DB" -Atc "SELECT id FROM consortium WHERE slug = 'bench'")
COMMON=шерсть   # wool: ~40% of the products
RARE=Хорог      # a town: ~4%

plan() {  # name, sql file, q
    local name=$1 file=$2 q=${3:-} text
    text=$({
        echo "BEGIN; SET LOCAL ROLE canopy_app; SELECT set_config('canopy.consortium_id', :'cid', true) \\g /dev/null"
        for _ in 1 2; do
            echo "EXPLAIN (ANALYZE, BUFFERS)"; grep -v '^--' "sql/$file"; echo ";"
        done
        echo "ROLLBACK;"
    } | psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -v cid="$CID" -v q="$q" -v lang=ru -P pager=off \
        | awk '/QUERY PLAN/ { n++ } n == 2')
    if [[ -n "$OUTDIR" ]]; then
        mkdir -p "$OUTDIR"; printf '%s\n' "$text" >"$OUTDIR/$name.txt"
        echo "$name: $(grep -o 'Execution Time: .*' <<<"$text")"
    else
        printf '== %s (%s, q=%s)\n%s\n\n' "$name" "$file" "$q" "$text"
    fi
}

plan current-first-page catalog-first-page.sql
plan current-search-common catalog-search.sql "$COMMON"
plan current-search-rare catalog-search.sql "$RARE"
plan proposed-first-page proposed-first-page.sql
plan proposed-count proposed-count.sql
plan proposed-search-common-page proposed-search-page.sql "$COMMON"
plan proposed-search-common-count proposed-search-count.sql "$COMMON"
plan proposed-search-rare-page proposed-search-page.sql "$RARE"
plan proposed-search-rare-count proposed-search-count.sql "$RARE"
