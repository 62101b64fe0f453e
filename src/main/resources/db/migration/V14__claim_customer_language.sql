-- The language the customer asks to be told in (en or zh), asked at intake and kept on the claim;
-- NULL for claims taken before it was asked (their messages follow the customer's name).
ALTER TABLE claim ADD COLUMN customer_language TEXT CHECK (customer_language IN ('en', 'zh'));
