package com.alluressories.caredesk.policy;

/** A clause that applies to a claim: its code and the clause that says so. */
public record Flag(String code, Clause clause) {
}
