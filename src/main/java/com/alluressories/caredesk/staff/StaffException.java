package com.alluressories.caredesk.staff;

/** Staff details or a PIN that cannot be used, with the reason in words staff understand. */
public final class StaffException extends IllegalArgumentException {
    private final String key;
    private final Object[] args;

    /** @param key the message key ({@code staff.problem.…}) for the UI; the message is its English form */
    public StaffException(String key, String message, Object... args) {
        super(message);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
