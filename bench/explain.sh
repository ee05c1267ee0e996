#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the storefront's catalog queries as the app sends them today
# (bench/sql/shop-*.sql, from ShopSql: the read model shop_product), for the requests that
# bench/run.sh measures: role canopy_app, tenant set with set_config. Each query runs twice; the
# second (warm) plan is kept. Literals stand for the app's bind parameters, so these are custom
# plans. (bench/sql/catalog-*.sql, proposed-*.sql are issue 3's queries, kept for sql-variants.sh.)
#   bench/explain.sh [database] [output dir]       (defaults: canopy_bench, stdout)
set -euo pipefail
DB=${1:-canopy_bench}
OUTDIR=${2:-}
[[ -n "$OUTDIR" ]] && { mkdir -p "$OUTDIR"; OUTDIR=$(cd "$OUTDIR" && pwd); }
cd "$(dirname "$0")"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
CID=$(psql -X -d "$DB" -Atc "SELECT id FROM consortium WHERE slug = 'bench'")
PID=$(psql -X -d "$DB" -Atc "SELECT product_id FROM shop_product WHERE consortium_id = '$CID' AND lang = 'en' ORDER BY product_id LIMIT 1")
COMMON=шерсть   # wool: ~40% of the products
RARE=Хорог      # a town: ~4%

plan() {  # name, sql file, lang, q
    local name=$1 file=$2 lang=$3 q=${4:-} text
    text=$({
        echo "BEGIN; SET LOCAL ROLE canopy_app; SELECT set_config('canopy.consortium_id', :'cid', true) \\g /dev/null"
        for _ in 1 2; do
            echo "EXPLAIN (ANALYZE, BUFFERS)"; grep -v '^--' "sql/$file"; echo ";"
        done
        echo "ROLLBACK;"
    } | psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -v cid="$CID" -v q="$q" -v lang="$lang" -v pid="$PID" -P pager=off \
        | awk '/QUERY PLAN/ { n++ } n == 2')
    if [[ -n "$OUTDIR" ]]; then
        printf '%s\n' "$text" >"$OUTDIR/$name.txt"
        echo "$name: $(grep -o 'Execution Time: .*' <<<"$text")"
    else
        printf '== %s (%s, lang=%s, q=%s)\n%s\n\n' "$name" "$file" "$lang" "$q" "$text"
    fi
}

plan list-page shop-list.sql en
plan list-count shop-list-count.sql en
plan category-price-p10-page shop-category-price-p10.sql en
plan category-count shop-category-count.sql en
plan search-common-page shop-search.sql ru "$COMMON"
plan search-common-count shop-search-count.sql ru "$COMMON"
plan search-rare-page shop-search.sql ru "$RARE"
plan search-rare-count shop-search-count.sql ru "$RARE"
plan product shop-product.sql en
