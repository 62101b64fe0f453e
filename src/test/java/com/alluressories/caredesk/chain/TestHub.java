package com.alluressories.caredesk.chain;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;

/** A hub for tests: on an embedded SQLite file under {@code dir}, on a free loopback port. */
public final class TestHub {
    private TestHub() {
    }

    /** A loopback port nothing listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts the hub with its database in {@code dir} (hub/hub.db) and its work folder beside it. */
    public static Hub start(Path dir, Clock clock) throws IOException {
        return Hub.start(new Hub.Options(HubDatabase.embedded(dir), dir.resolve("work"), "127.0.0.1", freePort(), false,
                null, null), clock);
    }
}
