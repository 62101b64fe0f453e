package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.chain.ChainException;
import com.alluressories.caredesk.chain.JoinCode;
import com.alluressories.caredesk.chain.NodeSync;
import com.alluressories.caredesk.chain.SyncStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "join", mixinStandardHelpOptions = true,
        description = {"Join this PC to the chain with the one-time code head office gave (hub-register).",
                "What the PC already holds stays and goes up to the hub; the chain's data comes down."})
final class JoinCommand implements Callable<Integer> {
    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", description = "The hub, e.g. http://10.1.0.5:31415/sync/caredesk-hub.")
    String url;

    @Option(names = "--code", required = true, paramLabel = "CODE", description = "The join code, e.g. CWB-K7QF-2MZP-9XTA-HC4D.")
    String code;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var joinCode = JoinCode.parse(code);
        if (joinCode.isEmpty()) {
            err.println("caredesk: join: '" + code + "' is not a join code (it looks like CWB-K7QF-2MZP-9XTA-HC4D).");
            return 2;
        }
        try (Services services = root.openServices();
             NodeSync node = NodeSync.join(services.store(), services.shop().isDemo(), url, joinCode.get(),
                     Clock.systemUTC(), Duration.ofSeconds(60), Services.STORED_DATA)) {
            services.chainJoined(url, joinCode.get().nodeCode());
            node.syncOnce(Duration.ofMinutes(30));
            SyncStatus status = SyncStatus.of(services.store(), Duration.ofSeconds(3));
            spec.commandLine().getOut().println("Joined the chain at " + url + " as " + joinCode.get().nodeCode()
                    + (status.role() == null ? "" : " (" + status.role() + ")") + "; synced.");
            return 0;
        } catch (ChainException e) {
            err.println("caredesk: join: " + e.getMessage());
            return 1;
        }
    }
}
