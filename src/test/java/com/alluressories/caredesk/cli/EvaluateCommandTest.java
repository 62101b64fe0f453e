package com.alluressories.caredesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} through the real main, in a child JVM, with what real scripts send. */
class EvaluateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> answers(MainProcess.Result result) throws Exception {
        List<JsonNode> answers = new ArrayList<>();
        for (String line : result.out().split("\n")) {
            if (!line.isBlank()) {
                answers.add(JSON.readTree(line));
            }
        }
        return answers;
    }

    @Test
    void theContractExampleAndExitZero() throws Exception {
        MainProcess.Result result = MainProcess.run("{\"id\":\"a\",\"metal\":\"SILVER\",\"stones\":[\"PEARL\"],"
                + "\"purchaseDate\":\"2026-01-31\",\"claimDate\":\"2026-04-30\",\"listPrice\":1280,\"paidPrice\":\"1280.00\","
                + "\"findings\":[\"MANUFACTURING_DEFECT\",\"POLISH_SOAK\"]}\n", Map.of(), "evaluate");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo("{\"id\":\"a\",\"verdict\":\"PARTIAL_WARRANTY\",\"warrantyMonths\":3,"
                + "\"warrantyEnds\":\"2026-04-30\",\"flags\":[\"MISUSE\"],\"policy\":\"alluressories-hk-warranty@2026.1\"}");
    }

    @Test
    void awkwardInputGetsOneAnswerPerLineInOrderAndExitOne() throws Exception {
        String input = "\uFEFF{\"id\":\"bom-and-crlf\",\"metal\":\"18K_GOLD\",\"purchaseDate\":\"2024-02-29\","
                + "\"claimDate\":\"2026-02-28\",\"listPrice\":\"15800.00\",\"paidPrice\":15800}\r\n"
                + "\n"
                + "not json at all\n"
                + "[1,2,3]\n"
                + "{\"id\":\"no-receipt\",\"metal\":\"SILVER\",\"receipt\":false,\"claimDate\":\"2026-03-01\","
                + "\"findings\":[\"TARNISH\"]}\n"
                + "{\"id\":\"late\",\"metal\":\"SILVER\",\"purchaseDate\":\"2026-03-02\",\"claimDate\":\"2026-03-01\","
                + "\"listPrice\":100,\"paidPrice\":100}\n"
                + "{\"id\":\"too-much\",\"metal\":\"SILVER\",\"purchaseDate\":\"2026-01-01\",\"claimDate\":\"2026-03-01\","
                + "\"listPrice\":100,\"paidPrice\":100.01}\n"
                + "{\"id\":\"free\",\"metal\":\"SILVER\",\"purchaseDate\":\"2026-01-01\",\"claimDate\":\"2026-03-01\","
                + "\"listPrice\":0,\"paidPrice\":0}\n"
                + "{\"id\":\"negative\",\"metal\":\"SILVER\",\"purchaseDate\":\"2026-01-01\",\"claimDate\":\"2026-03-01\","
                + "\"listPrice\":100,\"paidPrice\":-1}\n"
                + "{\"id\":\"bad-metal\",\"metal\":\"GOLD\",\"claimDate\":\"2026-03-01\",\"receipt\":false}\n"
                + "{\"id\":\"bad-stone\",\"metal\":\"SILVER\",\"stones\":[\"RUBY\"],\"claimDate\":\"2026-03-01\",\"receipt\":false}\n"
                + "{\"id\":\"bad-finding\",\"metal\":\"SILVER\",\"findings\":[\"SCRATCH\"],\"claimDate\":\"2026-03-01\",\"receipt\":false}\n"
                + "{\"id\":\"no-claim-date\",\"metal\":\"SILVER\",\"receipt\":false}\n"
                + "{\"id\":\"no-prices\",\"metal\":\"SILVER\",\"purchaseDate\":\"2026-01-01\",\"claimDate\":\"2026-03-01\"}\n"
                + "{\"id\":\"bad-date\",\"metal\":\"SILVER\",\"purchaseDate\":\"2026-02-30\",\"claimDate\":\"2026-03-01\","
                + "\"listPrice\":100,\"paidPrice\":100}\n"
                + "{\"id\":\"price-text\",\"metal\":\"SILVER\",\"purchaseDate\":\"2026-01-01\",\"claimDate\":\"2026-03-01\","
                + "\"listPrice\":\"HK$100\",\"paidPrice\":100}\n"
                + "{\"id\":\"陳大文的戒指\",\"metal\":\"SILVER\",\"stones\":[],\"purchaseDate\":\"2026-01-01\","
                + "\"claimDate\":\"2026-01-02\",\"listPrice\":1000,\"paidPrice\":\"600.00\",\"findings\":null}\n"
                + "{\"metal\":\"SILVER\",\"receipt\":false,\"claimDate\":\"2026-03-01\"}\n";
        MainProcess.Result result = MainProcess.run(input, Map.of(), "evaluate");
        assertThat(result.exitCode()).isEqualTo(1);
        List<JsonNode> answers = answers(result);
        assertThat(answers).hasSize(17);

        assertThat(answers.get(0).get("id").asText()).isEqualTo("bom-and-crlf");
        assertThat(answers.get(0).get("verdict").asText()).isEqualTo("PENDING_INSPECTION");
        assertThat(answers.get(0).get("warrantyEnds").asText()).isEqualTo("2026-02-28");
        assertThat(answers.get(1).get("id").isNull()).isTrue();
        assertThat(answers.get(1).get("error").asText()).contains("line 3").contains("not valid JSON");
        assertThat(answers.get(2).get("id").isNull()).isTrue();
        assertThat(answers.get(2).get("error").asText()).contains("not a JSON object");
        assertThat(answers.get(3).get("verdict").asText()).isEqualTo("CHARGEABLE_REPAIR");
        assertThat(answers.get(3).get("warrantyEnds").isNull()).isTrue();
        assertThat(answers.get(3).get("flags").toString()).isEqualTo("[\"NO_PROOF_OF_PURCHASE\",\"TARNISHING\"]");

        assertThat(error(answers, "late")).startsWith("claimDate:");
        assertThat(error(answers, "too-much")).startsWith("paidPrice:");
        // A free gift (list and paid 0) is decided by the final-sale formula like any price: 0 off 0 is final.
        JsonNode free = answers.stream().filter(a -> "free".equals(a.path("id").asText())).findFirst().orElseThrow();
        assertThat(free.has("error")).isFalse();
        assertThat(free.get("flags").toString()).isEqualTo("[\"FINAL_SALE\"]");
        assertThat(free.get("warrantyMonths").asInt()).isZero();
        assertThat(error(answers, "negative")).startsWith("paidPrice:");
        assertThat(error(answers, "bad-metal")).startsWith("metal:").contains("GOLD");
        assertThat(error(answers, "bad-stone")).startsWith("stones:").contains("RUBY");
        assertThat(error(answers, "bad-finding")).startsWith("findings:").contains("SCRATCH");
        assertThat(error(answers, "no-claim-date")).startsWith("claimDate:").contains("required");
        assertThat(error(answers, "no-prices")).startsWith("listPrice:").contains("required");
        assertThat(error(answers, "bad-date")).startsWith("purchaseDate:").contains("2026-02-30");
        assertThat(error(answers, "price-text")).startsWith("listPrice:").contains("HK$100");

        JsonNode chinese = answers.get(15);
        assertThat(chinese.get("id").asText()).isEqualTo("陳大文的戒指");
        assertThat(chinese.get("verdict").asText()).isEqualTo("CHARGEABLE_REPAIR");
        assertThat(chinese.get("warrantyMonths").asInt()).isZero();
        assertThat(chinese.get("flags").toString()).isEqualTo("[\"FINAL_SALE\"]");
        assertThat(answers.get(16).has("id")).isTrue();
        assertThat(answers.get(16).get("id").isNull()).isTrue();
        assertThat(answers.get(16).get("verdict").asText()).isEqualTo("CHARGEABLE_REPAIR");
    }

    @Test
    void emptyInputIsNoErrorAndPrintsNothing() throws Exception {
        MainProcess.Result result = MainProcess.run("", Map.of(), "evaluate");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anotherPolicyFileIsUsedAndABrokenOneIsRefusedWithExitTwo() throws Exception {
        String bundled;
        try (var in = getClass().getResourceAsStream("/policy/alluressories-hk.properties")) {
            bundled = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path longer = Files.writeString(dir.resolve("longer.properties"),
                bundled.replace("warranty.standard.months = 3", "warranty.standard.months = 12")
                        .replace("policy.version = 2026.1", "policy.version = test"));
        String request = "{\"id\":\"x\",\"metal\":\"SILVER\",\"purchaseDate\":\"2026-01-01\",\"claimDate\":\"2026-11-01\","
                + "\"listPrice\":100,\"paidPrice\":100,\"findings\":[\"MANUFACTURING_DEFECT\"]}\n";
        MainProcess.Result result = MainProcess.run(request, Map.of(), "evaluate", "--policy", longer.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode answer = answers(result).get(0);
        assertThat(answer.get("warrantyMonths").asInt()).isEqualTo(12);
        assertThat(answer.get("verdict").asText()).isEqualTo("WARRANTY_REPAIR");
        assertThat(answer.get("policy").asText()).isEqualTo("alluressories-hk-warranty@test");

        Path broken = Files.writeString(dir.resolve("broken.properties"), "policy.id = x\n");
        MainProcess.Result refused = MainProcess.run(request, Map.of(), "evaluate", "--policy", broken.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains(broken.toString()).contains("policy.version");
    }

    private static String error(List<JsonNode> answers, String id) {
        JsonNode answer = answers.stream().filter(a -> id.equals(a.path("id").asText(null))).findFirst().orElseThrow();
        assertThat(answer.has("verdict")).isFalse();
        return answer.get("error").asText();
    }
}
