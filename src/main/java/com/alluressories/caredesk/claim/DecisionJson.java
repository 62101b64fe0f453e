package com.alluressories.caredesk.claim;

import com.alluressories.caredesk.policy.Bilingual;
import com.alluressories.caredesk.policy.Clause;
import com.alluressories.caredesk.policy.Decision;
import com.alluressories.caredesk.policy.Flag;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision as it was shown when the claim was saved, as JSON: the policy, the verdict, each flag
 * with its clause and reasons, the coverage and the terms accepted, in both languages. A later
 * policy never rewrites it; the ticket prints from it.
 */
final class DecisionJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DecisionJson() {
    }

    static String write(Decision decision, List<Clause> terms) {
        ObjectNode root = JSON.createObjectNode();
        root.put("policy", decision.policyLabel());
        root.put("verdict", decision.verdict().name());
        root.put("claimDate", decision.claimDate().toString());
        root.put("warrantyMonths", decision.warrantyMonths());
        root.put("warrantyEnds", decision.warrantyEnds().map(LocalDate::toString).orElse(null));
        ArrayNode flags = root.putArray("flags");
        for (Flag flag : decision.flags()) {
            ObjectNode f = clause(flags.addObject(), flag.clause());
            f.put("code", flag.code());
            if (!flag.because().isEmpty()) {
                ArrayNode because = f.putArray("because");
                flag.because().forEach(b -> bilingual(because.addObject(), b));
            }
        }
        if (decision.coverage().isPresent()) {
            clause(root.putObject("coverage"), decision.coverage().get());
        } else {
            root.putNull("coverage");
        }
        ArrayNode accepted = root.putArray("terms");
        terms.forEach(t -> clause(accepted.addObject(), t));
        return root.toString();
    }

    /** The codes of the flags a stored decision carried, in their order. */
    static List<String> flagCodes(String json) {
        try {
            List<String> codes = new ArrayList<>();
            JSON.readTree(json).path("flags").forEach(f -> codes.add(f.path("code").asText()));
            return codes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored decision is not JSON", e);
        }
    }

    private static ObjectNode clause(ObjectNode node, Clause clause) {
        node.put("id", clause.id());
        bilingual(node.putObject("title"), clause.title());
        bilingual(node.putObject("text"), clause.text());
        return node;
    }

    private static void bilingual(ObjectNode node, Bilingual text) {
        node.put("en", text.en());
        node.put("zh", text.zh());
    }
}
