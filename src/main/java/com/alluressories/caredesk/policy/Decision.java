package com.alluressories.caredesk.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The policy's answer for one claim, self-contained so it can be stored as it was shown:
 * a later policy change never rewrites it.
 *
 * @param warrantyMonths the warranty's length for this item (0 for a final sale)
 * @param warrantyEnds   the last covered day; empty without proof of purchase or for a final sale
 * @param flags          the clauses that apply, sorted by code
 * @param coverage       the clause that covers a ticked manufacturing defect, when the warranty covers it
 */
public record Decision(Verdict verdict, int warrantyMonths, Optional<LocalDate> warrantyEnds,
                       List<Flag> flags, Optional<Clause> coverage, String policyId, String policyVersion,
                       LocalDate claimDate) {

    public List<String> flagCodes() {
        return flags.stream().map(Flag::code).toList();
    }

    public boolean hasFlag(String code) {
        return flags.stream().anyMatch(f -> f.code().equals(code));
    }

    /** Days from the claim date to the warranty's end, when the warranty is still running. */
    public Optional<Long> daysLeft() {
        return warrantyEnds.filter(end -> !claimDate.isAfter(end))
                .map(end -> ChronoUnit.DAYS.between(claimDate, end));
    }

    /** The policy's id and version as one label, e.g. {@code alluressories-hk-warranty@2026.1}. */
    public String policyLabel() {
        return policyId + "@" + policyVersion;
    }
}
