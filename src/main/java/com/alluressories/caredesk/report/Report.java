package com.alluressories.caredesk.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures over the tickets opened in a period at some shops: how many, by final verdict and
 * by state (codes in the workflow's order, only those that occur), how many are overdue today,
 * turnaround in calendar days (intake to first "ready for pickup", ready to collected), the
 * findings ticked most, manager overrides, quotes and the final charges (whole cents), and how
 * long the open tickets have stood in their state.
 */
public record Report(Optional<LocalDate> from, Optional<LocalDate> to, List<String> shops, long ticketsOpened,
                     Map<String, Long> byVerdict, Map<String, Long> byState, long overdue,
                     OptionalDouble intakeToReadyP50, OptionalDouble intakeToReadyP90,
                     OptionalDouble readyToCollectedP50, List<Count> findings, long overrides,
                     long quotesAccepted, long quotesDeclined, long quotesWaiting, long finalChargesCents,
                     List<Ageing> ageing) {

    /** The days an open ticket has stood in its state: 0–3, 4–7, 8–14, 15–30, over 30. */
    public static final int[] AGE_LIMITS = {3, 7, 14, 30};

    /** Open tickets in one state, by the days since their last step, bucket by bucket ({@link #AGE_LIMITS}). */
    public record Ageing(String state, List<Long> buckets) {
    }

    /** A code and how often it occurs. */
    public record Count(String code, long count) {
    }
}
