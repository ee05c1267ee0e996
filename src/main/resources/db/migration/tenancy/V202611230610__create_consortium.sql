-- The tenant registry itself is global: requests are resolved to a consortium through it.
CREATE TABLE consortium (
    id              uuid PRIMARY KEY,
    slug            text NOT NULL UNIQUE,
    name            text NOT NULL,
    story           text,
    logo            text,
    primary_color   text NOT NULL DEFAULT '#2f5d50',
    base_currency   text NOT NULL,
    currencies      text[] NOT NULL,
    languages       text[] NOT NULL,
    commission_rate numeric(5, 4) NOT NULL CHECK (commission_rate >= 0 AND commission_rate <= 1),
    country         text NOT NULL,
    created_at      timestamptz NOT NULL,
    version         integer NOT NULL DEFAULT 0
);

CREATE TABLE custom_domain (
    domain          text PRIMARY KEY,
    consortium_id   uuid NOT NULL REFERENCES consortium (id) ON DELETE CASCADE
);
CREATE INDEX custom_domain_consortium ON custom_domain (consortium_id);
