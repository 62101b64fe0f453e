package com.alluressories.caredesk.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.shop.ShopProfile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShopSetupViewModelTest {
    @Test
    void anEmptyFormNamesEveryMissingField() {
        ShopSetupViewModel model = new ShopSetupViewModel(Optional.empty());
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.errorProperty("code").get()).isEqualTo("setup.error.code.required");
        assertThat(model.errorProperty("phone").get()).isEqualTo("setup.error.phone.required");
    }

    @Test
    void aCompleteFormIsValidAndTakesTheCodeInCapitals() {
        ShopSetupViewModel model = new ShopSetupViewModel(Optional.empty());
        model.codeProperty().set(" cwb ");
        model.nameProperty().set("Causeway Bay");
        model.addressProperty().set("1 Yee Wo Street");
        model.phoneProperty().set("+852 2800-1234");
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.profile().code()).isEqualTo("CWB");
    }

    @Test
    void aBadCodeOrPhoneIsShownAsInvalid() {
        ShopSetupViewModel model = new ShopSetupViewModel(Optional.of(new ShopProfile("CWB", "n", "a", "28001234")));
        assertThat(model.validProperty().get()).isTrue();
        model.codeProperty().set("C-W-B");
        model.phoneProperty().set("2800 123");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.errorProperty("code").get()).isEqualTo("setup.error.code.invalid");
        assertThat(model.errorProperty("phone").get()).isEqualTo("setup.error.phone.invalid");
    }

    @Test
    void leavingTheDemoAlsoAsksForTheFirstManager() {
        ShopSetupViewModel model = new ShopSetupViewModel(Optional.empty(), true);
        model.codeProperty().set("mk");
        model.nameProperty().set("Mong Kok");
        model.addressProperty().set("88 Nathan Road");
        model.phoneProperty().set("2345 6789");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.errorProperty("manager").get()).isEqualTo("staff.problem.staffNo");
        model.managerNoProperty().set("M01");
        model.managerNameProperty().set("Real Manager");
        model.managerPinProperty().set("5678");
        model.managerPinAgainProperty().set("5687");
        assertThat(model.errorProperty("manager").get()).isEqualTo("signin.first.pinsDiffer");
        model.managerPinAgainProperty().set("5678");
        assertThat(model.validProperty().get()).isTrue();
        assertThat(new ShopSetupViewModel(Optional.empty(), false).errorProperty("manager").get()).isEmpty();
    }
}
