package com.alluressories.caredesk.chain;

import java.util.Locale;
import java.util.Optional;

/** What a PC in the chain is for. Roles change what a screen offers, never what data a node holds. */
public enum ChainRole {
    SHOP, WORKSHOP, OFFICE;

    /** As typed on the command line and kept at the hub: {@code shop}, {@code workshop}, {@code office}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChainRole> parse(String text) {
        for (ChainRole role : values()) {
            if (role.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
