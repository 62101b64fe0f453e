package com.alluressories.caredesk.ui.claim;

import atlantafx.base.theme.Styles;
import com.alluressories.caredesk.ui.I18n;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * The customer on the claim: name and phone, bound to the model, each with what is wrong with it
 * under the field and the field itself marked (ControlsFX validation, drawn as the theme's "danger"
 * state). What is wrong is the model's to say; this only shows it.
 */
final class CustomerForm {
    private final ClaimIntakeViewModel model;
    private final I18n i18n;
    private final Label nameError;
    private final Label phoneError;
    private final ValidationSupport validation = new ValidationSupport();

    CustomerForm(ClaimIntakeViewModel model, I18n i18n, TextField nameField, Label nameError, TextField phoneField,
                 Label phoneError) {
        this.model = model;
        this.i18n = i18n;
        this.nameError = nameError;
        this.phoneError = phoneError;
        nameField.textProperty().bindBidirectional(model.customerNameProperty());
        phoneField.textProperty().bindBidirectional(model.customerPhoneProperty());
        validation.setValidationDecorator(new DangerDecoration());
        validation.registerValidator(nameField, false, (Control c, String text) -> result(c, "customerName"));
        validation.registerValidator(phoneField, false, (Control c, String text) -> result(c, "customerPhone"));
    }

    private ValidationResult result(Control field, String problem) {
        return ValidationResult.fromErrorIf(field, ClaimIntakeView.problemWords(i18n, model.problems(), problem),
                model.problems().containsKey(problem));
    }

    /** Shows the model's problems with the customer (called whenever they change). */
    void showProblems() {
        nameError.setText(ClaimIntakeView.problemWords(i18n, model.problems(), "customerName"));
        phoneError.setText(ClaimIntakeView.problemWords(i18n, model.problems(), "customerPhone"));
        validation.revalidate();
    }

    /** A field with an error is drawn in the theme's danger state; nothing is added around it. */
    private static final class DangerDecoration implements ValidationDecoration {
        @Override
        public void removeDecorations(Control target) {
            target.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        }

        @Override
        public void applyValidationDecoration(ValidationMessage message) {
            message.getTarget().pseudoClassStateChanged(Styles.STATE_DANGER, true);
        }

        @Override
        public void applyRequiredDecoration(Control target) {
            // Required fields are not marked ahead: the model says what is missing when it is.
        }
    }
}
