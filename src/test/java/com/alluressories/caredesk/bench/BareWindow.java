package com.alluressories.caredesk.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A bare JavaFX window, the yardstick for CareDesk's start-up: prints the time from JVM start to
 * the window being shown, like {@code caredesk --smoke-test}. Launched by {@code Launcher}.
 */
public class BareWindow extends Application {
    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("bare")), 1280, 800));
        // With an argument, the window stays that many milliseconds, then says its resident memory.
        long stayMs = getParameters().getRaw().isEmpty() ? 0 : Long.parseLong(getParameters().getRaw().get(0));
        stage.setOnShown(e -> Platform.runLater(() -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("Bare window shown " + ms + " ms after JVM start");
            if (stayMs == 0) {
                Platform.exit();
                return;
            }
            Thread stay = new Thread(() -> {
                try {
                    Thread.sleep(stayMs);
                    System.out.println("rss after start " + CounterSession.rssKb() + " kB");
                } catch (Exception failed) {
                    System.out.println("rss unknown: " + failed);
                }
                Platform.exit();
            });
            stay.setDaemon(true);
            stay.start();
        }));
        stage.show();
    }

    /** The non-Application entry point, so it runs from a plain class path. */
    public static final class Launcher {
        public static void main(String[] args) {
            BareWindow.main(args);
        }
    }
}
