package com.alluressories.caredesk.policy;

/** A claim the policy cannot evaluate, naming the field at fault (e.g. {@code paidPrice}). */
public class InvalidClaimException extends IllegalArgumentException {
    private final String field;

    public InvalidClaimException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
