-- Monthly sales per member, kept by the same transactions as sales_day_country: reports by member
-- (or member and month) read whole months from here and only the period's partial months from the
-- lines sold (bench/sales.sh: three years by member 1.6 s → 0.09 s at p95). An order counts once
-- per member, on its payment day; `month` is the month's first day.
-- No fact may be written between the backfill and the trigger (an instance still running the
-- previous release while this one migrates): it would be in neither
LOCK TABLE sales_fact IN SHARE ROW EXCLUSIVE MODE;

CREATE TABLE sales_month_member (
    consortium_id    uuid NOT NULL REFERENCES consortium (id),
    month            date NOT NULL CHECK (extract(day FROM month) = 1),
    member_id        uuid NOT NULL,
    orders           bigint NOT NULL,
    units            bigint NOT NULL,
    gross            bigint NOT NULL,
    shipping         bigint NOT NULL,
    refunds          bigint NOT NULL,
    commission       bigint NOT NULL,
    member_share     bigint NOT NULL,
    PRIMARY KEY (consortium_id, month, member_id),
    FOREIGN KEY (consortium_id, member_id) REFERENCES member (consortium_id, id)
);
INSERT INTO sales_month_member
SELECT consortium_id, date_trunc('month', day)::date, member_id,
       count(DISTINCT order_id) FILTER (WHERE units > 0), sum(units), sum(gross), sum(shipping), sum(refunds),
       sum(commission), sum(member_share)
  FROM sales_fact GROUP BY 1, 2, 3;

ALTER TABLE sales_month_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales_month_member FORCE ROW LEVEL SECURITY;
CREATE POLICY sales_month_member_of_current_consortium ON sales_month_member
    USING (consortium_id = current_consortium())
    WITH CHECK (consortium_id = current_consortium());

-- A workshop's own report reads its lines only, not the whole consortium's period
CREATE INDEX sales_fact_of_member ON sales_fact (consortium_id, member_id, day);
-- Whether an order already has a line sold that day is looked up by order, not by scanning the day
CREATE INDEX sales_fact_of_order ON sales_fact (consortium_id, order_id);

-- Whether this fact is the first line sold of its order that day (among those matching `same`):
-- what makes an order count once in a rollup
CREATE FUNCTION canopy_first_sold(fact sales_fact, same_member boolean) RETURNS integer
    LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN fact.units > 0 AND NOT EXISTS (
        SELECT 1 FROM sales_fact f WHERE f.consortium_id = fact.consortium_id AND f.day = fact.day
           AND f.order_id = fact.order_id AND f.units > 0 AND f.id <> fact.id
           AND (NOT same_member OR f.member_id = fact.member_id)) THEN 1 ELSE 0 END
$$;

CREATE FUNCTION canopy_add_sales_month() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO sales_month_member AS m (consortium_id, month, member_id, orders, units, gross, shipping, refunds,
                                         commission, member_share)
    VALUES (NEW.consortium_id, date_trunc('month', NEW.day)::date, NEW.member_id, canopy_first_sold(NEW, true),
            NEW.units, NEW.gross, NEW.shipping, NEW.refunds, NEW.commission, NEW.member_share)
    ON CONFLICT (consortium_id, month, member_id) DO UPDATE SET
        orders = m.orders + excluded.orders, units = m.units + excluded.units, gross = m.gross + excluded.gross,
        shipping = m.shipping + excluded.shipping, refunds = m.refunds + excluded.refunds,
        commission = m.commission + excluded.commission, member_share = m.member_share + excluded.member_share;
    RETURN NULL;
END
$$;
CREATE TRIGGER sales_fact_adds_to_its_month AFTER INSERT ON sales_fact
    FOR EACH ROW EXECUTE FUNCTION canopy_add_sales_month();

-- A report in another currency than the base converts each order at the rate of its day, rounded
-- half to even (banker's rounding: no drift upwards over many orders), then sums
CREATE FUNCTION canopy_half_even(x numeric) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (CASE WHEN x - floor(x) <> 0.5 THEN round(x)
                 WHEN mod(floor(x), 2) = 0 THEN floor(x)
                 ELSE floor(x) + 1 END)::bigint
$$;
