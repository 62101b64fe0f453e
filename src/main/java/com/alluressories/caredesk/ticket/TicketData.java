package com.alluressories.caredesk.ticket;

import com.alluressories.caredesk.store.StoredData;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The ticket tables as the store sees them: they leave with the demo, their numbering survives a
 * restore, and tickets are derived again from the events the chain brings.
 */
public final class TicketData implements StoredData {
    @Override
    public void removeAll(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM ticket_print");
            st.executeUpdate("DELETE FROM ticket_event");
            st.executeUpdate("DELETE FROM ticket");
            st.executeUpdate("DELETE FROM ticket_sequence");
        }
    }

    /**
     * Ticket numbers given since the backup are on paper in customers' hands, so the sequences
     * carry on from the higher of the restored and the replaced store.
     */
    @Override
    public void afterRestore(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT 1 FROM replaced.sqlite_master WHERE type = 'table' AND name = 'ticket_sequence'")) {
            if (!rs.next()) {
                return;
            }
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO main.ticket_sequence (shop_code, intake_day, last_seq) "
                    + "SELECT shop_code, intake_day, last_seq FROM replaced.ticket_sequence WHERE true "
                    + "ON CONFLICT (shop_code, intake_day) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)");
        }
    }

    /** Tickets whose events came from other PCs take the state their events give, as on every PC. */
    @Override
    public void afterChainLoad(Connection c) throws SQLException {
        TicketRepository.deriveStale(c);
    }
}
