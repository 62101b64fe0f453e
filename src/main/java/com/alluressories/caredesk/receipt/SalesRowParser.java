package com.alluressories.caredesk.receipt;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Stone;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules of one row of the tills' sales export (see README, "The export format"), apart from
 * the file: given a row's values by column name, the row parsed and normalized, or every problem
 * found in it (line, column, value as written, kind).
 */
final class SalesRowParser {
    /** The columns a sales export must have, in the order the tills write them. */
    static final List<String> COLUMNS = List.of("receipt_no", "shop_code", "purchased_at", "customer_name",
            "customer_phone", "line_no", "sku", "description", "metal", "stones", "list_price", "paid_price");
    /**
     * {@code yyyy-MM-dd}, {@code yyyy-MM-ddTHH:mm} or {@code yyyy-MM-ddTHH:mm:ss}: four-digit years,
     * two-digit fields, real dates and times only (no 2026-02-30, no 24:00); a time left out is midnight.
     */
    static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .optionalStart()
            .appendLiteral('T').appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int DATE_LENGTH = 10;
    private static final Map<String, Metal> METALS = new HashMap<>();
    private static final Map<String, Stone> STONES = new HashMap<>();
    private static final Pattern SHOP_CODE = Pattern.compile("[A-Z0-9]{2,8}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static {
        for (Metal metal : Metal.values()) {
            METALS.put(metal.code(), metal);
        }
        for (Stone stone : Stone.values()) {
            STONES.put(stone.code(), stone);
        }
    }

    /** A row's outcome: the parsed row when {@code problems} is empty, else null. */
    record Parsed(SalesRow row, List<ImportProblem> problems) {
        Parsed {
            problems = List.copyOf(problems);
        }

        boolean ok() {
            return problems.isEmpty();
        }
    }

    private SalesRowParser() {
    }

    /**
     * Parses one row.
     *
     * @param line   the row's line in the file (its first line, for a row with a line break in a value)
     * @param values the row's value of a column, as written (null reads as empty)
     */
    static Parsed parse(long line, Function<String, String> values) {
        Row row = new Row(line, values);
        List<ImportProblem> found = row.found;
        String receiptNo = row.required("receipt_no");
        String shopCode = row.field("shop_code").toUpperCase(Locale.ROOT);
        if (shopCode.isEmpty()) {
            found.add(ImportProblem.of(line, "shop_code", "", ImportProblem.Kind.REQUIRED));
        } else if (!SHOP_CODE.matcher(shopCode).matches()) {
            found.add(ImportProblem.of(line, "shop_code", row.field("shop_code"), ImportProblem.Kind.BAD_SHOP_CODE));
        }
        String dateText = row.field("purchased_at");
        Optional<LocalDateTime> purchasedAt = dateTime(dateText);
        if (purchasedAt.isEmpty()) {
            row.problem("purchased_at", dateText, ImportProblem.Kind.BAD_DATE);
        }
        String name = collapseSpaces(row.field("customer_name"));
        String phoneText = row.field("customer_phone");
        Optional<String> phone = Optional.empty();
        if (!phoneText.isEmpty()) {
            phone = PhoneNumber.normalize(phoneText);
            if (phone.isEmpty()) {
                found.add(ImportProblem.of(line, "customer_phone", phoneText, ImportProblem.Kind.BAD_PHONE));
            }
        }
        int lineNo = row.lineNo();
        String sku = row.required("sku");
        String description = row.field("description");
        String metalText = row.field("metal");
        Metal metal = METALS.get(metalText.toUpperCase(Locale.ROOT));
        if (metal == null) {
            row.problem("metal", metalText, ImportProblem.Kind.BAD_METAL);
        }
        Set<Stone> stones = row.stones();
        Optional<Money> list = row.price("list_price");
        Optional<Money> paid = row.price("paid_price");
        if (list.isPresent() && paid.isPresent() && paid.get().compareTo(list.get()) > 0) {
            found.add(ImportProblem.of(line, "paid_price", row.field("paid_price"), ImportProblem.Kind.PAID_ABOVE_LIST,
                    list.get().plain()));
        }
        if (!found.isEmpty()) {
            return new Parsed(null, found);
        }
        return new Parsed(new SalesRow(line, receiptNo, shopCode, purchasedAt.get(),
                name.isEmpty() ? Optional.empty() : Optional.of(name), phone, new ReceiptLine(lineNo, sku, description,
                metal, stones, list.get().amount(), paid.get().amount())), List.of());
    }

