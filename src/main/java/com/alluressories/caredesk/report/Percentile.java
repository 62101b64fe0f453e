package com.alluressories.caredesk.report;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Percentiles of a list of numbers, the way a spreadsheet's PERCENTILE.INC takes them: the value
 * at rank p × (n − 1) of the sorted list, between two neighbours in proportion (so the median of
 * 1, 2, 3, 4 is 2.5). Empty for no numbers.
 */
public final class Percentile {
    private Percentile() {
    }

    /** The percentile of numbers given as how many times each occurs (a chain's years as a few hundred pairs). */
    public static OptionalDouble of(java.util.NavigableMap<Integer, Long> counts, double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("a percentile is between 0 and 1, not " + p);
        }
        long n = 0;
        for (long c : counts.values()) {
            n += c;
        }
        if (n == 0) {
            return OptionalDouble.empty();
        }
        double rank = p * (n - 1);
        long below = (long) Math.floor(rank);
        long above = Math.min(n - 1, below + 1);
        int low = at(counts, below);
        int high = at(counts, above);
        return OptionalDouble.of(low + (high - low) * (rank - below));
    }

    /** The value at a 0-based position of the sorted numbers. */
    private static int at(java.util.NavigableMap<Integer, Long> counts, long position) {
        long seen = 0;
        for (java.util.Map.Entry<Integer, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (position < seen) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("position " + position + " of " + seen);
    }

    public static OptionalDouble of(int[] values, int count, double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("a percentile is between 0 and 1, not " + p);
        }
        if (count == 0) {
            return OptionalDouble.empty();
        }
        int[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        double rank = p * (count - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(count - 1, below + 1);
        double share = rank - below;
        return OptionalDouble.of(sorted[below] + (sorted[above] - sorted[below]) * share);
    }
}
