package com.alluressories.caredesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The shape of a staff number, a name and a PIN, without a store. */
class StaffRulesTest {
    @Test
    void aStaffNumberIsTrimmedAndUpperCasedThenOneToTwelveLettersOrDigits() {
        assertThat(StaffRules.normalizeNo(" m01 ")).isEqualTo("M01");
        assertThat(StaffRules.normalizeNo(null)).isEmpty();
        StaffRules.validate(" m01 ", "Mandy", "1234");
        StaffRules.validate("ABCDEF123456", "Mandy", "1234");
        for (String no : new String[] {"", "  ", "20 01", "2001-A", "ABCDEF1234567", "陳01"}) {
            assertThatThrownBy(() -> StaffRules.validate(no, "Mandy", "1234")).as(no)
                    .isInstanceOfSatisfying(StaffException.class,
                            e -> assertThat(e.key()).isEqualTo("staff.problem.staffNo"));
        }
    }

    @Test
    void aNameTooLongIsToldItsLimitNotThatItIsMissing() {
        String name = "陳".repeat(StaffRules.MAX_NAME + 1);
        assertThatThrownBy(() -> StaffRules.validate("2009", name, "1234"))
                .isInstanceOfSatisfying(StaffException.class, e -> {
                    assertThat(e.key()).isEqualTo("staff.problem.nameTooLong");
                    assertThat(e.args()).containsExactly(StaffRules.MAX_NAME, StaffRules.MAX_NAME + 1);
                });
        assertThatThrownBy(() -> StaffRules.validate("2009", " ", "1234"))
                .isInstanceOfSatisfying(StaffException.class, e -> assertThat(e.key()).isEqualTo("staff.problem.name"));
        assertThatThrownBy(() -> StaffRules.validate("2009", null, "1234"))
                .isInstanceOfSatisfying(StaffException.class, e -> assertThat(e.key()).isEqualTo("staff.problem.name"));
        // Counted as characters, after the spaces around it go.
        StaffRules.validate("2009", "  " + "陳".repeat(StaffRules.MAX_NAME) + "  ", "1234");
    }

    @Test
    void aPinIsFourToEightDigits() {
        for (String pin : new String[] {"1234", "12345678", "0000"}) {
            assertThat(StaffRules.pinProblem(pin)).as(pin).isEmpty();
        }
        for (String pin : new String[] {"123", "123456789", "12a4", "", " 1234", "１２３４", null}) {
            assertThat(StaffRules.pinProblem(pin)).as(String.valueOf(pin))
                    .hasValueSatisfying(e -> assertThat(e.key()).isEqualTo("staff.problem.pin"));
            assertThatThrownBy(() -> StaffRules.validate("2009", "Ken", pin)).isInstanceOf(StaffException.class);
        }
    }
}
