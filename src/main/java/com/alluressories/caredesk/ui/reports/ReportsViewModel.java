package com.alluressories.caredesk.ui.reports;

import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.print.PrinterPort;
import com.alluressories.caredesk.print.ReportPrintService;
import com.alluressories.caredesk.report.Figure;
import com.alluressories.caredesk.report.Report;
import com.alluressories.caredesk.report.ReportCsv;
import com.alluressories.caredesk.report.ReportScope;
import com.alluressories.caredesk.report.ReportService;
import com.alluressories.caredesk.report.TicketsBehind;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.ui.ManagerApproval;
import com.alluressories.caredesk.ui.ManagerGate;
import com.alluressories.caredesk.ui.Printout;
import com.alluressories.caredesk.ui.TaskRunner;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Reports screen for a manager: a period (this month by default) and a shop (all this PC
 * holds, or one), the report over the tickets opened then, the tickets behind each figure, and its
 * CSV export and A4 PDF. A range whose end
 * comes before its start is not asked for; the screen says why. Open to a signed-in manager, or
 * for this visit with a manager's approval.
 */
public final class ReportsViewModel {
    private final ReportService reports;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ManagerGate gate;
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>(ReportPeriod.THIS_MONTH);
    private final ObjectProperty<LocalDate> rangeFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> rangeTo = new SimpleObjectProperty<>();
    /** One shop's code, or null for every shop. */
    private final ObjectProperty<String> shop = new SimpleObjectProperty<>();
    /** The shops to choose from: null (every shop) first, then each shop's code. */
    private final ObservableList<String> shops = FXCollections.observableArrayList((String) null);
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>();
    private long generation;
    private final Policy policy;
    private final Supplier<PrinterPort> printers;
    private final Consumer<String> openTicket;
    /** What the report shown was made over: a figure's tickets are read over the same. */
    private ReportScope shownScope;

    /** @param openTicket shows one ticket (by its number) in Repair tickets */
    public ReportsViewModel(ReportService reports, TaskRunner tasks, ManagerApproval approval, Clock clock,
                            Policy policy, Supplier<PrinterPort> printers, Consumer<String> openTicket) {
        this.openTicket = openTicket;
        this.policy = policy;
        this.printers = printers;
        this.reports = reports;
        this.tasks = tasks;
        this.clock = clock;
        this.gate = new ManagerGate(Permission.VIEW_REPORTS, approval, this::refresh, () -> report.set(null));
        LocalDate today = LocalDate.now(clock);
        rangeFrom.set(today.withDayOfMonth(1));
        rangeTo.set(today);
        List.of(period, rangeFrom, rangeTo, shop).forEach(p -> p.addListener(x -> refresh()));
    }

    public void signedIn(Actor actor) {
        gate.signedIn(actor);
    }

    public void forgetApproval() {
        gate.close();
    }

    public void askManager() {
        gate.askManager();
    }

    /** What is asked for now; a backwards range is refused (ReportException) before anything is read. */
    public ReportScope scope() {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod p = period.get() == null ? ReportPeriod.THIS_MONTH : period.get();
        return new ReportScope(p.from(today, rangeFrom.get()), p.to(today, rangeTo.get()),
                shop.get() == null ? Set.of() : Set.of(shop.get()));
    }

    /** Makes the report for the period and shop chosen; a stale answer is dropped. */
    public void refresh() {
        if (gate.manager().isEmpty()) {
            return;
        }
        long mine = ++generation;
        ReportScope scope;
        try {
            scope = scope();
        } catch (RuntimeException refused) {
            // Nothing of another period stays on screen to be exported or printed by mistake.
            report.set(null);
            error.set(refused);
            return;
        }
        error.set(null);
        tasks.run(() -> reports.report(scope), made -> {
            if (mine == generation) {
                shownScope = scope;
                report.set(made);
                made.shops().stream().filter(s -> !shops.contains(s)).forEach(shops::add);
            }
        }, error::set);
    }

    /** Reads the tickets behind a figure of the report shown, over the same period and shops. */
    public void behind(Figure figure, Consumer<TicketsBehind> shown) {
        ReportScope scope = shownScope;
        if (gate.manager().isEmpty() || scope == null) {
            return;
        }
        tasks.run(() -> reports.ticketsBehind(scope, figure), shown, error::set);
    }

    /** Shows one ticket in Repair tickets. */
    public void openTicket(String ticketNo) {
        openTicket.accept(ticketNo);
    }

    /**
     * The report shown as an A4 PDF in the reader's language, with its charts, to preview, print or
     * save; made off the FX thread.
     */
    public void printout(Locale language, Consumer<Printout> ready, Consumer<Throwable> failed) {
        Report shown = report.get();
        if (gate.manager().isEmpty() || shown == null) {
            return;
        }
        PrinterPort port = printers.get();
        LocalDate today = LocalDate.now(clock);
        tasks.run(() -> {
            byte[] pdf = ReportPrintService.a4(shown, language, policy, today);
            return new Printout(pdf, port.names(), () -> pdf, port);
        }, ready, failed);
    }

    /** Writes the report shown to a CSV file (UTF-8 with a byte-order mark, as Excel wants it). */
    public void export(Path file, Consumer<Path> done) {
        Report shown = report.get();
        if (gate.manager().isEmpty() || shown == null) {
            return;
        }
        tasks.run(() -> {
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                ReportCsv.write(shown, out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }, done, error::set);
    }

    public ObjectProperty<ReportPeriod> periodProperty() {
        return period;
    }

    public ObjectProperty<LocalDate> rangeFromProperty() {
        return rangeFrom;
    }

    public ObjectProperty<LocalDate> rangeToProperty() {
        return rangeTo;
    }

    public ObjectProperty<String> shopProperty() {
        return shop;
    }

    public ObservableList<String> shops() {
        return shops;
    }

    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Throwable> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty authorizedProperty() {
        return gate.openProperty();
    }
}
