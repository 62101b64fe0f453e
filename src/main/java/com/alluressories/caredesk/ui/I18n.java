package com.alluressories.caredesk.ui;

import com.alluressories.caredesk.text.Bundles;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's language. Every visible string comes from {@code i18n/messages*.properties};
 * switching the locale relabels the whole window at once (the shell reloads its views).
 */
public final class I18n {
    public static final String BUNDLE = Bundles.NAME;
    public static final Locale ENGLISH = Bundles.ENGLISH;
    public static final Locale CHINESE = Bundles.CHINESE;
    public static final List<Locale> LOCALES = Bundles.LOCALES;

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ResourceBundle> bundle = new ReadOnlyObjectWrapper<>();

    public I18n(Locale initial) {
        locale.addListener((obs, old, now) -> bundle.set(bundleFor(now)));
        locale.set(initial);
    }

    /** The bundle for a locale, without falling back to the PC's default locale. */
    public static ResourceBundle bundleFor(Locale locale) {
        return Bundles.of(locale);
    }

    public static Locale fromTag(String tag) {
        return LOCALES.stream().filter(l -> l.toLanguageTag().equalsIgnoreCase(tag)).findFirst().orElse(ENGLISH);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public boolean isChinese() {
        return CHINESE.equals(locale.get());
    }

    public ResourceBundle bundle() {
        return bundle.get();
    }

    /** Changes after the locale has: bind texts computed in code to this, not to the locale. */
    public ReadOnlyObjectProperty<ResourceBundle> bundleProperty() {
        return bundle.getReadOnlyProperty();
    }

    public String get(String key, Object... args) {
        return Bundles.format(bundle.get(), locale.get(), key, args);
    }

    /**
     * The words for a stored code ({@code prefix + code}), or the code itself when this CareDesk has
     * none (one written by a newer CareDesk); "" for no code.
     */
    public String word(String prefix, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return has(prefix + code) ? get(prefix + code) : code;
    }

    /** True when the bundles have words for {@code key} (a code written by a newer CareDesk may have none). */
    public boolean has(String key) {
        return bundle.get().containsKey(key);
    }
}
