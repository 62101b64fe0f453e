package com.alluressories.caredesk.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.store.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** A store from before the chain: its receipts, numbered 1, 2, 3…, take their chain-wide keys. */
class ReceiptKeyMigrationTest {
    @TempDir
    Path dir;

    @Test
    void receiptsAndTheirLinesTakeTheKeyTheirNumberGives() throws Exception {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("5").load().migrate();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("INSERT INTO receipt (id, receipt_no, shop_code, purchased_at) VALUES (1, 'CWB-R1', 'CWB', 20260101100000)");
            st.execute("INSERT INTO receipt (id, receipt_no, shop_code, purchased_at) VALUES (2, 'MK-R9', 'MK', 20260102100000)");
            st.execute("INSERT INTO receipt_line VALUES (1, 1, 'SKU1', 'Ring', 'SILVER', '', 100, 100)");
            st.execute("INSERT INTO receipt_line VALUES (1, 2, 'SKU2', 'Chain', 'SILVER', '', 200, 200)");
            st.execute("INSERT INTO receipt_line VALUES (2, 1, 'SKU3', 'Pearl', 'OTHER', 'PEARL', 300, 300)");
        }
        try (Store store = Store.open(dir)) {
            List<String> rows = store.read(c -> {
                List<String> out = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT r.id, r.receipt_no, "
                        + "l.line_no, l.sku FROM receipt r JOIN receipt_line l ON l.receipt_id = r.id ORDER BY r.receipt_no, l.line_no")) {
                    while (rs.next()) {
                        out.add(rs.getLong("id") + " " + rs.getString("receipt_no") + " " + rs.getInt("line_no") + " "
                                + rs.getString("sku"));
                    }
                }
                return out;
            });
            long cwb = ReceiptKey.of("CWB-R1");
            long mk = ReceiptKey.of("MK-R9");
            assertThat(rows).containsExactly(cwb + " CWB-R1 1 SKU1", cwb + " CWB-R1 2 SKU2", mk + " MK-R9 1 SKU3");
            assertThat(cwb).isNotEqualTo(mk).isPositive();
        }
    }

    @Test
    void aKeyDependsOnTheNumberAlone() {
        assertThat(ReceiptKey.of("CWB-R1")).isEqualTo(ReceiptKey.of("CWB-R1")).isNotEqualTo(ReceiptKey.of("CWB-R2"));
    }
}
