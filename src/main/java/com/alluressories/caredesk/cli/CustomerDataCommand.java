package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.print.CustomerDataPrintService;
import com.alluressories.caredesk.privacy.CustomerData;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "customer-data", mixinStandardHelpOptions = true,
        description = "A customer's data access request (PDPO): everything CareDesk holds under a phone number (and "
                + "name) — receipts, claims with their photos, tickets with their history and messages — written "
                + "to FILE as a bilingual PDF (default) or JSON. Prints what it wrote; the request is audited.")
final class CustomerDataCommand implements Callable<Integer> {
    enum Format { pdf, json }

    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--phone", required = true, paramLabel = "DIGITS", description = "The customer's phone (8 digits).")
    String phone;

    @Option(names = "--name", paramLabel = "TEXT", description = "Only records under this name as well.")
    String name;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the answer.")
    Path out;

    @Option(names = "--received", paramLabel = "yyyy-MM-dd", description = "The day the request was received "
            + "(default today): the 40 days to answer count from it.")
    java.time.LocalDate received;

    @Option(names = "--format", defaultValue = "pdf", paramLabel = "FORMAT", description = "pdf (default) or json.")
    Format format;

    @Override
    public Integer call() throws Exception {
        try (Services services = root.openServices()) {
            CustomerData data = received == null ? services.customerData().find(phone, Optional.ofNullable(name))
                    : services.customerData().find(phone, Optional.ofNullable(name), received);
            byte[] bytes = format == Format.json
                    ? new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(json(data))
                    : CustomerDataPrintService.a4(data, services.policy());
            Path partial = out.resolveSibling(out.getFileName() + ".part");
            Files.write(partial, bytes);
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
            spec.commandLine().getOut().printf("%s: %d receipts, %d claims, %d tickets; answer by %s%n", out,
                    data.receipts().size(), data.claims().size(), data.tickets().size(), data.deadline());
            return 0;
        }
    }

    /** The answer as JSON, every value as stored; times as yyyy-MM-ddTHH:mm:ss, Hong Kong. */
    static ObjectNode json(CustomerData d) {
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("phone", d.phone());
        node.put("name", d.name().isEmpty() ? null : d.name());
        node.put("requested", d.requested().toString());
        node.put("deadline", d.deadline().toString());
        ArrayNode receipts = node.putArray("receipts");
        for (CustomerData.Receipt r : d.receipts()) {
            ObjectNode o = receipts.addObject().put("receipt_no", r.receiptNo()).put("shop_code", r.shopCode())
                    .put("purchased_at", r.purchasedAt().toString()).put("customer_name", r.customerName())
                    .put("customer_phone", r.customerPhone());
            ArrayNode lines = o.putArray("lines");
            for (CustomerData.Line l : r.lines()) {
                lines.addObject().put("line_no", l.lineNo()).put("sku", l.sku()).put("description", l.description())
                        .put("metal", l.metal()).put("stones", l.stones())
                        .put("paid", com.alluressories.caredesk.report.ReportCsv.money(l.paidCents()));
            }
        }
        ArrayNode claims = node.putArray("claims");
        for (CustomerData.Claim c : d.claims()) {
            ObjectNode o = claims.addObject().put("claim", c.uuid()).put("created_at", c.createdAt().toString())
                    .put("shop_code", c.shopCode()).put("customer_name", c.customerName())
                    .put("customer_phone", c.customerPhone()).put("item", c.item()).put("complaint", c.complaint())
                    .put("notes", c.notes()).put("findings", c.findings()).put("verdict", c.finalVerdict());
            ArrayNode photos = o.putArray("photos");
            for (CustomerData.Photo p : c.photos()) {
                photos.addObject().put("file_name", p.fileName()).put("media_type", p.mediaType()).put("sha256", p.sha256());
            }
        }
        ArrayNode tickets = node.putArray("tickets");
        for (CustomerData.Ticket t : d.tickets()) {
            ObjectNode o = tickets.addObject().put("ticket_no", t.ticketNo()).put("shop_code", t.shopCode())
                    .put("state", t.state()).put("claim", t.claimUuid());
            ArrayNode history = o.putArray("history");
            for (CustomerData.Event e : t.history()) {
                history.addObject().put("at", e.at().toString()).put("action", e.action()).put("to_state", e.toState()).put("who", e.who())
                        .put("note", e.note()).put("message", e.message()).put("place", e.place().isEmpty() ? null : e.place());
            }
        }
        return node;
    }
}
