package com.alluressories.caredesk.ui.shell;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/** The idle lock's countdown on the JavaFX animation clock. */
final class FxCountdown implements IdleLock.Countdown {
    private final PauseTransition pause = new PauseTransition();
    private boolean finishing;

    @Override
    public void setLength(Duration length) {
        pause.setDuration(javafx.util.Duration.millis(length.toMillis()));
    }

    @Override
    public void restart() {
        if (finishing) {
            Platform.runLater(pause::playFromStart); // not from inside its own finish: it would not restart
        } else {
            pause.playFromStart();
        }
    }

    @Override
    public void stop() {
        pause.stop();
    }

    @Override
    public void whenUp(Runnable action) {
        pause.setOnFinished(e -> {
            finishing = true;
            try {
                action.run();
            } finally {
                finishing = false;
            }
        });
    }
}
