package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.chain.HubLedger;
import com.alluressories.caredesk.chain.JoinCode;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "hub-disable", mixinStandardHelpOptions = true,
        description = {"Shut a node out of the chain: the hub refuses it from now on. Works while the hub runs."})
final class HubDisableCommand implements Callable<Integer> {
    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HubDatabaseOptions database;

    @Parameters(paramLabel = "CODE", description = "The node's code, e.g. CWB.")
    String code;

    @Override
    public Integer call() {
        var nodeCode = JoinCode.nodeCode(code);
        HubLedger ledger = new HubLedger(database.database(root.dataDir()), Clock.systemUTC());
        ledger.migrate();
        if (nodeCode.isEmpty() || !ledger.disable(nodeCode.get())) {
            spec.commandLine().getErr().println("caredesk: hub-disable: no node '" + code + "' is registered at this hub.");
            return 1;
        }
        spec.commandLine().getOut().println("Node " + nodeCode.get() + " is shut out of the chain: the hub refuses it.");
        return 0;
    }
}
