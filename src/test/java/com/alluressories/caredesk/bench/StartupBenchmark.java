package com.alluressories.caredesk.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The window's speed and footprint against a bare JavaFX window on the same class path, each a median
 * of several starts in one run. Needs a display; run under Xvfb:
 * {@code mvn -B package -DskipTests && xvfb-run -a -s "-screen 0 1366x768x24" mvn -B test -Dexcluded.groups=
 * -Dgroups=benchmark -Dtest=StartupBenchmark [-Dstartup.installed=/opt/caredesk/bin/CareDesk]}.
 * <ul>
 * <li>first frame (the lock screen) and the whole window ready, {@code java -jar} and installed, and a
 * first start on a new folder against the second start;</li>
 * <li>the first print preview a moment after start, and warm ones ({@link CounterSession});</li>
 * <li>resident memory after start and after each half of a scripted hour at the counter, against a bare
 * window's, and where the memory goes;</li>
 * <li>the same start on a store that has joined a chain.</li>
 * </ul>
 */
@Tag("benchmark")
class StartupBenchmark {
    private static final Pattern SHOWN = Pattern.compile("shown (\\d+) ms");
    private static final Pattern READY = Pattern.compile("ready (\\d+) ms");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String SESSION_PATH = "target/caredesk.jar" + File.pathSeparator + "target/test-classes";

