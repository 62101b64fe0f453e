package com.alluressories.caredesk.receipt;

import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Stone;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the tills' sales export (see README, "The export format"): RFC 4180 CSV in UTF-8, with or
 * without a byte-order mark, columns in any order, one row per receipt line. Each row comes back
 * parsed and normalized, or with the problems found in it.
 */
final class SalesCsv implements Closeable {
    static final List<String> COLUMNS = List.of("receipt_no", "shop_code", "purchased_at", "customer_name",
            "customer_phone", "line_no", "sku", "description", "metal", "stones", "list_price", "paid_price");
    private static final Map<String, Integer> COLUMN_ORDER = new HashMap<>();
    private static final Map<String, Metal> METALS = new HashMap<>();
    private static final Map<String, Stone> STONES = new HashMap<>();
    private static final Pattern SHOP_CODE = Pattern.compile("[A-Z0-9]{2,8}");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static {
        for (int i = 0; i < COLUMNS.size(); i++) {
            COLUMN_ORDER.put(COLUMNS.get(i), i);
        }
        for (Metal metal : Metal.values()) {
            METALS.put(metal.code(), metal);
        }
        for (Stone stone : Stone.values()) {
            STONES.put(stone.code(), stone);
        }
    }

    /** A parsed row: one receipt line with its receipt's header fields. */
    record Row(long line, String receiptNo, String shopCode, LocalDateTime purchasedAt, Optional<String> customerName,
               Optional<String> customerPhone, ReceiptLine item) {
    }

    private final CountingStream counting;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long rowsRead;
    private final Map<String, Integer> columns = new HashMap<>();
    private int[] index;
    private int needed;
    private final long size;
    private final Path file;

    private SalesCsv(Path file) throws IOException {
        this.file = file;
        this.size = Files.size(file);
        this.counting = new CountingStream(Files.newInputStream(file));
        BufferedReader reader = new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
        this.records = parser.iterator();
    }

