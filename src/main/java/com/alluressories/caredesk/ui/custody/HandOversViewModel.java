package com.alluressories.caredesk.ui.custody;

import com.alluressories.caredesk.custody.CustodyService;
import com.alluressories.caredesk.custody.Dispatch;
import com.alluressories.caredesk.print.DispatchPrintService;
import com.alluressories.caredesk.print.Paper;
import com.alluressories.caredesk.print.PrinterPort;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.ticket.Custody;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketFilter;
import com.alluressories.caredesk.ticket.TicketService;
import com.alluressories.caredesk.ui.ManagerApproval;
import com.alluressories.caredesk.ui.Printout;
import com.alluressories.caredesk.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Hand-overs (F10): where the pieces are (here, at the workshop, on their way), a dispatch filled by
 * scanning bag tags and its manifest, a dispatch received by scanning its manifest and then each
 * tag out of the bag, and the pieces missing from their dispatch for a manager to resolve. At the
 * workshop's PC it is the Workshop screen: what is coming, what is here by promised date and age.
 * Every scan runs off the FX thread; a refusal says why and leaves the scan field ready for the next.
 */
public final class HandOversViewModel {
    /** Which pieces the list shows. */
    public enum Where { HERE, WORKSHOP, IN_TRANSIT, EVERYWHERE }

    private final CustodyService custody;
    private final TicketService tickets;
    private final TaskRunner tasks;
    private final Supplier<PrinterPort> printers;
    private final ManagerApproval approval;
    private final Clock clock;

    private final ReadOnlyStringWrapper here = new ReadOnlyStringWrapper("");
    private final ObservableList<String> destinations = FXCollections.observableArrayList();
    private final ObjectProperty<String> destination = new SimpleObjectProperty<>();
    private final StringProperty courier = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Dispatch> sending = new ReadOnlyObjectWrapper<>();
    private final StringProperty sendScan = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper sendSaid = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper takenOut = new ReadOnlyStringWrapper("");
    private final ObservableList<Dispatch> incoming = FXCollections.observableArrayList();
    private final StringProperty manifestScan = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Dispatch> receiving = new ReadOnlyObjectWrapper<>();
    private final StringProperty receiveScan = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper receiveSaid = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Where> where = new SimpleObjectProperty<>(Where.HERE);
    private final ObservableList<Ticket> pieces = FXCollections.observableArrayList();
    private final ObservableList<Ticket> missing = FXCollections.observableArrayList();
    private final IntegerProperty workshopDays = new SimpleIntegerProperty(CustodyService.WORKSHOP_DAYS);
    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>();

    /** What the screen reads in one go off the FX thread. */
    private record Read(String here, List<String> destinations, List<Dispatch> incoming, List<Ticket> pieces,
                        List<Ticket> missing, int workshopDays, Optional<Dispatch> sending, Optional<Dispatch> receiving) {
    }

    public HandOversViewModel(CustodyService custody, TicketService tickets, TaskRunner tasks,
                              Supplier<PrinterPort> printers, ManagerApproval approval, Clock clock) {
        this.custody = custody;
        this.tickets = tickets;
        this.tasks = tasks;
        this.printers = printers;
        this.approval = approval;
        this.clock = clock;
    }

    /** Reads where this PC is, what is coming, the pieces and the missing ones; keeps the dispatches open as they now stand. */
    public void refresh() {
        today.set(LocalDate.now(clock));
        Where shown = where.get();
        Optional<String> sendingNo = Optional.ofNullable(sending.get()).map(Dispatch::dispatchNo);
        Optional<String> receivingNo = Optional.ofNullable(receiving.get()).map(Dispatch::dispatchNo);
        tasks.run(() -> {
            String place = custody.here();
            return new Read(place, custody.destinations(), custody.incoming(), pieces(place, shown), custody.missing(),
                    custody.workshopDays(), sendingNo.flatMap(custody::dispatch), receivingNo.flatMap(custody::dispatch));
        }, read -> {
            here.set(read.here());
            destinations.setAll(read.destinations());
            if (destination.get() == null || !read.destinations().contains(destination.get())) {
                destination.set(read.destinations().isEmpty() ? null : read.destinations().get(0));
            }
            incoming.setAll(read.incoming());
            pieces.setAll(read.pieces());
            missing.setAll(read.missing());
            workshopDays.set(read.workshopDays());
            read.sending().ifPresent(sending::set);
            read.receiving().ifPresent(receiving::set);
        }, error::set);
    }

