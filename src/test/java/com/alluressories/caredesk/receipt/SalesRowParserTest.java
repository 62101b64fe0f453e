package com.alluressories.caredesk.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Stone;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One row of the sales export, parsed without a file: good rows, every kind of bad value, the date and price forms. */
class SalesRowParserTest {
    private static final Map<String, String> GOOD = Map.ofEntries(
            Map.entry("receipt_no", "CWB-0001"), Map.entry("shop_code", "cwb"),
            Map.entry("purchased_at", "2026-01-31T14:05"), Map.entry("customer_name", "  Chan   Tai\tMan "),
            Map.entry("customer_phone", "+852 9123 4567"), Map.entry("line_no", "2"), Map.entry("sku", "R18-SOL-02"),
            Map.entry("description", " 18K ring "), Map.entry("metal", "18k_gold"), Map.entry("stones", "diamond; pearl;"),
            Map.entry("list_price", "HK$15,800.00"), Map.entry("paid_price", "15800"));

    private static SalesRowParser.Parsed parse(String column, String value) {
        Map<String, String> values = new HashMap<>(GOOD);
        values.put(column, value);
        return SalesRowParser.parse(7, values::get);
    }

    @Test
    void aGoodRowIsParsedAndNormalized() {
        SalesRowParser.Parsed parsed = SalesRowParser.parse(7, GOOD::get);
        assertThat(parsed.problems()).isEmpty();
        SalesRow row = parsed.row();
        assertThat(row.line()).isEqualTo(7);
        assertThat(row.receiptNo()).isEqualTo("CWB-0001");
        assertThat(row.shopCode()).isEqualTo("CWB");
        assertThat(row.purchasedAt()).isEqualTo(LocalDateTime.of(2026, 1, 31, 14, 5));
        assertThat(row.customerName()).contains("Chan Tai Man");
        assertThat(row.customerPhone()).contains("91234567");
        assertThat(row.item()).isEqualTo(new ReceiptLine(2, "R18-SOL-02", "18K ring", Metal.GOLD_18K,
                java.util.Set.of(Stone.DIAMOND, Stone.PEARL), new BigDecimal("15800.00"), new BigDecimal("15800.00")));
        assertThat(row.item().paidPrice().toPlainString()).isEqualTo("15800.00");
    }

    @Test
    void aWalkInSaleHasNoNameAndNoPhoneAndAnItemMayHaveNoStones() {
        Map<String, String> values = new HashMap<>(GOOD);
        values.put("customer_name", " ");
        values.put("customer_phone", "");
        values.put("stones", "");
        values.remove("description"); // a value not given reads as empty
        SalesRow row = SalesRowParser.parse(3, values::get).row();
        assertThat(row.customerName()).isEmpty();
        assertThat(row.customerPhone()).isEmpty();
        assertThat(row.item().stones()).isEmpty();
        assertThat(row.item().description()).isEmpty();
    }

