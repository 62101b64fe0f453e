package com.alluressories.caredesk.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {
    @ParameterizedTest
    @ValueSource(strings = {"91234567", "9123 4567", "9123-4567", "+852 9123 4567", "(852) 91234567", " 852 9123 4567 ",
        "+852-9123-4567", "00852 91234567"})
    void everyCommonWayOfWritingANumberNormalizesToEightDigits(String written) {
        assertThat(PhoneNumber.normalize(written)).contains("91234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "912345678", "9123456a", "+86 91234567", "phone"})
    void anythingElseIsNotAPhoneNumber(String written) {
        assertThat(PhoneNumber.normalize(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91234567"})
    void displaysAndMasks(String normal) {
        assertThat(PhoneNumber.display(normal)).isEqualTo("9123 4567");
        assertThat(PhoneNumber.masked(normal)).isEqualTo("•••• 4567");
    }
}