    private List<Ticket> pieces(String place, Where shown) {
        TicketFilter open = TicketFilter.all();
        return switch (shown) {
            case HERE -> tickets.list(open.withLocation(Optional.of(place)));
            case WORKSHOP -> tickets.list(open.withLocation(Optional.of(Custody.WORKSHOP)));
            case IN_TRANSIT -> tickets.list(open.withLocation(Optional.of(Custody.IN_TRANSIT)));
            case EVERYWHERE -> tickets.list(open).stream()
                    .filter(t -> !Custody.COLLECTED.equals(t.custody().location())).toList();
        };
    }

    /** Starts a dispatch from here to the destination chosen, with the courier named. */
    public void start(Runnable started) {
        error.set(null);
        String to = destination.get();
        String by = courier.get();
        if (by == null || by.isBlank()) {
            error.set(new com.alluressories.caredesk.custody.CustodyException("custody.refused.courier"));
            return;
        }
        tasks.run(() -> custody.open(to, by), d -> {
            sending.set(d);
            sendSaid.set("");
            started.run();
        }, error::set);
    }

    /** The bag tag scanned (or typed) goes into the dispatch being filled. */
    public void scanIntoSending(Runnable done) {
        Dispatch d = sending.get();
        String tag = sendScan.get() == null ? "" : sendScan.get().strip();
        if (d == null || tag.isEmpty()) {
            return;
        }
        error.set(null);
        tasks.run(() -> {
            Ticket t = custody.scanInto(d.dispatchNo(), tag);
            return new Scanned(t, custody.dispatch(d.dispatchNo()).orElse(d));
        }, s -> {
            sending.set(s.dispatch());
            takenOut.set("");
            sendSaid.set(s.ticket().ticketNo());
            sendScan.set("");
            done.run();
            refresh();
        }, e -> {
            error.set(e);
            done.run();
        });
    }

    private record Scanned(Ticket ticket, Dispatch dispatch) {
    }

    /** A piece scanned into the dispatch by mistake goes back out of the bag. */
    public void takeOut(Dispatch.Piece piece, Runnable done) {
        Dispatch d = sending.get();
        if (d == null || piece == null) {
            return;
        }
        error.set(null);
        tasks.run(() -> {
            Ticket t = custody.takeOut(d.dispatchNo(), piece.ticketNo());
            return new Scanned(t, custody.dispatch(d.dispatchNo()).orElse(d));
        }, s -> {
            sending.set(s.dispatch());
            sendSaid.set("");
            takenOut.set(s.ticket().ticketNo());
            done.run();
            refresh();
        }, error::set);
    }

    /** The ticket number last taken back out of the bag. */
    public ReadOnlyStringProperty takenOutProperty() {
        return takenOut.getReadOnlyProperty();
    }

    /** Done with this dispatch: the next one starts afresh. */
    public void closeSending() {
        sending.set(null);
        sendSaid.set("");
        sendScan.set("");
        courier.set("");
    }

    /** The manifest scanned (or a dispatch chosen from what is coming) opens it for receiving. */
    public void openReceiving(String dispatchNo, Runnable opened, Runnable refused) {
        String no = dispatchNo == null ? "" : dispatchNo.strip();
        if (no.isEmpty()) {
            return;
        }
        error.set(null);
        tasks.run(() -> {
            Dispatch d = custody.dispatch(no).orElseThrow(() -> new com.alluressories.caredesk.custody.CustodyException(
                    "custody.refused.noDispatch", no.toUpperCase(java.util.Locale.ROOT)));
            if (!d.to().equals(custody.here())) {
                throw new com.alluressories.caredesk.custody.CustodyException("custody.refused.notForHere",
                        d.dispatchNo(), d.to());
            }
            return d;
        }, d -> {
            receiving.set(d);
            receiveSaid.set("");
            manifestScan.set("");
            receiveScan.set("");
            opened.run();
        }, e -> {
            error.set(e);
            refused.run();
        });
    }

