package com.alluressories.caredesk.policy;

import java.util.List;

/** Findings as the policy groups them on the inspection checklist. */
public record FindingGroup(String id, Bilingual label, List<FindingRule> findings) {
}
