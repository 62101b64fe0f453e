package com.alluressories.caredesk.custody;

import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ticket.Custody;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The places a piece can be, as this PC knows them: the shops of the chain (and of the tickets it
 * holds), and the workshop. A PC is at its shop, or at the workshop when head office registered it
 * as the workshop's.
 */
public final class Places {
    private Places() {
    }

    /** Where this PC is: {@link Custody#WORKSHOP} for the workshop's PC, else its shop's code; empty before setup. */
    public static Optional<String> here(Store store, Optional<String> code) {
        if (code.isEmpty() || code.get().isBlank()) {
            return Optional.empty();
        }
        String role = store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT role FROM chain_node WHERE node_code = ?")) {
                ps.setString(1, code.get());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }
        });
        return Optional.of("WORKSHOP".equalsIgnoreCase(role) ? Custody.WORKSHOP : code.get());
    }

    /** The shops a piece can be sent to or collected at, by code: the chain's shops and those on tickets here. */
    public static TreeSet<String> shops(Store store, Optional<String> here) {
        TreeSet<String> shops = store.read(c -> {
            TreeSet<String> out = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT node_code FROM chain_node WHERE upper(role) = 'SHOP' "
                    + "AND disabled = 0 UNION SELECT DISTINCT shop_code FROM ticket");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        here.filter(h -> !Custody.WORKSHOP.equals(h)).ifPresent(shops::add);
        return shops;
    }
}
