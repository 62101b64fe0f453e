package com.alluressories.caredesk.receipt;

import com.alluressories.caredesk.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Imports the tills' sales export. The file is checked whole first (every row, against itself and
 * against what is stored); only a file without problems is stored, in one transaction, so a bad
 * file, a cancel or a crash leaves the store as it was. Rows already stored exactly are skipped.
 */
public final class ReceiptImporter {
    /** How many problems are kept to show; all are counted. */
    public static final int PROBLEM_LIMIT = 200;
    private static final int BATCH = 5_000;

    private final Store store;
    private final Clock clock;

    public ReceiptImporter(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What pass one learns about each receipt in the file. */
    private static final class Seen {
        final long firstLine;
        final String shopCode;
        final LocalDateTime purchasedAt;
        final Optional<String> name;
        final Optional<String> phone;
        int[] lineNos = new int[2];
        long[] fileLines = new long[2];
        int count;
        long storedId; // 0 when the receipt is new to the store
        Map<Integer, ReceiptLine> storedLines = Map.of();
        long id;

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

    private static final class Check {
        final Map<String, Seen> receipts = new HashMap<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final BitSet skip = new BitSet();
        long problemCount;
        long rows;
        long receiptsSkipped;
        long linesSkipped;

        void problem(ImportProblem problem) {
            problemCount++;
            if (problems.size() < PROBLEM_LIMIT) {
                problems.add(problem);
            }
        }
    }

    public ImportResult importFile(Path file, ImportProgress progress) {
        long started = clock.millis();
        Check check = new Check();
        try {
            if (!checkFile(file, check, progress)) {
                return result(0, 0, check, false, started);
            }
            long[] added = store.write(c -> storeFile(c, file, check, progress));
            return result(added[0], added[1], check, false, started);
        } catch (CancellationException e) {
            return result(0, 0, check, true, started);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private ImportResult result(long receipts, long lines, Check check, boolean cancelled, long started) {
        return new ImportResult(receipts, lines, check.receiptsSkipped, check.linesSkipped, check.problems,
                check.problemCount, cancelled, Duration.ofMillis(clock.millis() - started));
    }

    /** Pass one: every row parsed and checked; returns true when the file can be stored. */
    private boolean checkFile(Path file, Check check, ImportProgress progress) throws IOException {
        boolean storeHasReceipts = store.read(c -> ReceiptRepository.count(c) > 0);
        List<ImportProblem> headerProblems = new ArrayList<>();
        try (SalesCsv csv = SalesCsv.open(file, headerProblems)) {
            headerProblems.forEach(check::problem);
            if (csv == null) {
                return false;
            }
            csv.forEach(row -> {
                check.rows++;
                if ((check.rows & 1023) == 0) {
                    if (progress.isCancelled()) {
                        throw new CancellationException();
                    }
                    progress.update(ImportProgress.Phase.CHECKING, csv.fractionRead() * 0.5, check.rows);
                }
                checkRow(row, check, storeHasReceipts);
            }, check::problem);
        }
        return check.problemCount == 0;
    }

    private void checkRow(SalesCsv.Row row, Check check, boolean storeHasReceipts) {
        Seen seen = check.receipts.get(row.receiptNo());
        if (seen == null) {
            seen = new Seen(row);
            check.receipts.put(row.receiptNo(), seen);
            if (storeHasReceipts) {
                compareWithStore(row, seen, check);
            }
        } else {
            compareHeader(row, seen, check);
        }
        int lineNo = row.item().lineNo();
        long earlier = seen.lineOf(lineNo);
        if (earlier != 0) {
            check.problem(new ImportProblem(row.line(), "line_no", String.valueOf(lineNo),
                    "receipt " + row.receiptNo() + " lists line " + lineNo + " twice (also on line " + earlier + ")"));
            return;
        }
        seen.add(lineNo, row.line());
        ReceiptLine stored = seen.storedLines.get(lineNo);
        if (stored != null) {
            if (sameLine(stored, row.item())) {
                check.skip.set(Math.toIntExact(row.line()));
                check.linesSkipped++;
            } else {
                check.problem(new ImportProblem(row.line(), "line_no", String.valueOf(lineNo), "receipt " + row.receiptNo()
                        + " line " + lineNo + " is already stored with different content ("
                        + describe(stored) + "); the file says " + describe(row.item())));
            }
        }
    }

    private static void compareHeader(SalesCsv.Row row, Seen seen, Check check) {
        String receipt = "receipt " + row.receiptNo();
        String where = " than on line " + seen.firstLine;
        if (!row.shopCode().equals(seen.shopCode)) {
            check.problem(new ImportProblem(row.line(), "shop_code", row.shopCode(), receipt + " has another shop" + where
                    + " (" + seen.shopCode + ")"));
        }
        if (!row.purchasedAt().equals(seen.purchasedAt)) {
            check.problem(new ImportProblem(row.line(), "purchased_at", row.purchasedAt().toString(), receipt
                    + " has another purchase time" + where + " (" + seen.purchasedAt + ")"));
        }
        if (!row.customerName().equals(seen.name)) {
            check.problem(new ImportProblem(row.line(), "customer_name", row.customerName().orElse(""), receipt
                    + " has another customer name" + where + " (" + seen.name.orElse("") + ")"));
        }
        if (!row.customerPhone().equals(seen.phone)) {
            check.problem(new ImportProblem(row.line(), "customer_phone", row.customerPhone().orElse(""), receipt
                    + " has another customer phone" + where + " (" + seen.phone.orElse("") + ")"));
        }
    }

    private void compareWithStore(SalesCsv.Row row, Seen seen, Check check) {
        Optional<ReceiptQueries.Stored> stored = store.read(c -> ReceiptQueries.byReceiptNo(c, row.receiptNo()));
        if (stored.isEmpty()) {
            return;
        }
        Receipt receipt = stored.get().receipt();
        boolean sameHeader = receipt.shopCode().equals(row.shopCode()) && receipt.purchasedAt().equals(row.purchasedAt())
                && receipt.customerName().equals(row.customerName()) && receipt.customerPhone().equals(row.customerPhone());
        if (!sameHeader) {
            check.problem(new ImportProblem(row.line(), "receipt_no", row.receiptNo(), "is already stored with another "
                    + "shop, purchase time or customer (" + receipt.shopCode() + ", " + receipt.purchasedAt() + ", "
                    + receipt.customerName().orElse("-") + ", " + receipt.customerPhone().orElse("-") + ")"));
        }
        seen.storedId = stored.get().id();
        Map<Integer, ReceiptLine> lines = new HashMap<>();
        receipt.lines().forEach(l -> lines.put(l.lineNo(), l));
        seen.storedLines = lines;
        check.receiptsSkipped++;
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

    /** Pass two, inside one transaction: store every row not already stored. */
    private long[] storeFile(Connection c, Path file, Check check, ImportProgress progress) throws SQLException {
        long nextId;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM receipt")) {
            rs.next();
            nextId = rs.getLong(1) + 1;
        }
        long[] added = new long[2];
        try (PreparedStatement receipts = c.prepareStatement("INSERT INTO receipt (id, receipt_no, shop_code, purchased_at, "
                + "customer_name, name_key, customer_phone) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement lines = c.prepareStatement("INSERT INTO receipt_line (receipt_id, line_no, sku, description, "
                     + "metal, stones, list_price_cents, paid_price_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             SalesCsv csv = SalesCsv.open(file, new ArrayList<>())) {
            long[] pending = new long[1];
            long[] rows = new long[1];
            long[] id = {nextId};
            SQLException[] failure = new SQLException[1];
            csv.forEach(row -> {
                if (failure[0] != null) {
                    return;
                }
                try {
                    rows[0]++;
                    if ((rows[0] & 1023) == 0) {
                        if (progress.isCancelled()) {
                            throw new CancellationException();
                        }
                        progress.update(ImportProgress.Phase.STORING, 0.5 + csv.fractionRead() * 0.5, rows[0]);
                    }
                    if (check.skip.get(Math.toIntExact(row.line()))) {
                        return;
                    }
                    Seen seen = check.receipts.get(row.receiptNo());
                    if (seen.id == 0) {
                        if (seen.storedId != 0) {
                            seen.id = seen.storedId;
                        } else {
                            seen.id = id[0]++;
                            addReceipt(receipts, seen, row);
                            added[0]++;
                            pending[0]++;
                        }
                    }
                    addLine(lines, seen.id, row.item());
                    added[1]++;
                    if (++pending[0] >= BATCH) {
                        receipts.executeBatch();
                        lines.executeBatch();
                        pending[0] = 0;
                    }
                } catch (SQLException e) {
                    failure[0] = e;
                }
            }, problem -> {
                throw new IllegalStateException("The file changed while it was imported: " + problem.describe(file.toString()));
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            receipts.executeBatch();
            lines.executeBatch();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        progress.update(ImportProgress.Phase.STORING, 1.0, check.rows);
        return added;
    }

    private static void addReceipt(PreparedStatement ps, Seen seen, SalesCsv.Row row) throws SQLException {
        ps.setLong(1, seen.id);
        ps.setString(2, row.receiptNo());
        ps.setString(3, row.shopCode());
        ps.setString(4, ReceiptRepository.STORED.format(row.purchasedAt()));
        setOptional(ps, 5, row.customerName().orElse(null));
        setOptional(ps, 6, row.customerName().map(ReceiptRepository::nameKey).orElse(null));
        setOptional(ps, 7, row.customerPhone().orElse(null));
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

    private static void setOptional(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, Objects.requireNonNull(value));
        }
    }
}
