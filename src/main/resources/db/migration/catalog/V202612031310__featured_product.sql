-- The manager's picks for the brand's home, in the order shown. A pick whose product is archived or
-- deleted goes with it; one no longer sellable (taken back to review, its workshop suspended) stays
-- listed here but drops out of the home at once, which reads picks through the shoppers' read model.
CREATE TABLE featured_product (
    consortium_id   uuid NOT NULL REFERENCES consortium (id),
    product_id      uuid NOT NULL,
    position        integer NOT NULL CHECK (position >= 0),
    PRIMARY KEY (consortium_id, product_id),
    UNIQUE (consortium_id, position),
    FOREIGN KEY (consortium_id, product_id) REFERENCES product (consortium_id, id) ON DELETE CASCADE
);
ALTER TABLE featured_product ENABLE ROW LEVEL SECURITY;
ALTER TABLE featured_product FORCE ROW LEVEL SECURITY;
CREATE POLICY featured_product_of_current_consortium ON featured_product
    USING (consortium_id = current_consortium())
    WITH CHECK (consortium_id = current_consortium());

-- The home is cached: new picks change it on every replica
CREATE TRIGGER featured_product_inserted AFTER INSERT ON featured_product REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER featured_product_deleted AFTER DELETE ON featured_product REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
