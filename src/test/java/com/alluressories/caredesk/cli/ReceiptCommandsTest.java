package com.alluressories.caredesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-receipts and lookup through the real main. */
class ReceiptCommandsTest {
    static final String HEADER = "receipt_no,shop_code,purchased_at,customer_name,customer_phone,line_no,sku,description,"
            + "metal,stones,list_price,paid_price\n";

    @TempDir
    Path dir;

    private MainProcess.Result caredesk(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("store").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return MainProcess.run(null, Map.of(), all);
    }

    @Test
    void importThenLookUpEveryWay() throws Exception {
        Path sales = Files.writeString(dir.resolve("sales.csv"), HEADER
                + "CWB-0001,CWB,2026-01-31T14:05,\"Chan, Tai Man\",+852 9123 4567,1,R18-SOL-02,\"Ring, 18K\",18K_GOLD,DIAMOND,15800,15800\n"
                + "CWB-0001,CWB,2026-01-31T14:05,\"Chan, Tai Man\",+852 9123 4567,2,ES-PRL-05,Pearl studs,SILVER,PEARL,880.5,528\n"
                + "TST-0002,TST,2026-03-01,陳大文,61234567,1,ES-PRL-05,珍珠耳環,SILVER,PEARL,880,880\n",
                StandardCharsets.UTF_8);
        MainProcess.Result imported = caredesk("import-receipts", sales.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 receipts and 3 lines added");

        MainProcess.Result again = caredesk("import-receipts", sales.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Nothing new").contains("3 lines");

        JsonNode byPhone = json(caredesk("lookup", "--phone", "9123-4567"));
        assertThat(byPhone).hasSize(1);
        JsonNode receipt = byPhone.get(0);
        assertThat(receipt.get("receipt_no").asText()).isEqualTo("CWB-0001");
        assertThat(receipt.get("shop_code").asText()).isEqualTo("CWB");
        assertThat(receipt.get("customer_name").asText()).isEqualTo("Chan, Tai Man");
        assertThat(receipt.get("customer_phone").asText()).isEqualTo("91234567");
        assertThat(receipt.get("purchased_at").asText()).startsWith("2026-01-31T14:05");
        assertThat(receipt.get("lines")).hasSize(2);
        assertThat(receipt.get("lines").get(1).get("list_price").asText()).isEqualTo("880.50");
        assertThat(receipt.get("lines").get(1).get("paid_price").asText()).isEqualTo("528.00");
        assertThat(receipt.get("lines").get(1).get("stones").asText()).isEqualTo("PEARL");

        JsonNode byLast4 = json(caredesk("lookup", "--last4", "4567"));
        assertThat(byLast4).hasSize(2);
        assertThat(byLast4.get(0).get("receipt_no").asText()).isEqualTo("TST-0002");
        assertThat(byLast4.get(1).get("receipt_no").asText()).isEqualTo("CWB-0001");
        assertThat(json(caredesk("lookup", "--name", "陳")).get(0).get("lines").get(0).get("description").asText())
                .isEqualTo("珍珠耳環");
        JsonNode bySku = json(caredesk("lookup", "--sku", "ES-PRL-05"));
        assertThat(bySku).hasSize(2);
        assertThat(bySku.get(0).get("receipt_no").asText()).isEqualTo("TST-0002");
        assertThat(json(caredesk("lookup", "--sku", "ES-PRL-05", "--shop", "CWB"))).hasSize(1);
        assertThat(json(caredesk("lookup", "--sku", "ES-PRL-05", "--from", "2026-02-01", "--to", "2026-03-01"))).hasSize(1);
        assertThat(json(caredesk("lookup", "--receipt", "CWB-0001")).get(0).get("lines")).hasSize(2);

        MainProcess.Result none = caredesk("lookup", "--name", "Nobody");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out().strip()).isEqualTo("[ ]");
    }

    @Test
    void aBadFileIsRejectedWithEveryErrorAndExitOne() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), HEADER
                + "X1,CWB,2026-13-01,a,,1,S,d,SILVER,,100,100\n"
                + "X2,CWB,2026-01-01,a,,1,S,d,SILVER,,100,150\n");
        MainProcess.Result result = caredesk("import-receipts", bad.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("rejected").contains("2 problems");
        assertThat(result.out()).contains("nothing was stored").contains("2 problems")
                .contains(bad + ":2: purchased_at '2026-13-01'")
                .contains(bad + ":3: paid_price '150'");
        assertThat(json(caredesk("lookup", "--receipt", "X2"))).isEmpty();
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(caredesk("lookup").exitCode()).isEqualTo(2);
        assertThat(caredesk("lookup", "--phone", "1", "--name", "a").exitCode()).isEqualTo(2);
        assertThat(caredesk("lookup", "--last4", "12345").exitCode()).isEqualTo(2);
        assertThat(caredesk("lookup", "--name", "a", "--from", "2026-02-30").exitCode()).isEqualTo(2);
        assertThat(caredesk("import-receipts", dir.resolve("missing.csv").toString()).exitCode()).isEqualTo(1);
    }

    private static JsonNode json(MainProcess.Result result) throws Exception {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }
}
