package com.alluressories.caredesk.staff;

import com.alluressories.caredesk.store.Journal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/** The store's upkeep in the audit trail: every backup made and every restore, under whoever acted. */
public final class AuditJournal implements Journal {
    private final AuditLog audit;
    private final Clock clock;
    private final Supplier<Actor> who;

    /** @param audit the trail for backups; null when only a restore can happen (before any services exist) */
    public AuditJournal(AuditLog audit, Clock clock, Supplier<Actor> who) {
        this.audit = audit;
        this.clock = clock;
        this.who = who;
    }

    @Override
    public void backupMade(Path file) {
        if (audit != null) {
            audit.append(who.get(), AuditAction.BACKUP_MADE, file.getFileName().toString(), Map.of("path", file.toString()));
        }
    }

    @Override
    public void restored(Connection restored, Path from, Path keptAs) throws SQLException {
        AuditLog.append(restored, clock, who.get(), AuditAction.STORE_RESTORED, from.getFileName().toString(),
                Map.of("from", from.toString(), "replaced_store_kept_as", keptAs.toString()));
    }
}
