package com.alluressories.caredesk.print;

import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.report.Report;
import com.alluressories.caredesk.text.Bundles;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A manager's report as an A4 PDF in one language: what was taken in, warranty against chargeable,
 * turnaround, the open tickets' ageing, the clauses and overrides that decided, what comes back, and
 * the money; month by month and shop by shop as bar charts drawn in vector, with every figure also
 * written out, so the report reads the same printed in black and white.
 */
public final class ReportPrintService {
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("M/yyyy");
    private static final DateTimeFormatter ZH_MONTH = DateTimeFormatter.ofPattern("yyyy年M月");
    private static final int TOP_FINDINGS = 10;
    private static final int TOP_PRODUCTS = 15;
    private static final int TOP_OVERRIDES = 15;

    private ReportPrintService() {
    }

    /**
     * Renders the report as an A4 PDF.
     *
     * @param language English or Chinese ({@code zh-HK}): every heading, label and date is in it
     * @param policy names the findings and the clauses the report counts by code
     * @param madeOn the date the report says it was made on
     * @throws IllegalArgumentException for a language other than English or Chinese
     */
    public static byte[] a4(Report report, Locale language, Policy policy, LocalDate madeOn) {
        boolean chinese = "zh".equals(language.getLanguage());
        if (!chinese && !"en".equals(language.getLanguage())) {
            throw new IllegalArgumentException("A report is printed in English or Chinese, not " + language);
        }
        Words words = new Words(Bundles.of(chinese ? Bundles.CHINESE : Bundles.ENGLISH), chinese ? Bundles.CHINESE
                : Bundles.ENGLISH, policy, chinese);
        String title = words.get("print.report.title");
        synchronized (PdfFonts.LOCK) {
            try (PDDocument document = new PDDocument()) {
                document.getDocumentInformation().setTitle(title);
                document.getDocumentInformation().setCreator("CareDesk");
                Sheet sheet = new Sheet(document, Paper.A4);
                new Layout(sheet, report, words).all(madeOn);
                sheet.footerOnEveryPage((page, pages) -> words.get("print.report.page", title, page, pages));
                sheet.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot make the PDF of the report", e);
            }
        }
    }

    /** The reader's words: the bundle, the policy's labels, dates, days and counts. */
    private record Words(ResourceBundle bundle, Locale locale, Policy policy, boolean chinese) {
        String get(String key, Object... args) {
            return Bundles.format(bundle, locale, key, args);
        }

        /** A code's words under a prefix ({@code verdict.}, {@code state.}), or the code where there are none. */
        String code(String prefix, String code) {
            if (!bundle.containsKey(prefix + code)) {
                return code;
            }
            String text = bundle.getString(prefix + code);
            // Stone names are written for the middle of a sentence ("diamond"); a label starts with a capital.
            return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
        }

        String finding(String code) {
            return policy.finding(code).map(r -> r.label().in(locale)).orElse(code);
        }

        String clause(String id) {
            return policy.clause(id).map(c -> c.title().in(locale)).orElse(id);
        }

        String date(LocalDate date) {
            return (chinese ? ZH_DATE : EN_DATE).format(date);
        }

        /** A month's key (yyyy-MM) as the reader writes a month; a key that is no month stays as it is. */
        String month(String key) {
            try {
                return (chinese ? ZH_MONTH : EN_MONTH).format(YearMonth.parse(key));
            } catch (DateTimeParseException e) {
                return key;
            }
        }

        static String count(long n) {
            return String.format(Locale.ROOT, "%,d", n);
        }

        static String days(double d) {
            return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(d);
        }

        String days(OptionalDouble d) {
            return d.isPresent() ? get("reports.days", days(d.getAsDouble())) : get("reports.none");
        }
    }

    /** Lays the report out on the sheet, section by section. */
    private record Layout(Sheet s, Report r, Words w) {
        private static final String[] VERDICTS = {"WARRANTY_REPAIR", "PARTIAL_WARRANTY", "CHARGEABLE_REPAIR",
            "PENDING_INSPECTION"};

        void all(LocalDate madeOn) {
            title(madeOn);
            if (r.ticketsOpened() == 0) {
                s.gap(s.body() * 2);
                s.text(w.get("print.report.nothing"), s.body() * 1.2f, false, Sheet.Align.LEFT);
                return;
            }
            glance();
            verdicts();
            turnaround();
            ageing();
            clauses();
            comesBack();
            money();
        }

