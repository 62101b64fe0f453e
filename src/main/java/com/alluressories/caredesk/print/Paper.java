package com.alluressories.caredesk.print;

import java.util.List;

/** What a document prints on. Sizes in PDF points (1/72 inch). */
public enum Paper {
    /** An 80 mm slip printer: 72 mm printable, as long as the document needs. */
    SLIP(226.77f, 0, 11.3f, 8.5f),
    /** A5 sheets, pages as needed. */
    A5(419.53f, 595.28f, 30f, 10f),
    /** A4 sheets, pages as needed: the shop notice on the wall, letters posted to customers. */
    A4(595.28f, 841.89f, 56f, 11f);

    final float width;
    final float height; // 0: as long as the content
    final float margin;
    final float body;

    Paper(float width, float height, float margin, float body) {
        this.width = width;
        this.height = height;
        this.margin = margin;
        this.body = body;
    }

    /** The papers a ticket's documents (customer copy, tag, collection slip) are made for. */
    public static List<Paper> forTickets() {
        return List.of(SLIP, A5);
    }

    /** The papers a letter to a customer is made for: it goes in an envelope, so never the slip. */
    public static List<Paper> forLetters() {
        return List.of(A5, A4);
    }
}
