-- The language a customer asks to be told in, as the nodes send it with their claims.
ALTER TABLE claim ADD COLUMN customer_language TEXT;
