package com.alluressories.caredesk.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store lives: {@code --data-dir}, else {@code CAREDESK_HOME}, else the platform's
 * per-user data folder.
 */
public final class DataDir {
    public static final String ENV_VAR = "CAREDESK_HOME";
    private static final String APP_FOLDER = "CareDesk";

    private DataDir() {
    }

    public static Path resolve(Path fromFlag, Map<String, String> env, String osName, String userHome) {
        if (fromFlag != null) {
            return fromFlag.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return platformDefault(env, osName, userHome);
    }

    public static Path resolve(Path fromFlag) {
        return resolve(fromFlag, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home"));
    }

    static Path platformDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return base.resolve(APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("caredesk");
    }
}
