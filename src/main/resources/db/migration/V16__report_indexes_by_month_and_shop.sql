-- Reports count the tickets month by month and shop by shop. Each of these indexes holds what one
-- count needs, in the order it groups by, so a chain's years are counted by reading the index
-- once, with no sort of every ticket: a ticket's opening month (yyyyMM) and day (yyyyMMdd) are
-- expressions of created_at that the report's queries repeat exactly. Local only: the chain
-- engine shares rows, never indexes.
CREATE INDEX ticket_report_money ON ticket (created_at / 100000000, shop_code, created_at / 1000000, quote_decision,
                                            quote_cents, final_charge_cents, claim_id);
CREATE INDEX ticket_report_month_turnaround ON ticket (created_at / 100000000, ready_days, collected_days, shop_code,
                                                       created_at / 1000000) WHERE ready_days IS NOT NULL;
CREATE INDEX ticket_report_shop_turnaround ON ticket (shop_code, ready_days, collected_days, created_at / 1000000)
    WHERE ready_days IS NOT NULL;
-- Turnaround over the whole report now adds up the months: the index it was counted from goes.
DROP INDEX ticket_turnaround;
-- The clauses that decided a claim (its findings on its stones, and its sale: no receipt, final
-- sale, warranty over on the day) and the products that come back, each counted in this order.
-- The sale's expression is ReportRepository.SALE_FLAG, word for word.
CREATE INDEX claim_report_clauses ON claim (findings, stones, metal,
    CASE WHEN receipt_no IS NULL THEN 'NO_PROOF_OF_PURCHASE' WHEN warranty_months = 0 THEN 'FINAL_SALE'
         WHEN CAST(replace(warranty_ends, '-', '') AS INTEGER) < created_at / 1000000 THEN 'WARRANTY_EXPIRED' END);
CREATE INDEX claim_report_products ON claim (sku, item_description, findings);
-- A claim's verdict read beside its ticket without reading the claim's row (its decision is long).
CREATE INDEX claim_report_verdicts ON claim (id, final_verdict, override_verdict);
CREATE INDEX claim_report_overrides ON claim (override_by, policy_verdict, final_verdict)
    WHERE override_verdict IS NOT NULL;
