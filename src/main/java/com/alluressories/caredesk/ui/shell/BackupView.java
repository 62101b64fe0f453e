package com.alluressories.caredesk.ui.shell;

import com.alluressories.caredesk.store.Backups;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.TaskRunner;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Backups as the window shows them: a manager's "Back up…" to a chosen folder, and the outcome of
 * the automatic backup. Both are told in a note that goes by itself; a failed automatic backup also
 * stays in the status bar until one works.
 */
final class BackupView {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Window owner;
    private final I18n i18n;
    private final ShellViewModel shell;
    private final Backups backups;
    private final Clock clock;
    private final TaskRunner tasks;

    BackupView(Window owner, I18n i18n, ShellViewModel shell, Backups backups, Clock clock, TaskRunner tasks) {
        this.owner = owner;
        this.i18n = i18n;
        this.shell = shell;
        this.backups = backups;
        this.clock = clock;
        this.tasks = tasks;
    }

    /** A manager's backup to a chosen folder (a USB stick), through SQLite, checked after writing. */
    void toChosenFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("backup.title"));
        File folder = chooser.showDialog(owner);
        if (folder == null) {
            return;
        }
        Path target = folder.toPath().resolve("caredesk-" + LocalDateTime.now(clock).format(STAMP) + ".db");
        tasks.run(() -> backups.backupTo(target),
                done -> Notices.info(owner, i18n.get("backup.title"), i18n.get("backup.done", done.toString())),
                error -> Notices.error(owner, i18n.get("backup.failed"), ErrorWords.of(i18n, error)));
    }

    /** The outcome of an automatic backup (null when it worked). */
    void automaticDone(Throwable failure) {
        if (failure == null) {
            shell.backupWorked();
            return;
        }
        String words = ErrorWords.of(i18n, failure);
        shell.backupFailed(failure);
        Notices.error(owner, i18n.get("backup.failed"), i18n.get("status.backupFailed", words));
    }
}
