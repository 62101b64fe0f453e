package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.demo.DemoShop;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill an empty store with the demo shop. A store holding real data is refused.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Services services = root.openServices()) {
            if (DemoShop.fill(services.store(), services.clock())) {
                spec.commandLine().getOut().printf("Added the demo shop (%d receipts) to %s%n", DemoShop.RECEIPTS,
                        services.store().file());
            } else {
                spec.commandLine().getOut().printf("%s already holds the demo shop; nothing added.%n",
                        services.store().file());
            }
            return 0;
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("caredesk demo: " + e.getMessage());
            return 1;
        }
    }
}
