package com.alluressories.caredesk.custody;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Bags handed to a courier at one place for another: its number (the PC that made it, the day, a
 * count: unique across the chain), from, to, the courier, when and by whom, and its pieces as they
 * stand now.
 */
public record Dispatch(String dispatchNo, String from, String to, String courier, LocalDateTime createdAt, String who,
                       List<Piece> pieces) {

    /** What became of a piece put in this dispatch. */
    public enum Status {
        /** On its way (or waiting to be scanned out at the destination). */
        IN_TRANSIT,
        /** Scanned out of the bag at the destination. */
        RECEIVED,
        /** Not in the bag when the destination finished receiving: a manager resolves it. */
        MISSING,
        /** Moved on since (received, then sent again or collected), or the step could not apply. */
        MOVED_ON
    }

    /** One ticket in the dispatch: its bag tag (the ticket number), the item, how many bags, and where it stands. */
    public record Piece(String ticketNo, String item, int bags, Status status) {
    }

    public int bags() {
        return pieces.stream().mapToInt(Piece::bags).sum();
    }

    /** The pieces still expected at the destination (in transit on this dispatch, missing or not). */
    public List<Piece> expected() {
        return pieces.stream().filter(p -> p.status() == Status.IN_TRANSIT || p.status() == Status.MISSING).toList();
    }
}
