package com.alluressories.caredesk.chain;

import com.alluressories.caredesk.staff.AuditCheck;
import com.alluressories.caredesk.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * This PC's audit trail against head office's copy: the newest entry head office holds of this PC
 * must still be here, with the hash it arrived with. A PC whose trail was edited and re-hashed
 * passes its own walk, but not this.
 */
public final class AuditHead {
    private AuditHead() {
    }

    /** Empty when the PC has not joined or head office has not answered yet; else the comparison. */
    public static Optional<AuditCheck> compare(Store store) {
        Optional<Membership> member = Membership.of(store);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        return store.read(c -> compare(c, member.get().nodeCode()));
    }

    static Optional<AuditCheck> compare(Connection c, String nodeCode) throws SQLException {
        long seq;
        String hash;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE node_code = ?")) {
            ps.setString(1, nodeCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                seq = rs.getLong("seq");
                hash = rs.getString("hash");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_log WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                String here = rs.next() ? rs.getString("hash") : null;
                return Optional.of(hash.equals(here) ? AuditCheck.matchesHub(seq) : AuditCheck.differsFromHub(seq));
            }
        }
    }
}
