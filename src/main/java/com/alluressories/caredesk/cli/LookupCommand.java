package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.receipt.LookupQuery;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = {"Find receipts by one key; prints them with their lines as a JSON array, newest first.",
                "Exit 0, with [] when nothing matches."})
final class LookupCommand implements Callable<Integer> {
    private static final DateTimeFormatter PURCHASED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Key key;

    static final class Key {
        @Option(names = "--receipt", paramLabel = "NO", description = "The receipt number.")
        String receipt;
        @Option(names = "--phone", paramLabel = "DIGITS", description = "The customer's phone (8 digits, any common form).")
        String phone;
        @Option(names = "--last4", paramLabel = "DDDD", description = "The last 4 digits of the customer's phone.")
        String last4;
        @Option(names = "--name", paramLabel = "TEXT", description = "The start of the customer's name, any case.")
        String name;
        @Option(names = "--sku", paramLabel = "SKU", description = "An item's SKU.")
        String sku;
    }

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", description = "Bought on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd", description = "Bought on or before this day.")
    LocalDate to;

    @Option(names = "--shop", paramLabel = "CODE", description = "Bought at this shop.")
    String shop;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "At most this many receipts (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        LookupQuery query = query();
        try (Services services = root.openServices()) {
            List<Receipt> receipts = services.receipts().search(query);
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.createArrayNode();
            receipts.forEach(r -> array.add(json(mapper, r)));
            spec.commandLine().getOut().println(mapper.writeValueAsString(array));
            return 0;
        }
    }

    private LookupQuery query() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
        LookupQuery.Kind kind;
        String value;
        if (key.receipt != null) {
            kind = LookupQuery.Kind.RECEIPT;
            value = key.receipt;
        } else if (key.phone != null) {
            kind = LookupQuery.Kind.PHONE;
            value = key.phone;
        } else if (key.last4 != null) {
            kind = LookupQuery.Kind.LAST4;
            value = key.last4;
            if (!value.strip().matches("\\d{4}")) {
                throw new ParameterException(spec.commandLine(), "--last4 takes exactly 4 digits, not '" + value + "'");
            }
        } else if (key.name != null) {
            kind = LookupQuery.Kind.NAME;
            value = key.name;
        } else {
            kind = LookupQuery.Kind.SKU;
            value = key.sku;
        }
        return new LookupQuery(kind, value, Optional.ofNullable(from), Optional.ofNullable(to),
                Optional.ofNullable(shop), limit, 0);
    }

    static ObjectNode json(ObjectMapper mapper, Receipt receipt) {
        ObjectNode node = mapper.createObjectNode();
        node.put("receipt_no", receipt.receiptNo());
        node.put("shop_code", receipt.shopCode());
        node.put("purchased_at", PURCHASED.format(receipt.purchasedAt()));
        node.put("customer_name", receipt.customerName().orElse(null));
        node.put("customer_phone", receipt.customerPhone().orElse(null));
        ArrayNode lines = node.putArray("lines");
        for (ReceiptLine line : receipt.lines()) {
            ObjectNode l = lines.addObject();
            l.put("line_no", line.lineNo());
            l.put("sku", line.sku());
            l.put("description", line.description());
            l.put("metal", line.metal().code());
            l.put("stones", line.stones().stream().map(Stone::code).sorted().collect(Collectors.joining(";")));
            l.put("list_price", line.listPrice().setScale(2).toPlainString());
            l.put("paid_price", line.paidPrice().setScale(2).toPlainString());
        }
        return node;
    }
}
