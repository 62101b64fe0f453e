package com.alluressories.caredesk.ui.notices;

import com.alluressories.caredesk.notice.Notice;
import java.util.List;

/** What the notices print, each opened in the print preview: a letter to a customer, the shop's Cap. 294 notice. */
public interface Letters {
    /**
     * The letter carrying a message, addressed to the customer (their name, then the postal address
     * lines typed, if any), marked for registered post when it goes that way.
     */
    void letter(Notice notice, String customerName, List<String> address, boolean registeredPost);

    /** The A4 notice to display where pieces are taken in for repair (Cap. 294 s.2(3)(a)). */
    void shopNotice();
}
