package com.alluressories.caredesk.bench;

import com.alluressories.caredesk.receipt.ImportProgress;
import com.alluressories.caredesk.receipt.ImportResult;
import com.alluressories.caredesk.receipt.LookupQuery;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptService;
import com.alluressories.caredesk.store.Store;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The chain-sized receipts benchmark: generates 2,000,000 receipts (about 5,000,000 lines, 30 shops,
 * 10 years, 600,000 phones, some customers with hundreds of receipts), imports them through the real
 * import path, compares with the sqlite3 shell's {@code .import} of the same rows, then times each
 * lookup kind over 10,000 random keys through the application's query code and through bare JDBC.
 * Not part of {@code mvn -B verify}. Run:
 * {@code mvn -B test -Dexcluded.groups= -Dgroups=benchmark -Dtest=ReceiptsBenchmark [-Dbench.dir=DIR] [-Dbench.receipts=N]}
 * (needs the sqlite3 command line for the comparison, and about 3 GB of disk).
 */
@Tag("benchmark")
class ReceiptsBenchmark {
    private static final String[] SURNAMES = {"Chan", "Wong", "Lee", "Cheung", "Lau", "Ng", "Ho", "Leung", "Lam", "Tang",
        "Cheng", "Yip", "Kwok", "Tsang", "Chow", "Mak", "Poon", "Fung", "Yeung", "Siu", "Tam", "Lai", "Choi", "Hui"};
    private static final String[] GIVEN = {"Tai Man", "Mei Ling", "Ka Yan", "Chi Wai", "Wing Sze", "Hoi Yan", "Siu Ming",
        "Ka Ho", "Wai Kit", "Suet Ying", "Emily", "Jason", "Michelle", "Kelly", "Alex", "Mandy", "Karen", "Kenneth",
        "Vivian", "Eric", "Winnie", "Ivan", "Cathy", "Tommy", "Bonnie", "Gary", "Joyce", "Raymond", "Fiona", "Dickson"};
    private static final String[] ZH_SURNAMES = {"陳", "黃", "李", "張", "劉", "吳", "何", "梁", "林", "鄧", "歐陽", "司徒"};
    private static final String[] ZH_GIVEN = {"大文", "美玲", "嘉欣", "志明", "詠詩", "家豪", "曉彤", "嘉敏", "卓琳", "偉強",
        "淑儀", "子健", "慧琳", "國華", "麗珍", "俊傑"};
    private static final String[][] METALS = {{"18K_GOLD", ""}, {"18K_GOLD", "DIAMOND"}, {"14K_GOLD", ""},
        {"SILVER", "PEARL"}, {"SILVER", "NATURAL_GEMSTONE"}, {"SILVER", ""}, {"PLATED", ""},
        {"PLATED", "SYNTHETIC_STONE"}, {"STAINLESS_STEEL", ""}, {"SILVER", "DIAMOND;NATURAL_GEMSTONE"}};
    private static final int SHOPS = 30;
    private static final int PHONES = 600_000;
    private static final int SKUS = 20_000;
    private static final int KEYS = 10_000;

    @Test
    void chainSizedHistory() throws Exception {
        int receipts = Integer.getInteger("bench.receipts", 2_000_000);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(dir);
        Path csv = dir.resolve("sales.csv");
        Clock clock = Clock.system(ZoneId.of("Asia/Hong_Kong"));
        Path storeDir = dir.resolve("store");
        if (Boolean.getBoolean("bench.lookupsOnly")) {
            lookups(storeDir, clock, receipts); // on the store a previous run imported
            return;
        }
        long lines = generate(csv, receipts);
        long csvBytes = Files.size(csv);
        System.out.printf(Locale.ROOT, "generated %,d receipts, %,d lines, %,d bytes of CSV%n", receipts, lines, csvBytes);

        deleteStore(storeDir);
        long importMs;
        try (Store store = Store.open(storeDir)) {
            ReceiptService service = new ReceiptService(store, clock, () -> false);
            long t0 = System.nanoTime();
            ImportResult result = service.importFile(csv, ImportProgress.NONE);
            importMs = (System.nanoTime() - t0) / 1_000_000;
            if (!result.accepted()) {
                throw new IllegalStateException("import failed: " + result.problems());
            }
            System.out.printf(Locale.ROOT, "import through the app: %,d ms (%,.0f lines/s), %,d receipts, %,d lines%n",
                    importMs, lines * 1000.0 / importMs, result.receiptsAdded(), result.linesAdded());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + storeDir.resolve(Store.FILE_NAME));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        long dbBytes = Files.size(storeDir.resolve(Store.FILE_NAME));
        System.out.printf(Locale.ROOT, "store file %,d bytes = %.2f x the CSV%n", dbBytes, (double) dbBytes / csvBytes);

        long shellMs = shellImport(dir, csv, storeDir, true);
        System.out.printf(Locale.ROOT, "sqlite3 shell doing the same job: %,d ms; the app's import is %.2f x its speed%n",
                shellMs, (double) shellMs / importMs);
        long sequentialMs = shellImport(dir, csv, storeDir, false);
        System.out.printf(Locale.ROOT, "sqlite3 shell with keys in the order SQLite picks (not CareDesk's keys): %,d ms; "
                + "the app's import is %.2f x its speed%n", sequentialMs, (double) sequentialMs / importMs);
        if (Boolean.getBoolean("bench.importOnly")) {
            return;
        }
        lookups(storeDir, clock, receipts);
    }

