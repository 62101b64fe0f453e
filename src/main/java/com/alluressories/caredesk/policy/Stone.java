package com.alluressories.caredesk.policy;

import java.util.Arrays;
import java.util.Optional;

/** A kind of stone set in an item. */
public enum Stone {
    DIAMOND,
    NATURAL_GEMSTONE,
    PEARL,
    SYNTHETIC_STONE;

    public String code() {
        return name();
    }

    public static Optional<Stone> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }
}
