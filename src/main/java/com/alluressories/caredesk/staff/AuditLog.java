package com.alluressories.caredesk.staff;

import com.alluressories.caredesk.store.Settings;
import com.alluressories.caredesk.store.Sql;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoredTime;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The tamper-evident audit trail. Entries are only ever appended, inside the transaction of what
 * they record (a claim and its entry are saved together or not at all). Each entry's hash covers
 * its columns and the previous entry's hash, so changing or removing an entry breaks every link
 * after it; {@link #verify()} walks the chain and names the first broken entry.
 */
public final class AuditLog {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    static final Set<String> TRIGGERS = Set.of("audit_log_no_update", "audit_log_no_delete");
    /**
     * The newest entry's number and hash, kept beside the chain in the same transaction: entries cut
     * off the end of the trail leave the chain itself whole, but no longer reach this head.
     */
    static final String HEAD = "audit.head";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "seq, at, staff_no, staff_name, approved_no, approved_name, action, record, "
            + "details, prev_hash, hash";
    private static final String[] CSV_HEADER = {"seq", "at", "staff_no", "staff_name", "approved_no", "approved_name",
        "action", "record", "details", "prev_hash", "hash"};

    private final Store store;
    private final Clock clock;

    public AuditLog(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Appends an entry inside the caller's write transaction. Details never hold a PIN or its hash. */
    public void append(Connection c, Actor actor, AuditAction action, String record, Map<String, ?> details)
            throws SQLException {
        append(c, clock, actor, action, record, details);
    }

    /** Appends an entry inside the caller's write transaction, on a store without its services (a restore at start). */
    public static void append(Connection c, Clock clock, Actor actor, AuditAction action, String record,
                              Map<String, ?> details) throws SQLException {
        long seq = 1;
        String prev = GENESIS;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                prev = rs.getString(2);
            }
        }
        long at = StoredTime.encode(LocalDateTime.now(clock));
        String detailsJson = JSON.valueToTree(details == null ? Map.of() : details).toString();
        Optional<Staff> approver = actor.approver();
        AuditEntry entry = new AuditEntry(seq, StoredTime.decode(at), actor.staffNo(), actor.staff().map(Staff::name)
                .orElse(actor.label()), approver.map(Staff::staffNo), approver.map(Staff::name), action.name(),
                record == null ? "" : record, detailsJson, prev, "");
        String hash = hashOf(seq, at, entry.staffNo().orElse(null), entry.staffName(), entry.approvedNo().orElse(null),
                entry.approvedName().orElse(null), entry.action(), entry.record(), detailsJson, prev);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setLong(2, at);
            Sql.setText(ps, 3, entry.staffNo().orElse(null));
            ps.setString(4, entry.staffName());
            Sql.setText(ps, 5, entry.approvedNo().orElse(null));
            Sql.setText(ps, 6, entry.approvedName().orElse(null));
            ps.setString(7, entry.action());
            ps.setString(8, entry.record());
            ps.setString(9, detailsJson);
            ps.setString(10, prev);
            ps.setString(11, hash);
            ps.executeUpdate();
        }
        Settings.put(c, HEAD, seq + ":" + hash);
    }

    /** Appends an entry in a transaction of its own (for what has no other write: a backup made). */
    public void append(Actor actor, AuditAction action, String record, Map<String, ?> details) {
        store.write(c -> {
            append(c, actor, action, record, details);
            return null;
        });
    }

    /**
     * The hash of an entry: SHA-256 over a JSON array of every column but the hash itself, in a
     * fixed order — JSON so that no value can run into the next one.
     */
    public static String hashOf(long seq, long at, String staffNo, String staffName, String approvedNo, String approvedName,
                         String action, String record, String details, String prevHash) {
        ArrayNode fields = JSON.createArrayNode();
        fields.add(seq);
        fields.add(at);
        fields.add(staffNo);
        fields.add(staffName);
        fields.add(approvedNo);
        fields.add(approvedName);
        fields.add(action);
        fields.add(record);
        fields.add(details);
        fields.add(prevHash);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(fields.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e1);
        }
    }

    /** Walks the whole chain from the first entry; stops at the first broken one. */
    public AuditCheck verify() {
        return store.read(AuditLog::verify);
    }

    /**
     * Walks the chain in a store file opened read-only, without the store's own checks: for a store
     * that fails them (an edited file can) but whose audit trail can still be read.
     */
    public static AuditCheck verifyFile(java.nio.file.Path file) {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            return verify(c);
        } catch (SQLException e) {
            throw new com.alluressories.caredesk.store.StoreException(e, "store.cannotRead", file, e.getMessage());
        }
    }

    static AuditCheck verify(Connection c) throws SQLException {
        Set<String> triggers = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")) {
            while (rs.next()) {
                triggers.add(rs.getString(1));
            }
        }
        AuditCheck walked;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM audit_log ORDER BY seq")) {
            walked = walk(rs);
        }
        if (!walked.intact()) {
            return walked;
        }
        long expected = walked.entries() + 1;
        String prev = walked.entries() == 0 ? GENESIS : lastHash(c);
        Optional<String> head = Settings.get(c, HEAD);
        long last = expected - 1;
        if (head.isPresent() && !head.get().equals(last + ":" + prev)) {
            String headSeq = head.get().contains(":") ? head.get().substring(0, head.get().indexOf(':')) : head.get();
            if (headSeq.matches("\\d+") && Long.parseLong(headSeq) > last) {
                return AuditCheck.broken(last, Optional.of(expected), AuditCheck.Kind.TRUNCATED, headSeq);
            }
            return AuditCheck.broken(last, Optional.of(Math.max(1, last)), AuditCheck.Kind.HEAD_CHANGED, head.get());
        }
        if (!triggers.containsAll(TRIGGERS)) {
            Set<String> missing = new TreeSet<>(TRIGGERS);
            missing.removeAll(triggers);
            return AuditCheck.broken(last, Optional.empty(), AuditCheck.Kind.TRIGGERS_MISSING, String.join(", ", missing));
        }
        return AuditCheck.intact(last);
    }

    private static String lastHash(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : GENESIS;
        }
    }

    /**
     * The columns a copy of a trail must give {@link #walk}, in this order (a {@code first_hash}
     * column may follow: the hash the entry had when head office first received it).
     */
    public static final String WALK_COLUMNS = COLUMNS;

    /**
     * Walks entries in order of {@code seq} from the first, as {@link #WALK_COLUMNS} gives them:
     * each must follow the one before, link to its hash and match its own. A twelfth
     * column {@code first_hash}, when there is one, must still be the entry's hash.
     */
    public static AuditCheck walk(ResultSet rs) throws SQLException {
        boolean withFirst = rs.getMetaData().getColumnCount() >= 12;
        long expected = 1;
        String prev = GENESIS;
        while (rs.next()) {
            // Raw columns, never decoded: an entry edited into nonsense must be reported, not crash the walk.
            long seq = rs.getLong(1);
            String action = rs.getString(7);
            String record = rs.getString(8);
            String prevHash = rs.getString(10);
            String hash = rs.getString(11);
            if (seq != expected) {
                return seq == expected + 1
                        ? AuditCheck.broken(expected - 1, Optional.of(expected), AuditCheck.Kind.MISSING, seq,
                                expected - 1)
                        : AuditCheck.broken(expected - 1, Optional.of(expected), AuditCheck.Kind.MISSING_RANGE,
                                seq - 1, seq, expected - 1);
            }
            if (!prev.equals(prevHash)) {
                return AuditCheck.broken(expected - 1, Optional.of(seq), AuditCheck.Kind.UNLINKED);
            }
            String computed = hashOf(seq, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), action, record, rs.getString(9), prevHash);
            String described = action + (record == null || record.isEmpty() ? "" : " " + record);
            if (!computed.equals(hash)) {
                return AuditCheck.broken(expected - 1, Optional.of(seq), AuditCheck.Kind.CHANGED, described);
            }
            if (withFirst && rs.getString(12) != null && !rs.getString(12).equals(hash)) {
                return AuditCheck.broken(expected - 1, Optional.of(seq), AuditCheck.Kind.CHANGED_SINCE_SENT, described);
            }
            prev = hash;
            expected++;
        }
        return AuditCheck.intact(expected - 1);
    }

    /** Entries matching a filter, newest first, at most {@code filter.limit()}. */
    public List<AuditEntry> list(AuditFilter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        filter.from().ifPresent(d -> {
            where.append(" AND at >= ?");
            args.add(StoredTime.startOf(d));
        });
        filter.to().ifPresent(d -> {
            where.append(" AND at < ?");
            args.add(StoredTime.startOf(d.plusDays(1)));
        });
        filter.staffNo().map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()).ifPresent(s -> {
            where.append(" AND (staff_no = ? OR approved_no = ?)");
            args.add(s);
            args.add(s);
        });
        filter.action().ifPresent(a -> {
            where.append(" AND action = ?");
            args.add(a.name());
        });
        filter.text().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(t -> {
            where.append(" AND (instr(lower(record), lower(?)) > 0 OR instr(lower(details), lower(?)) > 0 "
                    + "OR instr(lower(staff_name), lower(?)) > 0)");
            args.add(t);
            args.add(t);
            args.add(t);
        });
        return store.read(c -> {
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_log WHERE " + where
                    + " ORDER BY seq DESC LIMIT ?")) {
                int i = 1;
                for (Object arg : args) {
                    ps.setObject(i++, arg);
                }
                ps.setInt(i, Math.max(1, filter.limit()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(entry(rs));
                    }
                }
            }
            return entries;
        });
    }

    /**
     * Writes entries as CSV (RFC 4180, a header row, UTF-8 with a byte-order mark so Excel shows
     * the Chinese), times as ISO-8601 with the Hong Kong offset, hashes included so the export can
     * be checked against the store.
     */
    public static void writeCsv(List<AuditEntry> entries, Writer out, ZoneId zone) throws IOException {
        out.write('\uFEFF');
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (AuditEntry e : entries) {
                csv.printRecord(e.seq(), iso.format(e.at().atZone(zone)), e.staffNo().orElse(""), e.staffName(),
                        e.approvedNo().orElse(""), e.approvedName().orElse(""), e.action(), e.record(), e.details(),
                        e.prevHash(), e.hash());
            }
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), StoredTime.decode(rs.getLong(2)), Optional.ofNullable(rs.getString(3)),
                rs.getString(4), Optional.ofNullable(rs.getString(5)), Optional.ofNullable(rs.getString(6)),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
    }
}
