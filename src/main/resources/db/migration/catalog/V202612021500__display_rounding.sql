-- The manager's display rounding of converted prices, per offered currency (see Rounding.java); a
-- currency without a row shows the minor unit. Kept apart from exchange_rate, whose rows come and go
-- with the feed, so that a currency keeps its rounding while it waits for a rate.
CREATE TABLE display_rounding (
    consortium_id   uuid NOT NULL REFERENCES consortium (id),
    currency        text NOT NULL,
    rounding        text NOT NULL CHECK (rounding IN ('minor', 'whole', 'ending_99', 'ending_90')),
    PRIMARY KEY (consortium_id, currency)
);

ALTER TABLE display_rounding ENABLE ROW LEVEL SECURITY;
ALTER TABLE display_rounding FORCE ROW LEVEL SECURITY;
CREATE POLICY display_rounding_of_current_consortium ON display_rounding
    USING (consortium_id = current_consortium())
    WITH CHECK (consortium_id = current_consortium());

-- Cards keep base prices, so a new rounding only drops the cached shop answers, as a new rate does
CREATE TRIGGER shop_rounding_inserted AFTER INSERT ON display_rounding REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_rounding_updated AFTER UPDATE ON display_rounding REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_rounding_deleted AFTER DELETE ON display_rounding REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
