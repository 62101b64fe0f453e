package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.chain.HubDatabase;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The hub's database, as {@code hub}, {@code hub-register} and {@code hub-disable} take it. */
final class HubDatabaseOptions {
    @Option(names = "--jdbc", paramLabel = "URL",
            description = "The hub's PostgreSQL database, e.g. jdbc:postgresql://127.0.0.1:5432/caredesk "
                    + "(default: an embedded SQLite file in the data folder, hub/hub.db).")
    String jdbc;

    @Option(names = "--user", paramLabel = "USER", description = "The database user.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "A file holding the database password.")
    Path passwordFile;

    HubDatabase database(Path dataDir) {
        return jdbc == null ? HubDatabase.embedded(dataDir) : HubDatabase.given(jdbc, user, passwordFile);
    }
}
