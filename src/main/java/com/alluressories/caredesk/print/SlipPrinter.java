package com.alluressories.caredesk.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * This PC's slip printer, the one Ctrl+P prints the customer copy and bag tag to: chosen once on
 * the PC (printers belong to a PC, not to the shop's data), kept in the data folder beside the
 * store as {@code printing.properties}.
 */
public final class SlipPrinter {
    static final String FILE_NAME = "printing.properties";
    private static final String KEY = "slip.printer";
    private final Path file;

    public SlipPrinter(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** The chosen printer, if one was chosen on this PC. */
    public Optional<String> get() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(props.getProperty(KEY)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Chooses this PC's slip printer. */
    public void set(String printer) {
        Properties props = new Properties();
        props.setProperty(KEY, printer);
        try (OutputStream out = Files.newOutputStream(file)) {
            props.store(out, "CareDesk: this PC's slip printer, for Ctrl+P");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the slip printer in " + file, e);
        }
    }
}
