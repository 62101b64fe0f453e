package com.alluressories.caredesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the screen tests wait for and ask about, once: bounded waits, focus, what is shown. */
public final class FxWait {
    private FxWait() {
    }

    /** Waits (at most 15 s) until the condition holds, then for the FX thread to settle. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static boolean focused(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isFocused).orElse(false);
    }

    /** Shown on screen: the node and every parent visible (a node hidden by its parent reports visible itself). */
    static boolean shown(FxRobot robot, String query) {
        Node node = robot.lookup(query).tryQuery().orElse(null);
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node != null;
    }

    static boolean labelShows(FxRobot robot, String query, String text) {
        return robot.lookup(query).queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && l.getText() != null && l.getText().contains(text));
    }
}
