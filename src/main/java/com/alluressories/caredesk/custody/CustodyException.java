package com.alluressories.caredesk.custody;

import com.alluressories.caredesk.text.Refusal;

/** A custody step refused at the counter, with the reason in the reader's language. */
public class CustodyException extends Refusal {
    public CustodyException(String key, Object... args) {
        super(key, args);
    }
}
