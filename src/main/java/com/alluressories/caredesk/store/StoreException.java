package com.alluressories.caredesk.store;

/** A store that cannot be opened or written, with a message fit to show a user (it names the path). */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
