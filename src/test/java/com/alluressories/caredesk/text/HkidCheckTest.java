package com.alluressories.caredesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HKID numbers worked out by hand with the card's check digit, and the look-alikes a shop writes every day. */
class HkidCheckTest {
    @Test
    void aNumberAsWrittenOnTheCardOrRunTogetherIsFound() {
        // A123456: 36×9 + 10×8 + 1×7 + 2×6 + 3×5 + 4×4 + 5×3 + 6×2 = 481; 481 + 3 = 484 = 44 × 11
        assertThat(HkidCheck.find("Customer showed A123456(3) at the counter")).hasValue("A123456(3)");
        assertThat(HkidCheck.holdsOne("a1234563")).isTrue();
        assertThat(HkidCheck.holdsOne("A 123456 (3)")).isTrue();
        assertThat(HkidCheck.holdsOne("身份證A123456（3）")).isTrue();
        // G123456: 324 + 16×8 + 77 = 529 = 48 × 11 + 1: the check is 10, written A
        assertThat(HkidCheck.holdsOne("G123456(A)")).isTrue();
        // Two letters: AB987654: 10×9 + 11×8 + 63 + 48 + 35 + 24 + 15 + 8 = 371; 371 + 3 = 374 = 34 × 11
        assertThat(HkidCheck.holdsOne("ID AB987654(3)")).isTrue();
    }

    @Test
    void aWrongCheckDigitOrAShopsOwnNumbersAreNotOne() {
        assertThat(HkidCheck.holdsOne("A123456(4)")).isFalse();
        assertThat(HkidCheck.holdsOne("G123456(7)")).isFalse();
        assertThat(HkidCheck.holdsOne("Ring RS-TOP-07, receipt TST-20261127-0001, ticket TST-261127-0001")).isFalse();
        assertThat(HkidCheck.holdsOne("Phone 9123 4567, posting ref RR204617385HK")).isFalse();
        assertThat(HkidCheck.holdsOne("SKU BST-LNK-10 came back")).isFalse();
        assertThat(HkidCheck.holdsOne("XA123456(3)Z")).isFalse();
        assertThat(HkidCheck.holdsOne("")).isFalse();
        assertThat(HkidCheck.holdsOne(null)).isFalse();
    }
}
