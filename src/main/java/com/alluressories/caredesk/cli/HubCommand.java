package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.LogFile;
import com.alluressories.caredesk.chain.Hub;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "hub", mixinStandardHelpOptions = true,
        description = {"Run the chain's hub (head office) in the foreground until stopped (Ctrl+C).",
                "Nodes join it with a code from hub-register and sync through it."})
final class HubCommand implements Callable<Integer> {
    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HubDatabaseOptions database;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every network).")
    String bind;

    @Option(names = "--port", paramLabel = "N", defaultValue = "31415", description = "The port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--demo", description = "Run the demo chain: its codes start DEMO-, and only demo stores join it.")
    boolean demo;

    @Option(names = "--keystore", paramLabel = "FILE",
            description = "Speak HTTPS with this JKS keystore (its key under the alias sym).")
    Path keystore;

    @Option(names = "--keystore-password-file", paramLabel = "FILE", description = "A file holding the keystore's password.")
    Path keystorePasswordFile;

    /** SymmetricDS's web server prints "Started" on standard output: this command prints only its own line. */
    private static Hub startQuietly(Hub.Options options) {
        java.io.PrintStream console = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            return Hub.start(options, Clock.systemUTC());
        } finally {
            System.setOut(console);
        }
    }

    @Override
    public Integer call() throws Exception {
        Path dataDir = root.dataDir();
        Files.createDirectories(dataDir);
        LogFile.start(dataDir);
        String keystorePassword = keystorePasswordFile == null ? null
                : Files.readString(keystorePasswordFile, StandardCharsets.UTF_8).strip();
        Hub.Options options = new Hub.Options(database.database(dataDir), dataDir.resolve("hub"), bind, port, demo,
                keystore, keystorePassword);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Hub hub = startQuietly(options)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // The engine's web server can take its time to stop: wait for it, but not forever.
                Thread closing = new Thread(hub::close, "caredesk-hub-close");
                closing.setDaemon(true);
                closing.start();
                try {
                    closing.join(20_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                stopped.countDown();
            }, "caredesk-hub-stop"));
            out.println("CareDesk hub running at " + hub.url() + (demo ? " (demo chain)" : "")
                    + "; nodes join with: caredesk join " + hub.url() + " --code CODE. Ctrl+C stops it.");
            out.flush();
            stopped.await();
        }
        return 0;
    }
}