    @Test
    void firstFrame() throws Exception {
        String installed = System.getProperty("startup.installed", "");
        // A first start makes the store and the demo; the second is an everyday start. Five new folders each.
        Path data = firstAndSecond("java -jar", List.of(JAVA, "-jar", "target/caredesk.jar"));
        if (!installed.isEmpty()) {
            firstAndSecond("installed", List.of(installed));
        }
        List<Long> jarShown = new ArrayList<>();
        List<Long> jarReady = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        List<Long> packShown = new ArrayList<>();
        List<Long> packReady = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long[] jar = measure(List.of(JAVA, "-jar", "target/caredesk.jar", "--data-dir", data.toString(), "--smoke-test"));
            jarShown.add(jar[0]);
            jarReady.add(jar[1]);
            bare.add(measure(List.of(JAVA, "-cp", SESSION_PATH, BareWindow.Launcher.class.getName()))[0]);
            if (!installed.isEmpty()) {
                long[] pack = measure(List.of(installed, "--data-dir", data.toString(), "--smoke-test"));
                packShown.add(pack[0]);
                packReady.add(pack[1]);
            }
        }
        long bareMs = median(bare);
        System.out.printf(Locale.ROOT, "bare JavaFX window: %d ms %s%n", bareMs, sorted(bare));
        System.out.printf(Locale.ROOT, "java -jar: first frame %d ms %s = %.2f x the bare window; whole window ready %d ms %s%n",
                median(jarShown), sorted(jarShown), (double) median(jarShown) / bareMs, median(jarReady), sorted(jarReady));
        if (!installed.isEmpty()) {
            System.out.printf(Locale.ROOT, "installed: first frame %d ms %s = %.2f x the bare window; whole window ready %d ms %s%n",
                    median(packShown), sorted(packShown), (double) median(packShown) / bareMs, median(packReady),
                    sorted(packReady));
        }
    }

    /** First and second starts on five new folders: medians of each; returns the last folder. */
    private static Path firstAndSecond(String how, List<String> launcher) throws Exception {
        List<Long> firstShown = new ArrayList<>();
        List<Long> firstReady = new ArrayList<>();
        List<Long> secondShown = new ArrayList<>();
        List<Long> secondReady = new ArrayList<>();
        Path fresh = null;
        for (int i = 0; i < 5; i++) {
            fresh = Files.createTempDirectory("caredesk-first");
            List<String> command = new ArrayList<>(launcher);
            command.addAll(List.of("--data-dir", fresh.toString(), "--smoke-test"));
            long[] first = measure(command);
            long[] second = measure(command);
            firstShown.add(first[0]);
            firstReady.add(first[1]);
            secondShown.add(second[0]);
            secondReady.add(second[1]);
        }
        System.out.printf(Locale.ROOT, "%s on new folders: first start %d ms to the first frame %s (ready %d ms), second "
                + "start %d ms %s (ready %d ms)%n", how, median(firstShown), sorted(firstShown), median(firstReady),
                median(secondShown), sorted(secondShown), median(secondReady));
        return fresh;
    }

    /** The first preview three seconds after the window is ready (a person signing in), and warm ones. */
    @Test
    void firstPreview() throws Exception {
        Pattern first = Pattern.compile("first preview (\\d+) ms \\(([^)]*)\\); warm previews .* median (\\d+) ms");
        List<Long> firsts = new ArrayList<>();
        List<Long> warms = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Path data = Files.createTempDirectory("caredesk-preview");
            String out = run(List.of(JAVA, "-cp", SESSION_PATH, CounterSession.class.getName(), data.toString(), "preview"));
            Matcher m = first.matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("no preview figures in:\n" + out);
            }
            firsts.add(Long.parseLong(m.group(1)));
            warms.add(Long.parseLong(m.group(3)));
            System.out.println("  run " + (i + 1) + ": first " + m.group(1) + " ms (" + m.group(2) + "), warm median "
                    + m.group(3) + " ms");
        }
        System.out.printf(Locale.ROOT, "first preview after start: median %d ms %s = %.2f x the 300 ms target; warm "
                + "previews: median %d ms%n", median(firsts), sorted(firsts), median(firsts) / 300.0, median(warms));
    }

    /**
     * Resident memory: a bare window after 25 s, against the window after start and after each half of
     * an hour at a busy counter (60 customers), each measured after 45 s without anyone at the window (the window trims its heap after 30 s).
     */
    @Test
    void memoryOverAnHour() throws Exception {
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String out = run(List.of(JAVA, "-cp", SESSION_PATH, BareWindow.Launcher.class.getName(), "25000"));
            bare.add(kb(out, "rss after start (\\d+) kB"));
        }
        long bareKb = median(bare);
        Path data = Files.createTempDirectory("caredesk-hour");
        String out = run(List.of(JAVA, "-XX:NativeMemoryTracking=summary", "-Dsession.idleMs=45000", "-cp", SESSION_PATH,
                CounterSession.class.getName(), data.toString(), "hour", "60"));
        long start = kb(out, "rss after start (\\d+) kB");
        long half1 = kb(out, "rss after half 1 (\\d+) kB");
        long half2 = kb(out, "rss after half 2 (\\d+) kB");
        System.out.printf(Locale.ROOT, "bare window resident: %d MB %s%n", bareKb >> 10, sorted(bare));
        System.out.printf(Locale.ROOT, "the window, resident: after start %d MB = %.2f x bare; after half an hour %d MB = "
                + "%.2f x; after the hour %d MB = %.2f x; second half against the first %+.1f%%%n", start >> 10,
                (double) start / bareKb, half1 >> 10, (double) half1 / bareKb, half2 >> 10, (double) half2 / bareKb,
                100.0 * (half2 - half1) / half1);
        for (String line : out.split("\n")) {
            if (line.startsWith("rss") || line.startsWith("memory")) {
                System.out.println("  " + line);
            }
        }
    }

    /**
     * The same start on a store that has joined a chain (an embedded hub started here, on loopback),
     * against the same store before it joined: the engine must not slow the first frame.
     */
    @Test
    void startupOfAJoinedShop() throws Exception {
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
            measure(List.of(JAVA, "-jar", "target/caredesk.jar", "--data-dir", alone.toString(), "--smoke-test"));
            measure(List.of(JAVA, "-jar", "target/caredesk.jar", "--data-dir", joined.toString(), "--smoke-test"));
            for (int i = 0; i < 5; i++) {
                aloneMs.add(measure(List.of(JAVA, "-jar", "target/caredesk.jar", "--data-dir", alone.toString(),
                        "--smoke-test"))[0]);
                joinedMs.add(measure(List.of(JAVA, "-jar", "target/caredesk.jar", "--data-dir", joined.toString(),
                        "--smoke-test"))[0]);
            }
            System.out.printf(Locale.ROOT, "first frame, median of 5: a shop alone %d ms %s, the same shop joined to a "
                    + "chain %d ms %s, ratio %.2f%n", median(aloneMs), sorted(aloneMs), median(joinedMs), sorted(joinedMs),
                    (double) median(joinedMs) / median(aloneMs));
        }
    }

    /** The first frame and (for CareDesk) the whole window ready, in ms from JVM start; ready is 0 for the bare window. */
    private static long[] measure(List<String> command) throws Exception {
        String output = run(command);
        Matcher shown = SHOWN.matcher(output);
        if (!shown.find()) {
            throw new IllegalStateException("no start-up time in the output of " + command + ":\n" + output);
        }
        Matcher ready = READY.matcher(output);
        return new long[] {Long.parseLong(shown.group(1)), ready.find() ? Long.parseLong(ready.group(1)) : 0};
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("still running after 10 minutes: " + command);
        }
        return output;
    }

    private static long kb(String output, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no '" + pattern + "' in:\n" + output);
        }
        return Long.parseLong(m.group(1));
    }

    private static long median(List<Long> values) {
        return sorted(values).get(values.size() / 2);
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }
}
