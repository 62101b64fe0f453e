package com.alluressories.caredesk.ui.notices;

import com.alluressories.caredesk.notice.Notice;
import com.alluressories.caredesk.print.NoticePrintService;
import com.alluressories.caredesk.print.Paper;
import com.alluressories.caredesk.print.PrinterPort;
import com.alluressories.caredesk.text.Bundles;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.PrintPreview;
import com.alluressories.caredesk.ui.Printout;
import com.alluressories.caredesk.ui.TaskRunner;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The notices' documents in the print preview: a letter on A4 (for a window envelope and the post
 * office's registered-post counter), the shop's A4 Cap. 294 notice. Rendered off the FX thread;
 * printing or saving one records nothing on the ticket (a notice is recorded when staff confirm it).
 */
public final class PreviewLetters implements Letters {
    private final Window owner;
    private final I18n i18n;
    private final TaskRunner tasks;
    private final NoticePrintService printing;
    private final Supplier<PrinterPort> printers;
    private final Clock clock;

    public PreviewLetters(Window owner, I18n i18n, TaskRunner tasks, NoticePrintService printing,
                          Supplier<PrinterPort> printers, Clock clock) {
        this.owner = owner;
        this.i18n = i18n;
        this.tasks = tasks;
        this.printing = printing;
        this.printers = printers;
        this.clock = clock;
    }

    @Override
    public void letter(Notice notice, String customerName, List<String> address, boolean registeredPost) {
        List<String> addressee = new ArrayList<>();
        addressee.add(customerName);
        addressee.addAll(address);
        String subject = MessageFormat.format(Bundles.of(notice.language()).getString("letter.subject."
                + notice.kind().name()), notice.ticketNo());
        NoticePrintService.Letter letter = new NoticePrintService.Letter(notice.language(), LocalDate.now(clock),
                addressee, subject, notice.text(), notice.ticketNo(), registeredPost);
        String name = notice.ticketNo() + "-" + notice.kind().name().toLowerCase(java.util.Locale.ROOT);
        open(name, () -> printing.letter(letter, Paper.A4));
    }

    @Override
    public void shopNotice() {
        open("cap294-shop-notice", printing::shopNotice);
    }

    private void open(String name, java.util.concurrent.Callable<byte[]> render) {
        // Owned by the window it was opened from ("Tell the customer", say): it stays above it, and
        // closing it hands the keyboard back to that dialog, not to the main window behind it.
        Window from = Window.getWindows().stream().filter(Window::isFocused).reduce((a, b) -> b).orElse(owner);
        PrintPreview preview = PrintPreview.open(from, i18n, name, name, null);
        PrinterPort port = printers.get();
        tasks.run(() -> {
            byte[] pdf = render.call();
            return new Printout(pdf, port.names(), () -> pdf, port);
        }, preview::show, preview::failed);
    }
}
