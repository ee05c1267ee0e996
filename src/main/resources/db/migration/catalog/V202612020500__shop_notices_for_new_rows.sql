-- New and removed categories and members change cached shop answers (the category tree, the list of
-- workshops) without touching any product card: announce them as well.
CREATE FUNCTION canopy_shop_rows_written() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    changed uuid;
BEGIN
    IF TG_OP = 'DELETE' THEN
        FOR changed IN SELECT DISTINCT consortium_id FROM old_rows LOOP
            PERFORM pg_notify('canopy_shop', changed::text);
        END LOOP;
    ELSE
        FOR changed IN SELECT DISTINCT consortium_id FROM new_rows LOOP
            PERFORM pg_notify('canopy_shop', changed::text);
        END LOOP;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER shop_category_inserted AFTER INSERT ON category REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_category_deleted AFTER DELETE ON category REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_member_inserted AFTER INSERT ON member REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_member_deleted AFTER DELETE ON member REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();

-- Member updates that change no product card (region, story, a workshop without products) still
-- change the workshop list
CREATE OR REPLACE FUNCTION canopy_shop_member_written() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    changed uuid;
BEGIN
    PERFORM canopy_shop_refresh(ARRAY(
        SELECT p.id FROM new_rows n JOIN old_rows o ON o.consortium_id = n.consortium_id AND o.id = n.id
        JOIN product p ON p.consortium_id = n.consortium_id AND p.member_id = n.id
        WHERE (o.status, o.slug, o.name) IS DISTINCT FROM (n.status, n.slug, n.name)));
    FOR changed IN SELECT DISTINCT consortium_id FROM new_rows LOOP
        PERFORM pg_notify('canopy_shop', changed::text);
    END LOOP;
    RETURN NULL;
END
$$;

-- Rates announce the same way: one function for every table whose rows only need announcing
DROP TRIGGER shop_rates_inserted ON exchange_rate;
DROP TRIGGER shop_rates_updated ON exchange_rate;
DROP TRIGGER shop_rates_deleted ON exchange_rate;
DROP FUNCTION canopy_shop_rates_written();
CREATE TRIGGER shop_rates_inserted AFTER INSERT ON exchange_rate REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_rates_updated AFTER UPDATE ON exchange_rate REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
CREATE TRIGGER shop_rates_deleted AFTER DELETE ON exchange_rate REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_shop_rows_written();
