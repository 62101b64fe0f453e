package com.alluressories.caredesk.policy;

import java.util.Locale;
import java.util.Objects;

/** A text in English and Traditional Chinese (Hong Kong), as the policy file gives it. */
public record Bilingual(String en, String zh) {
    public Bilingual {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    /** The text for a locale: Chinese for any {@code zh} locale, English otherwise. */
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
