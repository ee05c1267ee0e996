-- Unpaid orders hold stock, so each shopper may hold only a few at once: counted per e-mail and per
-- client address (the proxy-forwarded one only behind a trusted proxy). Orders placed before it
-- was kept have no client address.
ALTER TABLE orders ADD COLUMN client_address text;
CREATE INDEX orders_unpaid_by_email ON orders (consortium_id, email) WHERE status = 'awaiting_payment';
CREATE INDEX orders_unpaid_by_client ON orders (consortium_id, client_address)
    WHERE status = 'awaiting_payment' AND client_address IS NOT NULL;
