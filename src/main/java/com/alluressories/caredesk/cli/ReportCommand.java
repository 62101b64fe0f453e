package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.report.Report;
import com.alluressories.caredesk.report.ReportCsv;
import com.alluressories.caredesk.report.ReportScope;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Figures over the repair tickets opened in a period (all time without dates): by verdict and "
                + "state, overdue, turnaround, findings, overrides, quotes and final charges, as JSON or CSV.")
final class ReportCommand implements Callable<Integer> {
    enum Format { json, csv }

    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", description = "Tickets opened on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd", description = "Tickets opened on or before this day.")
    LocalDate to;

    @Option(names = "--shop", paramLabel = "CODE", split = ",",
            description = "Only tickets opened at this shop (repeat it, or give CODE,CODE, for several; "
                    + "every shop this PC holds without it).")
    List<String> shops = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default) or csv (one figure per row: figure, key, value).")
    Format format;

    @Override
    public Integer call() throws Exception {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
        for (String shop : shops) {
            if (!shop.strip().matches("[A-Za-z0-9]{2,8}")) {
                throw new ParameterException(spec.commandLine(), "--shop takes a shop code (2 to 8 letters or digits), "
                        + "not '" + shop + "'");
            }
        }
        try (Services services = root.openServices()) {
            Report report = services.reports().report(new ReportScope(Optional.ofNullable(from), Optional.ofNullable(to),
                    Set.copyOf(shops)));
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.csv) {
                ReportCsv.write(report, out);
            } else {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(report)));
            }
            out.flush();
            return 0;
        }
    }

    static ObjectNode json(Report r) {
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("from", r.from().map(LocalDate::toString).orElse(null));
        node.put("to", r.to().map(LocalDate::toString).orElse(null));
        ArrayNode shops = node.putArray("shops");
        r.shops().forEach(shops::add);
        node.put("tickets_opened", r.ticketsOpened());
        counts(node.putObject("by_verdict"), r.byVerdict());
        counts(node.putObject("by_state"), r.byState());
        node.put("overdue", r.overdue());
        ObjectNode turnaround = node.putObject("turnaround_days");
        days(turnaround, "intake_to_ready_p50", r.intakeToReadyP50());
        days(turnaround, "intake_to_ready_p90", r.intakeToReadyP90());
        days(turnaround, "ready_to_collected_p50", r.readyToCollectedP50());
        ArrayNode findings = node.putArray("findings");
        for (Report.Count f : r.findings()) {
            findings.addObject().put("code", f.code()).put("count", f.count());
        }
        node.put("overrides", r.overrides());
        node.putObject("quotes").put("accepted", r.quotesAccepted()).put("declined", r.quotesDeclined())
                .put("waiting", r.quotesWaiting());
        node.put("final_charges", ReportCsv.money(r.finalChargesCents()));
        return node;
    }

    private static void counts(ObjectNode into, Map<String, Long> counts) {
        counts.forEach(into::put);
    }

    private static void days(ObjectNode into, String field, OptionalDouble value) {
        if (value.isPresent()) {
            into.put(field, ReportCsv.exact(value.getAsDouble()).doubleValue());
        } else {
            into.putNull(field);
        }
    }

}
