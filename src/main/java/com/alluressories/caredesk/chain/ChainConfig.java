package com.alluressories.caredesk.chain;

import java.util.List;
import org.jumpmind.db.sql.ISqlTemplate;

/**
 * What SymmetricDS shares and how, written into the hub's {@code sym_*} tables at every hub start
 * (the nodes receive it from there). Two groups: the hub, and every node (shops, the workshop,
 * head-office PCs — roles do not change what data a node holds). Nodes push to the hub and pull
 * from it; the hub passes each node's changes on to every other node.
 */
final class ChainConfig {
    static final String HUB_GROUP = "hub";
    static final String NODE_GROUP = "node";
    static final String CHANNEL = "caredesk";

    /** A shared table and the order an initial load sends it in (parents first). */
    record Shared(String table, int loadOrder, String excludedColumns, boolean fromNodes) {
    }

    /** Everything shared, in load order. */
    static final List<Shared> SHARED = List.of(
            new Shared("chain_setting", 5, null, false),
            new Shared("chain_node", 10, "join_hash,join_expires,joined_at", false),
            new Shared("staff", 20, null, true),
            new Shared("receipt", 100, null, true),
            new Shared("receipt_line", 110, null, true));

    /** Tables a person edits in place: the newer change by CareDesk's own clock wins on every node. */
    static final List<String> NEWER_WINS = List.of("staff");

    private ChainConfig() {
    }

    static void apply(ISqlTemplate sql) {
        sql.update("DELETE FROM sym_conflict WHERE conflict_id LIKE 'caredesk_%'");
        sql.update("DELETE FROM sym_trigger_router WHERE router_id IN ('hub_to_node', 'node_to_hub')");
        sql.update("DELETE FROM sym_router WHERE router_id IN ('hub_to_node', 'node_to_hub')");
        for (Shared s : SHARED) {
            sql.update("DELETE FROM sym_trigger WHERE trigger_id = ?", s.table());
        }
        sql.update("DELETE FROM sym_node_group_link WHERE source_node_group_id IN ('hub', 'node') "
                + "AND target_node_group_id IN ('hub', 'node')");
        sql.update("DELETE FROM sym_channel WHERE channel_id = ?", CHANNEL);
        if (sql.queryForInt("SELECT count(*) FROM sym_node_group WHERE node_group_id = ?", NODE_GROUP) == 0) {
            sql.update("INSERT INTO sym_node_group (node_group_id) VALUES (?)", NODE_GROUP);
        }
        if (sql.queryForInt("SELECT count(*) FROM sym_node_group WHERE node_group_id = ?", HUB_GROUP) == 0) {
            sql.update("INSERT INTO sym_node_group (node_group_id) VALUES (?)", HUB_GROUP);
        }
        sql.update("INSERT INTO sym_node_group_link (source_node_group_id, target_node_group_id, data_event_action) "
                + "VALUES ('hub', 'node', 'W')");
        sql.update("INSERT INTO sym_node_group_link (source_node_group_id, target_node_group_id, data_event_action) "
                + "VALUES ('node', 'hub', 'P')");
        // One business transaction stays in one batch: SQLite has no transaction id to group by.
        sql.update("INSERT INTO sym_channel (channel_id, processing_order, max_batch_size, max_batch_to_send, enabled, "
                + "description) VALUES (?, 1, 100000, 100, 1, 'CareDesk shared data')", CHANNEL);
        sql.update("INSERT INTO sym_router (router_id, source_node_group_id, target_node_group_id, router_type, "
                + "create_time, last_update_time) VALUES ('hub_to_node', 'hub', 'node', 'default', current_timestamp, "
                + "current_timestamp)");
        sql.update("INSERT INTO sym_router (router_id, source_node_group_id, target_node_group_id, router_type, "
                + "create_time, last_update_time) VALUES ('node_to_hub', 'node', 'hub', 'default', current_timestamp, "
                + "current_timestamp)");
        // SymmetricDS's default compares when the hub captured a row, which lets an older edit that
        // arrives later win: compare CareDesk's own change time instead.
        for (String table : NEWER_WINS) {
            for (String[] link : new String[][] {{"node", "hub"}, {"hub", "node"}}) {
                sql.update("INSERT INTO sym_conflict (conflict_id, source_node_group_id, target_node_group_id, "
                        + "target_table_name, detect_type, detect_expression, resolve_type, ping_back, "
                        + "resolve_changes_only, resolve_row_only, create_time, last_update_time) VALUES (?, ?, ?, ?, "
                        + "'USE_TIMESTAMP', 'changed_at', 'NEWER_WINS', 'OFF', 0, 1, current_timestamp, current_timestamp)",
                        "caredesk_" + table + "_" + link[0] + "_to_" + link[1], link[0], link[1], table);
            }
        }
        for (Shared s : SHARED) {
            sql.update("INSERT INTO sym_trigger (trigger_id, source_table_name, channel_id, sync_on_incoming_batch, "
                    + "excluded_column_names, last_update_time, create_time) VALUES (?, ?, ?, 1, ?, current_timestamp, "
                    + "current_timestamp)", s.table(), s.table(), CHANNEL, s.excludedColumns());
            sql.update("INSERT INTO sym_trigger_router (trigger_id, router_id, initial_load_order, last_update_time, "
                    + "create_time) VALUES (?, 'hub_to_node', ?, current_timestamp, current_timestamp)", s.table(),
                    s.loadOrder());
            if (s.fromNodes()) {
                sql.update("INSERT INTO sym_trigger_router (trigger_id, router_id, initial_load_order, last_update_time, "
                        + "create_time) VALUES (?, 'node_to_hub', ?, current_timestamp, current_timestamp)", s.table(),
                        s.loadOrder());
            }
        }
    }
}
