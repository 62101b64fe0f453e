package com.alluressories.caredesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's name and version, from a resource Maven fills in at build time. */
public final class AppInfo {
    public static final String NAME = "CareDesk";
    public static final String VERSION = readVersion();

    private AppInfo() {
    }

    private static String readVersion() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/caredesk-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
