#!/usr/bin/env bash
# Times the catalog's SQL alone with pgbench: issue 3's catalog queries against the then proposed
# ones (bench/sql/proposed-*.sql), before and after the proposed schema changes. Each transaction
# runs like the app's: role canopy_app, tenant set with set_config, row-level security on.
#   bench/sql-variants.sh [database] [output tsv]    (defaults: canopy_bench, stdout)
# Issue 3's comparison, from before the read model (shop_product): the app no longer sends these
# queries. It ALTERs the database it is given (proposed-schema.sql, proposed-leakproof.sql): use it on the
# benchmark database only.
set -euo pipefail
DB=${1:-canopy_bench}
TSV=${2:-/dev/stdout}
[[ "$TSV" == /* ]] || TSV=$(pwd)/$TSV
cd "$(dirname "$0")"
T=${SQL_T:-15}              # seconds per variant
CLIENTS=${SQL_CLIENTS:-2}   # one per core
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
CID=$(psql -X -d "$DB" -Atc "SELECT id FROM consortium WHERE slug = 'bench'")
COMMON=шерсть
RARE=Хорог
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

sql() {  # file, q: the statement with psql variables replaced by literals
    grep -v '^--' "sql/$1" | sed -e "s/:'cid'/'$CID'/g" -e "s/:'q'/'$2'/g" -e "s/:'lang'/'ru'/g"
    echo ";"
}
variant() {  # label, q, files...
    local label=$1 q=$2 out tps lat; shift 2
    {
        echo "BEGIN;"
        echo "SET LOCAL ROLE canopy_app;"
        echo "SELECT set_config('canopy.consortium_id', '$CID', true);"
        for f in "$@"; do sql "$f" "$q" | tr '\n' ' '; echo; done
        echo "COMMIT;"
    } >"$WORK/script.sql"
    out=$(pgbench -n -f "$WORK/script.sql" -c "$CLIENTS" -j "$CLIENTS" -T "$T" "$DB" 2>&1) || { echo "$out" >&2; return 1; }
    tps=$(awk '/^tps/ { printf "%.1f", $3; exit }' <<<"$out")
    lat=$(awk '/latency average/ { print $4 }' <<<"$out")
    printf '%s\t%s\t%s\n' "$label" "$tps" "$lat" >>"$TSV"
    echo "$label: $tps tps, $lat ms" >&2
}

printf 'variant\ttps\tlatency_ms\n' >>"$TSV"
variant "first page: current (window count, text category join)" "" catalog-first-page.sql
variant "first page: current + uuid category join only" "" step1-first-page-uuid-join.sql
variant "first page: proposed page query" "" proposed-first-page.sql
variant "first page: proposed count" "" proposed-count.sql
variant "first page: proposed page + count" "" proposed-first-page.sql proposed-count.sql
variant "category page: current" "" catalog-category.sql
variant "search common: current" "$COMMON" catalog-search.sql
variant "search common: proposed page + count" "$COMMON" proposed-search-page.sql proposed-search-count.sql
variant "search rare: current" "$RARE" catalog-search.sql
variant "search rare: proposed page + count" "$RARE" proposed-search-page.sql proposed-search-count.sql

echo "applying sql/proposed-schema.sql" >&2
psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -f sql/proposed-schema.sql
psql -X -q -d "$DB" -c "VACUUM FULL product" -c "ANALYZE product"  # no bloat from the rewrite in the comparison
variant "first page: proposed count + index product_public_member" "" proposed-count.sql
variant "first page: proposed page + count, with schema" "" proposed-first-page.sql proposed-count.sql
variant "category page: proposed page query, live_category_id" "" proposed-category-page.sql
variant "search common: proposed page + count, search inline" "$COMMON" proposed-search-page.sql proposed-search-count.sql
variant "search rare: proposed page + count, search inline" "$RARE" proposed-search-page.sql proposed-search-count.sql

echo "applying sql/proposed-leakproof.sql" >&2
psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -f sql/proposed-leakproof.sql
variant "search common: proposed + GIN usable (leakproof @@)" "$COMMON" proposed-search-page.sql proposed-search-count.sql
variant "search rare: proposed + GIN usable (leakproof @@)" "$RARE" proposed-search-page.sql proposed-search-count.sql