    /** A tag scanned out of the bag at this end. */
    public void scanReceived(Runnable done) {
        Dispatch d = receiving.get();
        String tag = receiveScan.get() == null ? "" : receiveScan.get().strip();
        if (d == null || tag.isEmpty()) {
            return;
        }
        error.set(null);
        tasks.run(() -> {
            // A manifest scanned where a tag was expected opens that dispatch instead.
            Optional<Dispatch> other = custody.dispatch(tag).filter(o -> !o.dispatchNo().equals(d.dispatchNo()));
            if (other.isPresent()) {
                if (!other.get().to().equals(custody.here())) {
                    throw new com.alluressories.caredesk.custody.CustodyException("custody.refused.notForHere",
                            other.get().dispatchNo(), other.get().to());
                }
                return new Scanned(null, other.get());
            }
            Ticket t = custody.receive(d.dispatchNo(), tag);
            return new Scanned(t, custody.dispatch(d.dispatchNo()).orElse(d));
        }, s -> {
            receiving.set(s.dispatch());
            receiveSaid.set(s.ticket() == null ? "" : s.ticket().ticketNo());
            receiveScan.set("");
            done.run();
            refresh();
        }, e -> {
            error.set(e);
            done.run();
        });
    }

    /** Everything is out of the bag: what was not scanned is flagged missing. */
    public void finishReceiving(Consumer<List<String>> done) {
        Dispatch d = receiving.get();
        if (d == null) {
            return;
        }
        error.set(null);
        tasks.run(() -> custody.finishReceiving(d.dispatchNo()), flagged -> {
            receiving.set(null);
            receiveSaid.set("");
            done.accept(flagged);
            refresh();
        }, error::set);
    }

    /** A manager (signed in, or approving now) resolves a missing piece: found at a place, or still on its way. */
    public void resolve(Ticket ticket, String reason, Optional<String> foundAt, Runnable done) {
        approval.request(Permission.RESOLVE_MISSING, by -> {
            error.set(null);
            tasks.run(() -> custody.resolveMissing(ticket.ticketNo(), reason, foundAt, by), t -> {
                done.run();
                refresh();
            }, error::set);
        });
    }

    /** The manifest of the dispatch being filled, on that paper: previewed, and recorded when printed or saved. */
    public void manifest(Paper paper, Consumer<Printout> ready, Consumer<Throwable> failed) {
        Dispatch d = sending.get();
        if (d == null) {
            return;
        }
        PrinterPort port = printers.get();
        tasks.run(() -> {
            Dispatch now = custody.dispatch(d.dispatchNo()).orElse(d);
            byte[] preview = DispatchPrintService.manifest(now, paper, custody.manifestPrinted(now.dispatchNo()));
            return new Printout(preview, port.names(), () -> {
                boolean reprint = custody.recordManifestPrint(now.dispatchNo());
                return DispatchPrintService.manifest(now, paper, reprint);
            }, port);
        }, ready, failed);
    }

    /** True when the piece has been at the workshop longer than it should. */
    public boolean overdueAtWorkshop(Ticket t) {
        return CustodyService.overdueAtWorkshop(t, today.get() == null ? LocalDate.now(clock) : today.get(),
                workshopDays.get());
    }

    public ReadOnlyStringProperty hereProperty() {
        return here.getReadOnlyProperty();
    }

    public ObservableList<String> destinations() {
        return destinations;
    }

    public ObjectProperty<String> destinationProperty() {
        return destination;
    }

    public StringProperty courierProperty() {
        return courier;
    }

    public ReadOnlyObjectProperty<Dispatch> sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    public StringProperty sendScanProperty() {
        return sendScan;
    }

    /** The ticket number last scanned into the dispatch. */
    public ReadOnlyStringProperty sendSaidProperty() {
        return sendSaid.getReadOnlyProperty();
    }

    public ObservableList<Dispatch> incoming() {
        return incoming;
    }

    public StringProperty manifestScanProperty() {
        return manifestScan;
    }

    public ReadOnlyObjectProperty<Dispatch> receivingProperty() {
        return receiving.getReadOnlyProperty();
    }

    public StringProperty receiveScanProperty() {
        return receiveScan;
    }

    /** The ticket number last scanned out of the bag. */
    public ReadOnlyStringProperty receiveSaidProperty() {
        return receiveSaid.getReadOnlyProperty();
    }

    public ObjectProperty<Where> whereProperty() {
        return where;
    }

    public ObservableList<Ticket> pieces() {
        return pieces;
    }

    public ObservableList<Ticket> missing() {
        return missing;
    }

    public IntegerProperty workshopDaysProperty() {
        return workshopDays;
    }

    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return today.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Throwable> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Clears a refusal shown (the next scan starts clean). */
    public void clearError() {
        error.set(null);
    }
}
