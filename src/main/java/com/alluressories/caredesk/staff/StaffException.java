package com.alluressories.caredesk.staff;

import com.alluressories.caredesk.text.Refusal;

/** Staff details or a PIN that cannot be used: a {@code staff.problem.…} key and its arguments. */
public final class StaffException extends Refusal {
    public StaffException(String key, Object... args) {
        super(key, args);
    }
}
