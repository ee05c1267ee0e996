-- What a consortium prints on its parcels' customs papers; no row means the defaults (DAP, no
-- IOSS number, the consortium's name and home country as sender).
CREATE TABLE customs_profile (
    consortium_id   uuid NOT NULL REFERENCES consortium (id),
    id              uuid NOT NULL,
    incoterm        text NOT NULL CHECK (incoterm IN ('DAP', 'DDP')),
    ioss_number     text CHECK (ioss_number ~ '^IM[0-9]{10}$'),
    sender          jsonb,
    updated_at      timestamptz NOT NULL,
    version         integer NOT NULL DEFAULT 0,
    PRIMARY KEY (consortium_id, id),
    UNIQUE (consortium_id)
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['customs_profile'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (consortium_id = current_consortium()) '
                       'WITH CHECK (consortium_id = current_consortium())', t || '_of_current_consortium', t);
    END LOOP;
END
$$;
