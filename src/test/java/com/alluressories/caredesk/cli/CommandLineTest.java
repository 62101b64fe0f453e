package com.alluressories.caredesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.app.GuiLauncher;
import com.alluressories.caredesk.receipt.ReceiptRepository;
import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.shop.ShopService;
import com.alluressories.caredesk.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void noCommandWordOpensTheGuiWithTheChosenFolder() {
        AtomicReference<GuiLauncher.GuiOptions> launched = new AtomicReference<>();
        int code = CareDeskCommand.run(options -> {
            launched.set(options);
            return 0;
        }, new String[] {"--data-dir", dir.toString(), "--no-demo"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(launched.get().dataDir()).isEqualTo(dir.toAbsolutePath());
        assertThat(launched.get().demoOnFirstStart()).isFalse();
    }

    /**
     * The window's own options are read without building every command; whatever they are, the
     * window gets what picocli would give it, and anything else is still picocli's to read or refuse.
     */
    @Test
    void theWindowsOptionsAreReadAsPicocliReadsThem() {
        String d = dir.toString();
        String[][] windowOnly = {{}, {"--no-demo"}, {"--data-dir", d}, {"--data-dir=" + d, "--smoke-test"},
            {"--smoke-test", "--no-demo", "--data-dir", d}};
        for (String[] args : windowOnly) {
            GuiLauncher.GuiOptions quick = CareDeskCommand.windowOnly(args, null, null);
            assertThat(quick).as(String.join(" ", args)).isNotNull();
            AtomicReference<GuiLauncher.GuiOptions> picocli = new AtomicReference<>();
            picocli.CommandLine cli = new picocli.CommandLine(new CareDeskCommand(options -> {
                picocli.set(options);
                return 0;
            }));
            cli.setOut(new PrintWriter(new StringWriter()));
            assertThat(cli.execute(args)).isZero();
            assertThat(quick.dataDir()).isEqualTo(picocli.get().dataDir());
            assertThat(quick.demoOnFirstStart()).isEqualTo(picocli.get().demoOnFirstStart());
            assertThat(quick.smokeTest()).isEqualTo(picocli.get().smokeTest());
        }
        String[][] notWindowOnly = {{"--help"}, {"--data-dir"}, {"--data-dir="}, {"--no-demo", "--no-demo"},
            {"demo"}, {"--data-dir", d, "lookup", "x"}, {"--data-dir", d, "--data-dir", d}, {"--smoke"}};
        for (String[] args : notWindowOnly) {
            assertThat(CareDeskCommand.windowOnly(args, null, null)).as(String.join(" ", args)).isNull();
        }
        // A mistake among the window's options is still refused with picocli's words, and no window opens.
        StringWriter err = new StringWriter();
        int code = CareDeskCommand.run(options -> {
            throw new AssertionError("no window for a mistake");
        }, new String[] {"--data-dir"}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--data-dir");
    }

    @Test
    void versionAndHelpPrintAndExitZero() throws Exception {
        MainProcess.Result version = MainProcess.run(null, Map.of(), "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("CareDesk ");
        MainProcess.Result help = MainProcess.run(null, Map.of(), "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--data-dir", "demo", "evaluate");
    }

    @Test
    void anUnknownCommandIsAUsageError() throws Exception {
        MainProcess.Result result = MainProcess.run(null, Map.of(), "frobnicate");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("frobnicate");
    }

    @Test
    void demoFillsAnEmptyStoreChosenByTheEnvironmentVariable() throws Exception {
        MainProcess.Result result = MainProcess.run(null, Map.of("CAREDESK_HOME", dir.toString()), "demo");
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (Store store = Store.open(dir)) {
            assertThat(store.read(ReceiptRepository::count)).isPositive();
        }
    }

    @Test
    void demoRefusesAStoreWithRealData() throws Exception {
        try (Store store = Store.open(dir)) {
            new ShopService(store, java.time.Clock.systemUTC(), com.alluressories.caredesk.app.Services.STORED_DATA).setUpRealShop(new ShopProfile("CWB", "Causeway Bay", "1 Yee Wo St", "28001234"));
        }
        MainProcess.Result result = MainProcess.run(null, Map.of(), "demo", "--data-dir", dir.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("real shop");
        try (Store store = Store.open(dir)) {
            assertThat(store.read(ReceiptRepository::count)).isZero();
        }
    }

    @Test
    void aStoreThatCannotBeOpenedIsReportedWithItsPath() throws Exception {
        Path file = dir.resolve(Store.FILE_NAME);
        Files.writeString(file, "not a database");
        MainProcess.Result result = MainProcess.run(null, Map.of(), "--data-dir", dir.toString(), "demo");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(file.toString()).contains("not a CareDesk store");
        assertThat(Files.readString(file)).isEqualTo("not a database");
    }

    @Test
    void aCommandPrintsOnlyWhatItIsForAndLogsGoToTheDataFolder() throws Exception {
        MainProcess.Result demo = MainProcess.run(null, Map.of(), "--data-dir", dir.toString(), "demo");
        assertThat(demo.exitCode()).isZero();
        assertThat(demo.err()).as("nothing on the terminal but the command's own output").isEmpty();
        MainProcess.Result lookup = MainProcess.run(null, Map.of(), "--data-dir", dir.toString(), "lookup", "--receipt", "NONE");
        assertThat(lookup.exitCode()).isZero();
        assertThat(lookup.out().replaceAll("\\s", "")).isEqualTo("[]");
        assertThat(lookup.err()).isEmpty();
        java.nio.file.Path log = dir.resolve("logs").resolve("caredesk.log");
        assertThat(log).exists();
        assertThat(java.nio.file.Files.readString(log)).contains("journal_mode=wal");
    }

    @Test
    void theWindowStartsWithoutJavaFxsClassPathWarning() throws Exception {
        MainProcess.Result window = MainProcess.runWindow("--data-dir", dir.toString(), "--smoke-test");
        assertThat(window.exitCode()).as(window.err()).isZero();
        assertThat(window.out()).contains("main window shown");
        assertThat(window.err()).doesNotContain("Unsupported JavaFX configuration").doesNotContain("INFO");
    }
}
