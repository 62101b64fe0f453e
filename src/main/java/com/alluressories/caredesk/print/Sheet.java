package com.alluressories.caredesk.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
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
 * A document as a list of blocks (text, gaps, rules, barcodes), measured against the paper's width
 * and then drawn: a slip gets one page exactly as long as its content, A5 and A4 as many pages as
 * needed.
 * Text wraps within the width (at spaces, or anywhere in Chinese); every character is drawn with the
 * first bundled font that has it, so none becomes a box. (About 430 lines: measuring and drawing
 * share the same line breaking, font fallback and block list, and are kept side by side on purpose.)
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

    Sheet(PDDocument document, Paper paper) throws IOException {
        this.document = document;
        this.paper = paper;
        this.ttfs = PdfFonts.all();
        for (TrueTypeFont ttf : ttfs) {
            fonts.add(PDType0Font.load(document, ttf, true));
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

    /** The blocks {@code adds} adds are kept on one page (a closing and the space to sign under it). */
    void together(Runnable adds) {
        int from = blocks.size();
        adds.run();
        List<Block> group = new ArrayList<>(blocks.subList(from, blocks.size()));
        blocks.subList(from, blocks.size()).clear();
        blocks.add(new Block() {
            @Override
            public float height(Sheet s) throws IOException {
                float h = 0;
                for (Block block : group) {
                    h += block.height(s);
                }
                return h;
            }

            @Override
            public void draw(Sheet s, PDPageContentStream out, float top) throws IOException {
                float y = top;
                for (Block block : group) {
                    block.draw(s, out, y);
                    y -= block.height(s);
                }
            }
        });
    }

    /**
     * A small line at the foot of every page of a document that runs to more than one page, from the
     * page number and the number of pages (both from 1), so loose sheets can be put back together.
     */
    void footer(BiFunction<Integer, Integer, String> words) {
        this.footer = words;
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
            for (Block block : blocks) {
                float h = block.height(this);
                if (page == null || top - h < paper.margin) {
                    if (out != null) {
                        out.close();
                    }
                    page = new PDPage(new PDRectangle(paper.width, paper.height));
                    document.addPage(page);
                    out = new PDPageContentStream(document, page);
                    top = paper.height - paper.margin;
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
        if (footer != null && pages > 1) {
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
                if (lineWidth + w > width() && i > start) {
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
