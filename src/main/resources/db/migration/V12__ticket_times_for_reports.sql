-- Reports read when a ticket was first ready for pickup and when its last step was taken. Like its
-- state, both are derived from its events (TicketHistory) on every PC and never sent: every ticket
-- is marked to be derived again, which fills them in the first time tickets are listed or reported.
ALTER TABLE ticket ADD COLUMN ready_at INTEGER;
ALTER TABLE ticket ADD COLUMN last_step_at INTEGER;
UPDATE ticket SET stale = 1;
-- A period, and a shop's period, without reading every ticket of a chain's years.
CREATE INDEX ticket_by_opened ON ticket (created_at);
CREATE INDEX ticket_by_shop_opened ON ticket (shop_code, created_at);
