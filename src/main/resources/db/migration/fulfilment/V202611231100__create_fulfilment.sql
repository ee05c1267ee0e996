-- How a consortium ships abroad: each member from its workshop, or consolidated from a hub.
CREATE TABLE shipping_policy (
    consortium_id   uuid NOT NULL REFERENCES consortium (id),
    id              uuid NOT NULL,
    model           text NOT NULL CHECK (model IN ('per_member', 'hub')),
    PRIMARY KEY (consortium_id, id),
    UNIQUE (consortium_id)
);

-- A set of destination countries; '*' stands for the whole world.
CREATE TABLE shipping_zone (
    consortium_id   uuid NOT NULL REFERENCES consortium (id),
    id              uuid NOT NULL,
    position        integer NOT NULL,
    name            text NOT NULL,
    countries       text[] NOT NULL,
    PRIMARY KEY (consortium_id, id)
);

-- Base-currency minor units per parcel and per started kilogram; no member means the default.
CREATE TABLE shipping_rate (
    consortium_id   uuid NOT NULL,
    id              uuid NOT NULL,
    zone_id         uuid NOT NULL,
    member_id       uuid,
    per_parcel      bigint NOT NULL CHECK (per_parcel >= 0),
    per_kg          bigint NOT NULL CHECK (per_kg >= 0),
    PRIMARY KEY (consortium_id, id),
    FOREIGN KEY (consortium_id, zone_id) REFERENCES shipping_zone (consortium_id, id) ON DELETE CASCADE,
    FOREIGN KEY (consortium_id, member_id) REFERENCES member (consortium_id, id)
);

-- The part of a paid order routed to one member.
CREATE TABLE fulfilment (
    consortium_id    uuid NOT NULL,
    id               uuid NOT NULL,
    order_id         uuid NOT NULL,
    member_id        uuid NOT NULL,
    status           text NOT NULL CHECK (status IN ('pending', 'accepted', 'shipped', 'delivered')),
    carrier          text,
    tracking_number  text,
    currency         text NOT NULL,
    items_total      bigint NOT NULL,
    member_share     bigint NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          integer NOT NULL DEFAULT 0,
    PRIMARY KEY (consortium_id, id),
    UNIQUE (consortium_id, order_id, member_id),
    FOREIGN KEY (consortium_id, order_id) REFERENCES orders (consortium_id, id),
    FOREIGN KEY (consortium_id, member_id) REFERENCES member (consortium_id, id)
);
CREATE INDEX fulfilment_of_member ON fulfilment (consortium_id, member_id, created_at DESC);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['shipping_policy', 'shipping_zone', 'shipping_rate', 'fulfilment'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (consortium_id = current_consortium()) '
                       'WITH CHECK (consortium_id = current_consortium())', t || '_of_current_consortium', t);
    END LOOP;
END
$$;
