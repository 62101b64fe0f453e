package com.alluressories.caredesk.ui.audit;

import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.ui.I18n;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit entry in the reader's language. Entries are stored once, in codes and English keys,
 * and can never be edited (the hash chain): the screen words them, the export keeps them as stored.
 */
final class AuditWords {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CLAIM = Pattern.compile("claim (\\d+)");
    /** Where a stored code finds its words, in this order. */
    private static final String[] VALUE_KEYS = {"verdict.", "state.", "role.", "permission.", "audit.value.",
        "tickets.action."};

    private final I18n i18n;
    private final Policy policy;

    AuditWords(I18n i18n, Policy policy) {
        this.i18n = i18n;
        this.policy = policy;
    }

    /** What the entry is about: a ticket or staff number as it is, "claim 10" as 索償 10, and so on. */
    String record(String stored) {
        if (stored == null) {
            return "";
        }
        Matcher claim = CLAIM.matcher(stored);
        if (claim.matches()) {
            return i18n.get("audit.record.claim", claim.group(1));
        }
        return has("audit.record." + stored) ? i18n.get("audit.record." + stored) : stored;
    }

    /** The details as "field: value · field: value", each field and known code worded. */
    String details(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            List<String> parts = new ArrayList<>();
            node.fields().forEachRemaining(f -> parts.add(field(f.getKey()) + i18n.get("audit.field.colon")
                    + value(f.getKey(), f.getValue())));
            return String.join(" · ", parts);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            return json;
        }
    }

    private String field(String key) {
        return has("audit.field." + key) ? i18n.get("audit.field." + key) : key.replace('_', ' ');
    }

    private String value(String key, JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add("findings".equals(key) ? finding(v.asText()) : code(v.asText())));
            return items.isEmpty() ? "—" : String.join(i18n.get("list.separator"), items);
        }
        return value.isValueNode() ? code(value.asText()) : value.toString();
    }

    private String finding(String code) {
        return policy.finding(code).map(f -> f.label().in(i18n.locale())).orElse(code);
    }

    private String code(String text) {
        // Dates and times stored ISO (2026-12-20, 2026-11-27T10:05) read as every date on screen does.
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return com.alluressories.caredesk.ui.Formats.date(java.time.LocalDate.parse(text), i18n.locale());
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
            return com.alluressories.caredesk.ui.Formats.dateTime(java.time.LocalDateTime.parse(text), i18n.locale());
        }
        if (!text.matches("[A-Za-z_-]+") || text.isEmpty()) {
            return text;
        }
        for (String prefix : VALUE_KEYS) {
            if (has(prefix + text)) {
                return i18n.get(prefix + text).replace("…", "");
            }
        }
        return text;
    }

    private boolean has(String key) {
        ResourceBundle bundle = i18n.bundle();
        return bundle.containsKey(key);
    }
}
