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
