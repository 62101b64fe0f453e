-- Reports count the tickets month by month and shop by shop. Each of these indexes holds what one
-- count needs, in the order it groups by, so a chain's years are counted by reading an index once,
-- with no sort of every ticket. A ticket's opening month (yyyyMM) and day (yyyyMMdd), and the
-- clause a claim's sale raised, are generated columns: computed from the row, never stored or sent
-- (the chain engine reads a table's columns as PRAGMA table_info lists them, without these, and
-- cannot read an index on an expression).
ALTER TABLE ticket ADD COLUMN opened_month INTEGER GENERATED ALWAYS AS (created_at / 100000000) VIRTUAL;
ALTER TABLE ticket ADD COLUMN opened_day INTEGER GENERATED ALWAYS AS (created_at / 1000000) VIRTUAL;
-- The clause a claim's sale raised, as the policy decides it: no receipt, a final sale (no
-- warranty), or a warranty that had ended on the day the claim was taken in.
ALTER TABLE claim ADD COLUMN sale_clause TEXT GENERATED ALWAYS AS (
    CASE WHEN receipt_no IS NULL THEN 'NO_PROOF_OF_PURCHASE'
         WHEN warranty_months = 0 THEN 'FINAL_SALE'
         WHEN CAST(replace(warranty_ends, '-', '') AS INTEGER) < created_at / 1000000 THEN 'WARRANTY_EXPIRED'
    END) VIRTUAL;
CREATE INDEX ticket_report_money ON ticket (opened_month, shop_code, opened_day, quote_decision, quote_cents,
                                            final_charge_cents, claim_id);
CREATE INDEX ticket_report_month_turnaround ON ticket (opened_month, ready_days, collected_days, shop_code, opened_day)
    WHERE ready_days IS NOT NULL;
CREATE INDEX ticket_report_shop_turnaround ON ticket (shop_code, ready_days, collected_days, opened_day)
    WHERE ready_days IS NOT NULL;
-- Turnaround over the whole report now adds up the months: the index it was counted from goes.
DROP INDEX ticket_turnaround;
-- The clauses that decided a claim (its findings on its stones, and its sale) and the products that
-- come back, each counted in this order.
CREATE INDEX claim_report_clauses ON claim (findings, stones, metal, sale_clause);
CREATE INDEX claim_report_products ON claim (sku, item_description, findings);
-- A claim's verdict read beside its ticket without reading the claim's row (its decision is long).
CREATE INDEX claim_report_verdicts ON claim (id, final_verdict, override_verdict);
CREATE INDEX claim_report_overrides ON claim (override_by, policy_verdict, final_verdict)
    WHERE override_verdict IS NOT NULL;
