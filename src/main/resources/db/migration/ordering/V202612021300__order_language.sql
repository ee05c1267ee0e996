-- The storefront language of the checkout: the shopper's mails about the order speak it.
-- Orders placed before it was kept get their consortium's first language.
ALTER TABLE orders ADD COLUMN language text;
UPDATE orders o SET language = c.languages[1] FROM consortium c WHERE c.id = o.consortium_id;
ALTER TABLE orders ALTER COLUMN language SET NOT NULL;