        private void title(LocalDate madeOn) {
            s.text(w.get("print.report.title"), s.body() * 2f, true, Sheet.Align.LEFT);
            s.gap(2);
            s.text(w.get("print.report.periodLine", period()), s.body() * 1.15f, false, Sheet.Align.LEFT);
            s.text(r.shops().isEmpty() ? w.get("reports.allShops")
                    : w.get("print.report.shops", String.join(w.chinese() ? "、" : ", ", r.shops())));
            s.text(w.get("print.report.madeOn", w.date(madeOn)));
            s.rule();
        }

        private String period() {
            if (r.from().isPresent() && r.to().isPresent()) {
                return w.get("print.report.period.range", w.date(r.from().get()), w.date(r.to().get()));
            }
            if (r.from().isPresent()) {
                return w.get("print.report.period.from", w.date(r.from().get()));
            }
            if (r.to().isPresent()) {
                return w.get("print.report.period.until", w.date(r.to().get()));
            }
            return w.get("reports.period.ALL_TIME");
        }

        private void glance() {
            heading("reports.glance", () -> s.tiles(List.of(
                    new Sheet.Tile(Words.count(r.ticketsOpened()), w.get("reports.tile.opened"), false),
                    new Sheet.Tile(Words.count(r.byState().getOrDefault("READY_FOR_PICKUP", 0L)),
                            w.get("reports.tile.ready"), false),
                    new Sheet.Tile(Words.count(r.byState().getOrDefault("COLLECTED", 0L)), w.get("reports.tile.collected"),
                            false),
                    new Sheet.Tile(Words.count(r.overdue()), w.get("reports.tile.overdue"), r.overdue() > 0),
                    new Sheet.Tile(Words.count(r.quotesWaiting()), w.get("reports.tile.quotesWaiting"), false))));
        }

        private void verdicts() {
            List<String> codes = new ArrayList<>();
            for (String code : VERDICTS) {
                if (r.byVerdict().getOrDefault(code, 0L) > 0
                        || r.byMonth().stream().anyMatch(m -> m.verdict(code) > 0)) {
                    codes.add(code);
                }
            }
            // Anything the order above does not know yet still shows, after the rest.
            r.byVerdict().keySet().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
            List<Sheet.Series> series = codes.stream().map(c -> new Sheet.Series(w.code("verdict.", c), verdictFill(c)))
                    .toList();
            List<Sheet.Bar> each = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                List<Double> parts = new ArrayList<>();
                for (int k = 0; k < codes.size(); k++) {
                    parts.add(k == i ? (double) r.byVerdict().getOrDefault(codes.get(i), 0L) : 0.0);
                }
                each.add(new Sheet.Bar(series.get(i).name(), parts,
                        Words.count(r.byVerdict().getOrDefault(codes.get(i), 0L))));
            }
            heading("reports.verdicts", () -> s.bars(each, series, false));
            sub("print.report.byMonth", () -> s.bars(shares(r.byMonth(), codes, w::month), series, true));
            sub("print.report.byShop", () -> s.bars(shares(r.byShop(), codes, Function.identity()), series, true));
        }

        /** Each slice's verdicts as shares of its whole bar, their counts written at its end. */
        private List<Sheet.Bar> shares(List<Report.Slice> slices, List<String> codes, Function<String, String> label) {
            List<Sheet.Bar> bars = new ArrayList<>();
            for (Report.Slice slice : slices) {
                long total = codes.stream().mapToLong(slice::verdict).sum();
                List<Double> parts = codes.stream().map(c -> total == 0 ? 0.0 : (double) slice.verdict(c) / total).toList();
                String counts = codes.stream().map(c -> Words.count(slice.verdict(c))).collect(Collectors.joining(" / "));
                bars.add(new Sheet.Bar(label.apply(slice.key()), parts, w.get("print.report.split", counts,
                        Words.count(total))));
            }
            return bars;
        }

