package com.alluressories.caredesk.policy;

/** A policy file that cannot be used; the message names the file and the key at fault. */
public class PolicyException extends RuntimeException {
    public PolicyException(String message) {
        super(message);
    }

    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