    @ParameterizedTest(name = "{0} ''{1}'' is {2}")
    @CsvSource(delimiter = '|', value = {
        "receipt_no|''|REQUIRED",
        "shop_code|''|REQUIRED",
        "shop_code|C W B|BAD_SHOP_CODE",
        "shop_code|ABCDEFGHI|BAD_SHOP_CODE",
        "purchased_at|''|REQUIRED",
        "purchased_at|2026-02-30|BAD_DATE",
        "purchased_at|31/01/2026|BAD_DATE",
        "customer_phone|1234 567|BAD_PHONE",
        "customer_phone|+86 138 0013 8000|BAD_PHONE",
        "line_no|''|REQUIRED",
        "line_no|first|BAD_LINE_NO",
        "line_no|0|BAD_LINE_NO",
        "line_no|-1|BAD_LINE_NO",
        "sku|''|REQUIRED",
        "metal|''|REQUIRED",
        "metal|GOLD|BAD_METAL",
        "stones|PEARL;RUBY|BAD_STONE",
        "list_price|''|REQUIRED",
        "list_price|ten|BAD_PRICE",
        "list_price|-5|BAD_PRICE",
        "paid_price|99.999|BAD_PRICE",
        "paid_price|15800.01|PAID_ABOVE_LIST",
    })
    void aBadValueIsReportedWithItsLineColumnValueAndKind(String column, String value, ImportProblem.Kind kind) {
        SalesRowParser.Parsed parsed = parse(column, value);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.row()).isNull();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.value()).isEqualTo(value);
            assertThat(p.kind()).isEqualTo(kind);
        });
    }

    @Test
    void theDetailsOfAProblemNameWhatIsWrong() {
        assertThat(parse("stones", "PEARL; ruby ").problems()).singleElement()
                .satisfies(p -> assertThat(p.args()).containsExactly("ruby"));
        assertThat(parse("paid_price", "15800.01").problems()).singleElement()
                .satisfies(p -> assertThat(p.args()).containsExactly("15800.00"));
    }

    @Test
    void everyProblemOfARowIsReportedInColumnOrder() {
        Map<String, String> values = new HashMap<>(GOOD);
        values.put("receipt_no", "");
        values.put("purchased_at", "yesterday");
        values.put("metal", "TIN");
        values.put("paid_price", "free");
        assertThat(SalesRowParser.parse(9, values::get).problems()).extracting(ImportProblem::column)
                .containsExactly("receipt_no", "purchased_at", "metal", "paid_price");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-01-31|2026-01-31T00:00",
        "2026-01-31T14:05|2026-01-31T14:05",
        "2026-01-31T14:05:09|2026-01-31T14:05:09",
        "2026-01-31 14:05|2026-01-31T14:05",
        "2026-01-31 14:05:09|2026-01-31T14:05:09",
        "2024-02-29T23:59:59|2024-02-29T23:59:59",
    })
    void aDateWithOrWithoutItsTimeAndSecondsIsRead(String text, LocalDateTime expected) {
        assertThat(SalesRowParser.dateTime(text)).contains(expected);
        assertThat(parse("purchased_at", text).row().purchasedAt()).isEqualTo(expected);
    }

    /** The quick reading of the usual forms says exactly what the formatter says, for any such text. */
    @org.junit.jupiter.api.Test
    void theQuickReadingAgreesWithTheFormatter() {
        java.util.Random random = new java.util.Random(18);
        String[] shapes = {"dddd-dd-dd", "dddd-dd-ddTdd:dd", "dddd-dd-dd dd:dd", "dddd-dd-ddTdd:dd:dd", "dddd-dd-dd dd:dd:dd"};
        String odd = "0123456789-: Tx/９";
        for (int i = 0; i < 200_000; i++) {
            String shape = shapes[random.nextInt(shapes.length)];
            StringBuilder text = new StringBuilder();
            for (char c : shape.toCharArray()) {
                boolean slip = random.nextInt(40) == 0;
                if (slip) {
                    text.append(odd.charAt(random.nextInt(odd.length())));
                } else if (c == 'd') {
                    // Mostly plausible values, and sometimes any digit: months 13, days 31 in April, hour 24…
                    text.append((char) ('0' + random.nextInt(10)));
                } else {
                    text.append(c);
                }
            }
            String t = text.toString();
            if (random.nextBoolean() && t.length() >= 10) {
                t = String.format("%04d-%02d-%02d", 1990 + random.nextInt(50), 1 + random.nextInt(13), 1 + random.nextInt(31))
                        + t.substring(10);
            }
            String iso = t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) + 'T' + t.substring(11) : t;
            Optional<LocalDateTime> formatter;
            try {
                formatter = Optional.of(LocalDateTime.parse(iso, SalesRowParser.DATE_TIME));
            } catch (java.time.DateTimeException e) {
                formatter = Optional.empty();
            }
            assertThat(SalesRowParser.dateTime(t)).as(t).isEqualTo(formatter);
        }
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"2026-1-31", "26-01-31", "20260-01-31", "+2026-01-31", "2026-01-31T", "2026-01-31T14",
        "2026-01-31T14:5", "2026-01-31T14:05:", "2026-01-31T14:05:09.5", "2026-01-31t14:05", "2026-01-31  14:05",
        "2026-01-31T 14:05", "2026-01-3114:05", "2026-01-31T24:00", "2026-01-31T23:60", "2026-01-31T23:59:60",
        "2025-02-29", "2026-13-01", "2026-01-31Z", "２０２６-01-31", "2026/01/31"})
    void anyOtherDateFormIsRefused(String text) {
        assertThat(SalesRowParser.dateTime(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1280|1280.00",
        "1280.5|1280.50",
        "1280.50|1280.50",
        "'1,280.50'|1280.50",
        "'HK$1,280.50'|1280.50",
        "HK$ 1080|1080.00",
        "0|0.00",
        "0.00|0.00",
        "'1,234,567.89'|1234567.89",
    })
    void thePriceFormsTheTillsWriteAreRead(String text, BigDecimal expected) {
        Map<String, String> values = new HashMap<>(GOOD);
        values.put("list_price", text);
        values.put("paid_price", text);
        ReceiptLine item = SalesRowParser.parse(1, values::get).row().item();
        assertThat(List.of(item.listPrice().toPlainString(), item.paidPrice().toPlainString()))
                .containsExactly(expected.toPlainString(), expected.toPlainString());
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"1280.", ".50", "1,28", "12,80.00", "1280,00", "1 280", "HK$", "$1280", "HK$-1", "+1280",
        "1280.5.0", "1e3", "12345678901234567"})
    void anyOtherPriceIsRefused(String text) {
        assertThat(parse("list_price", text).problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ImportProblem.Kind.BAD_PRICE));
    }
}