    /**
     * A purchase time as the export writes it (see {@link #DATE_TIME}); a space instead of the T, as
     * spreadsheets write it, is read the same way. Empty for anything else.
     */
    static Optional<LocalDateTime> dateTime(String text) {
        LocalDateTime quick = plainDateTime(text);
        if (quick != null) {
            return Optional.of(quick);
        }
        String t = text.length() > DATE_LENGTH && text.charAt(DATE_LENGTH) == ' '
                ? text.substring(0, DATE_LENGTH) + 'T' + text.substring(DATE_LENGTH + 1) : text;
        try {
            return Optional.of(LocalDateTime.parse(t, DATE_TIME));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The usual forms read without the formatter (an import reads millions): {@code yyyy-MM-dd},
     * then optionally {@code T} or a space and {@code HH:mm}, then optionally {@code :ss}, all digits
     * where digits go. Null for anything else, which the formatter then reads (or refuses) as before;
     * an impossible date or time (30 February, 24:00) is refused here as strictly as there.
     */
    private static LocalDateTime plainDateTime(String t) {
        int n = t.length();
        if ((n != 10 && n != 16 && n != 19) || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return null;
        }
        if (n > 10 && ((t.charAt(10) != 'T' && t.charAt(10) != ' ') || t.charAt(13) != ':'
                || (n == 19 && t.charAt(16) != ':'))) {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = n > 10 ? digits(t, 11, 2) : 0;
        int minute = n > 10 ? digits(t, 14, 2) : 0;
        int second = n == 19 ? digits(t, 17, 2) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            return null; // the formatter says why, the same way
        }
    }

    /** The number written in {@code count} ASCII digits from {@code from}; -1 when one is not a digit. */
    private static int digits(String t, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String collapseSpaces(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && (text.charAt(i) != ' ' || text.charAt(i - 1) == ' ')) {
                return SPACES.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    /** One row's values and the problems found in it so far. */
    private static final class Row {
        final long line;
        final Function<String, String> values;
        final List<ImportProblem> found = new ArrayList<>(2);

        Row(long line, Function<String, String> values) {
            this.line = line;
            this.values = values;
        }

        String field(String column) {
            String value = values.apply(column);
            return value == null ? "" : value.strip();
        }

        /** A problem with a value: an empty one is missing, anything else is {@code kind}. */
        void problem(String column, String text, ImportProblem.Kind kind) {
            found.add(ImportProblem.of(line, column, text, text.isEmpty() ? ImportProblem.Kind.REQUIRED : kind));
        }

        String required(String column) {
            String value = field(column);
            if (value.isEmpty()) {
                found.add(ImportProblem.of(line, column, "", ImportProblem.Kind.REQUIRED));
            }
            return value;
        }

        int lineNo() {
            String text = field("line_no");
            try {
                int value = Integer.parseInt(text);
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem("line_no", text, ImportProblem.Kind.BAD_LINE_NO);
            return 0;
        }

        /** Stone codes separated by semicolons, in any case; empty codes are skipped. */
        Set<Stone> stones() {
            Set<Stone> stones = EnumSet.noneOf(Stone.class);
            String text = field("stones");
            if (text.isEmpty()) {
                return stones;
            }
            for (String code : text.split(";")) {
                String trimmed = code.strip().toUpperCase(Locale.ROOT);
                if (trimmed.isEmpty()) {
                    continue;
                }
                Stone stone = STONES.get(trimmed);
                if (stone == null) {
                    found.add(ImportProblem.of(line, "stones", text, ImportProblem.Kind.BAD_STONE, code.strip()));
                } else {
                    stones.add(stone);
                }
            }
            return stones;
        }

        Optional<Money> price(String column) {
            String text = field(column);
            Optional<Money> price = Money.parse(text);
            if (price.isEmpty()) {
                problem(column, text, ImportProblem.Kind.BAD_PRICE);
            }
            return price;
        }
    }
}
