package com.alluressories.caredesk.chain;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * The hub's register of the chain's PCs ({@code chain_node}): head office registers a node and
 * gets its one-time join code, the node's first contact uses it up, head office can shut a node
 * out. Works on the hub's database whether or not the hub is running.
 */
public final class HubLedger {
    /** How long a join code stays good. */
    public static final Duration CODE_VALID = Duration.ofHours(24);

    private final HubDatabase db;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public HubLedger(HubDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Brings the hub's own tables to this CareDesk's version (before the engine starts). */
    public void migrate() {
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).locations("classpath:db/hub",
                "classpath:com/alluressories/caredesk/privacy/hub")
                .table("caredesk_hub_schema").baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    /**
     * Whether this hub runs the demo chain. Decided at the hub's first start and kept: a real
     * chain never turns into a demo one, nor the other way round.
     */
    public boolean demo(boolean asked) {
        try (Connection c = db.connect()) {
            Optional<Boolean> kept = demo(c);
            if (kept.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO chain_setting (setting_key, setting_value) VALUES ('demo', ?)")) {
                    ps.setString(1, asked ? "1" : "0");
                    ps.executeUpdate();
                }
                return asked;
            }
            if (kept.get() != asked) {
                throw new ChainException(kept.get() ? "chain.hub.isDemo" : "chain.hub.isReal");
            }
            return asked;
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    /** Tells every node the newest store schema this hub knows (sent to them with chain_setting). */
    public void announceSchema(int version) {
        try (Connection c = db.connect()) {
            try (PreparedStatement up = c.prepareStatement(
                    "UPDATE chain_setting SET setting_value = ? WHERE setting_key = 'node_schema'")) {
                up.setString(1, Integer.toString(version));
                if (up.executeUpdate() == 0) {
                    try (PreparedStatement in = c.prepareStatement(
                            "INSERT INTO chain_setting (setting_key, setting_value) VALUES ('node_schema', ?)")) {
                        in.setString(1, Integer.toString(version));
                        in.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    /** Whether the hub's database holds the demo chain (false before the hub's first start). */
    public boolean isDemo() {
        try (Connection c = db.connect()) {
            return demo(c).orElse(false);
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    private static Optional<Boolean> demo(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT setting_value FROM chain_setting WHERE setting_key = 'demo'")) {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of("1".equals(rs.getString("setting_value"))) : Optional.empty();
            }
        }
    }

    /**
     * Registers a node (or a replacement PC for it) and returns its join code, good for 24 hours
     * and one use. A node shut out with {@code hub-disable} stays shut out.
     */
    public JoinCode register(String nodeCode, ChainRole role, boolean demoHub) {
        JoinCode code = JoinCode.generate(nodeCode, demoHub, random);
        long expires = clock.millis() + CODE_VALID.toMillis();
        try (Connection c = db.connect()) {
            if (disabled(c, nodeCode)) {
                throw new ChainException("chain.register.disabled", nodeCode);
            }
            try (PreparedStatement up = c.prepareStatement("UPDATE chain_node SET role = ?, join_hash = ?, "
                    + "join_expires = ?, joined_at = NULL WHERE node_code = ?")) {
                up.setString(1, role.code());
                up.setString(2, code.secretHash());
                up.setLong(3, expires);
                up.setString(4, nodeCode);
                if (up.executeUpdate() == 0) {
                    try (PreparedStatement in = c.prepareStatement("INSERT INTO chain_node (node_code, role, disabled, "
                            + "join_hash, join_expires) VALUES (?, ?, 0, ?, ?)")) {
                        in.setString(1, nodeCode);
                        in.setString(2, role.code());
                        in.setString(3, code.secretHash());
                        in.setLong(4, expires);
                        in.executeUpdate();
                    }
                }
            }
            return code;
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    /**
     * A node's first contact: true, once, when its secret is the one issued, not expired, not used
     * and the node not shut out. The code is used up whatever the node does next.
     */
    public boolean useJoinCode(String nodeCode, String secret) {
        if (nodeCode == null || secret == null) {
            return false;
        }
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("UPDATE chain_node SET "
                + "joined_at = ?, join_hash = NULL WHERE node_code = ? AND join_hash = ? AND join_expires > ? "
                + "AND joined_at IS NULL AND disabled = 0")) {
            long now = clock.millis();
            ps.setLong(1, now);
            ps.setString(2, nodeCode);
            ps.setString(3, JoinCode.hash(secret));
            ps.setLong(4, now);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    /** Shuts a node out: from now on the hub refuses it. False when no such node is registered. */
    public boolean disable(String nodeCode) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "UPDATE chain_node SET disabled = 1, join_hash = NULL WHERE node_code = ?")) {
            ps.setString(1, nodeCode);
            boolean found = ps.executeUpdate() == 1;
            if (found) {
                SymTables.disableNode(c, nodeCode);
            }
            return found;
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    public Optional<ChainRole> role(String nodeCode) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT role FROM chain_node WHERE node_code = ?")) {
            ps.setString(1, nodeCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ChainRole.parse(rs.getString("role")) : Optional.empty();
            }
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    public boolean isDisabled(String nodeCode) {
        try (Connection c = db.connect()) {
            return disabled(c, nodeCode);
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    private static boolean disabled(Connection c, String nodeCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT disabled FROM chain_node WHERE node_code = ?")) {
            ps.setString(1, nodeCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt("disabled") != 0;
            }
        }
    }

    private ChainException unreachable(SQLException e) {
        return new ChainException(e, "chain.hub.database", db.toString(), e.getMessage());
    }
}
