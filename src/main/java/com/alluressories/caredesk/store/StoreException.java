package com.alluressories.caredesk.store;

import com.alluressories.caredesk.text.Refusal;

/**
 * A store that cannot be opened or written: a {@code store.…} key and its arguments (it names the
 * path, and what to do about it).
 */
public class StoreException extends Refusal {
    public StoreException(String key, Object... args) {
        super(key, args);
    }

    public StoreException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
