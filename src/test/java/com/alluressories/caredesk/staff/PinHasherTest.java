package com.alluressories.caredesk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinHasherTest {
    private final PinHasher hasher = new PinHasher(4); // the cheapest cost: what is tested is the scheme, not its speed

    @Test
    void aPinIsKeptOnlyAsASaltedBcryptHash() {
        String one = hasher.hash("2468");
        String two = hasher.hash("2468");
        assertThat(one).startsWith("$2a$04$").doesNotContain("2468").hasSize(60);
        assertThat(two).isNotEqualTo(one); // a fresh salt each time: equal PINs do not show as equal hashes
        assertThat(hasher.verify("2468", one)).isTrue();
        assertThat(hasher.verify("2468", two)).isTrue();
    }

    @Test
    void aWrongPinAMissingPinOrAMalformedHashNeverVerifies() {
        String hash = hasher.hash("13572468");
        assertThat(hasher.verify("13572469", hash)).isFalse();
        assertThat(hasher.verify("1357246", hash)).isFalse();
        assertThat(hasher.verify(null, hash)).isFalse();
        assertThat(hasher.verify("13572468", null)).isFalse();
        assertThat(hasher.verify("13572468", "not a hash")).isFalse();
    }

    @Test
    void theDefaultCostIsSlowOnPurpose() {
        assertThat(new PinHasher().hash("1234")).startsWith("$2a$" + PinHasher.DEFAULT_COST + "$");
    }
}
