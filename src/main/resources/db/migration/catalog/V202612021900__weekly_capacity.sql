-- How many pieces a maker can make in a week: an order line may ask that many made to order, no more
-- (null: no limit). Not reviewed by the brand, like stock.
ALTER TABLE product ADD COLUMN weekly_capacity integer CHECK (weekly_capacity BETWEEN 1 AND 10000);
