package com.alluressories.caredesk.staff;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a staff number, a name and a PIN must look like, with no store behind it: the window checks
 * a form with these before it asks the store, and the services check again before they write.
 */
public final class StaffRules {
    /** The longest name, in characters as people count them (a Chinese name's characters count one each). */
    public static final int MAX_NAME = 60;
    private static final Pattern STAFF_NO = Pattern.compile("[A-Z0-9]{1,12}");
    private static final Pattern PIN = Pattern.compile("[0-9]{4,8}");

    private StaffRules() {
    }

    /** A staff number as typed or scanned from a card: trimmed, upper case. */
    public static String normalizeNo(String staffNo) {
        return staffNo == null ? "" : staffNo.strip().toUpperCase(Locale.ROOT);
    }

    /** Checks the details of new staff; throws the first problem. */
    public static void validate(String staffNo, String name, String pin) {
        if (!STAFF_NO.matcher(normalizeNo(staffNo)).matches()) {
            throw new StaffException("staff.problem.staffNo");
        }
        if (name == null || name.isBlank()) {
            throw new StaffException("staff.problem.name");
        }
        String stripped = name.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length > MAX_NAME) {
            throw new StaffException("staff.problem.nameTooLong", MAX_NAME, length);
        }
        pinProblem(pin).ifPresent(p -> {
            throw p;
        });
    }

    /** What is wrong with a new PIN, if anything: 4 to 8 digits. */
    public static Optional<StaffException> pinProblem(String pin) {
        return isPinShaped(pin) ? Optional.empty() : Optional.of(new StaffException("staff.problem.pin"));
    }

    /** Whether a typed PIN could be one at all; a PIN of another shape is wrong without hashing it. */
    static boolean isPinShaped(String pin) {
        return pin != null && PIN.matcher(pin).matches();
    }
}
