package com.alluressories.caredesk.receipt;

import com.alluressories.caredesk.money.Money;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one import learns of the file as it reads it, and the checks of each parsed row against the
 * rest of the file (a receipt's header said the same on every line, no line twice) and against what
 * is stored (a stored receipt unchanged; a stored line skipped when the file repeats it exactly).
 * Every problem is counted; the first {@link ReceiptImporter#PROBLEM_LIMIT} are kept.
 */
final class ImportChecks {
    /** What the import learns about each receipt in the file. */
    static final class Seen {
        final long firstLine;
        final String shopCode;
        final LocalDateTime purchasedAt;
        final Optional<String> name;
        final Optional<String> phone;
        private int[] lineNos = new int[3];
        private long[] fileLines = new long[3];
        private int count;
        /** The receipt's id in the store; 0 until it is stored. */
        long id;
        private Map<Integer, ReceiptLine> storedLines = Map.of();

        Seen(SalesRow row) {
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

    private final Map<String, Seen> receipts = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final boolean compareWithStore;
    private long problemCount;
    private long receiptsSkipped;
    private long linesSkipped;

    /** @param compareWithStore the store held receipts before the import */
    ImportChecks(boolean compareWithStore) {
        this.compareWithStore = compareWithStore;
    }

    void problem(ImportProblem problem) {
        problemCount++;
        if (problems.size() < ReceiptImporter.PROBLEM_LIMIT) {
            problems.add(problem);
        }
    }

    /** Checks a row against the rest of the file and the store: its receipt when its line is to be stored, else null. */
    Seen accept(Connection c, SalesRow row) throws SQLException {
        Seen seen = receipts.get(row.receiptNo());
        if (seen == null) {
            seen = new Seen(row);
            receipts.put(row.receiptNo(), seen);
            if (compareWithStore) {
                compareWithStore(c, row, seen);
            }
        } else {
            compareHeader(row, seen);
        }
        int lineNo = row.item().lineNo();
        long earlier = seen.lineOf(lineNo);
        if (earlier != 0) {
            problem(ImportProblem.of(row.line(), "line_no", String.valueOf(lineNo), ImportProblem.Kind.LINE_TWICE,
                    row.receiptNo(), lineNo, earlier));
            return null;
        }
        seen.add(lineNo, row.line());
        ReceiptLine stored = seen.storedLines.get(lineNo);
        if (stored == null) {
            return seen;
        }
        if (sameLine(stored, row.item())) {
            linesSkipped++;
        } else {
            problem(ImportProblem.of(row.line(), "line_no", String.valueOf(lineNo), ImportProblem.Kind.STORED_LINE_DIFFERS,
                    row.receiptNo(), lineNo, describe(stored), describe(row.item())));
        }
        return null;
    }

    private void compareHeader(SalesRow row, Seen seen) {
        if (row.shopCode().equals(seen.shopCode) && row.purchasedAt().equals(seen.purchasedAt)
                && row.customerName().equals(seen.name) && row.customerPhone().equals(seen.phone)) {
            return; // the usual case: the same header on every line
        }
        differs(row, seen, "shop_code", row.shopCode(), seen.shopCode);
        differs(row, seen, "purchased_at", row.purchasedAt().toString(), seen.purchasedAt.toString());
        differs(row, seen, "customer_name", row.customerName().orElse(""), seen.name.orElse(""));
        differs(row, seen, "customer_phone", row.customerPhone().orElse(""), seen.phone.orElse(""));
    }

    private void differs(SalesRow row, Seen seen, String column, String value, String first) {
        if (!value.equals(first)) {
            problem(ImportProblem.of(row.line(), column, value, ImportProblem.Kind.HEADER_DIFFERS, row.receiptNo(),
                    seen.firstLine, first));
        }
    }

    private void compareWithStore(Connection c, SalesRow row, Seen seen) throws SQLException {
        Optional<ReceiptQueries.Stored> stored = ReceiptQueries.byReceiptNo(c, row.receiptNo());
        if (stored.isEmpty()) {
            return;
        }
        Receipt receipt = stored.get().receipt();
        boolean sameHeader = receipt.shopCode().equals(row.shopCode()) && receipt.purchasedAt().equals(row.purchasedAt())
                && receipt.customerName().equals(row.customerName()) && receipt.customerPhone().equals(row.customerPhone());
        if (!sameHeader) {
            problem(ImportProblem.of(row.line(), "receipt_no", row.receiptNo(), ImportProblem.Kind.STORED_HEADER_DIFFERS,
                    receipt.shopCode() + ", " + receipt.purchasedAt() + ", " + receipt.customerName().orElse("-") + ", "
                            + receipt.customerPhone().orElse("-")));
        }
        seen.id = stored.get().id();
        Map<Integer, ReceiptLine> lines = new HashMap<>();
        receipt.lines().forEach(l -> lines.put(l.lineNo(), l));
        seen.storedLines = lines;
        receiptsSkipped++;
    }

    private static boolean sameLine(ReceiptLine a, ReceiptLine b) {
        return a.sku().equals(b.sku()) && a.description().equals(b.description()) && a.metal() == b.metal()
                && a.stones().equals(b.stones()) && Money.of(a.listPrice()).equals(Money.of(b.listPrice()))
                && Money.of(a.paidPrice()).equals(Money.of(b.paidPrice()));
    }

    private static String describe(ReceiptLine line) {
        return line.sku() + ", " + line.metal().code() + ", " + Money.of(line.listPrice()).plain() + "/"
                + Money.of(line.paidPrice()).plain();
    }

    long problemCount() {
        return problemCount;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    long receiptsSkipped() {
        return receiptsSkipped;
    }

    long linesSkipped() {
        return linesSkipped;
    }
}
