package com.alluressories.caredesk.chain;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The chain's sales history as one stream, for a PC that has just joined: the hub writes every
 * receipt and line it holds, the PC inserts them in one transaction. SymmetricDS would send them
 * row by row through its change capture, many times slower than an import of the same rows (the
 * chain's initial load leaves these tables out, see {@link ChainConfig}). Rows the hub receives
 * meanwhile reach the PC as ordinary changes as well; a row that comes both ways is the same row,
 * and the second copy changes nothing.
 *
 * <p>The stream (gzip): the header {@value #MAGIC} and the rows to come (for progress); then per
 * table its name, its column names and its rows, each value a type byte (null, integer or text)
 * and the value; a row count that closes the table; {@code END}.
 */
public final class ReceiptSnapshot {
    static final String MAGIC = "CAREDESK-RECEIPTS 1";
    /** Under the hub's URL: {@code …/sync/caredesk-hub/caredesk-receipts}. */
    static final String PATH = "caredesk-receipts";

    /** The tables sent this way, parents first, and the columns they share (never local ones). */
    static final List<Table> TABLES = List.of(
            new Table("receipt", List.of("id", "receipt_no", "shop_code", "purchased_at", "customer_name",
                    "customer_phone")),
            new Table("receipt_line", List.of("receipt_id", "line_no", "sku", "description", "metal", "stones",
                    "list_price_cents", "paid_price_cents")));

    record Table(String name, List<String> columns) {
        String select() {
            return "SELECT " + String.join(", ", columns) + " FROM " + name;
        }

        String insert() {
            return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ") ON CONFLICT DO NOTHING";
        }
    }

    private static final byte NULL = 0;
    private static final byte INTEGER = 1;
    private static final byte TEXT = 2;
    private static final byte ROW = 1;
    private static final byte TABLE_END = 0;

    private ReceiptSnapshot() {
    }

    static boolean sentThisWay(String table) {
        return TABLES.stream().anyMatch(t -> t.name().equals(table));
    }

    /**
     * Writes every receipt and line in {@code hub} to {@code out}, as one consistent read (a
     * receipt added meanwhile comes with all its lines or not at all).
     */
    static void write(Connection hub, OutputStream out) throws SQLException, IOException {
        boolean autoCommit = hub.getAutoCommit();
        hub.setAutoCommit(false);
        if (!hub.getMetaData().getURL().startsWith("jdbc:sqlite:")) {
            hub.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
        try {
            GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
            long total = 0;
            for (Table table : TABLES) {
                try (Statement st = hub.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT count(*) FROM " + table.name())) {
                    rs.next();
                    total += rs.getLong(1);
                }
            }
            data.writeUTF(MAGIC);
            data.writeLong(total);
            for (Table table : TABLES) {
                data.writeUTF(table.name());
                data.writeInt(table.columns().size());
                for (String column : table.columns()) {
                    data.writeUTF(column);
                }
                long rows = 0;
                try (Statement st = hub.createStatement()) {
                    st.setFetchSize(5_000);
                    try (ResultSet rs = st.executeQuery(table.select())) {
                        int n = table.columns().size();
                        while (rs.next()) {
                            data.writeByte(ROW);
                            for (int i = 1; i <= n; i++) {
                                writeValue(data, rs.getObject(i));
                            }
                            rows++;
                        }
                    }
                }
                data.writeByte(TABLE_END);
                data.writeLong(rows);
            }
            data.writeUTF("END");
            data.flush();
            gzip.finish();
            out.flush();
        } finally {
            hub.rollback();
            hub.setAutoCommit(autoCommit);
        }
    }

    private static void writeValue(DataOutputStream data, Object value) throws IOException {
        if (value == null) {
            data.writeByte(NULL);
        } else if (value instanceof Number number) {
            data.writeByte(INTEGER);
            data.writeLong(number.longValue());
        } else {
            byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
            data.writeByte(TEXT);
            data.writeInt(text.length);
            data.write(text);
        }
    }

    /**
     * Inserts what {@code in} holds into this PC's store on {@code c}, inside the caller's
     * transaction; rows the PC already holds stay as they are. SymmetricDS's capture triggers on
     * these tables are set aside for the insert and put back before the caller commits (SQLite's
     * schema changes are part of the transaction, so no other writer ever sees them missing):
     * nothing received here is sent back to the hub. Returns the rows inserted.
     */
    static long read(InputStream in, Connection c, JoinProgress progress) throws IOException, SQLException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        String magic = data.readUTF();
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a CareDesk receipts snapshot (it began with " + magic + ")");
        }
        long total = data.readLong();
        progress.received(0, total);
        List<String[]> triggers = captureTriggers(c);
        for (String[] trigger : triggers) {
            try (Statement st = c.createStatement()) {
                st.execute("DROP TRIGGER \"" + trigger[0] + "\"");
            }
        }
        long inserted = 0;
        long seen = 0;
        for (Table expected : TABLES) {
            String name = data.readUTF();
            int n = data.readInt();
            List<String> columns = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                columns.add(data.readUTF());
            }
            if (!name.equals(expected.name()) || !columns.equals(expected.columns())) {
                throw new IOException("the hub sent " + name + " " + columns + " where " + expected.name() + " "
                        + expected.columns() + " was expected");
            }
            long rows = 0;
            try (PreparedStatement ps = c.prepareStatement(expected.insert())) {
                while (data.readByte() == ROW) {
                    for (int i = 1; i <= n; i++) {
                        readValue(data, ps, i);
                    }
                    inserted += ps.executeUpdate();
                    rows++;
                    if (++seen % 50_000 == 0) {
                        progress.received(seen, total);
                    }
                }
            }
            long sent = data.readLong();
            if (sent != rows) {
                throw new IOException("the hub sent " + sent + " rows of " + name + " but " + rows + " arrived");
            }
        }
        if (!"END".equals(data.readUTF())) {
            throw new IOException("the snapshot did not end where it should");
        }
        for (String[] trigger : triggers) {
            try (Statement st = c.createStatement()) {
                st.execute(trigger[1]);
            }
        }
        progress.received(seen, Math.max(seen, total));
        return inserted;
    }

    private static void readValue(DataInputStream data, PreparedStatement ps, int i) throws IOException, SQLException {
        byte type = data.readByte();
        switch (type) {
            case NULL -> ps.setObject(i, null);
            case INTEGER -> ps.setLong(i, data.readLong());
            case TEXT -> {
                byte[] text = new byte[data.readInt()];
                data.readFully(text);
                ps.setString(i, new String(text, StandardCharsets.UTF_8));
            }
            default -> throw new IOException("unknown value type " + type);
        }
    }

    /** SymmetricDS's capture triggers on the snapshot's tables at this PC: name and the SQL that makes it. */
    private static List<String[]> captureTriggers(Connection c) throws SQLException {
        List<String[]> triggers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                + "AND tbl_name IN ('receipt', 'receipt_line') AND lower(name) LIKE 'sym\\_%' ESCAPE '\\'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                triggers.add(new String[] {rs.getString("name"), rs.getString("sql")});
            }
        }
        return triggers;
    }
}
