package com.alluressories.caredesk.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start-up to the shown main window, median of 5: {@code java -jar target/caredesk.jar --smoke-test}
 * against a bare JavaFX window on the same class path. Needs a display; run under Xvfb:
 * {@code mvn -B package -DskipTests && xvfb-run -a mvn -B test -Dexcluded.groups= -Dgroups=benchmark
 * -Dtest=StartupBenchmark -Dglass.platform=gtk}.
 */
@Tag("benchmark")
class StartupBenchmark {
    private static final Pattern MS = Pattern.compile("shown (\\d+) ms");

    /**
     * The same start on a store that has joined a chain (an embedded hub started here, on
     * loopback), against the same store before it joined: the engine must not slow the first frame.
     */
    @Test
    void startupOfAJoinedShop() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path root = Files.createTempDirectory("caredesk-startup-chain");
        Path alone = root.resolve("alone");
        Path joined = root.resolve("joined");
        for (Path data : List.of(alone, joined)) {
            try (com.alluressories.caredesk.store.Store store = com.alluressories.caredesk.store.Store.open(data)) {
                com.alluressories.caredesk.demo.DemoShop.fill(store, Clock.systemUTC());
            }
        }
        Clock clock = Clock.systemUTC();
        // A demo chain, as the demo shops can join only that.
        var hubDb = com.alluressories.caredesk.chain.HubDatabase.embedded(root.resolve("hub"));
        try (com.alluressories.caredesk.chain.Hub hub = com.alluressories.caredesk.chain.Hub.start(
                new com.alluressories.caredesk.chain.Hub.Options(hubDb, root.resolve("hub/work"), "127.0.0.1",
                        com.alluressories.caredesk.chain.TestHub.freePort(), true, null, null), clock);
             com.alluressories.caredesk.store.Store store = com.alluressories.caredesk.store.Store.open(joined)) {
            var ledger = new com.alluressories.caredesk.chain.HubLedger(hubDb, clock);
            try (var node = com.alluressories.caredesk.chain.NodeSync.join(store, true, hub.url(),
                    ledger.register("SU", com.alluressories.caredesk.chain.ChainRole.SHOP, true), clock,
                    Duration.ofMinutes(1), com.alluressories.caredesk.app.Services.STORED_DATA)) {
                node.syncOnce(Duration.ofMinutes(2));
            }
            store.close();
            List<Long> aloneMs = new ArrayList<>();
            List<Long> joinedMs = new ArrayList<>();
            measure(List.of(java, "-jar", "target/caredesk.jar", "--data-dir", alone.toString(), "--smoke-test"));
            measure(List.of(java, "-jar", "target/caredesk.jar", "--data-dir", joined.toString(), "--smoke-test"));
            for (int i = 0; i < 5; i++) {
                aloneMs.add(measure(List.of(java, "-jar", "target/caredesk.jar", "--data-dir", alone.toString(),
                        "--smoke-test")));
                joinedMs.add(measure(List.of(java, "-jar", "target/caredesk.jar", "--data-dir", joined.toString(),
                        "--smoke-test")));
            }
            aloneMs.sort(null);
            joinedMs.sort(null);
            System.out.printf("start-up to shown window, median of 5: a shop alone %d ms %s, the same shop joined to a "
                    + "chain %d ms %s, ratio %.2f%n", aloneMs.get(2), aloneMs, joinedMs.get(2), joinedMs,
                    (double) joinedMs.get(2) / aloneMs.get(2));
        }
    }

    @Test
    void startupToShownWindow() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path data = Files.createTempDirectory("caredesk-startup");
        // First start creates the store and the demo; measure the everyday start after it.
        measure(List.of(java, "-jar", "target/caredesk.jar", "--data-dir", data.toString(), "--smoke-test"));
        // -Dstartup.installed=/opt/caredesk/bin/CareDesk adds the installed app (installer/test-linux.sh installs it).
        String installed = System.getProperty("startup.installed", "");
        List<Long> app = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        List<Long> packaged = new ArrayList<>();
        if (!installed.isEmpty()) {
            measure(List.of(installed, "--data-dir", data.toString(), "--smoke-test"));
        }
        for (int i = 0; i < 5; i++) {
            app.add(measure(List.of(java, "-jar", "target/caredesk.jar", "--data-dir", data.toString(), "--smoke-test")));
            bare.add(measure(List.of(java, "-cp", "target/caredesk.jar" + File.pathSeparator + "target/test-classes",
                    BareWindow.Launcher.class.getName())));
            if (!installed.isEmpty()) {
                packaged.add(measure(List.of(installed, "--data-dir", data.toString(), "--smoke-test")));
            }
        }
        app.sort(null);
        bare.sort(null);
        packaged.sort(null);
        System.out.printf("start-up to shown window, median of 5: java -jar %d ms %s, bare JavaFX window %d ms %s, "
                + "ratio %.2f%n", app.get(2), app, bare.get(2), bare, (double) app.get(2) / bare.get(2));
        if (!packaged.isEmpty()) {
            System.out.printf("installed app %d ms %s, ratio to the bare window %.2f%n", packaged.get(2), packaged,
                    (double) packaged.get(2) / bare.get(2));
        }
    }

    private static long measure(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        Matcher m = MS.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no start-up time in the output of " + command + ":\n" + output);
        }
        return Long.parseLong(m.group(1));
    }
}
