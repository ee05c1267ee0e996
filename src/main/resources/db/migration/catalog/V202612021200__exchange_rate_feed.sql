-- Where each rate in force comes from: the reference feed (which keeps it up to date) or the
-- manager (whose rate the feed leaves alone until the override is cleared). feed_rate is the
-- feed's last rate before the markup, so clearing an override or changing the markup needs no fetch.
ALTER TABLE exchange_rate ADD COLUMN source text NOT NULL DEFAULT 'manual' CHECK (source IN ('feed', 'manual'));
ALTER TABLE exchange_rate ADD COLUMN feed_rate numeric(20, 10) CHECK (feed_rate > 0);

-- Each consortium's use of the daily reference feed: the manager's markup on its rates, the age of
-- the rates it last gave, its last failure, and when it is next due. next_fetch_at is also the lease
-- that lets one replica fetch for a consortium while the others skip it.
CREATE TABLE exchange_rate_feed (
    consortium_id    uuid PRIMARY KEY REFERENCES consortium (id),
    markup_percent   numeric(5, 2) NOT NULL DEFAULT 0 CHECK (markup_percent >= 0 AND markup_percent <= 100),
    reference_date   date,
    fetched_at       timestamptz,
    attempted_at     timestamptz,
    failure          text,
    attempts         integer NOT NULL DEFAULT 0,
    next_fetch_at    timestamptz NOT NULL
);
CREATE INDEX exchange_rate_feed_due ON exchange_rate_feed (next_fetch_at);

ALTER TABLE exchange_rate_feed ENABLE ROW LEVEL SECURITY;
ALTER TABLE exchange_rate_feed FORCE ROW LEVEL SECURITY;
CREATE POLICY exchange_rate_feed_of_current_consortium ON exchange_rate_feed
    USING (consortium_id = current_consortium())
    WITH CHECK (consortium_id = current_consortium());
-- The daily fetch serves every consortium: when its transaction says so, it may add and lease these rows
CREATE POLICY exchange_rate_feed_fetcher ON exchange_rate_feed
    USING (current_setting('canopy.rate_feed', true) = 'on');
