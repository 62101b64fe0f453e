package com.alluressories.caredesk.ui.claim;

import com.alluressories.caredesk.claim.ClaimDraft;
import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.ui.ManagerApproval;
import com.alluressories.caredesk.ui.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Saving a claim off the FX thread. An override is saved only with a manager's authority: a manager
 * signed in, or one approving now; without it nothing is saved.
 */
final class ClaimSaver {
    private final ClaimService claims;
    private final TaskRunner tasks;
    private final ManagerApproval approval;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    ClaimSaver(ClaimService claims, TaskRunner tasks, ManagerApproval approval) {
        this.claims = claims;
        this.tasks = tasks;
        this.approval = approval;
    }

    /** True while a save is under way. */
    ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    void save(ClaimDraft draft, Consumer<ClaimSummary> onSaved, Consumer<Throwable> onError) {
        if (draft.override().isPresent()) {
            approval.request(Permission.OVERRIDE_VERDICT, by -> save(draft, by, onSaved, onError));
        } else {
            save(draft, null, onSaved, onError);
        }
    }

    private void save(ClaimDraft draft, Actor by, Consumer<ClaimSummary> onSaved, Consumer<Throwable> onError) {
        saving.set(true);
        tasks.run(() -> by == null ? claims.save(draft) : claims.save(draft, by), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, error -> {
            saving.set(false);
            onError.accept(error);
        });
    }
}
