-- How long a parcel takes to reach a zone, as the brand promises it: shown with the shipping price in
-- the cart and at checkout (plus the maker's days for pieces made to order). Unset: not promised.
ALTER TABLE shipping_zone ADD COLUMN min_days integer CHECK (min_days BETWEEN 1 AND 365);
ALTER TABLE shipping_zone ADD COLUMN max_days integer CHECK (max_days BETWEEN 1 AND 365);
ALTER TABLE shipping_zone ADD CHECK (min_days <= max_days);
