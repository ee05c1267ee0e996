-- Accent-insensitive search: unaccent is a trusted extension, the database owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes this
-- wrapper safe to use in a generated column.
CREATE FUNCTION canopy_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE FUNCTION canopy_text_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE language WHEN 'en' THEN 'english'::regconfig
                               WHEN 'ru' THEN 'russian'::regconfig
                               ELSE 'simple'::regconfig END $$;

-- The search document of a product's approved version: titles weigh most, then descriptions,
-- then materials and technique; every language with its own stemming.
CREATE FUNCTION canopy_search_document(live jsonb) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    AS $$
DECLARE
    document tsvector := ''::tsvector;
    language text;
    words text;
BEGIN
    IF live IS NULL THEN
        RETURN NULL;
    END IF;
    FOR language, words IN SELECT key, value FROM jsonb_each_text(coalesce(live -> 'title', '{}')) LOOP
        document := document || setweight(to_tsvector(canopy_text_config(language), canopy_unaccent(words)), 'A');
    END LOOP;
    FOR language, words IN SELECT key, value FROM jsonb_each_text(coalesce(live -> 'description', '{}')) LOOP
        document := document || setweight(to_tsvector(canopy_text_config(language), canopy_unaccent(words)), 'B');
    END LOOP;
    words := coalesce(live ->> 'technique', '') || ' '
             || array_to_string(ARRAY(SELECT jsonb_array_elements_text(coalesce(live -> 'materials', '[]'))), ' ');
    RETURN document || setweight(to_tsvector('simple', canopy_unaccent(words)), 'C');
END
$$;

CREATE TABLE category (
    consortium_id   uuid NOT NULL REFERENCES consortium (id),
    id              uuid NOT NULL,
    slug            text NOT NULL,
    name            jsonb NOT NULL,
    PRIMARY KEY (consortium_id, id),
    UNIQUE (consortium_id, slug)
);

CREATE TABLE product (
    consortium_id    uuid NOT NULL,
    id               uuid NOT NULL,
    member_id        uuid NOT NULL,
    category_id      uuid,
    status           text NOT NULL CHECK (status IN ('draft', 'pending_review', 'published', 'rejected', 'archived')),
    title            jsonb NOT NULL,
    description      jsonb NOT NULL,
    materials        text[] NOT NULL DEFAULT '{}',
    technique        text,
    hs_code          text CHECK (hs_code ~ '^[0-9]{6,10}$'),
    origin_country   text,
    weight_grams     integer CHECK (weight_grams > 0),
    lead_time_days   integer CHECK (lead_time_days >= 0),
    one_of_a_kind    boolean NOT NULL DEFAULT false,
    images           jsonb NOT NULL DEFAULT '[]',
    rejection_reason text,
    -- The approved version shoppers see; an edit under review leaves it in place.
    live             jsonb,
    published_at     timestamptz,
    min_price        bigint NOT NULL DEFAULT 0,
    in_stock         boolean NOT NULL DEFAULT false,
    search           tsvector GENERATED ALWAYS AS (canopy_search_document(live)) STORED,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          integer NOT NULL DEFAULT 0,
    PRIMARY KEY (consortium_id, id),
    FOREIGN KEY (consortium_id, member_id) REFERENCES member (consortium_id, id),
    FOREIGN KEY (consortium_id, category_id) REFERENCES category (consortium_id, id)
);
CREATE INDEX product_of_member ON product (consortium_id, member_id);
CREATE INDEX product_pending ON product (consortium_id, updated_at) WHERE status = 'pending_review';
CREATE INDEX product_public ON product (consortium_id, published_at DESC) WHERE live IS NOT NULL;
CREATE INDEX product_public_price ON product (consortium_id, min_price) WHERE live IS NOT NULL;
CREATE INDEX product_public_category ON product (consortium_id, ((live ->> 'categoryId'))) WHERE live IS NOT NULL;
CREATE INDEX product_search ON product USING gin (search);

CREATE TABLE variant (
    consortium_id   uuid NOT NULL,
    id              uuid NOT NULL,
    product_id      uuid NOT NULL,
    position        integer NOT NULL,
    sku             text NOT NULL,
    options         jsonb NOT NULL DEFAULT '{}',
    price_amount    bigint NOT NULL CHECK (price_amount >= 0),
    price_currency  text NOT NULL,
    stock           integer NOT NULL CHECK (stock >= 0),
    PRIMARY KEY (consortium_id, id),
    UNIQUE (consortium_id, sku),
    FOREIGN KEY (consortium_id, product_id) REFERENCES product (consortium_id, id) ON DELETE CASCADE
);
CREATE INDEX variant_of_product ON variant (consortium_id, product_id, position);

CREATE TABLE exchange_rate (
    consortium_id   uuid NOT NULL REFERENCES consortium (id),
    id              uuid NOT NULL,
    currency        text NOT NULL,
    rate            numeric(20, 10) NOT NULL CHECK (rate > 0),
    rated_on        date NOT NULL,
    PRIMARY KEY (consortium_id, id),
    UNIQUE (consortium_id, currency)
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['category', 'product', 'variant', 'exchange_rate'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (consortium_id = current_consortium()) '
                       'WITH CHECK (consortium_id = current_consortium())', t || '_of_current_consortium', t);
    END LOOP;
END
$$;
