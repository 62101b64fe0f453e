package com.alluressories.caredesk.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place that loads CareDesk's words: {@code i18n/messages*.properties}, English and
 * Traditional Chinese (Hong Kong). The window (through {@code ui.I18n}) and the command line both
 * read them here, so a refusal is worded the same way wherever it is shown.
 */
public final class Bundles {
    public static final String NAME = "i18n.messages";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.forLanguageTag("zh-HK");
    public static final List<Locale> LOCALES = List.of(ENGLISH, CHINESE);

    private Bundles() {
    }

    /** The bundle for a locale, without falling back to the PC's default locale. */
    public static ResourceBundle of(Locale locale) {
        return ResourceBundle.getBundle(NAME, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words for a key with its arguments; a missing key shows as {@code !key!} rather than failing. */
    public static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            // Shown rather than thrown, so a missing key is visible; LocalizationTest keeps it from shipping.
            return "!" + key + "!";
        }
    }

    public static String format(Locale locale, String key, Object... args) {
        return format(of(locale), locale, key, args);
    }
}
