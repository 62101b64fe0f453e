package com.alluressories.caredesk.claim;

import com.alluressories.caredesk.policy.Verdict;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** A saved claim as lists and later screens need it; {@code overrideBy} names the manager who overrode. */
public record ClaimSummary(long id, String uuid, LocalDateTime createdAt, String staffName, Optional<String> receiptNo,
                           Optional<Integer> lineNo, String customerName, String customerPhone, String itemDescription,
                           String complaint, List<String> findings, Verdict policyVerdict, Verdict finalVerdict,
                           Optional<VerdictOverride> override, List<String> flags, String policyLabel, int photos,
                           Optional<String> overrideBy) {
}
