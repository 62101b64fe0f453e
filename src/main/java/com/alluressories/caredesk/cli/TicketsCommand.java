package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketFilter;
import com.alluressories.caredesk.ticket.TicketState;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "tickets", mixinStandardHelpOptions = true,
        description = "List repair tickets as a JSON array, the earliest promised first.")
final class TicketsCommand implements Callable<Integer> {
    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--state", paramLabel = "STATE",
            description = "Only tickets in this state: ${COMPLETION-CANDIDATES}.")
    TicketState state;

    @Option(names = "--location", paramLabel = "WHERE", description = "Only pieces there: a shop's code, WORKSHOP, "
            + "IN_TRANSIT or COLLECTED.")
    String location;

    @Override
    public Integer call() throws Exception {
        try (Services services = root.openServices()) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.createArrayNode();
            LocalDate today = LocalDate.now(services.clock());
            TicketFilter filter = new TicketFilter(Optional.ofNullable(state), false, false, Optional.empty(), "",
                    Integer.MAX_VALUE, Optional.ofNullable(location));
            for (Ticket t : services.tickets().list(filter)) {
                ObjectNode node = array.addObject();
                node.put("ticket_no", t.ticketNo());
                node.put("state", t.state().name());
                node.put("shop_code", t.shopCode());
                node.put("customer_name", t.customerName());
                node.put("customer_phone", t.customerPhone());
                node.put("item", t.itemDescription());
                node.put("verdict", t.verdict().name());
                node.put("received", t.createdAt().toLocalDate().toString());
                node.put("promised", t.promisedDate().toString());
                node.put("collected", t.collectedAt().map(c -> c.toLocalDate().toString()).orElse(null));
                node.put("overdue", t.overdue(today));
                node.put("quote", t.quote().map(q -> q.setScale(2).toPlainString()).orElse(null));
                node.put("final_charge", t.finalCharge().map(q -> q.setScale(2).toPlainString()).orElse(null));
                node.put("conflicts", t.conflicts());
                node.put("location", t.custody().location());
                node.put("collect_at", t.collectingShop());
            }
            spec.commandLine().getOut().println(mapper.writeValueAsString(array));
            return 0;
        }
    }
}
