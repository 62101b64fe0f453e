package com.alluressories.caredesk.privacy;

import java.time.LocalDate;

/**
 * What a purge did (or, on a dry run, would do) as of a day: how many receipts, claims and tickets
 * had their customer removed, and how many photos of those claims were deleted.
 */
public record PurgeResult(LocalDate asOf, boolean dryRun, long receipts, long claims, long tickets, long photos) {
}
