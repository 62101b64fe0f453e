package com.alluressories.caredesk.policy;

import java.util.Arrays;
import java.util.Optional;

/** The metal an item is made of, by the codes the tills and the evaluate command use. */
public enum Metal {
    GOLD_18K("18K_GOLD"),
    GOLD_14K("14K_GOLD"),
    SILVER("SILVER"),
    PLATED("PLATED"),
    STAINLESS_STEEL("STAINLESS_STEEL"),
    OTHER("OTHER");

    private final String code;

    Metal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Metal> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
