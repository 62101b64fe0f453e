package com.alluressories.caredesk.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Times in the store are {@code yyyyMMddHHmmss} integers in Hong Kong time: they sort as time does,
 * read plainly in the sqlite3 shell, and cost a third of the ISO text form in every index.
 */
public final class StoredTime {
    private StoredTime() {
    }

    public static long encode(LocalDateTime t) {
        return ((((t.getYear() * 100L + t.getMonthValue()) * 100 + t.getDayOfMonth()) * 100 + t.getHour()) * 100
                + t.getMinute()) * 100 + t.getSecond();
    }

    public static LocalDateTime decode(long v) {
        return LocalDateTime.of((int) (v / 10_000_000_000L), (int) (v / 100_000_000 % 100), (int) (v / 1_000_000 % 100),
                (int) (v / 10_000 % 100), (int) (v / 100 % 100), (int) (v % 100));
    }

    /** The first moment of a day, encoded. */
    public static long startOf(LocalDate day) {
        return encode(day.atStartOfDay());
    }
}
