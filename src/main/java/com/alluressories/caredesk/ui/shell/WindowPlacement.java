package com.alluressories.caredesk.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the window sits on this PC: maximised the first time, then as staff left it (size,
 * position, maximised or not), kept in the data folder beside the store. A place that is on no
 * screen now (a second monitor unplugged) is not used.
 */
public final class WindowPlacement {
    private static final Logger LOG = LoggerFactory.getLogger(WindowPlacement.class);
    static final String FILE_NAME = "window.properties";

    private WindowPlacement() {
    }

    /**
     * The window's language as last used on this PC, read before the store is open so the lock
     * screen comes up in it at once. The shop's own setting (in the store) stays what counts.
     */
    public static Optional<String> language(Path dataDir) {
        return Optional.ofNullable(read(dataDir.resolve(FILE_NAME)).getProperty("language"));
    }

    /** Remembers the window's language for the next start's lock screen. */
    static void rememberLanguage(Path dataDir, String languageTag) {
        Path file = dataDir.resolve(FILE_NAME);
        Properties saved = read(file);
        if (languageTag.equals(saved.getProperty("language"))) {
            return;
        }
        saved.setProperty("language", languageTag);
        write(saved, file);
    }

    private static Properties read(Path file) {
        Properties saved = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                saved.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Cannot read {}; the window opens maximised, in the shop's language", file, e);
                saved.clear();
            }
        }
        return saved;
    }

    private static void write(Properties place, Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                place.store(out, "CareDesk window on this PC");
            }
        } catch (IOException e) {
            LOG.warn("Cannot remember the window's place in {}", file, e);
        }
    }

    /** Places the stage as last left, or maximised; and remembers where it is when it closes. */
    static void apply(Stage stage, Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        Properties saved = read(file);
        Rectangle2D bounds = bounds(saved);
        if (bounds != null && !Screen.getScreensForRectangle(bounds).isEmpty()) {
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
            stage.setMaximized(Boolean.parseBoolean(saved.getProperty("maximized", "false")));
        } else {
            // The whole screen, then maximised: where no window manager honours "maximised" (a kiosk
            // PC, a bare X server) the window still fills the screen instead of sitting in the middle.
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.setMaximized(true);
        }
        stage.setOnHidden(e -> save(stage, file));
    }

    private static Rectangle2D bounds(Properties saved) {
        try {
            double w = Double.parseDouble(saved.getProperty("width", ""));
            double h = Double.parseDouble(saved.getProperty("height", ""));
            if (w < 200 || h < 200) {
                return null;
            }
            return new Rectangle2D(Double.parseDouble(saved.getProperty("x", "")),
                    Double.parseDouble(saved.getProperty("y", "")), w, h);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void save(Stage stage, Path file) {
        Properties place = read(file);
        place.setProperty("maximized", Boolean.toString(stage.isMaximized()));
        place.setProperty("x", Double.toString(stage.getX()));
        place.setProperty("y", Double.toString(stage.getY()));
        place.setProperty("width", Double.toString(stage.getWidth()));
        place.setProperty("height", Double.toString(stage.getHeight()));
        write(place, file);
    }
}
