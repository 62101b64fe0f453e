package com.alluressories.caredesk.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which tickets a report covers: those opened from {@code from} to {@code to} (both days
 * included, Hong Kong dates; either open-ended when empty) at {@code shops} (every shop this PC
 * holds when empty).
 */
public record ReportScope(Optional<LocalDate> from, Optional<LocalDate> to, Set<String> shops) {
    public ReportScope {
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new ReportException("report.backwards", from.get(), to.get());
        }
        Set<String> codes = new TreeSet<>();
        for (String shop : shops) {
            String code = shop.strip().toUpperCase(Locale.ROOT);
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        shops = Set.copyOf(codes);
    }

    /** Every ticket this PC holds. */
    public static ReportScope allTime() {
        return new ReportScope(Optional.empty(), Optional.empty(), Set.of());
    }
}
