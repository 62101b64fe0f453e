package com.alluressories.caredesk.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The TrueType fonts printed documents embed, read once from the bundled collections: WenQuanYi
 * Micro Hei for Latin and Chinese, AR PL UMing HK for Hong Kong characters it lacks (㗎, 𨋢). PDFBox
 * cannot embed CFF fonts such as Noto CJK, so these are TrueType on purpose.
 */
final class PdfFonts {
    static final String MAIN = "/assets/fonts/wqy-microhei.ttc";
    static final String HONG_KONG = "/assets/fonts/uming.ttc";
    /** The fonts are shared, parsed once, and not safe to subset from two documents at a time. */
    static final Object LOCK = new Object();

    private static volatile List<TrueTypeFont> loaded;

    private PdfFonts() {
    }

    /** The fonts in the order they are tried for each character. */
    static List<TrueTypeFont> all() {
        List<TrueTypeFont> fonts = loaded;
        if (fonts == null) {
            synchronized (PdfFonts.class) {
                if (loaded == null) {
                    List<TrueTypeFont> list = new ArrayList<>();
                    list.add(load(MAIN, "WenQuanYiMicroHei"));
                    list.add(load(HONG_KONG, "UMingHK"));
                    loaded = List.copyOf(list);
                }
                fonts = loaded;
            }
        }
        return fonts;
    }

    private static TrueTypeFont load(String resource, String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application");
            }
            TrueTypeCollection collection = new TrueTypeCollection(in);
            TrueTypeFont font = collection.getFontByName(name);
            if (font == null) {
                throw new IllegalStateException("The font " + name + " is not in " + resource);
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + resource, e);
        }
    }

    static boolean has(TrueTypeFont font, int codePoint) {
        try {
            return font.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
