-- The shoppers' read model: one row per published product of an active member, per language of
-- its consortium, with everything a product card and the product API show (prices in the base
-- currency). The public catalog reads only this table. Published products are public data, so
-- the table has no row-level security: every query names its consortium_id, which lets the
-- planner use the search indexes (an RLS policy keeps non-leakproof @@ out of index scans).
-- Only the functions below write it, in the same transaction as the change they follow, and they
-- NOTIFY canopy_shop with the consortium id so that every replica drops its cached answers.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE TABLE shop_product (
    consortium_id   uuid NOT NULL,
    lang            text NOT NULL,
    product_id      uuid NOT NULL,
    member_slug     text NOT NULL,
    category_slug   text,
    title_key       text NOT NULL,
    min_price       bigint NOT NULL,
    in_stock        boolean NOT NULL,
    published_at    timestamptz NOT NULL,
    search          tsvector NOT NULL,
    card            jsonb NOT NULL,
    PRIMARY KEY (consortium_id, lang, product_id)
);
CREATE INDEX shop_product_of_product ON shop_product (product_id);
CREATE INDEX shop_product_newest ON shop_product (consortium_id, lang, published_at DESC, product_id);
CREATE INDEX shop_product_price ON shop_product (consortium_id, lang, min_price, product_id);
CREATE INDEX shop_product_category_newest ON shop_product (consortium_id, lang, category_slug, published_at DESC, product_id);
CREATE INDEX shop_product_category_price ON shop_product (consortium_id, lang, category_slug, min_price, product_id);
CREATE INDEX shop_product_member_newest ON shop_product (consortium_id, lang, member_slug, published_at DESC, product_id);
CREATE INDEX shop_product_search ON shop_product USING gin (consortium_id, lang, search);
CREATE INDEX shop_product_title_trigrams ON shop_product USING gin (title_key gin_trgm_ops);
REVOKE INSERT, UPDATE, DELETE ON shop_product FROM canopy_app;

