package com.alluressories.caredesk.ui.shell;

import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.ui.DialogService;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.ManagerApproval;
import com.alluressories.caredesk.ui.TaskRunner;
import com.alluressories.caredesk.ui.chain.JoinChainDialog;
import com.alluressories.caredesk.ui.chain.JoinChainForm;
import javafx.stage.Window;

/**
 * "Join the chain…" in the header: a manager's to do (a signed-in manager, or one approving on the
 * spot), through its dialog. The join runs off the window's thread; one that worked is told in a
 * notice and the header's sync line shows the PC in the chain.
 */
final class JoinChainAction {
    private final Window owner;
    private final I18n i18n;
    private final DialogService dialogs;
    private final ManagerApproval approval;
    private final TaskRunner tasks;
    private final ShellViewModel shell;
    private final JoinChainForm.Joiner joiner;

    JoinChainAction(Window owner, I18n i18n, DialogService dialogs, ManagerApproval approval, TaskRunner tasks,
                    ShellViewModel shell, JoinChainForm.Joiner joiner) {
        this.owner = owner;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.approval = approval;
        this.tasks = tasks;
        this.shell = shell;
        this.joiner = joiner;
    }

    /** Asks for a manager, then shows the dialog. */
    void open() {
        approval.request(Permission.CHANGE_SETTINGS, by -> show());
    }

    private void show() {
        JoinChainForm form = new JoinChainForm(joiner, tasks, joined -> {
            shell.chainJoined(joined.status());
            Notices.info(owner, i18n.get("chain.dialog.title"), i18n.get("chain.dialog.joined", joined.nodeCode()));
        });
        boolean joined = dialogs.showForm(new JoinChainDialog(form, i18n));
        if (!joined && form.stateProperty().get() == JoinChainForm.State.JOINING) {
            // Closed while joining: the join goes on, and a refusal is told in a notice instead.
            form.failureProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    Notices.error(owner, i18n.get("chain.dialog.title"), ErrorWords.of(i18n, now));
                }
            });
        }
    }
}
