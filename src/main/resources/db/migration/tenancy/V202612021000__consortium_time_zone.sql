-- The zone a consortium's managers read times in (orders placed, payouts); UTC until they choose
ALTER TABLE consortium ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC';
