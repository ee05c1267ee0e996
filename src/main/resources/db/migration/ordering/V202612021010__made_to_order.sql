-- Made to order: a product with a lead time sells beyond its stock. Each line records how many of its
-- pieces came from stock (what a cancellation gives back; null: all of them, as before this) and the
-- days the maker needs when some are made for the order.
ALTER TABLE order_line ADD COLUMN from_stock integer CHECK (from_stock BETWEEN 0 AND quantity);
ALTER TABLE order_line ADD COLUMN made_in_days integer CHECK (made_in_days > 0);
