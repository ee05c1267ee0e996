-- A cart's id is the shopper's capability: random, never listed, never guessable.
CREATE TABLE cart (
    consortium_id   uuid NOT NULL REFERENCES consortium (id),
    id              uuid NOT NULL,
    currency        text NOT NULL,
    order_id        uuid,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         integer NOT NULL DEFAULT 0,
    PRIMARY KEY (consortium_id, id)
);

CREATE TABLE cart_line (
    consortium_id   uuid NOT NULL,
    id              uuid NOT NULL,
    cart_id         uuid NOT NULL,
    variant_id      uuid NOT NULL,
    quantity        integer NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    added_at        timestamptz NOT NULL,
    PRIMARY KEY (consortium_id, id),
    UNIQUE (consortium_id, cart_id, variant_id),
    FOREIGN KEY (consortium_id, cart_id) REFERENCES cart (consortium_id, id) ON DELETE CASCADE,
    FOREIGN KEY (consortium_id, variant_id) REFERENCES variant (consortium_id, id) ON DELETE CASCADE
);

-- "orders": ORDER is a keyword. Prices, rate, commission and shipping are frozen at checkout.
CREATE TABLE orders (
    consortium_id    uuid NOT NULL REFERENCES consortium (id),
    id               uuid NOT NULL,
    number           text NOT NULL,
    token            text NOT NULL,
    idempotency_key  text NOT NULL,
    cart_id          uuid NOT NULL,
    email            text NOT NULL,
    shipping_address jsonb NOT NULL,
    currency         text NOT NULL,
    exchange_rate    numeric(20, 10) NOT NULL,
    commission_rate  numeric(5, 4) NOT NULL,
    status           text NOT NULL CHECK (status IN ('awaiting_payment', 'paid', 'partially_shipped', 'shipped',
                                                     'delivered', 'cancelled')),
    items_total      bigint NOT NULL,
    shipping_total   bigint NOT NULL,
    total            bigint NOT NULL,
    payment_method   text NOT NULL,
    reserved_until   timestamptz,
    created_at       timestamptz NOT NULL,
    version          integer NOT NULL DEFAULT 0,
    PRIMARY KEY (consortium_id, id),
    UNIQUE (consortium_id, number),
    UNIQUE (consortium_id, idempotency_key)
);
CREATE INDEX orders_awaiting_payment ON orders (reserved_until) WHERE status = 'awaiting_payment';
CREATE INDEX orders_newest ON orders (consortium_id, created_at DESC);

CREATE TABLE order_line (
    consortium_id   uuid NOT NULL,
    id              uuid NOT NULL,
    order_id        uuid NOT NULL,
    position        integer NOT NULL,
    member_id       uuid NOT NULL,
    product_id      uuid NOT NULL,
    variant_id      uuid NOT NULL,
    sku             text NOT NULL,
    title           jsonb NOT NULL,
    options         jsonb NOT NULL,
    quantity        integer NOT NULL CHECK (quantity > 0),
    unit_price      bigint NOT NULL,
    line_total      bigint NOT NULL,
    hs_code         text,
    origin_country  text,
    weight_grams    integer,
    PRIMARY KEY (consortium_id, id),
    FOREIGN KEY (consortium_id, order_id) REFERENCES orders (consortium_id, id) ON DELETE CASCADE,
    FOREIGN KEY (consortium_id, member_id) REFERENCES member (consortium_id, id)
);
CREATE INDEX order_line_of_order ON order_line (consortium_id, order_id, position);

-- Every transition of an order, with its time and actor.
CREATE TABLE order_event (
    consortium_id   uuid NOT NULL,
    id              uuid NOT NULL,
    order_id        uuid NOT NULL,
    from_status     text,
    to_status       text NOT NULL,
    actor           text NOT NULL,
    at              timestamptz NOT NULL,
    PRIMARY KEY (consortium_id, id),
    FOREIGN KEY (consortium_id, order_id) REFERENCES orders (consortium_id, id) ON DELETE CASCADE
);
CREATE INDEX order_event_of_order ON order_event (consortium_id, order_id, at);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['cart', 'cart_line', 'orders', 'order_line', 'order_event'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (consortium_id = current_consortium()) '
                       'WITH CHECK (consortium_id = current_consortium())', t || '_of_current_consortium', t);
    END LOOP;
END
$$;
