package com.alluressories.caredesk.chain;

import com.alluressories.caredesk.store.Settings;
import com.alluressories.caredesk.store.Store;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where this PC stands in the chain, as {@code sync-status} prints it and the window's header says
 * it: which node, which hub, whether head office answers now, when the last sync finished, what
 * waits on either side, and what went wrong.
 */
public record SyncStatus(String node, String role, String hub, String state, String lastSync, long pendingOut,
                         long pendingIn, List<String> errors) {
    public static final String ONLINE = "online";
    public static final String OFFLINE = "offline";
    public static final String NOT_JOINED = "not_joined";

    /** Reads the status; asks the hub whether it answers, waiting at most {@code ping}. */
    public static SyncStatus of(Store store, Duration ping) {
        return of(store, url -> answers(url, ping));
    }

    /** Reads the status, with what the caller already knows of whether the hub answers. */
    public static SyncStatus of(Store store, boolean hubAnswers) {
        return of(store, url -> hubAnswers);
    }

    private static SyncStatus of(Store store, java.util.function.Predicate<String> hubAnswers) {
        Optional<Membership> m = Membership.of(store);
        if (m.isEmpty()) {
            return new SyncStatus(null, null, null, NOT_JOINED, null, 0, 0, List.of());
        }
        String code = m.get().nodeCode();
        return store.read(c -> {
            String role = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT role FROM chain_node WHERE node_code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    role = rs.next() ? rs.getString("role") : null;
                }
            }
            List<String> errors = new ArrayList<>(SymTables.loadErrors(c));
            Settings.get(c, Membership.LAST_ERROR).ifPresent(e -> errors.add(0, e));
            String last = Settings.get(c, Membership.LAST_SYNC).orElse(null);
            String state = hubAnswers.test(m.get().hubUrl()) ? ONLINE : OFFLINE;
            return new SyncStatus(code, role, m.get().hubUrl(), state, last, SymTables.pendingOut(c),
                    SymTables.pendingIn(c), List.copyOf(errors));
        });
    }

    /** The hub answers its ping. */
    static boolean answers(String hubUrl, Duration wait) {
        try {
            HttpURLConnection http = (HttpURLConnection) URI.create(hubUrl + "/ping").toURL().openConnection();
            http.setConnectTimeout((int) wait.toMillis());
            http.setReadTimeout((int) wait.toMillis());
            try {
                return http.getResponseCode() == 200;
            } finally {
                http.disconnect();
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** When the last sync finished, if ever. */
    public Optional<Instant> lastSyncTime() {
        return Optional.ofNullable(lastSync).map(Instant::parse);
    }
}
