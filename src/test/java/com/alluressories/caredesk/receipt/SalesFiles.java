package com.alluressories.caredesk.receipt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes sales exports for tests, in the tills' format. */
final class SalesFiles {
    static final String HEADER = "receipt_no,shop_code,purchased_at,customer_name,customer_phone,line_no,sku,description,"
            + "metal,stones,list_price,paid_price";

    private SalesFiles() {
    }

    static Path write(Path dir, String name, String... rows) throws IOException {
        return Files.writeString(dir.resolve(name), HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    }
}
