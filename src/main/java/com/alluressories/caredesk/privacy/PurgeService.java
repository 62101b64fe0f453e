package com.alluressories.caredesk.privacy;

import com.alluressories.caredesk.claim.PhotoStore;
import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.store.Settings;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoredTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the customer from what CareDesk no longer needs to know about them, as the retention
 * schedule says, as of today: a receipt's name and phone once the longest warranty it can carry
 * has ended plus the schedule's months; a claim's and its ticket's once the piece was collected or
 * disposed of that many months ago (a claim that never became a ticket, from the day it was
 * saved). The sale, the item, the decision, the findings and the amounts stay — reports count the
 * same — and only the person goes: name and phone become {@link #REMOVED} (a receipt's, nothing),
 * the claim's notes and a manager's reason too, the ticket's last four digits, the notes and
 * message texts in its history, and the claim's photos. Each removal is an erasure row, applied
 * by the store here and at every other PC and the hub as the chain brings it ({@link ErasureSql}),
 * so a purge reaches the whole chain and a PC that was offline never brings the customer back. One
 * transaction; a dry run counts and changes nothing. Every run is in the audit trail, counts only.
 */
public final class PurgeService {
    private static final Logger LOG = LoggerFactory.getLogger(PurgeService.class);
    /** What stands where a customer's name was. */
    public static final String REMOVED = ErasureSql.REMOVED;
    static final String RECEIPT_MONTHS_KEY = "privacy.receipt_months";
    static final String CLOSED_MONTHS_KEY = "privacy.closed_months";
    static final String LAST_RUN_KEY = "privacy.last_purge";

    private final Store store;
    private final Clock clock;
    private final Policy policy;
    private final AuditLog audit;
    private final Supplier<Actor> actor;
    private final Supplier<String> nodeCode;

    /** @param nodeCode this PC's code in the chain (or its shop's), named on the erasures it makes */
    public PurgeService(Store store, Clock clock, Policy policy, AuditLog audit, Supplier<Actor> actor,
                        Supplier<String> nodeCode) {
        this.store = store;
        this.nodeCode = () -> java.util.Objects.requireNonNullElse(nodeCode.get(), "");
        this.clock = clock;
        this.policy = policy;
        this.audit = audit;
        this.actor = actor;
    }

    /** The schedule in force: a manager's, else the defaults. */
    public RetentionSchedule schedule() {
        return store.read(c -> new RetentionSchedule(
                months(Settings.get(c, RECEIPT_MONTHS_KEY), RetentionSchedule.DEFAULT.receiptMonths()),
                months(Settings.get(c, CLOSED_MONTHS_KEY), RetentionSchedule.DEFAULT.closedMonths())));
    }

    /** A manager sets the schedule (within its limits: RetentionSchedule refuses others); audited. */
    public RetentionSchedule setSchedule(Actor by, RetentionSchedule schedule) {
        by.require(Permission.CHANGE_SETTINGS);
        store.write(c -> {
            Settings.put(c, RECEIPT_MONTHS_KEY, Integer.toString(schedule.receiptMonths()));
            Settings.put(c, CLOSED_MONTHS_KEY, Integer.toString(schedule.closedMonths()));
            audit.append(c, by, AuditAction.SETTINGS_CHANGED, "privacy.retention", Map.of(
                    "receipt_months", schedule.receiptMonths(), "closed_months", schedule.closedMonths()));
            return null;
        });
        return schedule;
    }

    private static int months(Optional<String> stored, int otherwise) {
        try {
            return stored.map(String::strip).map(Integer::parseInt).orElse(otherwise);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** True when the schedule has not been applied yet today (the window applies it once a day by itself). */
    public boolean dueToday() {
        String today = LocalDate.now(clock).toString();
        return store.read(c -> Settings.get(c, LAST_RUN_KEY)).map(last -> !last.equals(today)).orElse(true);
    }

    /**
     * What the schedule would remove today, read only and not audited: what a manager sees on
     * opening Customer data (a dry run from the command line is audited, as every run is).
     */
    public PurgeResult dueNow() {
        LocalDate today = LocalDate.now(clock);
        RetentionSchedule schedule = schedule();
        return store.read(c -> {
            Due due = due(c, today, schedule);
            return new PurgeResult(today, true, due.receipts().size(), due.claims().size(), due.tickets().size(),
                    due.photos());
        });
    }

    /** Applies the schedule as of today (or counts what it would do, on a dry run). */
    public PurgeResult purge(boolean dryRun) {
        LocalDate today = LocalDate.now(clock);
        RetentionSchedule schedule = schedule();
        Actor by = actor.get();
        String node = nodeCode.get();
        PurgeResult result = store.write(c -> {
            Due due = due(c, today, schedule);
            if (!dryRun) {
                apply(c, due, node);
            }
            PurgeResult made = new PurgeResult(today, dryRun, due.receipts().size(), due.claims().size(),
                    due.tickets().size(), due.photos());
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("dry_run", dryRun);
            counts.put("as_of", today.toString());
            counts.put("receipts", made.receipts());
            counts.put("claims", made.claims());
            counts.put("tickets", made.tickets());
            counts.put("photos", made.photos());
            audit.append(c, by, AuditAction.PURGE_RUN, "privacy.retention", counts);
            if (!dryRun) {
                Settings.put(c, LAST_RUN_KEY, today.toString());
            }
            return made;
        });
        if (!dryRun) {
            // The photos' files go once the rows that named them are gone for good.
            removeErasedPhotoFiles();
        }
        return result;
    }

    /** What is due as of a day: receipts, claims and their tickets by id, and how many photos those claims hold. */
    private record Due(List<Long> receipts, List<Long> claims, List<Long> tickets, long photos) {
    }

    private Due due(Connection c, LocalDate today, RetentionSchedule schedule) throws SQLException {
        // A receipt carries the longer warranty when a line is of a metal or holds a stone that earns it.
        List<String> longer = new ArrayList<>();
        for (Metal m : policy.extendedMetals()) {
            longer.add("l.metal = '" + m.code() + "'");
        }
        for (Stone s : policy.extendedStones()) {
            longer.add("instr(';' || l.stones || ';', ';" + s.code() + ";') > 0");
        }
        String extended = longer.isEmpty() ? "0" : String.join(" OR ", longer);
        List<Long> receipts = ids(c, "SELECT r.id FROM receipt r WHERE (r.customer_name IS NOT NULL "
                + "OR r.customer_phone IS NOT NULL) AND (r.purchased_at < ? OR (r.purchased_at < ? AND NOT EXISTS "
                + "(SELECT 1 FROM receipt_line l WHERE l.receipt_id = r.id AND (" + extended + "))))",
                StoredTime.startOf(today.minusMonths(policy.extendedMonths() + (long) schedule.receiptMonths())),
                StoredTime.startOf(today.minusMonths(policy.standardMonths() + (long) schedule.receiptMonths())));
        long closedBefore = StoredTime.startOf(today.minusMonths(schedule.closedMonths()));
        List<Long> claims = ids(c, "SELECT c.id FROM claim c WHERE c.customer_name <> ? AND ("
                + "EXISTS (SELECT 1 FROM ticket t WHERE t.claim_id = c.id AND t.state IN ('COLLECTED', 'DISPOSED') "
                + "AND coalesce(t.collected_at, t.last_step_at, t.created_at) < ?) "
                + "OR (NOT EXISTS (SELECT 1 FROM ticket t WHERE t.claim_id = c.id) AND c.created_at < ?))",
                REMOVED, closedBefore, closedBefore);
        List<Long> tickets = new ArrayList<>();
        long photos = 0;
        if (!claims.isEmpty()) {
            tickets = ids(c, "SELECT t.id FROM ticket t WHERE t.claim_id IN (" + in(claims) + ")");
            photos = ids(c, "SELECT claim_id FROM claim_photo WHERE claim_id IN (" + in(claims) + ")").size();
        }
        return new Due(receipts, claims, tickets, photos);
    }

    /**
     * Removes the customer from what is due: one erasure per receipt and claim, which the store
     * applies as it is written here and wherever the chain takes it ({@link ErasureSql}).
     */
    private void apply(Connection c, Due due, String node) throws SQLException {
        long at = clock.millis();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO erasure (kind, target_id, at, node_code) VALUES (?, ?, ?, ?)")) {
            for (long id : due.receipts()) {
                erase(ps, "receipt", id, at, node);
            }
            for (long id : due.claims()) {
                erase(ps, "claim", id, at, node);
            }
        }
    }

    private static void erase(PreparedStatement ps, String kind, long id, long at, String node) throws SQLException {
        ps.setString(1, kind);
        ps.setLong(2, id);
        ps.setLong(3, at);
        ps.setString(4, node);
        ps.executeUpdate();
    }

    /**
     * Deletes the files of the photos erasures removed (here or at another PC of the chain), once
     * their rows are gone for good; returns how many files were deleted.
     */
    public int removeErasedPhotoFiles() {
        Path folder = PhotoStore.folder(store.dataDir());
        List<String[]> removed = store.read(c -> {
            List<String[]> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT sha256, media_type FROM photo_removed");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            return out;
        });
        int deleted = 0;
        List<String> done = new ArrayList<>();
        for (String[] photo : removed) {
            Path file = PhotoStore.file(folder, photo[0], photo[1]);
            try {
                if (Files.deleteIfExists(file)) {
                    deleted++;
                }
                done.add(photo[0]);
            } catch (IOException e) {
                LOG.warn("Could not delete the erased photo {}: {}", file.getFileName(), e.getMessage());
            }
        }
        if (!done.isEmpty()) {
            store.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM photo_removed WHERE sha256 = ?")) {
                    for (String sha : done) {
                        ps.setString(1, sha);
                        ps.executeUpdate();
                    }
                }
                return null;
            });
        }
        return deleted;
    }

    private static List<Long> ids(Connection c, String sql, Object... args) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }

    /** Ids as an SQL list: numbers only, made here. */
    private static String in(List<Long> ids) {
        StringBuilder out = new StringBuilder();
        for (long id : ids) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(id);
        }
        return out.toString();
    }
}
