package com.alluressories.caredesk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyLoaderTest {
    private static String bundledText() throws IOException {
        try (InputStream in = PolicyLoader.class.getResourceAsStream(PolicyLoader.BUNDLED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Policy load(String text) {
        return PolicyLoader.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.properties");
    }

    @Test
    void aDifferentPolicyFileChangesTheRulesWithoutACodeChange() throws IOException {
        Policy generous = load(bundledText()
                .replace("warranty.standard.months = 3", "warranty.standard.months = 6")
                .replace("final-sale.discount = 0.40", "final-sale.discount = 0.50")
                .replace("policy.version = 2026.1", "policy.version = 2027.1"));
        Decision d = generous.evaluate(new Claim(Metal.SILVER, Set.of(),
                Optional.of(new Sale(LocalDate.parse("2026-01-31"), new java.math.BigDecimal("1000"),
                        new java.math.BigDecimal("550"))), LocalDate.parse("2026-07-31"), Set.of("MANUFACTURING_DEFECT")));
        assertThat(d.warrantyMonths()).isEqualTo(6);
        assertThat(d.flags()).isEmpty();
        assertThat(d.verdict()).isEqualTo(Verdict.WARRANTY_REPAIR);
        assertThat(d.policyLabel()).isEqualTo("alluressories-hk-warranty@2027.1");
    }

    @Test
    void aMissingKeyIsNamedWithTheFile() throws IOException {
        String text = bundledText().replaceAll("(?m)^clause\\.MISUSE\\.text\\.zh.*$", "");
        assertThatThrownBy(() -> load(text)).isInstanceOf(PolicyException.class)
                .hasMessage("test.properties: clause.MISUSE.text.zh: missing");
    }

    @Test
    void badNumbersAndCodesAreNamed() throws IOException {
        assertThatThrownBy(() -> load(bundledText().replace("warranty.standard.months = 3", "warranty.standard.months = three")))
                .hasMessageContaining("warranty.standard.months").hasMessageContaining("three");
        assertThatThrownBy(() -> load(bundledText().replace("final-sale.discount = 0.40", "final-sale.discount = 40")))
                .hasMessageContaining("final-sale.discount");
        assertThatThrownBy(() -> load(bundledText().replace("warranty.extended.metals = 18K_GOLD", "warranty.extended.metals = GOLD")))
                .hasMessageContaining("warranty.extended.metals").hasMessageContaining("GOLD");
        assertThatThrownBy(() -> load(bundledText().replace("finding.TARNISH.flag = TARNISHING", "finding.TARNISH.flag = RUST")))
                .hasMessageContaining("finding.TARNISH.flag").hasMessageContaining("RUST");
    }

    @Test
    void aRequiredClauseCannotBeLeftOut() throws IOException {
        assertThatThrownBy(() -> load(bundledText().replace("clauses = COVERED, ", "clauses = ")))
                .hasMessageContaining("COVERED");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = "policy.id = caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PolicyLoader.load(new ByteArrayInputStream(latin1), "latin1.properties"))
                .hasMessageContaining("latin1.properties").hasMessageContaining("UTF-8");
    }
}
