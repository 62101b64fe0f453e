package com.alluressories.caredesk.cli;

import java.nio.file.Path;

/** Opens the GUI; the command line only knows this seam, so {@code cli} never touches JavaFX. */
@FunctionalInterface
public interface GuiLauncher {
    /** Blocks until the window is closed; returns the process exit code. */
    int launch(GuiOptions options);

    record GuiOptions(Path dataDir, boolean demoOnFirstStart, boolean smokeTest) {
    }
}
