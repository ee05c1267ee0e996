-- Proposed rollups for the export-sales report, created here from sales_fact for the benchmark (the app
-- would maintain them in SalesLedger's transaction: insert ... on conflict (consortium_id, day, ...) do
-- update set orders = orders + <1 if this is the order's first sale fact in the group>, units = units + ...).
-- orders: distinct orders with a sold line (units > 0) that day; additive over days as long as all of an
-- order's sale facts for the group fall on one day (true for a member: its parcel is one transaction).
\set ON_ERROR_STOP on
DROP TABLE IF EXISTS sales_day_country, sales_day_member;
CREATE TABLE sales_day_country (
    consortium_id uuid NOT NULL REFERENCES consortium (id),
    day           date NOT NULL,
    country       text NOT NULL,
    orders        bigint NOT NULL,
    units         bigint NOT NULL,
    gross         bigint NOT NULL,
    shipping      bigint NOT NULL,
    refunds       bigint NOT NULL,
    commission    bigint NOT NULL,
    member_share  bigint NOT NULL,
    PRIMARY KEY (consortium_id, day, country)
);
CREATE TABLE sales_day_member (
    consortium_id uuid NOT NULL REFERENCES consortium (id),
    day           date NOT NULL,
    member_id     uuid NOT NULL,
    orders        bigint NOT NULL,
    units         bigint NOT NULL,
    gross         bigint NOT NULL,
    shipping      bigint NOT NULL,
    refunds       bigint NOT NULL,
    commission    bigint NOT NULL,
    member_share  bigint NOT NULL,
    PRIMARY KEY (consortium_id, day, member_id),
    FOREIGN KEY (consortium_id, member_id) REFERENCES member (consortium_id, id)
);
INSERT INTO sales_day_country
SELECT consortium_id, day, country, count(DISTINCT order_id) FILTER (WHERE units > 0), sum(units), sum(gross),
       sum(shipping), sum(refunds), sum(commission), sum(member_share)
FROM sales_fact GROUP BY 1, 2, 3;
INSERT INTO sales_day_member
SELECT consortium_id, day, member_id, count(DISTINCT order_id) FILTER (WHERE units > 0), sum(units), sum(gross),
       sum(shipping), sum(refunds), sum(commission), sum(member_share)
FROM sales_fact GROUP BY 1, 2, 3;
ALTER TABLE sales_day_country ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales_day_country FORCE ROW LEVEL SECURITY;
CREATE POLICY sales_day_country_of_current_consortium ON sales_day_country
    USING (consortium_id = current_consortium()) WITH CHECK (consortium_id = current_consortium());
ALTER TABLE sales_day_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales_day_member FORCE ROW LEVEL SECURITY;
CREATE POLICY sales_day_member_of_current_consortium ON sales_day_member
    USING (consortium_id = current_consortium()) WITH CHECK (consortium_id = current_consortium());
GRANT SELECT, INSERT, UPDATE, DELETE ON sales_day_country, sales_day_member TO canopy_app;
VACUUM (ANALYZE) sales_day_country;
VACUUM (ANALYZE) sales_day_member;
SELECT 'sales_day_country', count(*), pg_size_pretty(pg_total_relation_size('sales_day_country')) FROM sales_day_country
UNION ALL
SELECT 'sales_day_member', count(*), pg_size_pretty(pg_total_relation_size('sales_day_member')) FROM sales_day_member;

-- sales_day_member has nearly as many rows as sales_fact (813,234 of 1,030,044 here: a member sells
-- about once a day), so it does not help. By month it does: whole months of a period from here, the
-- days of a partial first or last month from sales_fact (bench/sales/rollup/rows-member.sql measures
-- whole months only, which the benchmark's two periods are).
DROP TABLE IF EXISTS sales_month_member;
CREATE TABLE sales_month_member (
    consortium_id uuid NOT NULL REFERENCES consortium (id),
    month         date NOT NULL,   -- first day of the month
    member_id     uuid NOT NULL,
    orders        bigint NOT NULL,
    units         bigint NOT NULL,
    gross         bigint NOT NULL,
    shipping      bigint NOT NULL,
    refunds       bigint NOT NULL,
    commission    bigint NOT NULL,
    member_share  bigint NOT NULL,
    PRIMARY KEY (consortium_id, month, member_id),
    FOREIGN KEY (consortium_id, member_id) REFERENCES member (consortium_id, id)
);
INSERT INTO sales_month_member
SELECT consortium_id, date_trunc('month', day)::date, member_id, count(DISTINCT order_id) FILTER (WHERE units > 0),
       sum(units), sum(gross), sum(shipping), sum(refunds), sum(commission), sum(member_share)
FROM sales_fact GROUP BY 1, 2, 3;
ALTER TABLE sales_month_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales_month_member FORCE ROW LEVEL SECURITY;
CREATE POLICY sales_month_member_of_current_consortium ON sales_month_member
    USING (consortium_id = current_consortium()) WITH CHECK (consortium_id = current_consortium());
GRANT SELECT, INSERT, UPDATE, DELETE ON sales_month_member TO canopy_app;
VACUUM (ANALYZE) sales_month_member;
SELECT 'sales_month_member', count(*), pg_size_pretty(pg_total_relation_size('sales_month_member')) FROM sales_month_member;
