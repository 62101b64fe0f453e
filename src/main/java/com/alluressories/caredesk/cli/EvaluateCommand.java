package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.policy.Claim;
import com.alluressories.caredesk.policy.Decision;
import com.alluressories.caredesk.policy.InvalidClaimException;
import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.policy.PolicyException;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.policy.Sale;
import com.alluressories.caredesk.policy.Stone;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: JSON Lines in, one decision (or error) per line out, in the same order.
 * The request and answer fields are a contract; see README.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluate warranty claims read as JSON Lines on standard input; "
                + "write one JSON answer per line to standard output.",
                "Exit 0 when every line was evaluated, 1 when any line was an error."})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--policy", paramLabel = "FILE", description = "A policy file to use instead of the bundled one.")
    Path policyFile;

    @Spec
    CommandSpec spec;

    /** Standard input; replaced in tests. */
    InputStream in = System.in;

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    @Override
    public Integer call() throws IOException {
        Policy policy;
        try {
            policy = policyFile == null ? PolicyLoader.bundled() : PolicyLoader.load(policyFile);
        } catch (PolicyException e) {
            spec.commandLine().getErr().println("caredesk evaluate: " + e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean anyError = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode answer = answer(policy, line, lineNo);
                anyError |= answer.has("error");
                out.println(mapper.writeValueAsString(answer));
            }
        }
        out.flush();
        return anyError ? 1 : 0;
    }

    ObjectNode answer(Policy policy, String line, int lineNo) {
        JsonNode request;
        try {
            request = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return error(null, "line " + lineNo + " is not valid JSON: " + e.getOriginalMessage());
        }
        if (request == null || !request.isObject()) {
            return error(null, "line " + lineNo + " is not a JSON object");
        }
        JsonNode id = request.get("id");
        try {
            Decision decision = policy.evaluate(claim(policy, request));
            ObjectNode answer = mapper.createObjectNode();
            answer.set("id", id);
            answer.put("verdict", decision.verdict().name());
            answer.put("warrantyMonths", decision.warrantyMonths());
            answer.put("warrantyEnds", decision.warrantyEnds().map(LocalDate::toString).orElse(null));
            ArrayNode flags = answer.putArray("flags");
            decision.flagCodes().forEach(flags::add);
            answer.put("policy", decision.policyLabel());
            return answer;
        } catch (InvalidClaimException e) {
            return error(id, e.getMessage());
        }
    }

    private ObjectNode error(JsonNode id, String message) {
        ObjectNode answer = mapper.createObjectNode();
        answer.set("id", id);
        answer.put("error", message);
        return answer;
    }

    static Claim claim(Policy policy, JsonNode request) {
        Metal metal = Metal.fromCode(requiredText(request, "metal"))
                .orElseThrow(() -> new InvalidClaimException("metal", "unknown metal code '" + request.get("metal").asText()
                        + "' (expected one of 18K_GOLD, 14K_GOLD, SILVER, PLATED, STAINLESS_STEEL, OTHER)"));
        Set<Stone> stones = EnumSet.noneOf(Stone.class);
        for (String code : textArray(request, "stones")) {
            stones.add(Stone.fromCode(code).orElseThrow(() -> new InvalidClaimException("stones",
                    "unknown stone code '" + code + "' (expected DIAMOND, NATURAL_GEMSTONE, PEARL, SYNTHETIC_STONE)")));
        }
        Set<String> findings = new LinkedHashSet<>();
        for (String code : textArray(request, "findings")) {
            if (policy.finding(code).isEmpty()) {
                throw new InvalidClaimException("findings", "unknown finding code '" + code + "'");
            }
            findings.add(code);
        }
        boolean receipt = true;
        JsonNode receiptNode = request.get("receipt");
        if (receiptNode != null && !receiptNode.isNull()) {
            if (!receiptNode.isBoolean()) {
                throw new InvalidClaimException("receipt", "must be true or false, was " + receiptNode);
            }
            receipt = receiptNode.booleanValue();
        }
        LocalDate claimDate = date(request, "claimDate");
        Optional<Sale> sale = Optional.empty();
        if (receipt) {
            sale = Optional.of(new Sale(date(request, "purchaseDate"), price(request, "listPrice"),
                    price(request, "paidPrice")));
        }
        return new Claim(metal, stones, sale, claimDate, findings);
    }

    private static String requiredText(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            throw new InvalidClaimException(field, "is required");
        }
        if (!node.isTextual()) {
            throw new InvalidClaimException(field, "must be a string, was " + node);
        }
        return node.textValue();
    }

    private static Set<String> textArray(JsonNode request, String field) {
        JsonNode node = request.get(field);
        Set<String> values = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw new InvalidClaimException(field, "must be an array of codes, was " + node);
        }
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw new InvalidClaimException(field, "must hold codes as strings, found " + element);
            }
            values.add(element.textValue());
        }
        return values;
    }

    private static LocalDate date(JsonNode request, String field) {
        String text = requiredText(request, field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidClaimException(field, "not a date in yyyy-MM-dd form: '" + text + "'");
        }
    }

    private static BigDecimal price(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            throw new InvalidClaimException(field, "is required");
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.textValue().strip());
            } catch (NumberFormatException e) {
                throw new InvalidClaimException(field, "not a decimal number: '" + node.textValue() + "'");
            }
        }
        throw new InvalidClaimException(field, "must be a number or a decimal string, was " + node);
    }
}
