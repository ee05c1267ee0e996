-- Card payments through Stripe: the order's references at Stripe, what was refunded of it, each
-- member's payout, and every Stripe event handled once.
ALTER TABLE orders DROP CONSTRAINT orders_status_check;
ALTER TABLE orders ADD CONSTRAINT orders_status_check CHECK (status IN ('awaiting_payment', 'paid',
    'partially_shipped', 'shipped', 'delivered', 'cancelled', 'partially_refunded', 'refunded'));
ALTER TABLE orders
    ADD COLUMN checkout_session  text,
    ADD COLUMN payment_url       text,
    ADD COLUMN payment_intent    text,
    ADD COLUMN charge            text,
    ADD COLUMN shipping_refunded boolean NOT NULL DEFAULT false;
-- Stripe's ids are unique across consortia: a webhook finds its order by them
CREATE UNIQUE INDEX orders_by_checkout_session ON orders (checkout_session);
CREATE INDEX orders_by_payment_intent ON orders (payment_intent);
CREATE INDEX orders_by_charge ON orders (charge);

ALTER TABLE order_line ADD COLUMN refunded_quantity integer NOT NULL DEFAULT 0;
ALTER TABLE order_line ADD CONSTRAINT order_line_refunded_at_most_bought
    CHECK (refunded_quantity BETWEEN 0 AND quantity);

-- A member's connected account at Stripe; without one (or before payouts are enabled) it is paid by hand.
CREATE TABLE payout_account (
    consortium_id    uuid NOT NULL,
    member_id        uuid NOT NULL,
    account_id       text NOT NULL UNIQUE,
    payouts_enabled  boolean NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (consortium_id, member_id),
    FOREIGN KEY (consortium_id, member_id) REFERENCES member (consortium_id, id)
);

-- The payout ledger: one entry per fulfilment of a paid order, for the member's frozen share.
CREATE TABLE payout (
    consortium_id    uuid NOT NULL,
    id               uuid NOT NULL,
    fulfilment_id    uuid NOT NULL,
    order_id         uuid NOT NULL,
    order_number     text NOT NULL,
    member_id        uuid NOT NULL,
    amount           bigint NOT NULL CHECK (amount >= 0),
    transferred      bigint NOT NULL DEFAULT 0 CHECK (transferred >= 0),
    currency         text NOT NULL,
    rail             text NOT NULL CHECK (rail IN ('stripe', 'manual')),
    status           text NOT NULL CHECK (status IN ('held', 'due', 'paid', 'reversed', 'failed')),
    external_id      text,
    reference        text,
    failure          text,
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          integer NOT NULL DEFAULT 0,
    PRIMARY KEY (consortium_id, id),
    UNIQUE (consortium_id, fulfilment_id),
    FOREIGN KEY (consortium_id, fulfilment_id) REFERENCES fulfilment (consortium_id, id),
    FOREIGN KEY (consortium_id, member_id) REFERENCES member (consortium_id, id)
);
CREATE INDEX payout_of_member ON payout (consortium_id, member_id, created_at DESC);
CREATE INDEX payout_to_transfer ON payout (next_attempt_at) WHERE rail = 'stripe' AND status IN ('due', 'failed');

-- Money given back to a shopper: by Stripe for card orders, by the manager's hand otherwise.
CREATE TABLE refund (
    consortium_id    uuid NOT NULL,
    id               uuid NOT NULL,
    order_id         uuid NOT NULL,
    amount           bigint NOT NULL CHECK (amount > 0),
    shipping_amount  bigint NOT NULL CHECK (shipping_amount >= 0),
    currency         text NOT NULL,
    lines            jsonb NOT NULL,
    reason           text NOT NULL,
    rail             text NOT NULL CHECK (rail IN ('stripe', 'manual')),
    status           text NOT NULL CHECK (status IN ('pending', 'succeeded', 'to_pay_by_hand')),
    external_id      text,
    failure          text,
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    actor            text NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (consortium_id, id),
    FOREIGN KEY (consortium_id, order_id) REFERENCES orders (consortium_id, id)
);
CREATE INDEX refund_of_order ON refund (consortium_id, order_id, created_at);
CREATE INDEX refund_to_send ON refund (next_attempt_at) WHERE status = 'pending';

-- A refunded member's share taken back: from its Stripe transfer, or noted against a manual payout.
-- No refund: a transfer asked for more than the entry was owed when it went through (a refund came
-- while it was under way), and the difference comes back.
CREATE TABLE payout_reversal (
    consortium_id    uuid NOT NULL,
    id               uuid NOT NULL,
    refund_id        uuid,
    payout_id        uuid NOT NULL,
    amount           bigint NOT NULL CHECK (amount > 0),
    status           text NOT NULL CHECK (status IN ('pending', 'done', 'to_recover_by_hand')),
    external_id      text,
    failure          text,
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (consortium_id, id),
    FOREIGN KEY (consortium_id, refund_id) REFERENCES refund (consortium_id, id),
    FOREIGN KEY (consortium_id, payout_id) REFERENCES payout (consortium_id, id)
);
CREATE INDEX payout_reversal_to_send ON payout_reversal (next_attempt_at) WHERE status = 'pending';

-- What happened to an order's money, for the manager: paid, refused, refunded, disputed.
CREATE TABLE payment_record (
    consortium_id    uuid NOT NULL,
    id               uuid NOT NULL,
    order_id         uuid NOT NULL,
    kind             text NOT NULL,
    amount           bigint,
    currency         text,
    external_id      text,
    note             text,
    at               timestamptz NOT NULL,
    PRIMARY KEY (consortium_id, id),
    FOREIGN KEY (consortium_id, order_id) REFERENCES orders (consortium_id, id)
);
CREATE INDEX payment_record_of_order ON payment_record (consortium_id, order_id, at);

-- Each Stripe event is handled once: its id is written in the transaction of its effect.
CREATE TABLE payment_event (
    consortium_id    uuid NOT NULL REFERENCES consortium (id),
    id               text NOT NULL PRIMARY KEY,
    type             text NOT NULL,
    received_at      timestamptz NOT NULL
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['payout_account', 'payout', 'refund', 'payout_reversal', 'payment_record',
                             'payment_event'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (consortium_id = current_consortium()) '
                       'WITH CHECK (consortium_id = current_consortium())', t || '_of_current_consortium', t);
    END LOOP;
END
$$;

-- A webhook names only Stripe's ids, and the payments worker serves every consortium: when a
-- transaction says so, they may read which consortium an id or a pending task belongs to, no more.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['orders', 'payout_account', 'payout', 'refund', 'payout_reversal'] LOOP
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT '
                       'USING (current_setting(''canopy.payments_lookup'', true) = ''on'')',
                       t || '_payments_lookup', t);
    END LOOP;
END
$$;
