-- The workshop's street address: the sender printed on the customs papers of the parcels it ships
ALTER TABLE member ADD COLUMN address jsonb;