-- A text of a jsonb map in the language asked, else in the consortium's first, else any.
CREATE FUNCTION canopy_pick(texts jsonb, lang text, fallback text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(texts ->> lang, texts ->> fallback,
                          (SELECT value FROM jsonb_each_text(coalesce(texts, '{}')) LIMIT 1)) $$;

CREATE FUNCTION canopy_shop_refresh(products uuid[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
DECLARE
    removed uuid[];
    added uuid[];
    changed uuid;
BEGIN
    WITH gone AS (DELETE FROM shop_product WHERE product_id = ANY (products) RETURNING consortium_id)
    SELECT array_agg(DISTINCT consortium_id) INTO removed FROM gone;
    WITH fresh AS (
        INSERT INTO shop_product (consortium_id, lang, product_id, member_slug, category_slug, title_key,
                                  min_price, in_stock, published_at, search, card)
        SELECT p.consortium_id, l.lang, p.id, m.slug, c.slug,
               lower(canopy_unaccent(canopy_pick(p.live -> 'title', l.lang, co.languages[1]))),
               coalesce(o.min_price, 0), coalesce(o.in_stock, false), coalesce(p.published_at, p.updated_at),
               coalesce(p.search, ''::tsvector),
               jsonb_build_object(
                   'id', p.id,
                   'title', canopy_pick(p.live -> 'title', l.lang, co.languages[1]),
                   'description', canopy_pick(p.live -> 'description', l.lang, co.languages[1]),
                   'member', jsonb_build_object('slug', m.slug, 'name', m.name),
                   'category', CASE WHEN c.id IS NULL THEN NULL ELSE jsonb_build_object('slug', c.slug,
                               'name', canopy_pick(c.name, l.lang, co.languages[1])) END,
                   'images', coalesce(p.live -> 'images', '[]'),
                   'variants', coalesce(o.offers, '[]'),
                   'materials', coalesce(p.live -> 'materials', '[]'),
                   'technique', p.live -> 'technique', 'hsCode', p.live -> 'hsCode',
                   'originCountry', p.live -> 'originCountry', 'weightGrams', p.live -> 'weightGrams',
                   'leadTimeDays', p.live -> 'leadTimeDays', 'oneOfAKind', coalesce(p.live -> 'oneOfAKind', 'false'))
        FROM product p
        JOIN member m ON m.consortium_id = p.consortium_id AND m.id = p.member_id
        JOIN consortium co ON co.id = p.consortium_id
        CROSS JOIN LATERAL unnest(co.languages) AS l (lang)
        LEFT JOIN category c ON c.consortium_id = p.consortium_id AND c.id = cast(p.live ->> 'categoryId' AS uuid)
        LEFT JOIN LATERAL (
            SELECT min(v.price_amount) AS min_price, bool_or(v.stock > 0) AS in_stock,
                   jsonb_agg(jsonb_build_object('id', v.id, 'sku', v.sku, 'options', v.options,
                             'amount', v.price_amount, 'currency', v.price_currency, 'inStock', v.stock > 0)
                             ORDER BY v.position) AS offers
            FROM variant v WHERE v.consortium_id = p.consortium_id AND v.product_id = p.id
        ) o ON true
        WHERE p.id = ANY (products) AND p.live IS NOT NULL AND m.status = 'active'
        RETURNING consortium_id)
    SELECT array_agg(DISTINCT consortium_id) INTO added FROM fresh;
    FOR changed IN SELECT DISTINCT unnest(coalesce(removed, '{}') || coalesce(added, '{}')) LOOP
        PERFORM pg_notify('canopy_shop', changed::text);
    END LOOP;
END
$$;

-- Triggers: statement-level with transition tables, so a set-based write (the benchmark seed,
-- a checkout reserving several lines) refreshes its products in one pass.
CREATE FUNCTION canopy_shop_product_written() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM canopy_shop_refresh(ARRAY(SELECT id FROM old_rows));
    ELSE
        PERFORM canopy_shop_refresh(ARRAY(SELECT id FROM new_rows));
    END IF;
    RETURN NULL;
END
$$;

-- Stock moves with every checkout: only a variant going in or out of stock changes a card
CREATE FUNCTION canopy_shop_variant_written() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM canopy_shop_refresh(ARRAY(SELECT DISTINCT product_id FROM old_rows));
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM canopy_shop_refresh(ARRAY(SELECT DISTINCT product_id FROM new_rows));
    ELSE
        PERFORM canopy_shop_refresh(ARRAY(
            SELECT DISTINCT n.product_id FROM new_rows n JOIN old_rows o ON o.consortium_id = n.consortium_id AND o.id = n.id
            WHERE (o.stock > 0) <> (n.stock > 0) OR o.price_amount <> n.price_amount OR o.price_currency <> n.price_currency
               OR o.sku <> n.sku OR o.options <> n.options OR o.position <> n.position OR o.product_id <> n.product_id));
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION canopy_shop_member_written() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM canopy_shop_refresh(ARRAY(
        SELECT p.id FROM new_rows n JOIN old_rows o ON o.consortium_id = n.consortium_id AND o.id = n.id
        JOIN product p ON p.consortium_id = n.consortium_id AND p.member_id = n.id
        WHERE (o.status, o.slug, o.name) IS DISTINCT FROM (n.status, n.slug, n.name)));
    RETURN NULL;
END
$$;

CREATE FUNCTION canopy_shop_category_written() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM canopy_shop_refresh(ARRAY(
        SELECT p.id FROM new_rows n JOIN old_rows o ON o.consortium_id = n.consortium_id AND o.id = n.id
        JOIN product p ON p.consortium_id = n.consortium_id AND p.live ->> 'categoryId' = n.id::text
        WHERE (o.slug, o.name) IS DISTINCT FROM (n.slug, n.name)));
    RETURN NULL;
END
$$;

CREATE FUNCTION canopy_shop_consortium_written() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    changed uuid;
BEGIN
    PERFORM canopy_shop_refresh(ARRAY(
        SELECT p.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        JOIN product p ON p.consortium_id = n.id
        WHERE o.languages IS DISTINCT FROM n.languages));
    -- storefront facts (name, currencies, domains) are cached too
    FOR changed IN SELECT id FROM new_rows LOOP
        PERFORM pg_notify('canopy_shop', changed::text);
    END LOOP;
    RETURN NULL;
END
$$;

-- Prices shown in other currencies follow the manager's rates
CREATE FUNCTION canopy_shop_rates_written() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    changed uuid;
BEGIN
    IF TG_OP = 'DELETE' THEN
        FOR changed IN SELECT DISTINCT consortium_id FROM old_rows LOOP
            PERFORM pg_notify('canopy_shop', changed::text);
        END LOOP;
    ELSE
        FOR changed IN SELECT DISTINCT consortium_id FROM new_rows LOOP
            PERFORM pg_notify('canopy_shop', changed::text);
        END LOOP;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER shop_product_inserted AFTER INSERT ON product REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_product_written();
CREATE TRIGGER shop_product_updated AFTER UPDATE ON product REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_product_written();
CREATE TRIGGER shop_product_deleted AFTER DELETE ON product REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_product_written();
CREATE TRIGGER shop_variant_inserted AFTER INSERT ON variant REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_variant_written();
CREATE TRIGGER shop_variant_updated AFTER UPDATE ON variant REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_variant_written();
CREATE TRIGGER shop_variant_deleted AFTER DELETE ON variant REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_variant_written();
CREATE TRIGGER shop_member_updated AFTER UPDATE ON member REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_member_written();
CREATE TRIGGER shop_category_updated AFTER UPDATE ON category REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_category_written();
CREATE TRIGGER shop_consortium_updated AFTER UPDATE ON consortium REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_consortium_written();
CREATE TRIGGER shop_rates_inserted AFTER INSERT ON exchange_rate REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rates_written();
CREATE TRIGGER shop_rates_updated AFTER UPDATE ON exchange_rate REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rates_written();
CREATE TRIGGER shop_rates_deleted AFTER DELETE ON exchange_rate REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rates_written();

-- Products published before this migration (RLS is FORCEd: each consortium in its own setting)
DO $$
DECLARE
    c uuid;
BEGIN
    FOR c IN SELECT id FROM consortium LOOP
        PERFORM set_config('canopy.consortium_id', c::text, true);
        PERFORM canopy_shop_refresh(ARRAY(SELECT id FROM product WHERE consortium_id = c AND live IS NOT NULL));
    END LOOP;
    PERFORM set_config('canopy.consortium_id', '', true);
END
$$;
