package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.chain.SyncStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "sync-status", mixinStandardHelpOptions = true,
        description = {"Print this PC's place in the chain as JSON: node, role, hub, state (online, offline,",
                "not_joined), last_sync, pending_out, pending_in, errors."})
final class SyncStatusCommand implements Callable<Integer> {
    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Services services = root.openServices()) {
            SyncStatus s = SyncStatus.of(services.store(), Duration.ofSeconds(3));
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode json = mapper.createObjectNode();
            json.put("node", s.node());
            json.put("role", s.role());
            json.put("hub", s.hub());
            json.put("state", s.state());
            json.put("last_sync", s.lastSync());
            json.put("pending_out", s.pendingOut());
            json.put("pending_in", s.pendingIn());
            s.errors().forEach(json.putArray("errors")::add);
            if (!json.has("errors")) {
                json.putArray("errors");
            }
            spec.commandLine().getOut().println(mapper.writeValueAsString(json));
            return 0;
        }
    }
}
