package com.alluressories.caredesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A Hong Kong clock a test moves by hand: on by a duration, or to a day at 10:00. */
public final class MovingClock extends Clock {
    public static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");
    private Instant now;

    public MovingClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    /** To 10:00 on {@code day}, Hong Kong time. */
    public void on(LocalDate day) {
        now = day.atTime(10, 0).atZone(HONG_KONG).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return HONG_KONG;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
