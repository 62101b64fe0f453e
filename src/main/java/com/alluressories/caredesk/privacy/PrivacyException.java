package com.alluressories.caredesk.privacy;

import com.alluressories.caredesk.text.Refusal;

/** A privacy step refused, with the reason in the reader's language. */
public class PrivacyException extends Refusal {
    public PrivacyException(String key, Object... args) {
        super(key, args);
    }
}
