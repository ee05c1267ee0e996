-- Every rate a consortium has set, with when: a report in another currency converts each day's sales
-- at the rate in force that day. The rate table keeps only the current rates; this keeps them all.
CREATE TABLE exchange_rate_history (
    consortium_id    uuid NOT NULL REFERENCES consortium (id),
    currency         text NOT NULL,
    rate             numeric(20, 10) NOT NULL CHECK (rate > 0),
    set_at           timestamptz NOT NULL,
    PRIMARY KEY (consortium_id, currency, set_at)
);
-- Rates set before the history began count from the day they were set
INSERT INTO exchange_rate_history (consortium_id, currency, rate, set_at)
SELECT consortium_id, currency, rate, rated_on::timestamptz FROM exchange_rate;

ALTER TABLE exchange_rate_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE exchange_rate_history FORCE ROW LEVEL SECURITY;
CREATE POLICY exchange_rate_history_of_current_consortium ON exchange_rate_history
    USING (consortium_id = current_consortium())
    WITH CHECK (consortium_id = current_consortium());
