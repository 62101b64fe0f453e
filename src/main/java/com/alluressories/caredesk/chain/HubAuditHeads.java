package com.alluressories.caredesk.chain;

import java.util.List;
import org.jumpmind.db.sql.ISqlTemplate;
import org.jumpmind.db.sql.Row;
import org.jumpmind.symmetric.io.data.DataContext;
import org.jumpmind.symmetric.io.data.writer.DatabaseWriterFilterAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At the hub, after each batch from a node is in: the newest entry of that node's audit trail the
 * hub holds, with the hash it first arrived with, goes into {@code audit_head} — and from there,
 * like any shared row, to the nodes, where {@link AuditHead} compares it with the node's own trail.
 */
final class HubAuditHeads extends DatabaseWriterFilterAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(HubAuditHeads.class);
    private final ISqlTemplate sql;

    HubAuditHeads(ISqlTemplate sql) {
        this.sql = sql;
    }

    @Override
    public void batchCommitted(DataContext context) {
        String node = context.getBatch() == null ? null : context.getBatch().getSourceNodeId();
        if (node == null) {
            return;
        }
        try {
            List<Row> newest = sql.query("SELECT seq, coalesce(first_hash, hash) AS hash FROM node_audit "
                    + "WHERE node_code = ? ORDER BY seq DESC LIMIT 1", new Object[] {node});
            if (newest.isEmpty()) {
                return;
            }
            long seq = newest.get(0).getLong("seq");
            String hash = newest.get(0).getString("hash");
            List<Row> known = sql.query("SELECT seq, hash FROM audit_head WHERE node_code = ?", new Object[] {node});
            if (known.isEmpty()) {
                sql.update("INSERT INTO audit_head (node_code, seq, hash) VALUES (?, ?, ?)", node, seq, hash);
            } else if (known.get(0).getLong("seq") != seq || !hash.equals(known.get(0).getString("hash"))) {
                sql.update("UPDATE audit_head SET seq = ?, hash = ? WHERE node_code = ?", seq, hash, node);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not record node {}'s audit head", node, e);
        }
    }
}
