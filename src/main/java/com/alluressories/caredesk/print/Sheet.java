package com.alluressories.caredesk.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A document as a list of blocks (text, gaps, rules, barcodes, bar charts, tables, figures at a
 * glance), measured against the paper's width
 * and then drawn: a slip gets one page exactly as long as its content, A5 and A4 as many pages as
 * needed.
 * Text wraps within the width (at spaces, or anywhere in Chinese); every character is drawn with the
 * first bundled font that has it, so none becomes a box. (About 800 lines: measuring and drawing
 * share the same line breaking, font fallback and block list, and are kept side by side on purpose;
 * a chart is measured and drawn by one walk over its bars, so the two cannot disagree.)
 */
final class Sheet {
    enum Align { LEFT, CENTER }

    private interface Block {
        float height(Sheet sheet) throws IOException;

        void draw(Sheet sheet, PDPageContentStream out, float top) throws IOException;
    }

    private final PDDocument document;
    private final Paper paper;
    private final List<PDType0Font> fonts = new ArrayList<>();
    private final List<TrueTypeFont> ttfs;
    private final Map<Long, Float> widths = new HashMap<>();
    private final List<Block> blocks = new ArrayList<>();
    private BiFunction<Integer, Integer, String> footer;
    private boolean footerAlways;

    Sheet(PDDocument document, Paper paper) throws IOException {
        this.document = document;
        this.paper = paper;
        this.ttfs = PdfFonts.all();
        for (TrueTypeFont ttf : ttfs) {
            fonts.add(PDType0Font.load(document, ttf, true));
        }
    }

    /** A whole document: laid out on a new sheet, drawn and saved as PDF bytes, with the fonts locked. */
    static byte[] render(String title, Paper paper, java.util.function.Consumer<Sheet> layout) {
        synchronized (PdfFonts.LOCK) {
            try (PDDocument document = new PDDocument()) {
                document.getDocumentInformation().setTitle(title);
                document.getDocumentInformation().setCreator("CareDesk");
                Sheet sheet = new Sheet(document, paper);
                layout.accept(sheet);
                sheet.finish();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot make the PDF " + title, e);
            }
        }
    }


    float body() {
        return paper.body;
    }

    float width() {
        return paper.width - 2 * paper.margin;
    }

    void text(String text, float size, boolean bold, Align align) {
        blocks.add(new Block() {
            @Override
            public float height(Sheet s) throws IOException {
                return s.wrap(text, size).size() * size * 1.35f;
            }

            @Override
            public void draw(Sheet s, PDPageContentStream out, float top) throws IOException {
                float y = top;
                for (String line : s.wrap(text, size)) {
                    y -= size * 1.35f;
                    float x = paper.margin;
                    if (align == Align.CENTER) {
                        x += (s.width() - s.measure(line, size)) / 2;
                    }
                    s.drawLine(out, line, x, y + size * 0.3f, size, bold);
                }
            }
        });
    }

    void text(String text) {
        text(text, paper.body, false, Align.LEFT);
    }

