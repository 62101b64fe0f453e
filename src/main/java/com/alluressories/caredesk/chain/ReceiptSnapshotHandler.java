package com.alluressories.caredesk.chain;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.jumpmind.symmetric.ISymmetricEngine;
import org.jumpmind.symmetric.web.AbstractUriHandler;
import org.jumpmind.symmetric.web.AuthenticationInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's answer to a PC that has just joined and asks for the chain's sales history
 * ({@link ReceiptSnapshot}). Only a registered, enabled node gets it: SymmetricDS's own check of
 * the node's id and secret runs first, as for every pull.
 */
final class ReceiptSnapshotHandler extends AbstractUriHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptSnapshotHandler.class);
    private final HubDatabase db;

    ReceiptSnapshotHandler(ISymmetricEngine engine, HubDatabase db) {
        super("/" + ReceiptSnapshot.PATH + "/*", engine.getParameterService(),
                new AuthenticationInterceptor(engine.getNodeService(), engine.getSecurityService(), false, 0, 0));
        this.db = db;
    }

    @Override
    public void handle(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String node = req.getParameter("nodeId");
        long started = System.nanoTime();
        res.setContentType("application/octet-stream");
        try (Connection c = db.connect()) {
            ReceiptSnapshot.write(c, res.getOutputStream());
        } catch (SQLException e) {
            LOG.error("Could not send the receipts to node {}", node, e);
            if (!res.isCommitted()) {
                res.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "the hub could not read its receipts");
            }
            return;
        }
        LOG.info("Sent the chain's receipts to node {} in {} ms", node, (System.nanoTime() - started) / 1_000_000);
    }
}
