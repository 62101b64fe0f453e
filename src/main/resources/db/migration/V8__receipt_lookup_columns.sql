-- The lookup's name and last-4 searches keep their indexes, now on generated columns instead of
-- expressions: SymmetricDS (the chain) reads every index's columns by name, and an expression has
-- none. Generated columns are local to each PC and never travel.
ALTER TABLE receipt ADD COLUMN phone_last4 TEXT GENERATED ALWAYS AS (substr(customer_phone, 5, 4)) VIRTUAL;
ALTER TABLE receipt ADD COLUMN name_key TEXT GENERATED ALWAYS AS (lower(customer_name)) VIRTUAL;
DROP INDEX receipt_by_last4;
DROP INDEX receipt_by_name;
CREATE INDEX receipt_by_last4 ON receipt (phone_last4, purchased_at) WHERE customer_phone IS NOT NULL;
CREATE INDEX receipt_by_name ON receipt (name_key, purchased_at) WHERE customer_name IS NOT NULL;