    /**
     * Opens the file and reads its header. Problems with the header (a missing column, a column
     * named twice, no header at all) are reported and the file is not opened.
     */
    static SalesCsv open(Path file, List<ImportProblem> problems) throws IOException {
        SalesCsv csv;
        try {
            csv = new SalesCsv(file);
        } catch (CharacterCodingException e) {
            problems.add(notUtf8(file));
            return null;
        }
        try {
            if (!csv.readHeader(problems)) {
                csv.close();
                return null;
            }
            return csv;
        } catch (RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    private boolean readHeader(List<ImportProblem> problems) {
        CSVRecord header;
        try {
            if (!records.hasNext()) {
                problems.add(ImportProblem.of(0, null, null, ImportProblem.Kind.EMPTY_FILE, String.join(", ", COLUMNS)));
                return false;
            }
            header = records.next();
        } catch (UncheckedIOException e) {
            problems.add(unreadable(e, 1));
            return false;
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (columns.putIfAbsent(name, i) != null) {
                problems.add(ImportProblem.of(1, name, null, ImportProblem.Kind.DUPLICATE_COLUMN));
            }
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                problems.add(ImportProblem.of(1, column, null, ImportProblem.Kind.MISSING_COLUMN, column));
            }
        }
        if (!problems.isEmpty()) {
            return false;
        }
        index = COLUMNS.stream().mapToInt(columns::get).toArray();
        needed = Arrays.stream(index).max().orElse(0) + 1;
        return true;
    }

    /** Rows read so far, good or bad (the header not counted). */
    long rowsRead() {
        return rowsRead;
    }

    /** Reads every row; {@code sink} gets each good row, {@code problems} each bad one's problems. */
    void forEach(Consumer<Row> sink, Consumer<ImportProblem> problems) {
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
                rowsRead++;
            } catch (UncheckedIOException | IllegalStateException e) {
                problems.accept(unreadable(e, parser.getCurrentLineNumber() + 1));
                return;
            }
            Row row = parse(record, parser.getCurrentLineNumber(), problems);
            if (row != null) {
                sink.accept(row);
            }
        }
    }

    private ImportProblem unreadable(RuntimeException e, long line) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return notUtf8(file);
        }
        return ImportProblem.of(line, null, null, ImportProblem.Kind.UNREADABLE, cause.getMessage());
    }

    /** The reader reads ahead, so the line of an encoding error is found by decoding the file again. */
    private static ImportProblem notUtf8(Path file) {
        long line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') {
                        line++;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    break;
                }
                bytes.compact();
            }
        } catch (IOException e) {
            line = 0;
        }
        return ImportProblem.of(line, null, null, ImportProblem.Kind.NOT_UTF8);
    }

    private Row parse(CSVRecord record, long line, Consumer<ImportProblem> problems) {
        if (record.size() < needed) {
            problems.accept(ImportProblem.of(line, null, null, ImportProblem.Kind.TOO_FEW_FIELDS, record.size(), needed));
            return null;
        }
        List<ImportProblem> found = new ArrayList<>(2);
        String receiptNo = required(record, line, "receipt_no", found);
        String shopCode = field(record, "shop_code").toUpperCase(Locale.ROOT);
        if (shopCode.isEmpty()) {
            found.add(ImportProblem.of(line, "shop_code", "", ImportProblem.Kind.REQUIRED));
        } else if (!SHOP_CODE.matcher(shopCode).matches()) {
            found.add(ImportProblem.of(line, "shop_code", field(record, "shop_code"), ImportProblem.Kind.BAD_SHOP_CODE));
        }
        LocalDateTime purchasedAt = dateTime(record, line, found);
        String name = collapseSpaces(field(record, "customer_name"));
        String phoneText = field(record, "customer_phone");
        Optional<String> phone = Optional.empty();
        if (!phoneText.isEmpty()) {
            phone = PhoneNumber.normalize(phoneText);
            if (phone.isEmpty()) {
                found.add(ImportProblem.of(line, "customer_phone", phoneText, ImportProblem.Kind.BAD_PHONE));
            }
        }
        int lineNo = lineNo(record, line, found);
        String sku = required(record, line, "sku", found);
        String description = field(record, "description");
        String metalText = field(record, "metal");
        Metal metal = METALS.get(metalText.toUpperCase(Locale.ROOT));
        if (metal == null) {
            found.add(ImportProblem.of(line, "metal", metalText, metalText.isEmpty() ? ImportProblem.Kind.REQUIRED
                    : ImportProblem.Kind.BAD_METAL));
        }
        Set<Stone> stones = EnumSet.noneOf(Stone.class);
        String stonesText = field(record, "stones");
        if (!stonesText.isEmpty()) {
            for (String code : stonesText.split(";")) {
                String trimmed = code.strip().toUpperCase(Locale.ROOT);
                if (trimmed.isEmpty()) {
                    continue;
                }
                Stone stone = STONES.get(trimmed);
                if (stone == null) {
                    found.add(ImportProblem.of(line, "stones", stonesText, ImportProblem.Kind.BAD_STONE, code.strip()));
                } else {
                    stones.add(stone);
                }
            }
        }
        BigDecimal list = price(record, line, "list_price", found);
        BigDecimal paid = price(record, line, "paid_price", found);
        if (list != null && paid != null && paid.compareTo(list) > 0) {
            found.add(ImportProblem.of(line, "paid_price", field(record, "paid_price"), ImportProblem.Kind.PAID_ABOVE_LIST,
                    list.toPlainString()));
        }
        if (!found.isEmpty()) {
            found.forEach(problems);
            return null;
        }
        return new Row(line, receiptNo, shopCode, purchasedAt, name.isEmpty() ? Optional.empty() : Optional.of(name), phone,
                new ReceiptLine(lineNo, sku, description, metal, stones, list, paid));
    }

    private String field(CSVRecord record, String column) {
        return record.get(index[COLUMN_ORDER.get(column)]).strip();
    }

    private static String collapseSpaces(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && (text.charAt(i) != ' ' || text.charAt(i - 1) == ' ')) {
                return SPACES.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    private String required(CSVRecord record, long line, String column, List<ImportProblem> found) {
        String value = field(record, column);
        if (value.isEmpty()) {
            found.add(ImportProblem.of(line, column, "", ImportProblem.Kind.REQUIRED));
        }
        return value;
    }

    private LocalDateTime dateTime(CSVRecord record, long line, List<ImportProblem> found) {
        String text = field(record, "purchased_at");
        LocalDateTime parsed = parseDateTime(text);
        if (parsed == null) {
            found.add(ImportProblem.of(line, "purchased_at", text, text.isEmpty() ? ImportProblem.Kind.REQUIRED
                    : ImportProblem.Kind.BAD_DATE));
        }
        return parsed;
    }

    /** yyyy-MM-dd, yyyy-MM-ddTHH:mm or yyyy-MM-ddTHH:mm:ss; null for anything else (2026-02-30 too). */
    static LocalDateTime parseDateTime(String text) {
        int length = text.length();
        if ((length != 10 && length != 16 && length != 19) || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        // A space instead of the T, as spreadsheets write it, is read the same way.
        if (length > 10 && ((text.charAt(10) != 'T' && text.charAt(10) != ' ') || text.charAt(13) != ':'
                || (length == 19 && text.charAt(16) != ':'))) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = length > 10 ? digits(text, 11, 2) : 0;
        int minute = length > 10 ? digits(text, 14, 2) : 0;
        int second = length == 19 ? digits(text, 17, 2) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    private int lineNo(CSVRecord record, long line, List<ImportProblem> found) {
        String text = field(record, "line_no");
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        found.add(ImportProblem.of(line, "line_no", text, text.isEmpty() ? ImportProblem.Kind.REQUIRED
                : ImportProblem.Kind.BAD_LINE_NO));
        return 0;
    }

    private BigDecimal price(CSVRecord record, long line, String column, List<ImportProblem> found) {
        String text = field(record, column);
        BigDecimal price = parsePrice(text);
        if (price == null) {
            found.add(ImportProblem.of(line, column, text, text.isEmpty() ? ImportProblem.Kind.REQUIRED
                    : ImportProblem.Kind.BAD_PRICE));
        }
        return price;
    }

    /** 1280, 1280.5, 1280.50, 1,280.50 or HK$1,280.50 as HK$ with two decimals; null for anything else. */
    static BigDecimal parsePrice(String text) {
        String t = text.startsWith("HK$") ? text.substring(3).strip() : text;
        int dot = t.indexOf('.');
        String whole = dot < 0 ? t : t.substring(0, dot);
        String fraction = dot < 0 ? "" : t.substring(dot + 1);
        if (whole.isEmpty() || fraction.length() > 2 || (dot >= 0 && fraction.isEmpty())) {
            return null;
        }
        if (whole.indexOf(',') >= 0) {
            if (!GROUPED.matcher(whole).matches()) {
                return null;
            }
            whole = whole.replace(",", "");
        }
        long cents = 0;
        for (int i = 0; i < whole.length(); i++) {
            char ch = whole.charAt(i);
            if (ch < '0' || ch > '9' || i > 15) {
                return null;
            }
            cents = cents * 10 + (ch - '0');
        }
        for (int i = 0; i < 2; i++) {
            int digit = 0;
            if (i < fraction.length()) {
                char ch = fraction.charAt(i);
                if (ch < '0' || ch > '9') {
                    return null;
                }
                digit = ch - '0';
            }
            cents = cents * 10 + digit;
        }
        return BigDecimal.valueOf(cents, 2);
    }

    /** How far through the file reading has come, 0 to 1. */
    double fractionRead() {
        return size == 0 ? 1 : Math.min(1, (double) counting.count / size);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
