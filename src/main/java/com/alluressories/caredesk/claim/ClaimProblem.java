package com.alluressories.caredesk.claim;

/** What keeps a claim from being saved, by field; the UI words each as {@code claim.error.FIELD.PROBLEM}. */
public enum ClaimProblem {
    REQUIRED, INVALID, NOT_ACCEPTED, SAME_AS_POLICY,
    /** The text holds a Hong Kong Identity Card number, which CareDesk never keeps. */
    HKID
}
