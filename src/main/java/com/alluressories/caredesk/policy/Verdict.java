package com.alluressories.caredesk.policy;

/** What the policy says about a claim, as staff tell the customer. */
public enum Verdict {
    /** Nothing ticked yet decides the claim. */
    PENDING_INSPECTION,
    /** A manufacturing defect under warranty, nothing excluded: repaired free. */
    WARRANTY_REPAIR,
    /** The defect is repaired free; what an exclusion covers is charged. */
    PARTIAL_WARRANTY,
    /** Outside the warranty: a repair with a charge, after examination. */
    CHARGEABLE_REPAIR
}
