-- The export-sales report's facts, written in the transaction of the payment or refund they record:
-- one row per order line sold (on the day its order was paid) and per line refunded (on the day of
-- the refund), in the consortium's base currency at the rate frozen in the order. Reports sum them.
CREATE TABLE sales_fact (
    consortium_id    uuid NOT NULL REFERENCES consortium (id),
    id               uuid NOT NULL,
    day              date NOT NULL,
    order_id         uuid NOT NULL,
    country          text NOT NULL,
    member_id        uuid NOT NULL,
    product_id       uuid NOT NULL,
    category_id      uuid,
    units            integer NOT NULL,
    gross            bigint NOT NULL,
    shipping         bigint NOT NULL,
    refunds          bigint NOT NULL,
    commission       bigint NOT NULL,
    member_share     bigint NOT NULL,
    PRIMARY KEY (consortium_id, id),
    FOREIGN KEY (consortium_id, order_id) REFERENCES orders (consortium_id, id),
    FOREIGN KEY (consortium_id, member_id) REFERENCES member (consortium_id, id)
);
-- A period's facts are read in one range scan, their figures from the index alone
CREATE INDEX sales_fact_by_day ON sales_fact (consortium_id, day)
    INCLUDE (order_id, country, member_id, product_id, category_id, units, gross, shipping, refunds, commission,
             member_share);

ALTER TABLE sales_fact ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales_fact FORCE ROW LEVEL SECURITY;
CREATE POLICY sales_fact_of_current_consortium ON sales_fact
    USING (consortium_id = current_consortium())
    WITH CHECK (consortium_id = current_consortium());
