-- Monthly sales per category, kept like sales_month_member: reports by category (or category and
-- month) read whole months from here (bench/sales.sh: three years by category 3.4 s at p95 from the
-- lines sold). A product may have no category: that is a group of its own, hence NULLS NOT DISTINCT.
LOCK TABLE sales_fact IN SHARE ROW EXCLUSIVE MODE;

CREATE TABLE sales_month_category (
    consortium_id    uuid NOT NULL REFERENCES consortium (id),
    month            date NOT NULL CHECK (extract(day FROM month) = 1),
    category_id      uuid,
    orders           bigint NOT NULL,
    units            bigint NOT NULL,
    gross            bigint NOT NULL,
    shipping         bigint NOT NULL,
    refunds          bigint NOT NULL,
    commission       bigint NOT NULL,
    member_share     bigint NOT NULL,
    UNIQUE NULLS NOT DISTINCT (consortium_id, month, category_id)
);
INSERT INTO sales_month_category
SELECT consortium_id, date_trunc('month', day)::date, category_id,
       count(DISTINCT order_id) FILTER (WHERE units > 0), sum(units), sum(gross), sum(shipping), sum(refunds),
       sum(commission), sum(member_share)
  FROM sales_fact GROUP BY 1, 2, 3;

ALTER TABLE sales_month_category ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales_month_category FORCE ROW LEVEL SECURITY;
CREATE POLICY sales_month_category_of_current_consortium ON sales_month_category
    USING (consortium_id = current_consortium())
    WITH CHECK (consortium_id = current_consortium());

-- Whether this fact is the first line sold of its order that day in its category
CREATE FUNCTION canopy_first_sold_in_category(fact sales_fact) RETURNS integer
    LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN fact.units > 0 AND NOT EXISTS (
        SELECT 1 FROM sales_fact f WHERE f.consortium_id = fact.consortium_id AND f.order_id = fact.order_id
           AND f.day = fact.day AND f.units > 0 AND f.id <> fact.id
           AND f.category_id IS NOT DISTINCT FROM fact.category_id) THEN 1 ELSE 0 END
$$;

CREATE FUNCTION canopy_add_sales_month_category() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO sales_month_category AS m (consortium_id, month, category_id, orders, units, gross, shipping,
                                           refunds, commission, member_share)
    VALUES (NEW.consortium_id, date_trunc('month', NEW.day)::date, NEW.category_id,
            canopy_first_sold_in_category(NEW), NEW.units, NEW.gross, NEW.shipping, NEW.refunds, NEW.commission,
            NEW.member_share)
    ON CONFLICT (consortium_id, month, category_id) DO UPDATE SET
        orders = m.orders + excluded.orders, units = m.units + excluded.units, gross = m.gross + excluded.gross,
        shipping = m.shipping + excluded.shipping, refunds = m.refunds + excluded.refunds,
        commission = m.commission + excluded.commission, member_share = m.member_share + excluded.member_share;
    RETURN NULL;
END
$$;
CREATE TRIGGER sales_fact_adds_to_its_category_month AFTER INSERT ON sales_fact
    FOR EACH ROW EXECUTE FUNCTION canopy_add_sales_month_category();