        private void turnaround() {
            heading("reports.turnaround", () -> {
                line("reports.turnaround.intakeToReadyP50", w.days(r.intakeToReadyP50()));
                line("reports.turnaround.intakeToReadyP90", w.days(r.intakeToReadyP90()));
                line("reports.turnaround.readyToCollectedP50", w.days(r.readyToCollectedP50()));
            });
            List<Sheet.Series> series = List.of(new Sheet.Series(w.get("print.report.median"), Sheet.Fill.solid(Sheet.ACCENT)),
                    new Sheet.Series(w.get("print.report.p90"), new Sheet.Fill(Sheet.ACCENT_SOFT, Sheet.ACCENT, false)));
            sub("print.report.turnaroundByMonth", () -> s.bars(turnaround(r.byMonth(), w::month), series, true));
            sub("print.report.turnaroundByShop", () -> s.bars(turnaround(r.byShop(), Function.identity()), series, true));
        }

        /** The median to ready as a solid bar, lengthened to the 90th percentile in a lighter tone. */
        private List<Sheet.Bar> turnaround(List<Report.Slice> slices, Function<String, String> label) {
            List<Sheet.Bar> bars = new ArrayList<>();
            for (Report.Slice slice : slices) {
                double p50 = slice.intakeToReadyP50().orElse(0);
                double p90 = Math.max(p50, slice.intakeToReadyP90().orElse(p50));
                String value = slice.intakeToReadyP50().isEmpty() ? w.get("reports.none")
                        : w.get("print.report.medianP90", Words.days(p50), Words.days(p90));
                bars.add(new Sheet.Bar(label.apply(slice.key()), List.of(p50, p90 - p50), value));
            }
            return bars;
        }

        private void ageing() {
            if (r.ageing().isEmpty()) {
                heading("reports.ageing", () -> s.text(w.get("print.report.noOpen")));
                return;
            }
            List<String> header = new ArrayList<>();
            header.add(w.get("print.report.state"));
            for (String key : new String[] {"reports.ageing.0", "reports.ageing.1", "reports.ageing.2", "reports.ageing.3",
                "reports.ageing.4"}) {
                header.add(w.get(key));
            }
            List<List<String>> rows = new ArrayList<>();
            for (Report.Ageing a : r.ageing()) {
                List<String> row = new ArrayList<>();
                row.add(w.code("state.", a.state()));
                a.buckets().forEach(n -> row.add(Words.count(n)));
                rows.add(row);
            }
            float[] widths = {0.35f, 0.13f, 0.13f, 0.13f, 0.13f, 0.13f};
            boolean[] right = {false, true, true, true, true, true};
            heading("reports.ageing", () -> {
                s.text(w.get("reports.ageing.axis"), s.body() * 0.9f, false, Sheet.Align.LEFT);
                s.table(header, rows, widths, right);
            });
        }

        private void clauses() {
            heading("print.report.clauses", () -> {
                subheading("reports.findings");
                countBars(r.findings().stream().limit(TOP_FINDINGS).toList(), w::finding);
            });
            sub("print.report.exclusions", () -> countBars(r.exclusions(), w::clause));
            s.gap(6);
            s.together(() -> {
                subheading("reports.overrides");
                s.text(w.get("print.report.overridesTotal", Words.count(r.overrides())));
            });
            if (!r.overridesBy().isEmpty()) {
                List<List<String>> rows = r.overridesBy().stream().limit(TOP_OVERRIDES)
                        .map(o -> List.of(o.manager(), w.code("verdict.", o.from()) + " → " + w.code("verdict.", o.to()),
                                Words.count(o.count())))
                        .toList();
                s.table(List.of(w.get("print.report.manager"), w.get("print.report.overrideWay"),
                        w.get("print.report.tickets")), rows, new float[] {0.28f, 0.57f, 0.15f}, new boolean[] {false, false,
                            true});
            }
        }

        private void comesBack() {
            List<List<String>> rows = r.products().stream().limit(TOP_PRODUCTS)
                    .map(p -> List.of(p.sku().isEmpty() ? w.get("print.report.noSku") : p.sku(), p.description(),
                            Words.count(p.count()), Words.count(p.defects())))
                    .toList();
            heading("print.report.comesBack", () -> {
                subheading("print.report.products");
                if (rows.isEmpty()) {
                    s.text(w.get("print.report.none"));
                }
            });
            if (!rows.isEmpty()) {
                s.table(List.of(w.get("print.report.sku"), w.get("print.report.description"), w.get("print.report.tickets"),
                        w.get("print.report.defects")), rows, new float[] {0.18f, 0.52f, 0.12f, 0.18f},
                        new boolean[] {false, false, true, true});
            }
            sub("print.report.metals", () -> countBars(r.metals(), c -> w.code("metal.", c)));
            sub("print.report.stones", () -> countBars(r.stones(), c -> w.code("stone.", c)));
        }

