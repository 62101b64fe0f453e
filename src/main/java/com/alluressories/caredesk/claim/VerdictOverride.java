package com.alluressories.caredesk.claim;

import com.alluressories.caredesk.policy.Verdict;

/**
 * The brand's final right of decision: another verdict, and why. Who decided is the manager whose
 * authority the saving actor carries (signed in, or approving on the spot), never a typed name.
 */
public record VerdictOverride(Verdict verdict, String reason) {
}
