package com.alluressories.caredesk.ticket;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where a customer's piece is, derived from its ticket's history like its state: at a shop (its
 * code), at the workshop, in transit (on which dispatch, to where), or collected; since when; the
 * shop where the customer will collect it; and whether it failed to arrive with its dispatch
 * (missing, until a manager resolves it or it is received).
 */
public record Custody(String location, Optional<String> collectAt, Optional<String> dispatchNo,
                      Optional<String> goingTo, LocalDateTime since, boolean missing) {
    /** The piece travels on a dispatch. */
    public static final String IN_TRANSIT = "IN_TRANSIT";
    /** The piece is at the brand's repair workshop. */
    public static final String WORKSHOP = "WORKSHOP";
    /** The customer has the piece back. */
    public static final String COLLECTED = "COLLECTED";

    /** A piece that has not moved: at the shop that took it in, since then. */
    public static Custody at(String shop, LocalDateTime since) {
        return new Custody(shop, Optional.empty(), Optional.empty(), Optional.empty(), since, false);
    }

    public boolean inTransit() {
        return IN_TRANSIT.equals(location);
    }

    /** The shop (or WORKSHOP) the piece is at; empty while it travels or once collected. */
    public Optional<String> place() {
        return inTransit() || COLLECTED.equals(location) ? Optional.empty() : Optional.of(location);
    }

    /** Whole days at the present location by {@code today}. */
    public long days(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(since.toLocalDate(), today));
    }

    /** Where the customer collects: the shop chosen, else the shop that took it in. */
    public String collectingShop(String homeShop) {
        return collectAt.orElse(homeShop);
    }
}
