package com.alluressories.caredesk.ui.lookup;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Receipt lookup's state: what staff typed or scanned. */
public final class ReceiptLookupViewModel {
    private final StringProperty query = new SimpleStringProperty("");

    public StringProperty queryProperty() {
        return query;
    }
}
