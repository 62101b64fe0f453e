package com.alluressories.caredesk.report;

import com.alluressories.caredesk.text.Refusal;

/** A report that cannot be made as asked (a period that ends before it starts). */
public final class ReportException extends Refusal {
    public ReportException(String key, Object... args) {
        super(key, args);
    }
}
