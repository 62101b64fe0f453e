package com.alluressories.caredesk.notice;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message with placeholders in braces ({@code {ticket_no}}), filled from a ticket. Only the
 * placeholders in {@link #PLACEHOLDERS} exist; a template naming another is refused with its name,
 * so a mistyped one never reaches a customer as "{tiket_no}".
 */
public final class NoticeTemplate {
    /** Every placeholder a template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("customer", "ticket_no", "item", "shop", "shop_phone", "hours",
            "amount", "last4", "ready_since", "quote", "notice_date");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private final String text;

    private NoticeTemplate(String text) {
        this.text = text;
    }

    /** The template, or a refusal naming the first placeholder that does not exist. */
    public static NoticeTemplate of(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        if (!unknown.isEmpty()) {
            throw new NoticeException("notice.unknownPlaceholder", "{" + unknown.iterator().next() + "}",
                    String.join(", ", PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").toList()));
        }
        return new NoticeTemplate(text);
    }

    /** Refuses the template, naming the first one missing, unless it holds every placeholder in {@code needed}. */
    public NoticeTemplate requireAll(Set<String> needed) {
        needed.stream().sorted().filter(p -> !text.contains("{" + p + "}")).findFirst().ifPresent(p -> {
            throw new NoticeException("notice.missingPlaceholder", "{" + p + "}");
        });
        return this;
    }

    /** The text with every placeholder replaced by its value (an empty text for one not given). */
    public String fill(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
