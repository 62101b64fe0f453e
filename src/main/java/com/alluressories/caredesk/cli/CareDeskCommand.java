package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.AppInfo;
import com.alluressories.caredesk.app.GuiLauncher;
import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.store.DataDir;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code caredesk}: with no command word, the GUI; with one, that command. */
@Command(name = "caredesk", mixinStandardHelpOptions = true, versionProvider = CareDeskCommand.Version.class,
        description = "CareDesk: the Alluressories counter assistant. With no command, opens the window.",
        subcommands = {DemoCommand.class, EvaluateCommand.class, ImportReceiptsCommand.class, LookupCommand.class,
            TicketsCommand.class, ReportCommand.class, NoticeCommand.class, UncollectedCommand.class, PurgeCommand.class, CustomerDataCommand.class, TicketPdfCommand.class, BackupCommand.class, RestoreCommand.class, CheckCommand.class, VerifyAuditCommand.class,
            HubCommand.class, HubRegisterCommand.class, HubDisableCommand.class, JoinCommand.class, SyncCommand.class,
            SyncStatusCommand.class,
            CommandLine.HelpCommand.class})
public final class CareDeskCommand implements Callable<Integer> {
    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder of the store (default: $CAREDESK_HOME, else the per-user data folder).")
    Path dataDir;

    @Option(names = "--no-demo", description = "Start the window on an empty store instead of the demo shop.")
    boolean noDemo;

    @Option(names = "--smoke-test", hidden = true,
            description = "Open the main window, print the time from JVM start until it is shown, and exit.")
    boolean smokeTest;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final GuiLauncher gui;

    public CareDeskCommand(GuiLauncher gui) {
        this.gui = gui;
    }

    /** Runs the command line; returns the exit code. */
    public static int run(GuiLauncher gui, String[] args, PrintWriter out, PrintWriter err) {
        GuiLauncher.GuiOptions window = windowOnly(args, out, err);
        if (window != null) {
            return gui.launch(window);
        }
        CommandLine cli = new CommandLine(new CareDeskCommand(gui));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // The person gets the one-line reason; the log file keeps the whole story.
            org.slf4j.LoggerFactory.getLogger(CareDeskCommand.class).info("The command failed", e);
            commandLine.getErr().println("caredesk: " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    /**
     * The window's options alone ({@code --data-dir DIR}, {@code --data-dir=DIR}, {@code --no-demo},
     * {@code --smoke-test}, or nothing), read without building the whole command line: picocli would
     * first make every command (each with what it loads), and the counter's window would wait for it.
     * Anything else (a command word, {@code --help}, a mistake) is left to picocli, which reads it the
     * same way and says what is wrong. Returns null then.
     */
    static GuiLauncher.GuiOptions windowOnly(String[] args, PrintWriter out, PrintWriter err) {
        Path dir = null;
        boolean noDemo = false;
        boolean smoke = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--no-demo") && !noDemo) {
                noDemo = true;
            } else if (arg.equals("--smoke-test") && !smoke) {
                smoke = true;
            } else if (arg.equals("--data-dir") && dir == null && i + 1 < args.length && !args[i + 1].isEmpty()
                    && !args[i + 1].startsWith("-")) {
                dir = path(args[++i]);
            } else if (arg.startsWith("--data-dir=") && dir == null && arg.length() > "--data-dir=".length()) {
                dir = path(arg.substring("--data-dir=".length()));
            } else {
                return null;
            }
            if (dir != null && dir.toString().isEmpty()) {
                return null;
            }
        }
        try {
            return new GuiLauncher.GuiOptions(DataDir.resolve(dir), !noDemo, smoke, out, err);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** A path as typed; one that cannot be a path here is left for picocli to refuse. */
    private static Path path(String typed) {
        try {
            return Path.of(typed);
        } catch (java.nio.file.InvalidPathException e) {
            return Path.of("");
        }
    }

    @Override
    public Integer call() {
        return gui.launch(new GuiLauncher.GuiOptions(dataDir(), !noDemo, smokeTest, spec.commandLine().getOut(),
                spec.commandLine().getErr()));
    }

    Path dataDir() {
        return DataDir.resolve(dataDir);
    }

    Services openServices() {
        return Services.openForCommandLine(dataDir());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.VERSION};
        }
    }
}
