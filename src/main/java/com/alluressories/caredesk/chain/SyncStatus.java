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
 * waits on either side, and what went wrong ({@code clockOffMinutes}: how far this PC's clock is
 * from head office's when that is more than two minutes, else 0).
 */
public record SyncStatus(String node, String role, String hub, String state, String lastSync, long pendingOut,
                         long pendingIn, List<String> errors, long clockOffMinutes) {
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
            return new SyncStatus(null, null, null, NOT_JOINED, null, 0, 0, List.of(), 0);
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
            long clockOff = clockSkew(c).filter(skew -> Math.abs(skew.toSeconds()) > MAX_SKEW.toSeconds())
                    .map(Duration::toMinutes).orElse(0L);
            if (clockOff != 0) {
                errors.add(new ChainException("chain.clock.skew", clockOff).getMessage());
            }
            AuditHead.compare(c, code).filter(check -> !check.intact())
                    .ifPresent(check -> errors.add(check.describe()));
            String last = Settings.get(c, Membership.LAST_SYNC).orElse(null);
            String state = hubAnswers.test(m.get().hubUrl()) ? ONLINE : OFFLINE;
            return new SyncStatus(code, role, m.get().hubUrl(), state, last, SymTables.pendingOut(c),
                    SymTables.pendingIn(c), List.copyOf(errors), clockOff);
        });
    }

    /** More than this between the PC's clock and head office's is reported. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(2);

    /** How far this PC's clock was from the hub's at the last sync (positive: ahead). */
    public static Optional<Duration> clockSkew(Store store) {
        return store.read(SyncStatus::clockSkew);
    }

    private static Optional<Duration> clockSkew(java.sql.Connection c) throws java.sql.SQLException {
        return Settings.get(c, Membership.CLOCK_SKEW).map(v -> Duration.ofSeconds(Long.parseLong(v)));
    }

    /** The hub's time, from the Date its web server answers a ping with. */
    public static Optional<Instant> hubTime(String hubUrl, Duration wait) {
        try {
            HttpURLConnection http = (HttpURLConnection) URI.create(hubUrl + "/ping").toURL().openConnection();
            http.setConnectTimeout((int) wait.toMillis());
            http.setReadTimeout((int) wait.toMillis());
            try {
                long date = http.getResponseCode() == 200 ? http.getHeaderFieldDate("Date", 0) : 0;
                return date == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(date));
            } finally {
                http.disconnect();
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
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
