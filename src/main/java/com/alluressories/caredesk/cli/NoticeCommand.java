package com.alluressories.caredesk.cli;

import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.notice.Notice;
import com.alluressories.caredesk.notice.NoticeKind;
import com.alluressories.caredesk.notice.NoticeWay;
import com.alluressories.caredesk.text.Bundles;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "notice", mixinStandardHelpOptions = true,
        description = "The message a customer is due about a ticket (a quote to answer, the piece ready, a reminder), "
                + "as text or as a WhatsApp or SMS link for the shop phone. Prints it; records nothing.")
final class NoticeCommand implements Callable<Integer> {
    enum Kind { quote, ready, reminder }

    enum Lang { en, zh }

    enum Format { text, whatsapp, sms }

    @ParentCommand
    CareDeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TICKET_NO", description = "The ticket's number.")
    String ticketNo;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "quote, ready or reminder.")
    Kind kind;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "en or zh (default: the customer's: a name in Chinese characters reads Chinese).")
    Lang lang;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), whatsapp (an https://wa.me/852… link) or sms (an sms:+852… link).")
    Format format;

    enum Way { whatsapp, sms, clipboard, letter }

    @Option(names = "--sent", paramLabel = "WAY",
            description = "Staff confirm the message went to the customer this way (whatsapp, sms, clipboard, letter): "
                    + "it is recorded on the ticket's history and in the audit trail.")
    Way sent;

    @Override
    public Integer call() {
        try (Services services = root.openServices()) {
            Optional<Locale> language = Optional.ofNullable(lang).map(l -> l == Lang.zh ? Bundles.CHINESE : Bundles.ENGLISH);
            Notice notice = services.notices().compose(ticketNo, NoticeKind.valueOf(kind.name().toUpperCase(Locale.ROOT)),
                    language);
            spec.commandLine().getOut().println(switch (format) {
                case text -> notice.text();
                case whatsapp -> notice.whatsappLink();
                case sms -> notice.smsLink();
            });
            if (sent != null) {
                services.notices().record(notice, NoticeWay.valueOf(sent.name().toUpperCase(Locale.ROOT)));
            }
            return 0;
        }
    }
}
