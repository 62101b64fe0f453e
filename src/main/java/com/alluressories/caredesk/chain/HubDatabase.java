package com.alluressories.caredesk.chain;

import com.alluressories.caredesk.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Where the hub keeps the chain's data: PostgreSQL in production ({@code --jdbc}), else an
 * embedded SQLite file in the data folder ({@code hub/hub.db}), so a demo or a small chain needs
 * no server.
 */
public record HubDatabase(String url, String user, String password) {

    /** The embedded hub's file in a data folder, whether or not it is there. */
    public static Path embeddedFile(Path dataDir) {
        return dataDir.resolve("hub").resolve("hub.db");
    }

    public static HubDatabase embedded(Path dataDir) {
        Path folder = embeddedFile(dataDir).getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(e, "store.folder.cannotCreate", folder, e.getMessage());
        }
        return new HubDatabase("jdbc:sqlite:" + embeddedFile(dataDir), "", "");
    }

    /** A database given on the command line; the password is read from a file, never typed on it. */
    public static HubDatabase given(String url, String user, Path passwordFile) {
        String password = "";
        if (passwordFile != null) {
            try {
                password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new ChainException(e, "chain.hub.passwordFile", passwordFile, e.getMessage());
            }
        }
        return new HubDatabase(url, user == null ? "" : user, password);
    }

    public boolean isSqlite() {
        return url.startsWith("jdbc:sqlite:");
    }

    public String driver() {
        return isSqlite() ? "org.sqlite.JDBC" : "org.postgresql.Driver";
    }

    public Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        if (isSqlite()) {
            try (var st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 10000");
                // Readers never hold up the engine's writers (and the other way round); kept in the file.
                st.execute("PRAGMA journal_mode = WAL");
            }
        }
        return c;
    }


    /** For logs and messages: the URL without anything secret in it. */
    @Override
    public String toString() {
        return url.replaceAll("password=[^&;]*", "password=***");
    }
}
