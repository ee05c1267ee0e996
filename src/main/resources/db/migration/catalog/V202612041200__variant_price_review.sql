-- A published product's prices go through the brand's review like its texts (issue 12): price_amount
-- stays the approved price that carts, checkout and the storefront read, and a member's new price
-- waits beside it until a manager approves (applied) or refuses (dropped) the edit. A variant added to
-- a published product waits for the same review and is kept out of the shoppers' read model meanwhile.
ALTER TABLE variant
    ADD COLUMN proposed_price_amount bigint CHECK (proposed_price_amount >= 0),
    ADD COLUMN proposed_price_currency text,
    ADD COLUMN awaiting_review boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT variant_proposed_price_whole
        CHECK ((proposed_price_amount IS NULL) = (proposed_price_currency IS NULL));

-- The refresh as V202612031320 left it (a function is replaced whole), its offers only the variants on sale
CREATE OR REPLACE FUNCTION canopy_shop_refresh(products uuid[]) RETURNS void
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
                                  min_price, in_stock, published_at, search, title_search, card)
        SELECT p.consortium_id, l.lang, p.id, m.slug, c.slug,
               lower(canopy_unaccent(canopy_pick(p.live -> 'title', l.lang, co.languages[1]))),
               coalesce(o.min_price, 0), coalesce(o.in_stock, false), coalesce(p.published_at, p.updated_at),
               coalesce(p.search, ''::tsvector),
               to_tsvector(canopy_text_config(l.lang), canopy_unaccent(coalesce(canopy_pick(p.live -> 'title', l.lang, co.languages[1]), ''))),
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
                   'leadTimeDays', p.live -> 'leadTimeDays', 'oneOfAKind', coalesce(p.live -> 'oneOfAKind', 'false'),
                   'care', canopy_pick(p.live -> 'care', l.lang, co.languages[1]))
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
            FROM variant v WHERE v.consortium_id = p.consortium_id AND v.product_id = p.id AND NOT v.awaiting_review
        ) o ON true
        WHERE p.id = ANY (products) AND p.live IS NOT NULL AND m.status = 'active'
        RETURNING consortium_id)
    SELECT array_agg(DISTINCT consortium_id) INTO added FROM fresh;
    FOR changed IN SELECT DISTINCT unnest(coalesce(removed, '{}') || coalesce(added, '{}')) LOOP
        PERFORM pg_notify('canopy_shop', changed::text);
    END LOOP;
END
$$;

-- Approval lets an added variant onto the cards: that flag changes a card like a price does
CREATE OR REPLACE FUNCTION canopy_shop_variant_written() RETURNS trigger
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
               OR o.sku <> n.sku OR o.options <> n.options OR o.position <> n.position OR o.product_id <> n.product_id
               OR o.awaiting_review <> n.awaiting_review));
    END IF;
    RETURN NULL;
END
$$;