    /**
     * The yardstick: the sqlite3 shell doing the import's job in one script, as fast as it can. It
     * loads the CSV into a staging table ({@code .import}), then fills CareDesk's own receipt tables
     * (the same definitions, read from the store just made) with {@code INSERT … SELECT} in one
     * transaction, turning text into numbers and empty into NULL as the app does, then builds the
     * same indexes after; WAL and synchronous=FULL as the app runs. The row keys are random 63-bit
     * numbers, as the app's are (the shell has no SHA-256), so both write the tables in the same
     * scattered order. What the shell does not do: check a single row. With {@code hashedKeys} false,
     * SQLite picks the keys (1, 2, 3…) and writes in order: faster, but not CareDesk's tables.
     */
    static long shellImport(Path dir, Path csv, Path storeDir, boolean hashedKeys) throws Exception {
        List<String> tables = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + storeDir.resolve(Store.FILE_NAME));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, sql FROM sqlite_master WHERE tbl_name IN ('receipt', "
                     + "'receipt_line') AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type DESC, name")) {
            while (rs.next()) {
                (rs.getString(1).equals("table") ? tables : indexes).add(rs.getString(2) + ";");
            }
        }
        Path plain = dir.resolve("sqlite3-import.db");
        Files.deleteIfExists(plain);
        Path script = dir.resolve("sqlite3-import.sql");
        String sql = String.join("\n", List.of("PRAGMA journal_mode=WAL;", "PRAGMA synchronous=FULL;"))
                + "\n" + String.join("\n", tables)
                + "\nCREATE TABLE staging (receipt_no TEXT, shop_code TEXT, purchased_at TEXT, customer_name TEXT, "
                + "customer_phone TEXT, line_no TEXT, sku TEXT, description TEXT, metal TEXT, stones TEXT, list_price TEXT, "
                + "paid_price TEXT);"
                + "\n.import --csv --skip 1 '" + csv.toAbsolutePath() + "' staging"
                + "\nBEGIN;"
                + "\nINSERT INTO receipt (id, receipt_no, shop_code, purchased_at, customer_name, customer_phone) "
                + "SELECT " + (hashedKeys ? "random() & 9223372036854775807" : "NULL") + ", receipt_no, shop_code, "
                + "CAST(replace(replace(replace(purchased_at, '-', ''), 'T', ''), ':', '') || '00' AS INTEGER), "
                + "NULLIF(customer_name, ''), NULLIF(customer_phone, '') FROM staging WHERE line_no = '1';"
                + "\nINSERT INTO receipt_line SELECT r.id, CAST(s.line_no AS INTEGER), s.sku, s.description, s.metal, "
                + "s.stones, CAST(round(s.list_price * 100) AS INTEGER), CAST(round(s.paid_price * 100) AS INTEGER) "
                + "FROM staging s JOIN receipt r ON r.receipt_no = s.receipt_no;"
                + "\nDROP TABLE staging;"
                + "\nCOMMIT;"
                + "\n" + String.join("\n", indexes) + "\n";
        Files.writeString(script, sql);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("sqlite3", plain.toString()).redirectInput(script.toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0 || out.contains("Error")) {
            throw new IllegalStateException("sqlite3 failed: " + out);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plain);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM receipt), (SELECT count(*) FROM receipt_line)")) {
            rs.next();
            System.out.printf(Locale.ROOT, "sqlite3 shell stored %,d receipts and %,d lines%n", rs.getLong(1), rs.getLong(2));
        }
        Files.deleteIfExists(plain);
        Files.deleteIfExists(script);
        return ms;
    }

    private void lookups(Path storeDir, Clock clock, int receipts) throws Exception {
        Random random = new Random(7);
        try (Store store = Store.open(storeDir);
             Connection bare = DriverManager.getConnection("jdbc:sqlite:" + storeDir.resolve(Store.FILE_NAME))) {
            ReceiptService service = new ReceiptService(store, clock, () -> false);
            List<String[]> keys = sampleKeys(bare, random, receipts);
            String[] sqlFor = {
                "r.receipt_no = ?", "r.customer_phone = ? AND r.customer_phone IS NOT NULL",
                "substr(r.customer_phone, 5, 4) = ? AND r.customer_phone IS NOT NULL",
                "lower(r.customer_name) = ? AND r.customer_name IS NOT NULL", "r.id IN (SELECT receipt_id FROM receipt_line WHERE sku = ?)"};
            LookupQuery.Kind[] kinds = LookupQuery.Kind.values();
            System.out.println("lookup kind   app p50/p99 (ms)   bare JDBC p50/p99 (ms)   p99 ratio   mean receipts/page");
            for (int k = 0; k < kinds.length; k++) {
                String[] sample = keys.get(k);
                PreparedStatement head = bare.prepareStatement("SELECT r.id, r.receipt_no, r.shop_code, r.purchased_at, "
                        + "r.customer_name, r.customer_phone FROM receipt r WHERE " + sqlFor[k]
                        + " ORDER BY r.purchased_at DESC, r.id DESC LIMIT 50 OFFSET 0");
                long[] app = new long[sample.length];
                long[] raw = new long[sample.length];
                long found = 0;
                for (int warm = 0; warm < 2; warm++) {
                    for (int i = 0; i < sample.length; i++) {
                        long a = System.nanoTime();
                        List<Receipt> result = service.search(new LookupQuery(kinds[k], sample[i], java.util.Optional.empty(),
                                java.util.Optional.empty(), java.util.Optional.empty(), 50, 0));
                        app[i] = System.nanoTime() - a;
                        found += warm == 1 ? result.size() : 0;
                        long b = System.nanoTime();
                        bareQuery(bare, head, kinds[k], sample[i]);
                        raw[i] = System.nanoTime() - b;
                    }
                }
                Arrays.sort(app);
                Arrays.sort(raw);
                System.out.printf(Locale.ROOT, "%-12s  %6.3f / %6.3f    %6.3f / %6.3f          %5.2f       %.1f%n", kinds[k],
                        ms(app, 0.50), ms(app, 0.99), ms(raw, 0.50), ms(raw, 0.99), ms(app, 0.99) / ms(raw, 0.99),
                        (double) found / sample.length);
                head.close();
            }
        }
    }

    /** The same query with the lines fetched in one more statement, as plainly as JDBC allows. */
    private static void bareQuery(Connection c, PreparedStatement head, LookupQuery.Kind kind, String key) throws Exception {
        String value = switch (kind) {
            case NAME -> key.toLowerCase(Locale.ROOT);
            default -> key;
        };
        head.setString(1, value);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = head.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                rs.getString(2);
                rs.getString(3);
                rs.getString(4);
                rs.getString(5);
                rs.getString(6);
            }
        }
        if (kind == LookupQuery.Kind.NAME && ids.size() < 50) {
            // then the longer names, as the app does
            try (PreparedStatement longer = c.prepareStatement("SELECT r.id FROM receipt r WHERE lower(r.customer_name) > ? "
                    + "AND lower(r.customer_name) < ? AND r.customer_name IS NOT NULL ORDER BY r.purchased_at DESC LIMIT ?")) {
                longer.setString(1, value);
                longer.setString(2, value + Character.toString(Character.MAX_CODE_POINT));
                longer.setInt(3, 50 - ids.size());
                try (ResultSet rs = longer.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT receipt_id, line_no, sku, description, metal, stones, "
                + "list_price_cents, paid_price_cents FROM receipt_line WHERE receipt_id IN (" + marks + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(3);
                    rs.getString(4);
                }
            }
        }
    }

    private static double ms(long[] sortedNanos, double quantile) {
        return sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.floor(quantile * sortedNanos.length))] / 1e6;
    }

    private static List<String[]> sampleKeys(Connection c, Random random, int receipts) throws Exception {
        String[] receiptNos = new String[KEYS];
        String[] phones = new String[KEYS];
        String[] last4 = new String[KEYS];
        String[] names = new String[KEYS];
        String[] skus = new String[KEYS];
        try (PreparedStatement ps = c.prepareStatement("SELECT receipt_no, customer_phone, customer_name FROM receipt "
                + "WHERE id = ?")) {
            for (int i = 0; i < KEYS; i++) {
                String phone = null;
                String name = null;
                while (phone == null || name == null) {
                    ps.setLong(1, 1 + random.nextInt(receipts));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (receiptNos[i] == null) {
                            receiptNos[i] = rs.getString(1);
                        }
                        phone = rs.getString(2);
                        name = rs.getString(3);
                    }
                }
                phones[i] = phone;
                last4[i] = phone.substring(4);
                names[i] = name;
                skus[i] = sku(random.nextInt(SKUS));
            }
        }
        return List.of(receiptNos, phones, last4, names, skus);
    }

    private static String sku(int n) {
        return String.format("SKU-%05d", n);
    }

    /** Streams the history to CSV, oldest first, as the tills would export it. */
    static long generate(Path csv, int receipts) throws Exception {
        Random random = new Random(2026);
        long lines = 0;
        LocalDateTime start = LocalDateTime.of(2016, 12, 1, 10, 0);
        long minutes = 10L * 365 * 24 * 60;
        String[] customerNames = new String[PHONES];
        String[] customerPhones = new String[PHONES];
        java.util.HashSet<String> used = new java.util.HashSet<>();
        for (int i = 0; i < PHONES; i++) {
            customerNames[i] = random.nextInt(4) == 0
                    ? ZH_SURNAMES[random.nextInt(ZH_SURNAMES.length)] + ZH_GIVEN[random.nextInt(ZH_GIVEN.length)]
                    : SURNAMES[random.nextInt(SURNAMES.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
            String phone;
            do {
                phone = (random.nextBoolean() ? "9" : random.nextBoolean() ? "6" : "5") + String.format("%07d",
                        random.nextInt(10_000_000));
            } while (!used.add(phone));
            customerPhones[i] = phone;
        }
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("receipt_no,shop_code,purchased_at,customer_name,customer_phone,line_no,sku,description,metal,stones,"
                    + "list_price,paid_price\n");
            for (int r = 0; r < receipts; r++) {
                LocalDateTime at = start.plusMinutes(minutes * r / receipts);
                String shop = String.format("S%02d", random.nextInt(SHOPS));
                String receiptNo = shop + "-" + String.format("%08d", r);
                String name = "";
                String phone = "";
                int roll = random.nextInt(100);
                if (roll >= 10) {
                    // One sale in twenty goes to 500 regulars, who end up with hundreds of receipts each.
                    int customer = roll < 15 ? random.nextInt(500) : random.nextInt(PHONES);
                    name = customerNames[customer];
                    phone = customerPhones[customer];
                }
                int count = 1 + random.nextInt(3) + random.nextInt(2); // 2.5 lines a receipt on average
                for (int n = 1; n <= count; n++) {
                    int sku = random.nextInt(SKUS);
                    String[] metal = METALS[sku % METALS.length];
                    int list = 200 + (sku * 37) % 20_000;
                    int paid = random.nextInt(10) == 0 ? list * 55 / 100 : list;
                    out.write(receiptNo + "," + shop + "," + at + "," + name + "," + phone + "," + n + "," + sku(sku)
                            + ",\"" + description(sku, metal) + "\"," + metal[0] + ","
                            + metal[1] + "," + list + ".00," + paid + ".00\n");
                    lines++;
                }
            }
        }
        return lines;
    }

    private static final String[] TYPES = {"necklace", "bracelet", "ring", "stud earrings", "drop earrings", "pendant",
        "bangle", "anklet", "brooch", "hoop earrings"};
    private static final String[] STYLES = {"heart", "star", "solitaire", "twist", "infinity", "floral", "pave",
        "minimal bar", "crescent moon", "love knot", "butterfly", "clover"};

    /** A catalogue description as tills print them, e.g. "18K gold twist ring, diamond". */
    private static String description(int sku, String[] metal) {
        String metalName = switch (metal[0]) {
            case "18K_GOLD" -> sku % 3 == 0 ? "18K rose gold" : "18K gold";
            case "14K_GOLD" -> "14K gold";
            case "SILVER" -> "Sterling silver";
            case "PLATED" -> "Gold-plated";
            case "STAINLESS_STEEL" -> "Stainless steel";
            default -> "Mixed metal";
        };
        String stones = metal[1].isEmpty() ? "" : ", " + metal[1].toLowerCase(Locale.ROOT).replace('_', ' ').replace(";", " and ");
        String type = TYPES[sku % TYPES.length];
        String size = type.equals("necklace") || type.equals("bracelet") ? ", " + (16 + sku % 30) + " cm" : "";
        return metalName + " " + STYLES[(sku / 10) % STYLES.length] + " " + type + stones + size;
    }

    private static void deleteStore(Path dir) throws Exception {
        for (String name : new String[] {Store.FILE_NAME, Store.FILE_NAME + "-wal", Store.FILE_NAME + "-shm"}) {
            Files.deleteIfExists(dir.resolve(name));
        }
    }
}
