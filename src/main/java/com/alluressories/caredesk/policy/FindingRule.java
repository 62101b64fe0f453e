package com.alluressories.caredesk.policy;

import java.util.Optional;
import java.util.Set;

/**
 * A finding staff can tick while inspecting an item, and what it means under the policy.
 *
 * @param covered        true for the finding the warranty covers (a manufacturing defect)
 * @param flag           the clause flag it raises, if any
 * @param onlyWithStones when not empty, the flag is raised only if the item holds one of these stones
 * @param why            how the policy's words cover this finding, where its clause does not name it
 */
public record FindingRule(String code, String group, Bilingual label, Bilingual hint, boolean covered,
                          Optional<String> flag, Set<Stone> onlyWithStones, Optional<Bilingual> why) {

    public FindingRule(String code, String group, Bilingual label, Bilingual hint, boolean covered,
                       Optional<String> flag, Set<Stone> onlyWithStones) {
        this(code, group, label, hint, covered, flag, onlyWithStones, Optional.empty());
    }

    /** The flag this finding raises on an item with these stones, if any. */
    public Optional<String> flagFor(Set<Stone> stones) {
        if (flag.isEmpty()) {
            return Optional.empty();
        }
        if (!onlyWithStones.isEmpty() && onlyWithStones.stream().noneMatch(stones::contains)) {
            return Optional.empty();
        }
        return flag;
    }
}
