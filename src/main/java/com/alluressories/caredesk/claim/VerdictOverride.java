package com.alluressories.caredesk.claim;

import com.alluressories.caredesk.policy.Verdict;

/** The brand's final right of decision, exercised by a manager: another verdict, by whom, and why. */
public record VerdictOverride(Verdict verdict, String by, String reason) {
}
