-- Reports count tickets by how many calendar days they took from opening to ready for pickup, and
-- from ready to collected, without date arithmetic over every row: both are derived with the
-- ticket's state (TicketRepository.derive) and never sent. Filled here for tickets already derived.
ALTER TABLE ticket ADD COLUMN ready_days INTEGER;
ALTER TABLE ticket ADD COLUMN collected_days INTEGER;
UPDATE ticket
SET ready_days = CAST(julianday(printf('%04d-%02d-%02d', ready_at / 10000000000, ready_at / 100000000 % 100,
                                       ready_at / 1000000 % 100))
                    - julianday(printf('%04d-%02d-%02d', created_at / 10000000000, created_at / 100000000 % 100,
                                       created_at / 1000000 % 100)) AS INTEGER)
WHERE ready_at IS NOT NULL;
UPDATE ticket
SET collected_days = CAST(julianday(printf('%04d-%02d-%02d', collected_at / 10000000000,
                                           collected_at / 100000000 % 100, collected_at / 1000000 % 100))
                        - julianday(printf('%04d-%02d-%02d', ready_at / 10000000000, ready_at / 100000000 % 100,
                                           ready_at / 1000000 % 100)) AS INTEGER)
WHERE ready_at IS NOT NULL AND collected_at IS NOT NULL;
-- Turnaround counted from this index alone, in its order: no sort of every ticket.
CREATE INDEX ticket_turnaround ON ticket (ready_days, collected_days) WHERE ready_days IS NOT NULL;
