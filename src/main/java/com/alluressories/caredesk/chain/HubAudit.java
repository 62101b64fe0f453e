package com.alluressories.caredesk.chain;

import com.alluressories.caredesk.staff.AuditCheck;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every node's audit trail as head office holds it ({@code node_audit}, one chain per node): each
 * walked from its first entry, so that an entry edited on a shop PC — which the lone PC could hide
 * by re-hashing its own chain — is caught at head office, where the entry as it first arrived is kept.
 */
public final class HubAudit {
    private final HubDatabase db;

    public HubAudit(HubDatabase db) {
        this.db = db;
    }

    /** Each node's chain, by node code in order; empty when no node has sent its trail yet. */
    public Map<String, AuditCheck> verify() {
        try (Connection c = db.connect()) {
            List<String> nodes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT node_code FROM node_audit ORDER BY node_code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    nodes.add(rs.getString(1));
                }
            }
            Map<String, AuditCheck> checks = new LinkedHashMap<>();
            for (String node : nodes) {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + AuditLog.WALK_COLUMNS
                        + ", first_hash FROM node_audit WHERE node_code = ? ORDER BY seq")) {
                    ps.setString(1, node);
                    try (ResultSet rs = ps.executeQuery()) {
                        checks.put(node, AuditLog.walk(rs));
                    }
                }
            }
            return checks;
        } catch (SQLException e) {
            throw new StoreException(e, "store.cannotRead", db, e.getMessage());
        }
    }
}
