CREATE TABLE member (
    consortium_id   uuid NOT NULL REFERENCES consortium (id),
    id              uuid NOT NULL,
    slug            text NOT NULL,
    name            text NOT NULL,
    region          text,
    craft           text,
    country         text NOT NULL,
    contact_email   text,
    story           text,
    status          text NOT NULL CHECK (status IN ('invited', 'active', 'suspended')),
    created_at      timestamptz NOT NULL,
    version         integer NOT NULL DEFAULT 0,
    PRIMARY KEY (consortium_id, id),
    UNIQUE (consortium_id, slug)
);

ALTER TABLE member ENABLE ROW LEVEL SECURITY;
ALTER TABLE member FORCE ROW LEVEL SECURITY;
CREATE POLICY member_of_current_consortium ON member
    USING (consortium_id = current_consortium())
    WITH CHECK (consortium_id = current_consortium());
