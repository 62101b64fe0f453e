package com.alluressories.caredesk.notice;

import com.alluressories.caredesk.text.Refusal;

/** A notice that cannot be given: no such ticket, the ticket is not at that point, a template that does not hold. */
public final class NoticeException extends Refusal {
    public NoticeException(String key, Object... args) {
        super(key, args);
    }
}
