package com.alluressories.caredesk.print;

/** What a document prints on. Sizes in PDF points (1/72 inch). */
public enum Paper {
    /** An 80 mm slip printer: 72 mm printable, as long as the document needs. */
    SLIP(226.77f, 0, 11.3f, 8.5f),
    /** A5 sheets, pages as needed. */
    A5(419.53f, 595.28f, 30f, 10f);

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
}
