package com.alluressories.caredesk.receipt;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the tills' sales export. The whole file is read and checked (every row, against itself
 * and against what is stored) inside one write transaction, and committed only when no row has a
 * problem: a bad file, a cancel or a crash leaves the store exactly as it was. Reading the file once
 * (rather than checking it, then reading it again to store it) halves the work on a big file.
 * Rows already stored exactly are skipped. This room owns the transaction, the progress and cancel,
 * and the audit entry; {@link SalesCsv} reads the file, {@link ImportChecks} checks each row and
 * {@link ReceiptBatchWriter} writes the new ones.
 */
public final class ReceiptImporter {
    /** How many problems are kept to show; all are counted. */
    public static final int PROBLEM_LIMIT = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptImporter.class);

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

    /** One import's outcome as it builds up. */
    private static final class Run {
        ImportChecks checks = new ImportChecks(false);
        long rows;
        long receiptsAdded;
        long linesAdded;
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
                if (run.checks.problemCount() > 0) {
                    throw new Rejected();
                }
                audit.append(c, by, AuditAction.RECEIPTS_IMPORTED, name, Map.of("path", file.toAbsolutePath().toString(),
                        "rows", run.rows, "receipts_added", run.receiptsAdded, "lines_added", run.linesAdded,
                        "lines_skipped", run.checks.linesSkipped()));
                return null;
            });
            LOG.info("Imported {}: {} rows, {} receipts and {} lines added, {} lines skipped, in {} ms",
                    file.getFileName(), run.rows, run.receiptsAdded, run.linesAdded, run.checks.linesSkipped(),
                    clock.millis() - started);
        } catch (Rejected e) {
            LOG.info("Rejected {}: {} problems in {} rows", file.getFileName(), run.checks.problemCount(), run.rows);
            audit.append(by, AuditAction.RECEIPTS_IMPORT_REJECTED, name, Map.of("path",
                    file.toAbsolutePath().toString(), "rows", run.rows, "problems", run.checks.problemCount()));
        } catch (CancellationException e) {
            cancelled = true;
        }
        ImportChecks checks = run.checks;
        boolean stored = checks.problemCount() == 0 && !cancelled;
        return new ImportResult(stored ? run.receiptsAdded : 0, stored ? run.linesAdded : 0, checks.receiptsSkipped(),
                checks.linesSkipped(), checks.problems(), checks.problemCount(), cancelled,
                Duration.ofMillis(clock.millis() - started));
    }

    /**
     * How much of the store SQLite may keep in memory during an import (kibibytes): receipts are keyed
     * by a hash of their number, so each new one lands at a random place in the tables; with the
     * tables in memory that costs no read from disk. The usual 2 MB is put back after, and the memory
     * returned. The same holds for the helper threads SQLite may sort with (none outside an import).
     */
    private static final long IMPORT_CACHE_KIB = 256 * 1024;

    /** Reads, checks and writes the whole file inside the transaction, with the larger cache. */
    private void importInto(Connection c, Path file, Run run, ImportProgress progress) throws SQLException {
        String usual;
        try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery("PRAGMA cache_size")) {
            usual = rs.next() ? rs.getString(1) : "-2000";
        }
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = -" + IMPORT_CACHE_KIB);
            // The indexes put off to the end are sorted by SQLite on helper threads too (both cores).
            st.execute("PRAGMA threads = " + Math.max(0, Math.min(4, Runtime.getRuntime().availableProcessors() - 1)));
        }
        try {
            importRows(c, file, run, progress);
        } finally {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("PRAGMA cache_size = " + Long.parseLong(usual));
                st.execute("PRAGMA threads = 0");
                st.execute("PRAGMA shrink_memory");
            }
        }
    }

    /** Reads, checks and writes the whole file; progress and cancel every 1,024 rows taken. */
    private void importRows(Connection c, Path file, Run run, ImportProgress progress) throws SQLException {
        long started = System.nanoTime();
        List<ImportProblem> headerProblems = new ArrayList<>();
        try (ReceiptBatchWriter writer = new ReceiptBatchWriter(c)) {
            ImportChecks checks = new ImportChecks(writer.storeHadReceipts());
            run.checks = checks;
            writer.deferIndexesFor(estimatedReceipts(file));
            try (SalesCsv csv = SalesCsv.open(file, headerProblems)) {
                headerProblems.forEach(checks::problem);
                if (csv == null) {
                    return;
                }
                SQLException[] failure = {null};
                long[] taken = {0};
                csv.forEach(row -> {
                    if ((++taken[0] & 1023) == 0) {
                        if (progress.isCancelled()) {
                            throw new CancellationException();
                        }
                        progress.update(csv.fractionRead(), csv.rowsRead());
                    }
                    if (failure[0] == null) {
                        try {
                            store(c, row, checks, writer);
                        } catch (SQLException e) {
                            failure[0] = e;
                        }
                    }
                }, checks::problem);
                run.rows = csv.rowsRead();
                if (failure[0] != null) {
                    throw failure[0];
                }
                long written = System.nanoTime();
                if (checks.problemCount() == 0) {
                    writer.finish();
                }
                LOG.info("Import of {}: rows read, checked and written in {} ms, indexes built in {} ms", file.getFileName(),
                        (written - started) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
                run.receiptsAdded = writer.receiptsAdded();
                run.linesAdded = writer.linesAdded();
                progress.update(1.0, csv.rowsRead());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A row that passes its checks is written while the file has no problem; after one, checking goes on alone. */
    private static void store(Connection c, SalesRow row, ImportChecks checks, ReceiptBatchWriter writer)
            throws SQLException {
        ImportChecks.Seen seen = checks.accept(c, row);
        if (seen != null && checks.problemCount() == 0) {
            if (seen.id == 0) {
                seen.id = writer.addReceipt(row);
            }
            writer.addLine(seen.id, row.item());
        }
    }

    private static long estimatedReceipts(Path file) {
        try {
            return Files.size(file) / 300; // about 120 bytes a line, 2.5 lines a receipt
        } catch (IOException e) {
            return 0;
        }
    }
}
