package com.alluressories.caredesk.ui;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ui.shell.CareDeskApp;
import com.alluressories.caredesk.ui.shell.IdleLock;
import com.alluressories.caredesk.ui.shell.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import javafx.stage.Stage;

/**
 * The whole window on a store of its own, for the screen tests: the store (empty, or the demo
 * shop) at a fixed Hong Kong time, set up by the test as it needs, then the window shown.
 */
final class CounterWindow implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));

    final Path dir;
    final Services services;
    private FxTaskRunner tasks;
    private MainWindow window;

    private CounterWindow(Path dir) {
        this.dir = dir;
        CareDeskApp.prepareLook();
        this.services = new Services(Store.open(dir), CLOCK, PolicyLoader.bundled());
    }

    /** An empty store: no shop, no staff. */
    static CounterWindow empty(String name) throws IOException {
        return new CounterWindow(Files.createTempDirectory("caredesk-" + name));
    }

    /** The demo shop, with its staff, receipts and tickets. */
    static CounterWindow demo(String name) throws IOException {
        CounterWindow counter = empty(name);
        DemoShop.fill(counter.services.store(), CLOCK);
        return counter;
    }

    /** Builds and shows the window on this store, in English. */
    MainWindow show(Stage stage) {
        tasks = new FxTaskRunner();
        window = new MainWindow(stage, services, tasks, Locale.ENGLISH);
        window.show();
        return window;
    }

    /** Builds and shows the window in English, joining the chain with the test's own joiner. */
    MainWindow show(Stage stage, com.alluressories.caredesk.ui.chain.JoinChainForm.Joiner joiner) {
        tasks = new FxTaskRunner();
        window = new MainWindow(stage, services, tasks, Locale.ENGLISH, joiner);
        window.show();
        return window;
    }

    /** Builds and shows the window in English, its idle lock on the test's own countdown. */
    MainWindow show(Stage stage, IdleLock.Countdown idleCountdown) {
        tasks = new FxTaskRunner();
        window = new MainWindow(stage, services, tasks, Locale.ENGLISH, idleCountdown);
        window.show();
        return window;
    }

    @Override
    public void close() {
        if (tasks != null) {
            tasks.close();
        }
        services.close();
    }
}
