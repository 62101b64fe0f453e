package com.alluressories.caredesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code purge} on the demo's three years of sales: a dry run counts and changes nothing; the purge does what it counted. */
class PurgeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aDryRunCountsAndThePurgeDoesWhatItCounted() throws Exception {
        try (Store store = Store.open(dir)) {
            DemoShop.fill(store, Clock.systemUTC());
        }
        ObjectMapper json = new ObjectMapper();
        InProcess dry = InProcess.run(dir, "purge", "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        JsonNode counted = json.readTree(dry.out());
        assertThat(counted.fieldNames()).toIterable().containsExactly("dry_run", "receipts", "claims", "tickets",
                "photos", "as_of");
        assertThat(counted.get("dry_run").asBoolean()).isTrue();
        assertThat(counted.get("as_of").asText()).isEqualTo(LocalDate.now(Clock.system(
                java.time.ZoneId.of("Asia/Hong_Kong"))).toString());
        // The demo's oldest sales are past their warranty and twelve months more.
        assertThat(counted.get("receipts").asLong()).isPositive();
        assertThat(json.readTree(InProcess.run(dir, "purge", "--dry-run").out())).isEqualTo(counted);

        JsonNode done = json.readTree(InProcess.run(dir, "purge").out());
        assertThat(done.get("dry_run").asBoolean()).isFalse();
        assertThat(done.get("receipts")).isEqualTo(counted.get("receipts"));
        assertThat(done.get("claims")).isEqualTo(counted.get("claims"));
        assertThat(json.readTree(InProcess.run(dir, "purge", "--dry-run").out()).get("receipts").asLong()).isZero();
        assertThat(InProcess.run(dir, "verify-audit").code()).isZero();
    }
}
