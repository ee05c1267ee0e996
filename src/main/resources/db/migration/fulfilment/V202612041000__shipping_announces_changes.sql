-- Carts and checkouts price shipping from a cached copy of the zones, rates and model: every replica
-- must hear when a manager changes them, as it does for rates and categories.
CREATE TRIGGER shop_shipping_zone_inserted AFTER INSERT ON shipping_zone REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_shipping_zone_updated AFTER UPDATE ON shipping_zone REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_shipping_zone_deleted AFTER DELETE ON shipping_zone REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_shipping_rate_inserted AFTER INSERT ON shipping_rate REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_shipping_rate_updated AFTER UPDATE ON shipping_rate REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_shipping_rate_deleted AFTER DELETE ON shipping_rate REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_shipping_policy_inserted AFTER INSERT ON shipping_policy REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_shipping_policy_updated AFTER UPDATE ON shipping_policy REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_shipping_policy_deleted AFTER DELETE ON shipping_policy REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