        private void money() {
            heading("print.report.money", () -> {
                List<Sheet.Series> series = List.of(
                        new Sheet.Series(w.get("print.report.accepted"), Sheet.Fill.solid(Sheet.OK)),
                        new Sheet.Series(w.get("print.report.declined"), new Sheet.Fill(tint(Sheet.DANGER), Sheet.DANGER, false)),
                        new Sheet.Series(w.get("print.report.waiting"), new Sheet.Fill(Sheet.WARN_SOFT, Sheet.WARN, true)));
                s.bars(List.of(new Sheet.Bar(w.get("print.report.quotes"), List.of((double) r.quotesAccepted(),
                        (double) r.quotesDeclined(), (double) r.quotesWaiting()), w.get("reports.quotes.value",
                        Words.count(r.quotesAccepted()), Words.count(r.quotesDeclined()), Words.count(r.quotesWaiting())))),
                        series, true);
                s.gap(4);
                s.text(w.get("reports.finalCharges") + (w.chinese() ? "：" : ": ") + Money.ofCents(r.finalChargesCents()).format(),
                        s.body() * 1.1f, true, Sheet.Align.LEFT);
            });
            sub("print.report.chargesByMonth", () -> s.bars(charges(r.byMonth(), w::month), accent(), false));
            sub("print.report.chargesByShop", () -> s.bars(charges(r.byShop(), Function.identity()), accent(), false));
        }

        private List<Sheet.Bar> charges(List<Report.Slice> slices, Function<String, String> label) {
            return slices.stream().map(m -> new Sheet.Bar(label.apply(m.key()), List.of((double) m.finalChargesCents()),
                    Money.ofCents(m.finalChargesCents()).format())).toList();
        }

        private void countBars(List<Report.Count> counts, Function<String, String> label) {
            if (counts.isEmpty()) {
                s.text(w.get("print.report.none"));
                return;
            }
            s.bars(counts.stream().map(c -> new Sheet.Bar(label.apply(c.code()), List.of((double) c.count()),
                    Words.count(c.count()))).toList(), accent(), false);
        }

        private static List<Sheet.Series> accent() {
            return List.of(new Sheet.Series("", Sheet.Fill.solid(Sheet.ACCENT)));
        }

        /** A section: its heading kept on a page with what {@code first} adds under it. */
        private void heading(String key, Runnable first) {
            s.gap(s.body() * 1.4f);
            s.together(() -> {
                s.text(w.get(key), s.body() * 1.35f, true, Sheet.Align.LEFT);
                s.gap(4);
                first.run();
            });
        }

        /** A part of a section: a smaller heading kept with its chart. */
        private void sub(String key, Runnable chart) {
            s.gap(s.body() * 0.6f);
            s.together(() -> {
                subheading(key);
                chart.run();
            });
        }

        private void subheading(String key) {
            s.text(w.get(key), s.body() * 1.05f, true, Sheet.Align.LEFT);
            s.gap(2);
        }

        private void line(String key, String value) {
            s.text(w.get(key) + (w.chinese() ? "：" : ": ") + value);
        }

        private static Sheet.Fill verdictFill(String code) {
            return switch (code) {
                case "WARRANTY_REPAIR" -> Sheet.Fill.solid(Sheet.OK);
                case "PARTIAL_WARRANTY" -> new Sheet.Fill(Sheet.WARN_SOFT, Sheet.WARN, true);
                case "CHARGEABLE_REPAIR" -> new Sheet.Fill(tint(Sheet.DANGER), Sheet.DANGER, false);
                default -> new Sheet.Fill(Color.WHITE, Sheet.MUTED, false);
            };
        }

        /** The colour halfway to white: a share between the solid and the hatched in black and white too. */
        private static Color tint(Color c) {
            return new Color((c.getRed() + 255) / 2, (c.getGreen() + 255) / 2, (c.getBlue() + 255) / 2);
        }
    }
}
