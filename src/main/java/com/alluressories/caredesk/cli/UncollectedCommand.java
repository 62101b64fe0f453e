package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.notice.NoticeService;
import com.alluressories.caredesk.ticket.TicketService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "uncollected", mixinStandardHelpOptions = true,
        description = "Pieces ready for pickup and not collected, longest waiting first, with the notices given and "
                + "whether the notice of intention to sell (Cap. 294) is due, as a JSON array.")
final class UncollectedCommand implements Callable<Integer> {
    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Services services = root.openServices()) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.createArrayNode();
            ZoneId zone = services.clock().getZone();
            for (NoticeService.Uncollected u : services.notices().uncollected()) {
                ObjectNode node = array.addObject();
                node.put("ticket_no", u.ticketNo());
                node.put("shop_code", u.ticket().shopCode());
                node.put("ready_since", u.readySince().toString());
                node.put("days_uncollected", u.daysUncollected());
                ArrayNode notices = node.putArray("notices");
                for (TicketService.GivenNotice n : u.notices()) {
                    notices.addObject().put("kind", n.kind().toLowerCase(Locale.ROOT))
                            .put("way", n.way().toLowerCase(Locale.ROOT))
                            .put("at", n.at().atZone(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                }
                node.put("disposal_notice_due", u.disposalNoticeDue());
            }
            spec.commandLine().getOut().println(mapper.writeValueAsString(array));
            return 0;
        }
    }
}
