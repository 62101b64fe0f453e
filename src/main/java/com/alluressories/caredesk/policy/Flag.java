package com.alluressories.caredesk.policy;

import java.util.List;

/**
 * A clause that applies to a claim: its code, the clause that says so, and — for a finding whose
 * link to the clause is not in the clause's own words — why that finding falls under it.
 */
public record Flag(String code, Clause clause, List<Bilingual> because) {
    public Flag {
        because = List.copyOf(because);
    }

    public Flag(String code, Clause clause) {
        this(code, clause, List.of());
    }
}
