package com.alluressories.caredesk.ui.reports;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** The periods a manager picks from; a range takes its own two days. */
public enum ReportPeriod {
    THIS_MONTH, LAST_MONTH, THIS_YEAR, ALL_TIME, RANGE;

    /** The first day of the period as of {@code today}; empty when open-ended. */
    Optional<LocalDate> from(LocalDate today, LocalDate rangeFrom) {
        return switch (this) {
            case THIS_MONTH -> Optional.of(today.withDayOfMonth(1));
            case LAST_MONTH -> Optional.of(today.minusMonths(1).withDayOfMonth(1));
            case THIS_YEAR -> Optional.of(today.withDayOfYear(1));
            case ALL_TIME -> Optional.empty();
            case RANGE -> Optional.ofNullable(rangeFrom);
        };
    }

    /** The last day of the period as of {@code today}; empty when open-ended. */
    Optional<LocalDate> to(LocalDate today, LocalDate rangeTo) {
        return switch (this) {
            case THIS_MONTH, THIS_YEAR -> Optional.of(today);
            case LAST_MONTH -> Optional.of(today.minusMonths(1).with(TemporalAdjusters.lastDayOfMonth()));
            case ALL_TIME -> Optional.empty();
            case RANGE -> Optional.ofNullable(rangeTo);
        };
    }
}
