package com.alluressories.caredesk.ui.shell;

import com.alluressories.caredesk.app.AppInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What "About CareDesk" tells: the name, the version, and the licence texts that travel inside the
 * jar ({@code /legal/LICENSE}, {@code /legal/THIRD-PARTY-NOTICES.md}), read as they are.
 */
public final class AboutText {
    static final String LICENCE = "/legal/LICENSE";
    static final String NOTICES = "/legal/THIRD-PARTY-NOTICES.md";

    private AboutText() {
    }

    public static String name() {
        return AppInfo.NAME;
    }

    public static String version() {
        return AppInfo.VERSION;
    }

    /** The notices of every bundled part and its licence; empty when the jar was built without them. */
    public static Optional<String> notices() {
        return resource(NOTICES);
    }

    /** CareDesk's own licence, the GNU GPL v3; empty when the jar was built without it. */
    public static Optional<String> licence() {
        return resource(LICENCE);
    }

    static Optional<String> resource(String path) {
        try (InputStream in = AboutText.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
