-- A customer's data access request kept open until it is answered: the PDPO gives 40 days from the
-- day it was received (s.19(1)). Local to this PC. Once answered, the customer's phone and name are
-- emptied; the reference and the dates stay.
CREATE TABLE access_request (
    reference      TEXT NOT NULL PRIMARY KEY,
    received_on    TEXT NOT NULL,
    customer_phone TEXT NOT NULL,
    customer_name  TEXT NOT NULL DEFAULT '',
    answered_on    TEXT
);
CREATE INDEX access_request_open ON access_request (received_on) WHERE answered_on IS NULL;
