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
 * long the open tickets have stood in their state. The same figures month by month and shop by
 * shop; the overrides by manager and which way; the clauses that decided (exclusions); and the
 * metals, stones and products (SKUs) that came back, most first.
 */
public record Report(Optional<LocalDate> from, Optional<LocalDate> to, List<String> shops, long ticketsOpened,
                     Map<String, Long> byVerdict, Map<String, Long> byState, long overdue,
                     OptionalDouble intakeToReadyP50, OptionalDouble intakeToReadyP90,
                     OptionalDouble readyToCollectedP50, List<Count> findings, long overrides,
                     long quotesAccepted, long quotesDeclined, long quotesWaiting, long finalChargesCents,
                     List<Ageing> ageing, List<Slice> byMonth, List<Slice> byShop, List<OverrideCount> overridesBy,
                     List<Count> exclusions, List<Count> metals, List<Count> stones, List<Product> products) {

    /** The days an open ticket has stood in its state: 0–3, 4–7, 8–14, 15–30, over 30. */
    public static final int[] AGE_LIMITS = {3, 7, 14, 30};

    /** Open tickets in one state, by the days since their last step, bucket by bucket ({@link #AGE_LIMITS}). */
    public record Ageing(String state, List<Long> buckets) {
    }

    /** A code and how often it occurs. */
    public record Count(String code, long count) {
    }

    /**
     * The tickets opened in one month ({@code key} yyyy-MM) or at one shop ({@code key} its code):
     * how many, by final verdict, overridden, their turnaround, quotes and final charges.
     */
    public record Slice(String key, long opened, Map<String, Long> byVerdict, long overrides,
                        OptionalDouble intakeToReadyP50, OptionalDouble intakeToReadyP90,
                        OptionalDouble readyToCollectedP50, long quotesAccepted, long quotesDeclined,
                        long finalChargesCents) {

        /** How many of its tickets have this final verdict. */
        public long verdict(String code) {
            return byVerdict.getOrDefault(code, 0L);
        }
    }

    /** Claims a manager overrode from what the policy said ({@code from}) to their verdict ({@code to}). */
    public record OverrideCount(String manager, String from, String to, long count) {
    }

    /**
     * A product that came back: its SKU (empty for pieces taken in without one) and description, how
     * many tickets, and how many of them had a manufacturing defect ticked.
     */
    public record Product(String sku, String description, long count, long defects) {
    }
}
