package com.alluressories.caredesk.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A scrolling page whose focused control is never out of sight: when focus moves (Tab, a shortcut,
 * or the screen itself) onto a control of the page below or above what shows, the page scrolls
 * to show it whole, with room for its focus ring (or its top, if it is taller than the view).
 */
public final class FocusInView {
    /** Room kept around the control for the focus ring drawn outside it. */
    private static final double RING = 16;

    private FocusInView() {
    }

    /** Keeps the focused control of {@code content} (the scroll pane's content) in view, for as long as {@code subs} lives. */
    public static void follow(ScrollPane scroll, Node content, Subscriptions subs) {
        subs.onChange(content.sceneProperty(), (obs, old, scene) -> {
            if (scene != null) {
                subs.onChange(scene.focusOwnerProperty(), (o, was, node) -> show(scroll, content, node));
            }
        });
    }

    /** Scrolls so that {@code node}, if it is within {@code content}, is seen. */
    public static void show(ScrollPane scroll, Node content, Node node) {
        if (node == null || node == scroll) {
            return;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double height = content.getBoundsInLocal().getHeight();
                double view = scroll.getViewportBounds().getHeight();
                if (height <= view) {
                    return;
                }
                double top = scroll.getVvalue() * (height - view);
                double to = top;
                if (b.getMinY() - RING < top) {
                    to = b.getMinY() - RING;
                } else if (b.getMaxY() + RING > top + view) {
                    to = Math.min(b.getMinY() - RING, b.getMaxY() - view + RING);
                }
                scroll.setVvalue(Math.max(0, Math.min(1, to / (height - view))));
                return;
            }
        }
    }
}
