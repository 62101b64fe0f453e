package com.alluressories.caredesk.receipt;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.store.Sql;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoredTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the tills' sales export. The whole file is read and checked (every row, against itself
 * and against what is stored) inside one write transaction, and committed only when no row has a
 * problem: a bad file, a cancel or a crash leaves the store exactly as it was. Reading the file once
 * (rather than checking it, then reading it again to store it) halves the work on a big file.
 * Rows already stored exactly are skipped.
 */
public final class ReceiptImporter {
    /** How many problems are kept to show; all are counted. */
    public static final int PROBLEM_LIMIT = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptImporter.class);
    private static final int BATCH = 4_096;

    private final Store store;
    private final Clock clock;

    private final Supplier<Actor> actor;
    private final AuditLog audit;

    /** @param actor who imports; the import (or its rejection) is recorded in {@code audit} */
    public ReceiptImporter(Store store, Clock clock, Supplier<Actor> actor, AuditLog audit) {
        this.store = store;
        this.clock = clock;
        this.actor = actor;
        this.audit = audit;
    }

    /** What the import learns about each receipt in the file. */
    private static final class Seen {
        final long firstLine;
        final String shopCode;
        final LocalDateTime purchasedAt;
        final Optional<String> name;
        final Optional<String> phone;
        int[] lineNos = new int[3];
        long[] fileLines = new long[3];
        int count;
        long id;
        boolean stored; // the receipt was in the store before this import
        Map<Integer, ReceiptLine> storedLines = Map.of();

        Seen(SalesCsv.Row row) {
            firstLine = row.line();
            shopCode = row.shopCode();
            purchasedAt = row.purchasedAt();
            name = row.customerName();
            phone = row.customerPhone();
        }

        /** The file line that already listed this line number, or 0. */
        long lineOf(int lineNo) {
            for (int i = 0; i < count; i++) {
                if (lineNos[i] == lineNo) {
                    return fileLines[i];
                }
            }
            return 0;
        }

        void add(int lineNo, long fileLine) {
            if (count == lineNos.length) {
                lineNos = Arrays.copyOf(lineNos, count * 2);
                fileLines = Arrays.copyOf(fileLines, count * 2);
            }
            lineNos[count] = lineNo;
            fileLines[count++] = fileLine;
        }
    }

    /** The state of one import: what was seen, what went wrong, what was added. */
    private static final class Run {
        final Map<String, Seen> receipts = new HashMap<>();
        final List<ImportProblem> problems = new ArrayList<>();
        long problemCount;
        long rows;
        long receiptsAdded;
        long linesAdded;
        long receiptsSkipped;
        long linesSkipped;

        void problem(ImportProblem problem) {
            problemCount++;
            if (problems.size() < PROBLEM_LIMIT) {
                problems.add(problem);
            }
        }
    }

    /** Thrown inside the transaction to roll it back when the file has problems. */
    private static final class Rejected extends RuntimeException {
        Rejected() {
            super(null, null, false, false);
        }
    }

    public ImportResult importFile(Path file, ImportProgress progress) {
        long started = clock.millis();
        Run run = new Run();
        boolean cancelled = false;
        Actor by = actor.get();
        String name = String.valueOf(file.getFileName());
        try {
            store.write(c -> {
                importInto(c, file, run, progress);
                if (run.problemCount > 0) {
                    throw new Rejected();
                }
                audit.append(c, by, AuditAction.RECEIPTS_IMPORTED, name, Map.of("path", file.toAbsolutePath().toString(),
                        "rows", run.rows, "receipts_added", run.receiptsAdded, "lines_added", run.linesAdded,
                        "lines_skipped", run.linesSkipped));
                return null;
            });
            LOG.info("Imported {}: {} rows, {} receipts and {} lines added, {} lines skipped, in {} ms",
                    file.getFileName(), run.rows, run.receiptsAdded, run.linesAdded, run.linesSkipped,
                    clock.millis() - started);
        } catch (Rejected e) {
            LOG.info("Rejected {}: {} problems in {} rows", file.getFileName(), run.problemCount, run.rows);
            audit.append(by, AuditAction.RECEIPTS_IMPORT_REJECTED, name, Map.of("path",
                    file.toAbsolutePath().toString(), "rows", run.rows, "problems", run.problemCount));
        } catch (CancellationException e) {
            cancelled = true;
        }
        boolean stored = run.problemCount == 0 && !cancelled;
        return new ImportResult(stored ? run.receiptsAdded : 0, stored ? run.linesAdded : 0, run.receiptsSkipped,
                run.linesSkipped, run.problems, run.problemCount, cancelled, Duration.ofMillis(clock.millis() - started));
    }

    private void importInto(Connection c, Path file, Run run, ImportProgress progress) throws SQLException {
        long firstNewId;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM receipt")) {
            rs.next();
            firstNewId = rs.getLong(1) + 1;
        }
        boolean storeHasReceipts = firstNewId > 1;
        // A file bigger than what is stored loads faster with the lookup indexes built once at the end
        // than kept up to date row by row; inside the transaction, so a rollback restores them too.
        List<String> deferred = estimatedReceipts(file) > firstNewId ? dropLookupIndexes(c) : List.of();
        List<ImportProblem> headerProblems = new ArrayList<>();
        try (SalesCsv csv = SalesCsv.open(file, headerProblems);
             PreparedStatement receipts = c.prepareStatement("INSERT INTO receipt (id, receipt_no, shop_code, purchased_at, "
                     + "customer_name, customer_phone) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement lines = c.prepareStatement("INSERT INTO receipt_line (receipt_id, line_no, sku, description, "
                     + "metal, stones, list_price_cents, paid_price_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            headerProblems.forEach(run::problem);
            if (csv == null) {
                return;
            }
            long[] nextId = {firstNewId};
            int[] pending = {0};
            SQLException[] failure = {null};
            csv.forEach(row -> {
                if ((csv.rowsRead() & 1023) == 0) {
                    if (progress.isCancelled()) {
                        throw new CancellationException();
                    }
                    progress.update(csv.fractionRead(), csv.rowsRead());
                }
                if (failure[0] != null) {
                    return;
                }
                try {
                    if (accept(c, row, run, storeHasReceipts) && run.problemCount == 0) {
                        Seen seen = run.receipts.get(row.receiptNo());
                        if (seen.id == 0) {
                            seen.id = nextId[0]++;
                            addReceipt(receipts, seen.id, row);
                            run.receiptsAdded++;
                        }
                        addLine(lines, seen.id, row.item());
                        run.linesAdded++;
                        if (++pending[0] >= BATCH) {
                            receipts.executeBatch();
                            lines.executeBatch();
                            pending[0] = 0;
                        }
                    }
                } catch (SQLException e) {
                    failure[0] = e;
                }
            }, run::problem);
            run.rows = csv.rowsRead();
            if (failure[0] != null) {
                throw failure[0];
            }
            if (run.problemCount == 0) {
                receipts.executeBatch();
                lines.executeBatch();
                try (Statement st = c.createStatement()) {
                    for (String sql : deferred) {
                        st.execute(sql);
                    }
                }
            }
            progress.update(1.0, csv == null ? 0 : csv.rowsRead());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static long estimatedReceipts(Path file) {
        try {
            return java.nio.file.Files.size(file) / 300; // about 120 bytes a line, 2.5 lines a receipt
        } catch (IOException e) {
            return 0;
        }
    }

    /** Drops the secondary indexes of the receipt tables; returns the SQL that makes them again. */
    private static List<String> dropLookupIndexes(Connection c) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master "
                + "WHERE type = 'index' AND tbl_name IN ('receipt', 'receipt_line') AND sql IS NOT NULL")) {
            while (rs.next()) {
                indexes.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        List<String> recreate = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            for (String[] index : indexes) {
                st.execute("DROP INDEX \"" + index[0].replace("\"", "\"\"") + "\"");
                recreate.add(index[1]);
            }
        }
        return recreate;
    }

    /** Checks a row against the rest of the file and the store; true when its line is to be stored. */
    private boolean accept(Connection c, SalesCsv.Row row, Run run, boolean storeHasReceipts) throws SQLException {
        Seen seen = run.receipts.get(row.receiptNo());
        if (seen == null) {
            seen = new Seen(row);
            run.receipts.put(row.receiptNo(), seen);
            if (storeHasReceipts) {
                compareWithStore(c, row, seen, run);
            }
        } else {
            compareHeader(row, seen, run);
        }
        int lineNo = row.item().lineNo();
        long earlier = seen.lineOf(lineNo);
        if (earlier != 0) {
            run.problem(ImportProblem.of(row.line(), "line_no", String.valueOf(lineNo), ImportProblem.Kind.LINE_TWICE,
                    row.receiptNo(), lineNo, earlier));
            return false;
        }
        seen.add(lineNo, row.line());
        ReceiptLine stored = seen.storedLines.get(lineNo);
        if (stored == null) {
            return true;
        }
        if (sameLine(stored, row.item())) {
            run.linesSkipped++;
        } else {
            run.problem(ImportProblem.of(row.line(), "line_no", String.valueOf(lineNo), ImportProblem.Kind.STORED_LINE_DIFFERS,
                    row.receiptNo(), lineNo, describe(stored), describe(row.item())));
        }
        return false;
    }

    private static void compareHeader(SalesCsv.Row row, Seen seen, Run run) {
        differs(row, run, seen, "shop_code", row.shopCode(), seen.shopCode);
        differs(row, run, seen, "purchased_at", row.purchasedAt().toString(), seen.purchasedAt.toString());
        differs(row, run, seen, "customer_name", row.customerName().orElse(""), seen.name.orElse(""));
        differs(row, run, seen, "customer_phone", row.customerPhone().orElse(""), seen.phone.orElse(""));
    }

    private static void differs(SalesCsv.Row row, Run run, Seen seen, String column, String value, String first) {
        if (!value.equals(first)) {
            run.problem(ImportProblem.of(row.line(), column, value, ImportProblem.Kind.HEADER_DIFFERS, row.receiptNo(),
                    seen.firstLine, first));
        }
    }

    private static void compareWithStore(Connection c, SalesCsv.Row row, Seen seen, Run run) throws SQLException {
        Optional<ReceiptQueries.Stored> stored = ReceiptQueries.byReceiptNo(c, row.receiptNo());
        if (stored.isEmpty()) {
            return;
        }
        Receipt receipt = stored.get().receipt();
        boolean sameHeader = receipt.shopCode().equals(row.shopCode()) && receipt.purchasedAt().equals(row.purchasedAt())
                && receipt.customerName().equals(row.customerName()) && receipt.customerPhone().equals(row.customerPhone());
        if (!sameHeader) {
            run.problem(ImportProblem.of(row.line(), "receipt_no", row.receiptNo(), ImportProblem.Kind.STORED_HEADER_DIFFERS,
                    receipt.shopCode() + ", " + receipt.purchasedAt() + ", " + receipt.customerName().orElse("-") + ", "
                            + receipt.customerPhone().orElse("-")));
        }
        seen.id = stored.get().id();
        seen.stored = true;
        Map<Integer, ReceiptLine> lines = new HashMap<>();
        receipt.lines().forEach(l -> lines.put(l.lineNo(), l));
        seen.storedLines = lines;
        run.receiptsSkipped++;
    }

    private static boolean sameLine(ReceiptLine a, ReceiptLine b) {
        return a.sku().equals(b.sku()) && a.description().equals(b.description()) && a.metal() == b.metal()
                && a.stones().equals(b.stones()) && a.listPrice().compareTo(b.listPrice()) == 0
                && a.paidPrice().compareTo(b.paidPrice()) == 0;
    }

    private static String describe(ReceiptLine line) {
        return line.sku() + ", " + line.metal().code() + ", " + line.listPrice().toPlainString() + "/"
                + line.paidPrice().toPlainString();
    }

    private static void addReceipt(PreparedStatement ps, long id, SalesCsv.Row row) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, row.receiptNo());
        ps.setString(3, row.shopCode());
        ps.setLong(4, StoredTime.encode(row.purchasedAt()));
        Sql.setText(ps, 5, row.customerName().orElse(null));
        Sql.setText(ps, 6, row.customerPhone().orElse(null));
        ps.addBatch();
    }

    private static void addLine(PreparedStatement ps, long receiptId, ReceiptLine line) throws SQLException {
        ps.setLong(1, receiptId);
        ps.setInt(2, line.lineNo());
        ps.setString(3, line.sku());
        ps.setString(4, line.description());
        ps.setString(5, line.metal().code());
        ps.setString(6, ReceiptRepository.stonesCode(line));
        ps.setLong(7, ReceiptRepository.cents(line.listPrice()));
        ps.setLong(8, ReceiptRepository.cents(line.paidPrice()));
        ps.addBatch();
    }
}