    /**
     * Text that may run on over a page, such as a letter's body: each wrapped line is a block of its
     * own, so a page can end between any two lines (a text block otherwise moves whole to the next page,
     * and one taller than a page would run off its foot).
     */
    void flow(String text, float size) {
        List<String> lines;
        try {
            lines = wrap(text, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            text(line, size, false, Align.LEFT);
        }
    }

    /**
     * The blocks {@code adds} adds are kept on one page (a closing and the space to sign under it); if
     * together they are taller than a page, as many of the first as fit stay together (a heading with
     * the start of its chart) and the rest follow block by block.
     */
    void together(Runnable adds) {
        int from = blocks.size();
        adds.run();
        List<Block> group = new ArrayList<>(blocks.subList(from, blocks.size()));
        blocks.subList(from, blocks.size()).clear();
        blocks.add(new Group(group));
    }

    private record Group(List<Block> members) implements Block {
        @Override
        public float height(Sheet s) throws IOException {
            float h = 0;
            for (Block block : members) {
                h += block.height(s);
            }
            return h;
        }

        @Override
        public void draw(Sheet s, PDPageContentStream out, float top) throws IOException {
            float y = top;
            for (Block block : members) {
                block.draw(s, out, y);
                y -= block.height(s);
            }
        }
    }

    /** The blocks as pages take them: a group taller than a page is opened up (see {@link #together}). */
    private List<Block> fitted(List<Block> list) throws IOException {
        float page = paper.height - 2 * paper.margin;
        List<Block> out = new ArrayList<>();
        for (Block block : list) {
            if (!(block instanceof Group group) || group.height(this) <= page) {
                out.add(block);
                continue;
            }
            List<Block> members = fitted(group.members());
            int keep = 1;
            float h = members.get(0).height(this);
            while (keep < members.size() && h + members.get(keep).height(this) <= page) {
                h += members.get(keep).height(this);
                keep++;
            }
            out.add(new Group(List.copyOf(members.subList(0, keep))));
            out.addAll(members.subList(keep, members.size()));
        }
        return out;
    }

    /**
     * A small line at the foot of every page of a document that runs to more than one page, from the
     * page number and the number of pages (both from 1), so loose sheets can be put back together.
     */
    void footer(BiFunction<Integer, Integer, String> words) {
        this.footer = words;
        this.footerAlways = false;
    }

    /** A footer on every page, a single one too: a report names itself on each sheet it prints. */
    void footerOnEveryPage(BiFunction<Integer, Integer, String> words) {
        this.footer = words;
        this.footerAlways = true;
    }

    void gap(float points) {
        blocks.add(new Block() {
            @Override
            public float height(Sheet s) {
                return points;
            }

            @Override
            public void draw(Sheet s, PDPageContentStream out, float top) {
            }
        });
    }

    void rule() {
        blocks.add(new Block() {
            @Override
            public float height(Sheet s) {
                return 8;
            }

            @Override
            public void draw(Sheet s, PDPageContentStream out, float top) throws IOException {
                out.setLineWidth(0.6f);
                out.moveTo(paper.margin, top - 4);
                out.lineTo(paper.width - paper.margin, top - 4);
                out.stroke();
            }
        });
    }

    /** A Code 128 barcode of the text, as wide as the paper allows, drawn as vector bars. */
    void code128(String value, float barHeight) {
        code128(value, barHeight, Align.CENTER);
    }

    /** A Code 128 barcode, centred or at the left margin (under a line of a letter it belongs to). */
    void code128(String value, float barHeight, Align align) {
        BitMatrix bars = new Code128Writer().encode(value, BarcodeFormat.CODE_128, 0, 1);
        blocks.add(new Block() {
            @Override
            public float height(Sheet s) {
                return barHeight + 4;
            }

            @Override
            public void draw(Sheet s, PDPageContentStream out, float top) throws IOException {
                float module = Math.min(1.6f, s.width() / bars.getWidth());
                float x0 = paper.margin;
                if (align == Align.CENTER) {
                    x0 += (s.width() - module * bars.getWidth()) / 2;
                }
                for (int x = 0; x < bars.getWidth(); x++) {
                    if (bars.get(x, 0)) {
                        out.addRect(x0 + x * module, top - barHeight - 2, module, barHeight);
                    }
                }
                out.fill();
            }
        });
    }

    /** A QR code of the text, {@code size} points square. */
    void qr(String value, float size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(value, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot make a QR code of " + value, e);
        }
        BitMatrix qr = matrix;
        blocks.add(new Block() {
            @Override
            public float height(Sheet s) {
                return size + 12;
            }

            @Override
            public void draw(Sheet s, PDPageContentStream out, float top) throws IOException {
                float module = size / qr.getWidth();
                float x0 = paper.margin + (s.width() - size) / 2;
                float y0 = top - 6;
                for (int y = 0; y < qr.getHeight(); y++) {
                    for (int x = 0; x < qr.getWidth(); x++) {
                        if (qr.get(x, y)) {
                            out.addRect(x0 + x * module, y0 - (y + 1) * module, module, module);
                        }
                    }
                }
                out.fill();
            }
        });
    }

    /**
     * How a bar, a share of one or a legend's swatch is filled: a colour, an edge drawn around it
     * (null: none) and diagonal hatching in the edge's colour. Shares that look alike once printed in
     * black and white (the theme's green and red are about equally dark) differ by edge and hatching.
     */
    record Fill(Color color, Color edge, boolean hatched) {
        static Fill solid(Color color) {
            return new Fill(color, null, false);
        }
    }

    /** One share of a stacked bar, as its legend names it. */
    record Series(String name, Fill fill) {
    }

    /**
     * One bar of a chart: its label, its parts stacked left to right in the chart's series order, and
     * the words printed at its end (the figures themselves, so nothing depends on judging a length).
     */
    record Bar(String label, List<Double> parts, String value) {
        Bar {
            parts = List.copyOf(parts);
        }

        double total() {
            return parts.stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** A figure at a glance: the number large, its words under it; {@code alert} marks it (overdue). */
    record Tile(String number, String words, boolean alert) {
    }

    /** The theme's colours (ui/theme.css), so paper and screen agree. */
    static final Color TEXT = new Color(0x1f1b18);
    static final Color MUTED = new Color(0x6d655f);
    static final Color BORDER = new Color(0xe4dcd5);
    static final Color BACKGROUND = new Color(0xfaf7f4);
    static final Color ACCENT = new Color(0x8c5a3c);
    static final Color ACCENT_STRONG = new Color(0x6e4229);
    static final Color ACCENT_SOFT = new Color(0xf5ece6);
    static final Color OK = new Color(0x1f7a3a);
    static final Color WARN = new Color(0xa15c00);
    static final Color WARN_SOFT = new Color(0xfdf0dc);
    static final Color DANGER = new Color(0xb3261e);
    static final Color DANGER_SOFT = new Color(0xfbe4e2);

    /**
     * A horizontal bar chart, kept whole on one page: labels on the left (wrapped, in the sheet's
     * fonts, so Chinese prints), each bar as long as its total against the longest, its parts filled as
     * the series say, its value written at its end; a legend above it when {@code legend}.
     */
    void bars(List<Bar> bars, List<Series> series, boolean legend) {
        List<Series> fills = List.copyOf(series);
        for (List<Bar> rows : pagefuls(List.copyOf(bars), fills, legend)) {
            blocks.add(new Block() {
                @Override
                public float height(Sheet s) throws IOException {
                    return s.chart(rows, fills, legend, null, 0);
                }

                @Override
                public void draw(Sheet s, PDPageContentStream out, float top) throws IOException {
                    s.chart(rows, fills, legend, out, top);
                }
            });
        }
    }

    /**
     * The bars in runs that each fit on a page with room to spare for a heading: a chart moves whole to
     * the next page, but one of more bars than a page holds (years of months) continues on the next,
     * its legend repeated.
     */
    private List<List<Bar>> pagefuls(List<Bar> bars, List<Series> series, boolean legend) {
        if (paper.height == 0 || bars.isEmpty()) {
            return List.of(bars);
        }
        float room = (paper.height - 2 * paper.margin) * 0.8f;
        List<List<Bar>> runs = new ArrayList<>();
        int from = 0;
        try {
            while (from < bars.size()) {
                int to = from + 1;
                while (to < bars.size() && chart(bars.subList(from, to + 1), series, legend, null, 0) <= room) {
                    to++;
                }
                runs.add(bars.subList(from, to));
                from = to;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return runs;
    }

    /** The chart's height; given {@code out}, it is drawn too: one walk for both, so they always agree. */
    private float chart(List<Bar> rows, List<Series> series, boolean legend, PDPageContentStream out, float top)
            throws IOException {
        float size = paper.body * 0.9f;
        float line = size * 1.25f;
        float thick = size * 1.1f;
        float y = top;
        if (legend) {
            float swatch = size * 0.85f;
            float x = paper.margin;
            y -= line;
            for (Series each : series) {
                float w = swatch + 4 + measure(each.name(), size);
                if (x > paper.margin && x + w > paper.margin + width()) {
                    x = paper.margin;
                    y -= line;
                }
                if (out != null) {
                    box(out, each.fill(), x, y + (line - swatch) / 2, swatch, swatch);
                    out.setNonStrokingColor(TEXT);
                    drawLine(out, each.name(), x + swatch + 4, y + line / 2 - size * 0.35f, size, false);
                }
                x += w + 16;
            }
            y -= 4;
        }
        float labelWidth = 0;
        float valueWidth = 0;
        double max = 0;
        for (Bar bar : rows) {
            labelWidth = Math.max(labelWidth, measure(bar.label(), size));
            valueWidth = Math.max(valueWidth, measure(bar.value(), size));
            max = Math.max(max, bar.total());
        }
        // A floor keeps short labels (months, shop codes) in one column, so charts under one another line up.
        labelWidth = Math.max(width() * 0.16f, Math.min(labelWidth, width() * 0.3f));
        float barX = paper.margin + labelWidth + 8;
        float room = Math.max(width() * 0.2f, paper.margin + width() - barX - 6 - valueWidth);
        float barsTop = y;
        for (Bar bar : rows) {
            List<String> label = wrap(bar.label(), size, labelWidth);
            float h = Math.max(label.size() * line, thick) + 5;
            if (out != null) {
                float middle = y - h / 2;
                float ly = middle + label.size() * line / 2;
                out.setNonStrokingColor(TEXT);
                for (String part : label) {
                    ly -= line;
                    drawLine(out, part, barX - 8 - measure(part, size), ly + line / 2 - size * 0.35f, size, false);
                }
                float x = barX;
                for (int i = 0; i < bar.parts().size() && i < series.size(); i++) {
                    float w = max <= 0 ? 0 : (float) (bar.parts().get(i) / max * room);
                    if (w > 0) {
                        box(out, series.get(i).fill(), x, middle - thick / 2, w, thick);
                        x += w;
                    }
                }
                out.setNonStrokingColor(TEXT);
                drawLine(out, bar.value(), x + 5, middle - size * 0.35f, size, false);
            }
            y -= h;
        }
        if (out != null && !rows.isEmpty()) {
            // The line the bars stand on, so a bar of nought still shows where it would start.
            out.setStrokingColor(MUTED);
            out.setLineWidth(0.5f);
            out.moveTo(barX, barsTop);
            out.lineTo(barX, y);
            out.stroke();
            out.setStrokingColor(TEXT);
        }
        return top - y + 4;
    }

    /** A rectangle filled, hatched and edged as the fill says; the colours are left as they were found. */
    private void box(PDPageContentStream out, Fill fill, float x, float y, float w, float h) throws IOException {
        out.setNonStrokingColor(fill.color());
        out.addRect(x, y, w, h);
        out.fill();
        if (fill.hatched()) {
            out.saveGraphicsState();
            out.addRect(x, y, w, h);
            out.clip();
            out.setStrokingColor(fill.edge() == null ? TEXT : fill.edge());
            out.setLineWidth(0.7f);
            for (float d = -h; d < w; d += 3.2f) {
                out.moveTo(x + d, y);
                out.lineTo(x + d + h, y + h);
            }
            out.stroke();
            out.restoreGraphicsState();
        }
        if (fill.edge() != null) {
            out.setStrokingColor(fill.edge());
            out.setLineWidth(0.7f);
            out.addRect(x + 0.35f, y + 0.35f, Math.max(0, w - 0.7f), Math.max(0, h - 0.7f));
            out.stroke();
        }
        out.setNonStrokingColor(TEXT);
        out.setStrokingColor(TEXT);
    }

    /** Figures side by side in boxes of equal width, as the Reports screen shows them at a glance. */
    void tiles(List<Tile> tiles) {
        List<Tile> all = List.copyOf(tiles);
        blocks.add(new Block() {
            @Override
            public float height(Sheet s) throws IOException {
                return s.tiles(all, null, 0);
            }

            @Override
            public void draw(Sheet s, PDPageContentStream out, float top) throws IOException {
                s.tiles(all, out, top);
            }
        });
    }

    private float tiles(List<Tile> tiles, PDPageContentStream out, float top) throws IOException {
        if (tiles.isEmpty()) {
            return 0;
        }
        float gap = 8;
        float pad = 7;
        float w = (width() - gap * (tiles.size() - 1)) / tiles.size();
        float big = paper.body * 1.9f;
        float small = paper.body * 0.85f;
        float h = 0;
        for (Tile tile : tiles) {
            h = Math.max(h, 2 * pad + big * 1.15f + wrap(tile.words(), small, w - 2 * pad).size() * small * 1.3f);
        }
        if (out != null) {
            float x = paper.margin;
            for (Tile tile : tiles) {
                box(out, tile.alert() ? new Fill(DANGER_SOFT, DANGER, false) : new Fill(ACCENT_SOFT, BORDER, false), x,
                        top - h, w, h);
                out.setNonStrokingColor(tile.alert() ? DANGER : ACCENT_STRONG);
                out.setStrokingColor(tile.alert() ? DANGER : ACCENT_STRONG);
                float y = top - pad - big * 0.85f;
                drawLine(out, tile.number(), x + pad, y, big, true);
                out.setNonStrokingColor(TEXT);
                out.setStrokingColor(TEXT);
                y -= big * 0.3f;
                for (String words : wrap(tile.words(), small, w - 2 * pad)) {
                    y -= small * 1.3f;
                    drawLine(out, words, x + pad, y + small * 0.3f, small, false);
                }
                x += w + gap;
            }
        }
        return h + 6;
    }

    /**
     * A table: a bold header, then rows that wrap within their columns ({@code widths}, fractions of
     * the width; {@code right} aligns a column's figures to the right). The header stays with the first
     * row; a long table may run on over pages between rows.
     */
    void table(List<String> header, List<List<String>> rows, float[] widths, boolean[] right) {
        Row head = new Row(header, widths, right, true, false, null);
        if (rows.isEmpty()) {
            blocks.add(head);
            return;
        }
        together(() -> {
            blocks.add(head);
            blocks.add(new Row(rows.get(0), widths, right, false, false, null));
        });
        for (int i = 1; i < rows.size(); i++) {
            blocks.add(new Row(rows.get(i), widths, right, false, i % 2 == 1, head));
        }
    }

    /** A row of a table; one that starts a page draws the table's header (if it has one) above it. */
    private final class Row implements Block {
        private final List<String> cells;
        private final float[] widths;
        private final boolean[] right;
        private final boolean bold;
        private final boolean shaded;
        private final Row header;
        private final float size = paper.body * 0.9f;
        private final float pad = 4;

        Row(List<String> cells, float[] widths, boolean[] right, boolean bold, boolean shaded, Row header) {
            this.cells = List.copyOf(cells);
            this.widths = widths.clone();
            this.right = right.clone();
            this.bold = bold;
            this.shaded = shaded;
            this.header = header;
        }

        @Override
        public float height(Sheet s) throws IOException {
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                lines = Math.max(lines, s.wrap(cells.get(i), size, s.width() * widths[i] - 2 * pad).size());
            }
            return lines * size * 1.3f + 2 * pad;
        }

        @Override
        public void draw(Sheet s, PDPageContentStream out, float top) throws IOException {
            float h = height(s);
            if (shaded) {
                s.box(out, Fill.solid(BACKGROUND), paper.margin, top - h, s.width(), h);
            }
            float x = paper.margin;
            for (int i = 0; i < cells.size(); i++) {
                float w = s.width() * widths[i];
                float y = top - pad;
                for (String line : s.wrap(cells.get(i), size, w - 2 * pad)) {
                    y -= size * 1.3f;
                    float at = right[i] ? x + w - pad - s.measure(line, size) : x + pad;
                    s.drawLine(out, line, at, y + size * 0.3f, size, bold);
                }
                x += w;
            }
            out.setStrokingColor(bold ? MUTED : BORDER);
            out.setLineWidth(bold ? 0.8f : 0.5f);
            out.moveTo(paper.margin, top - h);
            out.lineTo(paper.margin + s.width(), top - h);
            out.stroke();
            out.setStrokingColor(TEXT);
        }
    }

    /** Lays the blocks out on pages and returns the document. */
    PDDocument finish() throws IOException {
        if (paper.height == 0) {
            float total = 2 * paper.margin;
            for (Block block : blocks) {
                total += block.height(this);
            }
            PDPage page = new PDPage(new PDRectangle(paper.width, total));
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float top = total - paper.margin;
                for (Block block : blocks) {
                    block.draw(this, out, top);
                    top -= block.height(this);
                }
            }
            return document;
        }
        PDPage page = null;
        PDPageContentStream out = null;
        float top = 0;
        try {
            for (Block block : fitted(blocks)) {
                float h = block.height(this);
                if (page == null || top - h < paper.margin) {
                    if (out != null) {
                        out.close();
                    }
                    page = new PDPage(new PDRectangle(paper.width, paper.height));
                    document.addPage(page);
                    out = new PDPageContentStream(document, page);
                    top = paper.height - paper.margin;
                    if (block instanceof Row row && row.header != null) {
                        row.header.draw(this, out, top);
                        top -= row.header.height(this);
                    }
                }
                block.draw(this, out, top);
                top -= h;
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
        int pages = document.getNumberOfPages();
        if (footer != null && (pages > 1 || footerAlways)) {
            float size = paper.body * 0.8f;
            for (int i = 0; i < pages; i++) {
                PDPage each = document.getPage(i);
                try (PDPageContentStream foot = new PDPageContentStream(document, each,
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    String line = footer.apply(i + 1, pages);
                    drawLine(foot, line, paper.margin + (width() - measure(line, size)) / 2, paper.margin / 2, size, false);
                }
            }
        }
        return document;
    }

    /**
     * Breaks text into lines that fit the width: at spaces, and between Chinese characters, by the
     * usual East Asian rules (kinsoku): no line starts with closing punctuation (。，、）」 …) and none
     * ends with opening punctuation (（「 …). A word wider than the line is cut where it must be.
     */
    List<String> wrap(String text, float size) throws IOException {
        return wrap(text, size, width());
    }

    /** {@link #wrap(String, float)} within {@code room} points: a table's cell, a chart's label. */
    List<String> wrap(String text, float size, float room) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean(text).split("\n", -1)) {
            int[] cps = paragraph.codePoints().toArray();
            int start = 0;
            float lineWidth = 0;
            int lastBreak = -1;
            int i = 0;
            while (i < cps.length) {
                if (i > start && LineBreaks.canBreakBefore(cps[i - 1], cps[i])) {
                    lastBreak = i;
                }
                float w = glyphWidth(cps[i], size);
                if (lineWidth + w > room && i > start) {
                    if (cps[i] == ' ') {
                        lines.add(new String(cps, start, i - start).stripTrailing());
                        start = skipSpaces(cps, i);
                    } else {
                        int at = lastBreak > start ? lastBreak : LineBreaks.forcedBreak(cps, start, i);
                        lines.add(new String(cps, start, at - start).stripTrailing());
                        start = skipSpaces(cps, at);
                    }
                    i = Math.max(i, start);
                    lineWidth = measure(new String(cps, start, i - start), size);
                    lastBreak = -1;
                    for (int k = start + 1; k < i; k++) {
                        if (LineBreaks.canBreakBefore(cps[k - 1], cps[k])) {
                            lastBreak = k;
                        }
                    }
                    continue;
                }
                lineWidth += w;
                i++;
            }
            lines.add(new String(cps, start, cps.length - start));
        }
        return lines;
    }

    private static int skipSpaces(int[] cps, int from) {
        int i = from;
        while (i < cps.length && cps[i] == ' ') {
            i++;
        }
        return i;
    }

    float measure(String text, float size) throws IOException {
        float w = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            w += glyphWidth(text.codePointAt(i), size);
        }
        return w;
    }

    private float glyphWidth(int cp, float size) throws IOException {
        int font = fontFor(cp);
        long key = ((long) font << 32) | cp;
        Float units = widths.get(key);
        if (units == null) {
            units = fonts.get(font).getStringWidth(new String(Character.toChars(printable(cp))));
            widths.put(key, units);
        }
        return units / 1000f * size;
    }

    private int fontFor(int cp) {
        for (int i = 0; i < ttfs.size(); i++) {
            if (PdfFonts.has(ttfs.get(i), cp)) {
                return i;
            }
        }
        return 0;
    }

    /** A character no bundled font has prints as a question mark rather than a box or a crash. */
    private int printable(int cp) {
        return ttfs.stream().anyMatch(f -> PdfFonts.has(f, cp)) ? cp : '?';
    }

    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\r') {
                // line ends are \n alone
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private void drawLine(PDPageContentStream out, String line, float x, float y, float size, boolean bold)
            throws IOException {
        int i = 0;
        float cursor = x;
        while (i < line.length()) {
            int font = fontFor(line.codePointAt(i));
            StringBuilder run = new StringBuilder();
            while (i < line.length() && fontFor(line.codePointAt(i)) == font) {
                run.appendCodePoint(printable(line.codePointAt(i)));
                i += Character.charCount(line.codePointAt(i));
            }
            String text = run.toString();
            out.beginText();
            out.setFont(fonts.get(font), size);
            if (bold) {
                // The bundled fonts have no bold face: a thin outline around the glyphs stands in.
                out.setRenderingMode(RenderingMode.FILL_STROKE);
                out.setLineWidth(size * 0.035f);
            } else {
                out.setRenderingMode(RenderingMode.FILL);
            }
            out.newLineAtOffset(cursor, y);
            out.showText(text);
            out.endText();
            cursor += measure(text, size);
        }
    }
}
