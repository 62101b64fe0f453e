package com.alluressories.caredesk.app;

import java.nio.file.Path;

/** Opens the GUI; the command line only knows this seam, so the command line never touches JavaFX. */
@FunctionalInterface
public interface GuiLauncher {
    /** Blocks until the window is closed; returns the process exit code. */
    int launch(GuiOptions options);

    record GuiOptions(Path dataDir, boolean demoOnFirstStart, boolean smokeTest) {
    }
}
