package com.alluressories.caredesk.ui.claim;

import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.ViewLoader;
import com.alluressories.caredesk.ui.shell.Screen;
import com.alluressories.caredesk.ui.shell.ScreenView;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;

/** Claim intake. Until a claim is started from a receipt, an honest empty state pointing to lookup. */
public final class ClaimIntakeView implements ScreenView {
    @FXML private Button findReceiptButton;

    private final Consumer<Screen> navigate;
    private final Parent root;

    public ClaimIntakeView(I18n i18n, Consumer<Screen> navigate) {
        this.navigate = navigate;
        this.root = ViewLoader.load(this, i18n.bundle());
    }

    @FXML
    private void findReceipt() {
        navigate.accept(Screen.LOOKUP);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focusMainField() {
        findReceiptButton.requestFocus();
    }
}
