package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.chain.ChainRole;
import com.alluressories.caredesk.chain.HubLedger;
import com.alluressories.caredesk.chain.JoinCode;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "hub-register", mixinStandardHelpOptions = true,
        description = {"Register a node at the hub and print its one-time join code alone on standard output",
                "(good for 24 hours, one use). Works while the hub runs."})
final class HubRegisterCommand implements Callable<Integer> {
    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HubDatabaseOptions database;

    @Parameters(paramLabel = "CODE", description = "The node's code: the shop code (2 to 8 letters or digits), e.g. CWB.")
    String code;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "shop, workshop or office.")
    String role;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var nodeCode = JoinCode.nodeCode(code);
        if (nodeCode.isEmpty()) {
            err.println("caredesk: hub-register: '" + code + "' is not a node code: 2 to 8 letters or digits (not HUB).");
            return 2;
        }
        var chainRole = ChainRole.parse(role);
        if (chainRole.isEmpty()) {
            err.println("caredesk: hub-register: --role must be shop, workshop or office, not '" + role + "'.");
            return 2;
        }
        HubLedger ledger = new HubLedger(database.database(root.dataDir()), Clock.systemUTC());
        ledger.migrate();
        JoinCode joinCode = ledger.register(nodeCode.get(), chainRole.get(), ledger.isDemo());
        spec.commandLine().getOut().println(joinCode);
        return 0;
    }
}
