package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.print.DocumentKind;
import com.alluressories.caredesk.print.Paper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ticket-pdf", mixinStandardHelpOptions = true,
        description = "Write a ticket's document as PDF, without opening a window.")
final class TicketPdfCommand implements Callable<Integer> {
    enum Format { customer, tag, collection }

    enum PaperName { slip, a5 }

    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TICKET_NO", description = "The ticket number, e.g. CWB-261127-0001.")
    String ticketNo;

    @Option(names = "--format", required = true, description = "customer, tag or collection.")
    Format format;

    @Option(names = "--paper", defaultValue = "slip", description = "slip (80 mm) or a5 (default ${DEFAULT-VALUE}).")
    PaperName paper;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF file to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (Services services = root.openServices()) {
            String number = ticketNo.strip().toUpperCase(Locale.ROOT);
            if (services.tickets().get(number).isEmpty()) {
                spec.commandLine().getErr().println("caredesk ticket-pdf: there is no ticket " + ticketNo);
                return 1;
            }
            byte[] pdf = services.printing().pdf(number, DocumentKind.valueOf(format.name().toUpperCase(Locale.ROOT)),
                    Paper.valueOf(paper.name().toUpperCase(Locale.ROOT)), false);
            Path target = out.toAbsolutePath();
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            // Written beside the target and moved into place: a half-written PDF is never left behind.
            Path temp = Files.createTempFile(target.getParent(), ".ticket-", ".pdf");
            try {
                Files.write(temp, pdf);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            spec.commandLine().getOut().println("Wrote " + target);
            return 0;
        }
    }
}
