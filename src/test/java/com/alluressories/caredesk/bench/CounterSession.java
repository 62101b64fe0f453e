package com.alluressories.caredesk.bench;

import com.alluressories.caredesk.app.GuiLauncher;
import com.alluressories.caredesk.app.Services;
import com.alluressories.caredesk.claim.ClaimDraft;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.demo.DemoShop;
import com.alluressories.caredesk.policy.Sale;
import com.alluressories.caredesk.print.DocumentKind;
import com.alluressories.caredesk.print.Paper;
import com.alluressories.caredesk.receipt.LookupQuery;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.alluressories.caredesk.ticket.Outcome;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ui.PrintPreview;
import com.alluressories.caredesk.ui.Printout;
import com.alluressories.caredesk.ui.Screen;
import com.alluressories.caredesk.ui.shell.CareDeskApp;
import com.alluressories.caredesk.ui.shell.MainWindow;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A scripted session at the counter, in a JVM of its own, on the window's real start-up path
 * ({@link CareDeskApp#launchAndWait(GuiLauncher.GuiOptions, java.util.function.Consumer)}), for the
 * benchmarks that must see the whole app: the first print preview after start, and memory over an
 * hour of counter work. It signs in on the lock screen as staff do (staff number, PIN, Enter), goes
 * from screen to screen with the F-keys, and does each customer's work through the services the
 * screens call; every ticket is previewed in the real preview dialog, which renders its pages.
 * Prints one line per figure (parsed by the benchmarks) and exits.
 *
 * <p>Arguments: {@code DATA_DIR preview} or {@code DATA_DIR hour CUSTOMERS}.
 */
public final class CounterSession {
    private final MainWindow window;
    private final Services services;
    private final Stage stage;

    private CounterSession(MainWindow window) {
        this.window = window;
        this.services = window.services();
        this.stage = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage).findFirst().orElseThrow();
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        String mode = args[1];
        int customers = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        PrintWriter out = new PrintWriter(System.out, true);
        CareDeskApp.launchAndWait(new GuiLauncher.GuiOptions(data, true, false, out, out), window -> {
            Thread script = new Thread(() -> {
                try {
                    CounterSession session = new CounterSession(window);
                    session.signIn();
                    if (mode.equals("preview")) {
                        session.previews();
                    } else {
                        session.hour(customers);
                    }
                } catch (Throwable e) {
                    e.printStackTrace();
                    System.out.println("session failed: " + e);
                } finally {
                    Platform.exit();
                }
            }, "counter-session");
            script.setDaemon(true);
            script.start();
        });
        System.exit(0);
    }

    /** The first preview a minute's sign-in after start (3 s here), then warm ones. */
    private void previews() throws Exception {
        Thread.sleep(3_000);
        String ticketNo = firstOpenTicket();
        long first = preview(ticketNo, Paper.SLIP);
        String firstSplit = lastSplit;
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            warm.add(preview(ticketNo, i % 2 == 0 ? Paper.A5 : Paper.SLIP));
        }
        warm.sort(null);
        System.out.println("first preview " + first + " ms (" + firstSplit + "); warm previews " + warm
                + " ms, median " + warm.get(4) + " ms");
    }

    /**
     * An hour at a busy counter, {@code customers} customers (about 30 an hour is busy), without the
     * waiting: each is looked up by phone and by receipt, their piece taken in as a claim, a ticket
     * opened, previewed and taken through quote or repair to collection; every tenth customer the
     * reports and the audit trail are looked at. Resident memory after start, then after each half.
     */
    private void hour(int customers) throws Exception {
        Thread.sleep(IDLE_MS);
        System.out.println("rss after start " + rssKb() + " kB" + heap());
        List<Receipt> receipts = DemoShop.receipts(services.clock());
        for (int half = 1; half <= 2; half++) {
            for (int i = 0; i < customers / 2; i++) {
                int n = (half - 1) * (customers / 2) + i;
                customer(receipts.get(n % receipts.size()), n);
            }
            Thread.sleep(IDLE_MS);
            System.out.println("rss after half " + half + " " + rssKb() + " kB" + heap());
        }
        nativeMemory();
        Thread.sleep(Long.getLong("session.holdMs", 0)); // time to look at the process from outside
    }

    /** Where the memory goes, as the JVM counts it (when started with -XX:NativeMemoryTracking=summary). */
    private static void nativeMemory() {
        try {
            String summary = (String) java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary", "scale=MB"}}, new String[] {String[].class.getName()});
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("-\\s+([A-Za-z ]+?) \\(reserved=\\d+MB, committed=(\\d+)MB\\)")
                    .matcher(summary);
            StringBuilder where = new StringBuilder();
            while (m.find()) {
                if (Long.parseLong(m.group(2)) >= 2) {
                    where.append(where.length() == 0 ? "" : ", ").append(m.group(1).strip()).append(' ').append(m.group(2))
                            .append(" MB");
                }
            }
            java.util.regex.Matcher total = java.util.regex.Pattern.compile("Total: reserved=\\d+MB, committed=(\\d+)MB")
                    .matcher(summary);
            if (total.find()) {
                System.out.println("memory the JVM tracks: " + total.group(1) + " MB committed (" + where + ")");
            }
        } catch (Exception e) {
            System.out.println("memory the JVM tracks: unknown (" + e.getMessage() + ")");
        }
    }

    /**
     * How long the counter is quiet before each measure (a counter PC is idle most of the day, and the
     * window hands back what it does not use when it is): 25 s, or {@code -Dsession.idleMs}.
     */
    private static final long IDLE_MS = Long.getLong("session.idleMs", 25_000);

    /** For finding where memory goes: -Dsession.skip=preview,screens,pdf leaves that part out. */
    private static final String SKIP = System.getProperty("session.skip", "");

    private void customer(Receipt receipt, int n) throws Exception {
        key(Screen.LOOKUP);
        receipt.customerPhone().ifPresent(phone -> services.receipts().search(new LookupQuery(LookupQuery.Kind.PHONE, phone,
                Optional.empty(), Optional.empty(), Optional.empty(), 50, 0)));
        services.receipts().search(new LookupQuery(LookupQuery.Kind.RECEIPT, receipt.receiptNo(), Optional.empty(),
                Optional.empty(), Optional.empty(), 50, 0));
        key(Screen.CLAIM);
        ReceiptLine line = receipt.lines().get(0);
        ClaimSummary claim = services.claims().save(new ClaimDraft(Optional.of(receipt.receiptNo()),
                Optional.of(line.lineNo()), Optional.of(new Sale(receipt.purchasedAt().toLocalDate(), line.listPrice(),
                line.paidPrice())), line.description(), Optional.of(line.sku()), line.metal(), line.stones(),
                receipt.customerName().orElse("Chan Tai Man"), receipt.customerPhone().orElse("91234567"),
                "Clasp loose after " + n + " weeks", "", n % 2 == 0 ? Set.of("MANUFACTURING_DEFECT") : Set.of("WORN_CHAIN"),
                List.of(), Optional.empty(), true, Optional.empty()));
        Ticket ticket = services.tickets().open(claim, "TST", LocalDate.now(services.clock()).plusDays(7));
        key(Screen.TICKETS);
        if (SKIP.contains("pdf")) {
            // nothing printed
        } else if (SKIP.contains("preview")) {
            services.printing().preview(ticket.ticketNo(), DocumentKind.CUSTOMER, n % 2 == 0 ? Paper.SLIP : Paper.A5);
        } else {
            preview(ticket.ticketNo(), n % 2 == 0 ? Paper.SLIP : Paper.A5);
        }
        String no = ticket.ticketNo();
        if (ticket.chargeable()) {
            services.tickets().quote(no, new BigDecimal("380"), "");
            services.tickets().approveQuote(no, "PHONE", Optional.empty(), Optional.empty(), "");
        } else {
            services.tickets().startRepair(no, Optional.empty(), Optional.empty(), "");
        }
        services.tickets().ready(no, Outcome.REPAIRED, ticket.chargeable() ? Optional.of(new BigDecimal("380"))
                : Optional.empty(), "");
        String phone = services.tickets().get(no).orElseThrow().customerPhone();
        services.tickets().collect(no, phone.substring(phone.length() - 4), Optional.empty(), "");
        if (n % 10 == 9) {
            key(Screen.REPORTS);
            key(Screen.AUDIT);
            key(Screen.NOTICES);
        }
    }

    private String firstOpenTicket() {
        return services.tickets().list(com.alluressories.caredesk.ticket.TicketFilter.all()).stream()
                .filter(t -> t.state() == com.alluressories.caredesk.ticket.TicketState.RECEIVED).findFirst().orElseThrow().ticketNo();
    }

    /**
     * A ticket's customer copy previewed as the Print button does (the dialog opens at once, the PDF is
     * made off the window's thread, then its pages rendered); the time until the first page shows.
     */
    private String lastSplit = "";

    private long preview(String ticketNo, Paper paper) throws Exception {
        // As Repair tickets does: the PDF is made and its pages drawn while the dialog opens.
        long t0 = System.nanoTime();
        CompletableFuture<Printout> making = CompletableFuture.supplyAsync(() -> {
            byte[] pdf = services.printing().preview(ticketNo, DocumentKind.CUSTOMER, paper);
            try {
                return Printout.drawn(pdf, List.of(), () -> pdf, services.printers());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        PrintPreview preview = onFx(() -> PrintPreview.open(stage, window.i18n(), ticketNo, ticketNo + ".pdf", null));
        long t1 = System.nanoTime();
        Printout printout = making.get(60, TimeUnit.SECONDS);
        long t2 = System.nanoTime();
        onFx(() -> {
            preview.show(printout);
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!onFx(() -> pageShown())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the preview showed no page in a minute");
            }
            Thread.sleep(2);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        lastSplit = String.format("dialog opened %d ms, PDF made and drawn %d ms later, pages shown %d ms after",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, ms - (t2 - t0) / 1_000_000);
        // Closed with its Close button, as staff close it.
        onFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w.isShowing() && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane pane) {
                    pane.getButtonTypes().stream().map(pane::lookupButton)
                            .filter(b -> b instanceof javafx.scene.control.Button button && button.isCancelButton())
                            .findFirst().ifPresent(b -> ((javafx.scene.control.Button) b).fire());
                }
            }
            return null;
        });
        return ms;
    }

    private static boolean pageShown() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .map(scene -> scene.getRoot().lookup("#previewPages"))
                .anyMatch(pages -> pages instanceof javafx.scene.layout.Pane p
                        && p.getChildren().stream().anyMatch(CounterSession::hasImage));
    }

    private static boolean hasImage(Node node) {
        if (node instanceof ImageView view) {
            return view.getImage() != null;
        }
        return node instanceof javafx.scene.Parent parent && parent.getChildrenUnmodifiable().stream()
                .anyMatch(CounterSession::hasImage);
    }

    /** Staff number, Enter, PIN, Enter, as on the lock screen (the demo's counter staff). */
    private void signIn() throws Exception {
        DemoShop.DemoStaff staff = DemoShop.manager();
        onFx(() -> {
            Scene scene = stage.getScene();
            ((TextField) scene.lookup("#signInStaffNo")).setText(staff.staff().staffNo());
            TextField pin = (TextField) scene.lookup("#signInPin");
            pin.setText(staff.pin());
            pin.requestFocus();
            Event.fireEvent(pin, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (onFx(window::isLocked)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not signed in after 30 s");
            }
            Thread.sleep(10);
        }
    }

    /** A screen's F-key, as typed. */
    private void key(Screen screen) throws Exception {
        if (SKIP.contains("screens")) {
            return;
        }
        onFx(() -> {
            Event.fireEvent(stage.getScene().getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", screen.shortcut(),
                    false, false, false, false));
            return null;
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** The Java heap as the JVM saw it at its last collection: in use, and taken from the system. */
    private static String heap() {
        java.lang.management.MemoryUsage now = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long afterGc = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.getCollectionUsage() != null)
                .mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
        return String.format(" (heap: %d MB in use after the last collection, %d MB taken)", afterGc >> 20,
                now.getCommitted() >> 20);
    }

    /** This process's resident memory, as the system counts it. */
    static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
