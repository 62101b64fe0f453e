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

    /**
     * A shared table and the order an initial load sends it in (parents first): whether nodes send
     * it (or only the hub), whether the hub passes it on to the nodes, and whether changes in place
     * and deletions travel (rows that are only ever appended send neither).
     */
    record Shared(String table, int loadOrder, String excludedColumns, boolean fromNodes, boolean toNodes,
                  boolean updates, boolean deletes) {
        Shared(String table, int loadOrder, String excludedColumns, boolean fromNodes) {
            this(table, loadOrder, excludedColumns, fromNodes, true, true, true);
        }

        static Shared appended(String table, int loadOrder, String excludedColumns) {
            return new Shared(table, loadOrder, excludedColumns, true, true, false, false);
        }
    }

    /** A ticket's state and amounts, derived at every node from its events: never sent. */
    static final String TICKET_DERIVED = "state,workshop,expected_return,quote_cents,quote_decision,quote_decided_how,"
            + "quote_decided_at,outcome,final_charge_cents,collected_at,conflicts,stale,ready_at,last_step_at,ready_days,"
            + "collected_days,location,collect_at,dispatch_no,going_to,location_since,missing";

    /** Everything shared, in load order. */
    static final List<Shared> SHARED = List.of(
            new Shared("chain_setting", 5, null, false),
            new Shared("chain_node", 10, "join_hash,join_expires,joined_at", false),
            new Shared("staff", 20, null, true),
            new Shared("receipt", 100, null, true),
            new Shared("receipt_line", 110, null, true),
            Shared.appended("claim", 200, null),
            Shared.appended("photo", 205, null),
            Shared.appended("claim_photo", 210, null),
            Shared.appended("ticket", 300, TICKET_DERIVED),
            Shared.appended("ticket_event", 310, null),
            Shared.appended("ticket_print", 320, null),
            Shared.appended("dispatch", 305, null),
            Shared.appended("dispatch_print", 325, null),
            // A customer's correction and erasure: appended, applied by the store as they land (ErasureSql).
            Shared.appended("customer_correction", 330, null),
            Shared.appended("erasure", 340, null),
            // Each node's audit trail goes to the hub only (as node_audit, by node); an entry
            // changed at the node goes too, so that verify-audit at the hub sees it; none is deleted there.
            new Shared("audit_log", 400, null, true, false, true, false),
            // The hub's word on each node's trail goes back to the nodes (HubAuditHeads writes it).
            new Shared("audit_head", 410, null, false));

    /**
     * Appended tables whose key is what a row says, so two PCs can write the same row apart: the
     * one already here stays (an erasure is keyed by what it erases).
     */
    static final List<String> SAME_ROW_TWICE = List.of("erasure");

    /** The audit trail's way into the hub's node_audit. */
    static final String AUDIT_TRANSFORM = "caredesk_node_audit";

    /** Tables a person edits in place: the newer change by CareDesk's own clock wins on every node. */
    static final List<String> NEWER_WINS = List.of("staff");

    private ChainConfig() {
    }

    static void apply(ISqlTemplate sql) {
        sql.update("DELETE FROM sym_conflict WHERE conflict_id LIKE 'caredesk_%'");
        sql.update("DELETE FROM sym_transform_column WHERE transform_id = ?", AUDIT_TRANSFORM);
        sql.update("DELETE FROM sym_transform_table WHERE transform_id = ?", AUDIT_TRANSFORM);
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
        for (String table : SAME_ROW_TWICE) {
            for (String[] link : new String[][] {{"node", "hub"}, {"hub", "node"}}) {
                sql.update("INSERT INTO sym_conflict (conflict_id, source_node_group_id, target_node_group_id, "
                        + "target_table_name, detect_type, resolve_type, ping_back, resolve_changes_only, "
                        + "resolve_row_only, create_time, last_update_time) VALUES (?, ?, ?, ?, 'USE_PK_DATA', 'IGNORE', "
                        + "'OFF', 0, 1, current_timestamp, current_timestamp)",
                        "caredesk_" + table + "_" + link[0] + "_to_" + link[1], link[0], link[1], table);
            }
        }
        for (Shared s : SHARED) {
            sql.update("INSERT INTO sym_trigger (trigger_id, source_table_name, channel_id, sync_on_incoming_batch, "
                    + "excluded_column_names, sync_on_update, sync_on_delete, last_update_time, create_time) "
                    + "VALUES (?, ?, ?, 1, ?, ?, ?, current_timestamp, current_timestamp)", s.table(), s.table(), CHANNEL,
                    s.excludedColumns(), s.updates() ? 1 : 0, s.deletes() ? 1 : 0);
            if (s.toNodes()) {
                // The sales history reaches a new PC as one stream (ReceiptSnapshot), not row by row.
                sql.update("INSERT INTO sym_trigger_router (trigger_id, router_id, initial_load_order, initial_load_select, "
                        + "last_update_time, create_time) VALUES (?, 'hub_to_node', ?, ?, current_timestamp, current_timestamp)",
                        s.table(), s.loadOrder(), ReceiptSnapshot.sentThisWay(s.table()) ? "1=0" : null);
            }
            if (s.fromNodes()) {
                sql.update("INSERT INTO sym_trigger_router (trigger_id, router_id, initial_load_order, last_update_time, "
                        + "create_time) VALUES (?, 'node_to_hub', ?, current_timestamp, current_timestamp)", s.table(),
                        s.loadOrder());
            }
        }
        auditTransform(sql);
    }

    /**
     * At the hub, each node's audit entries land in node_audit under the node's code; the hash an
     * entry first arrived with stays in first_hash when a changed copy follows.
     */
    private static void auditTransform(ISqlTemplate sql) {
        sql.update("INSERT INTO sym_transform_table (transform_id, source_node_group_id, target_node_group_id, "
                + "transform_point, source_table_name, target_table_name, update_first, update_action, delete_action, "
                + "transform_order, column_policy, create_time, last_update_time) VALUES (?, 'node', 'hub', 'LOAD', "
                + "'audit_log', 'node_audit', 0, 'UPD_ROW', 'NONE', 1, 'IMPLIED', current_timestamp, current_timestamp)",
                AUDIT_TRANSFORM);
        String column = "INSERT INTO sym_transform_column (transform_id, include_on, target_column_name, "
                + "source_column_name, pk, transform_type, transform_expression, transform_order, create_time, "
                + "last_update_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, current_timestamp)";
        sql.update(column, AUDIT_TRANSFORM, "*", "node_code", null, 1, "variable", "source_node_id", 1);
        sql.update(column, AUDIT_TRANSFORM, "*", "hash", "hash", 0, "copy", null, 2);
        sql.update(column, AUDIT_TRANSFORM, "I", "first_hash", "hash", 0, "copy", null, 3);
    }
}
