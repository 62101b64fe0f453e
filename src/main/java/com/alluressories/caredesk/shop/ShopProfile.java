package com.alluressories.caredesk.shop;

import com.alluressories.caredesk.receipt.PhoneNumber;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The shop this counter belongs to, as printed on tickets. */
public record ShopProfile(String code, String name, String address, String phone) {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,8}");

    /** What is wrong, field by field ({@code code}, {@code name}, {@code address}, {@code phone}) -> problem. */
    public Map<String, Problem> problems() {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (code == null || code.isBlank()) {
            problems.put("code", Problem.REQUIRED);
        } else if (!CODE.matcher(code).matches()) {
            problems.put("code", Problem.INVALID);
        }
        if (name == null || name.isBlank()) {
            problems.put("name", Problem.REQUIRED);
        }
        if (address == null || address.isBlank()) {
            problems.put("address", Problem.REQUIRED);
        }
        if (phone == null || phone.isBlank()) {
            problems.put("phone", Problem.REQUIRED);
        } else if (PhoneNumber.normalize(phone).isEmpty()) {
            problems.put("phone", Problem.INVALID);
        }
        return problems;
    }

    public enum Problem { REQUIRED, INVALID }
}
