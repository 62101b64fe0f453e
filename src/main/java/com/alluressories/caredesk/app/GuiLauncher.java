package com.alluressories.caredesk.app;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Opens the GUI; the command line only knows this seam, so the command line never touches JavaFX. */
@FunctionalInterface
public interface GuiLauncher {
    /** Blocks until the window is closed; returns the process exit code. */
    int launch(GuiOptions options);

    /**
     * @param out where the window reports what a person at the terminal asked for (the smoke test's time)
     * @param err where it says why it could not start
     */
    record GuiOptions(Path dataDir, boolean demoOnFirstStart, boolean smokeTest, PrintWriter out, PrintWriter err) {
    }
}
