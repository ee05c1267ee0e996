-- What an Idempotency-Key was first used for: a digest of the cart and the checkout body. The same
-- key with another cart or body is refused instead of answering the first shopper's order.
-- Orders placed before it was kept have none and are bound to their cart only.
ALTER TABLE orders ADD COLUMN request_fingerprint text;
