package com.alluressories.caredesk.ui.setup;

import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.staff.StaffException;
import com.alluressories.caredesk.staff.StaffRules;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Setting up the real shop: its code, name, address and phone as printed on tickets. Validation
 * lives here; each field's problem is a message key ({@code setup.error.code.invalid}) or empty.
 */
public final class ShopSetupViewModel {
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty managerNo = new SimpleStringProperty("");
    private final StringProperty managerName = new SimpleStringProperty("");
    private final StringProperty managerPin = new SimpleStringProperty("");
    private final StringProperty managerPinAgain = new SimpleStringProperty("");
    private final Map<String, ReadOnlyStringWrapper> errors = Map.of(
            "code", new ReadOnlyStringWrapper(""), "name", new ReadOnlyStringWrapper(""),
            "address", new ReadOnlyStringWrapper(""), "phone", new ReadOnlyStringWrapper(""),
            "manager", new ReadOnlyStringWrapper(""));
    private final boolean leavingDemo;
    private final BooleanBinding valid;

    /** The form for a real shop's profile (a manager edits it). */
    public ShopSetupViewModel(Optional<ShopProfile> current) {
        this(current, false);
    }

    /**
     * @param leavingDemo the demo's staff go with it, so the shop's first manager is asked for too
     */
    public ShopSetupViewModel(Optional<ShopProfile> current, boolean leavingDemo) {
        this.leavingDemo = leavingDemo;
        current.ifPresent(p -> {
            code.set(p.code());
            name.set(p.name());
            address.set(p.address());
            phone.set(p.phone());
        });
        for (StringProperty field : new StringProperty[] {code, name, address, phone, managerNo, managerName, managerPin,
            managerPinAgain}) {
            field.addListener((obs, old, now) -> validate());
        }
        validate();
        valid = Bindings.createBooleanBinding(() -> errors.values().stream().allMatch(e -> e.get().isEmpty()),
                errors.values().toArray(ReadOnlyStringWrapper[]::new));
    }

    private void validate() {
        Map<String, ShopProfile.Problem> problems = profile().problems();
        errors.forEach((field, error) -> error.set(Optional.ofNullable(problems.get(field))
                .map(p -> "setup.error." + field + "." + p.name().toLowerCase(Locale.ROOT)).orElse("")));
        errors.get("manager").set(leavingDemo ? managerProblem() : "");
    }

    /** The first manager's details, checked as the staff service checks them; a message key or "". */
    private String managerProblem() {
        try {
            StaffRules.validate(managerNo.get(), managerName.get(), managerPin.get());
        } catch (StaffException e) {
            return e.key();
        }
        return managerPin.get().equals(managerPinAgain.get()) ? "" : "signin.first.pinsDiffer";
    }

    public boolean leavingDemo() {
        return leavingDemo;
    }

    public StringProperty managerNoProperty() {
        return managerNo;
    }

    public StringProperty managerNameProperty() {
        return managerName;
    }

    public StringProperty managerPinProperty() {
        return managerPin;
    }

    public StringProperty managerPinAgainProperty() {
        return managerPinAgain;
    }

    /** The profile as typed; the code is taken in capitals, as it prints on tickets. */
    public ShopProfile profile() {
        return new ShopProfile(code.get().strip().toUpperCase(Locale.ROOT), name.get(), address.get(), phone.get());
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    /** The message key of what is wrong with a field, or "" when it is fine. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
