package com.alluressories.caredesk.claim;

import com.alluressories.caredesk.text.Refusal;
import java.util.Locale;
import java.util.Map;

/**
 * A claim that cannot be saved: told by the first problem's {@code claim.error.FIELD.PROBLEM} key
 * (the words the claim screen shows next to that field), with every problem kept for the caller.
 */
public final class ClaimException extends Refusal {
    private final transient Map<String, ClaimProblem> problems;

    /** @param problems what {@link ClaimService#problems} found, field by field; at least one */
    public ClaimException(Map<String, ClaimProblem> problems) {
        super(key(problems));
        this.problems = Map.copyOf(problems);
    }

    /** The key that words one field's problem. */
    public static String key(String field, ClaimProblem problem) {
        return "claim.error." + field + "." + problem.name().toLowerCase(Locale.ROOT);
    }

    private static String key(Map<String, ClaimProblem> problems) {
        Map.Entry<String, ClaimProblem> first = problems.entrySet().iterator().next();
        return key(first.getKey(), first.getValue());
    }

    public Map<String, ClaimProblem> problems() {
        return problems;
    }
}
