package com.alluressories.caredesk.ui.tickets;

import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.claim.PhotoStore;
import com.alluressories.caredesk.money.Money;
import com.alluressories.caredesk.print.DocumentKind;
import com.alluressories.caredesk.print.Paper;
import com.alluressories.caredesk.print.PrinterPort;
import com.alluressories.caredesk.print.SlipPrinter;
import com.alluressories.caredesk.print.TicketPrintService;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.ticket.Ticket;
import com.alluressories.caredesk.ticket.TicketAction;
import com.alluressories.caredesk.ticket.TicketEvent;
import com.alluressories.caredesk.ticket.TicketFilter;
import com.alluressories.caredesk.ticket.TicketNumber;
import com.alluressories.caredesk.ticket.TicketService;
import com.alluressories.caredesk.ticket.TicketState;
import com.alluressories.caredesk.ticket.TicketWorkflow;
import com.alluressories.caredesk.ui.ManagerApproval;
import com.alluressories.caredesk.ui.Printout;
import com.alluressories.caredesk.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Repair tickets screen's state: the filtered list, the chosen ticket with its claim and
 * history, and the actions its state allows. Every action runs off the FX thread and reloads the
 * ticket; a refused one comes back as the error to show. (A little over 300 lines: the list, the
 * detail, the five actions and the printing all work on the one chosen ticket.)
 */
public final class RepairTicketsViewModel {
    private final TicketService tickets;
    private final ClaimService claims;
    private final TicketPrintService printing;
    private final Clock clock;
    private final TaskRunner tasks;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<TicketState> stateFilter = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty todayOnly = new SimpleBooleanProperty(false);
    private final StringProperty shop = new SimpleStringProperty("");
    /** Where the pieces listed are: null for anywhere, else a shop's code, WORKSHOP, IN_TRANSIT or COLLECTED. */
    private final ObjectProperty<String> location = new SimpleObjectProperty<>();
    private final ObservableList<String> locations = FXCollections.observableArrayList();
    private final ObservableList<Ticket> list = FXCollections.observableArrayList();
    private final ObjectProperty<Ticket> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ClaimSummary> claim = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TicketEvent> events = FXCollections.observableArrayList();
    private final ObservableList<Path> photos = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>();
    private long generation;
    private final PhotoStore photoStore;
    private final ManagerApproval approval;
    private final Supplier<PrinterPort> printers;
    private final SlipPrinter slipPrinter;
    private final com.alluressories.caredesk.custody.CustodyService custody;
    /** Where this PC is, read once off the FX thread with the places to filter by. */
    private volatile Optional<String> here = Optional.empty();

    public RepairTicketsViewModel(TicketService tickets, ClaimService claims, PhotoStore photoStore,
                                  TicketPrintService printing, Clock clock, TaskRunner tasks, ManagerApproval approval,
                                  Supplier<PrinterPort> printers, SlipPrinter slipPrinter) {
        this(tickets, claims, photoStore, printing, clock, tasks, approval, printers, slipPrinter, null);
    }

    /** @param custody where pieces are and where customers collect them (null: not offered) */
    public RepairTicketsViewModel(TicketService tickets, ClaimService claims, PhotoStore photoStore,
                                  TicketPrintService printing, Clock clock, TaskRunner tasks, ManagerApproval approval,
                                  Supplier<PrinterPort> printers, SlipPrinter slipPrinter,
                                  com.alluressories.caredesk.custody.CustodyService custody) {
        this.custody = custody;
        this.printers = printers;
        this.slipPrinter = slipPrinter;
        this.approval = approval;
        this.tickets = tickets;
        this.claims = claims;
        this.photoStore = photoStore;
        this.printing = printing;
        this.clock = clock;
        this.tasks = tasks;
        selected.addListener((obs, old, now) -> loadDetail(now));
    }

    /** Reloads the list with the filters; keeps the chosen ticket when it is still listed. */
    public void refresh() {
        long mine = ++generation;
        TicketFilter filter = new TicketFilter(Optional.ofNullable(stateFilter.get()), overdueOnly.get(), todayOnly.get(),
                Optional.ofNullable(shop.get()).filter(s -> !s.isBlank()), search.get() == null ? "" : search.get(), 500,
                Optional.ofNullable(location.get()));
        if (custody != null && locations.isEmpty()) {
            // The places to filter by: here first, then the workshop, on the way, collected, the other shops.
            tasks.run(() -> {
                List<String> places = new java.util.ArrayList<>();
                Optional<String> place = custody.hereIfKnown();
                here = place;
                place.ifPresent(places::add);
                custody.shops().stream().filter(p -> !places.contains(p)).forEach(places::add);
                for (String p : List.of(com.alluressories.caredesk.ticket.Custody.WORKSHOP,
                        com.alluressories.caredesk.ticket.Custody.IN_TRANSIT, com.alluressories.caredesk.ticket.Custody.COLLECTED)) {
                    if (!places.contains(p)) {
                        places.add(p);
                    }
                }
                return places;
            }, locations::setAll, error::set);
        }
        tasks.run(() -> tickets.list(filter), found -> {
            if (mine != generation) {
                return;
            }
            String keep = selected.get() == null ? null : selected.get().ticketNo();
            list.setAll(found);
            found.stream().filter(t -> t.ticketNo().equals(keep)).findFirst().ifPresentOrElse(selected::set, () -> {
                if (found.size() == 1) {
                    selected.set(found.get(0));
                } else if (keep != null) {
                    selected.set(null);
                }
            });
        }, error::set);
    }

    /**
     * Enter in the search field: a ticket number (typed or scanned) opens that ticket; anything
     * else, or a number with no ticket, searches the list.
     */
    public void searchEntered() {
        Optional<TicketNumber> number = TicketNumber.recognise(search.get());
        if (number.isEmpty()) {
            refresh();
            return;
        }
        open(number.get().value(), found -> {
            if (!found) {
                refresh();
            }
        });
    }

    /** Opens a ticket by its number (typed or scanned); false when there is none. */
    public void open(String ticketNo, Consumer<Boolean> found) {
        tasks.run(() -> tickets.get(ticketNo), ticket -> {
            ticket.ifPresent(t -> {
                search.set(t.ticketNo());
                stateFilter.set(null);
                overdueOnly.set(false);
                todayOnly.set(false);
                list.setAll(List.of(t));
                selected.set(t);
            });
            found.accept(ticket.isPresent());
        }, error::set);
    }

    private void loadDetail(Ticket ticket) {
        if (ticket == null) {
            claim.set(null);
            events.clear();
            photos.clear();
            return;
        }
        tasks.run(() -> new Detail(claims.get(ticket.claimId()).orElse(null), tickets.events(ticket.ticketNo()),
                claims.photos(ticket.claimId()).stream().map(photoStore::path).toList()), d -> {
            if (selected.get() != null && selected.get().ticketNo().equals(ticket.ticketNo())) {
                claim.set(d.claim());
                events.setAll(d.events());
                photos.setAll(d.photos());
            }
        }, error::set);
    }

    private record Detail(ClaimSummary claim, List<TicketEvent> events, List<Path> photos) {
    }

    /** The claim's photos, as files in the photo store. */
    public ObservableList<Path> photos() {
        return photos;
    }

    public Set<TicketAction> allowed() {
        return selected.get() == null ? EnumSet.noneOf(TicketAction.class) : TicketWorkflow.allowed(selected.get());
    }

    /** The quote dialog confirmed: the ticket is quoted the amount. */
    public void quote(QuoteForm form, Runnable done) {
        act(() -> tickets.quote(number(), form.amount().amount(), form.note()), done);
    }

    /** The customer's answer to the quote: approved (to repair) or declined (back unrepaired). */
    public void answerQuote(QuoteAnswerForm form, Runnable done) {
        if (form.approve()) {
            act(() -> tickets.approveQuote(number(), form.how(), form.workshop(), form.expected(), form.note()), done);
        } else {
            act(() -> tickets.declineQuote(number(), form.how(), form.note()), done);
        }
    }

    public void startRepair(StartRepairForm form, Runnable done) {
        act(() -> tickets.startRepair(number(), form.workshop(), form.expected(), form.note()), done);
    }

    public void ready(ReadyForm form, Runnable done) {
        act(() -> tickets.ready(number(), form.outcome(), form.charge().map(Money::amount), form.note()), done);
    }

    /**
     * Hands the piece over. With an override reason, a manager's authority is asked first (a
     * manager signed in has it; otherwise one approves on the spot) — only when the digits do not match.
     */
    public void collect(PickupForm form, Runnable done) {
        String number = number();
        Optional<String> reason = form.overrideReason();
        if (reason.isEmpty() || form.ticket().last4Matches(form.last4())) {
            act(() -> tickets.collect(number, form.last4(), Optional.empty(), ""), done);
            return;
        }
        approval.request(Permission.OVERRIDE_PICKUP, by -> act(() -> tickets.collect(number, form.last4(), reason, "",
                by), done));
    }

    private String number() {
        return selected.get().ticketNo();
    }

    /** Why the piece cannot be handed over at this PC (it is elsewhere), if it cannot. */
    public Optional<RuntimeException> pickupRefusal(Ticket t) {
        if (custody == null) {
            return Optional.empty();
        }
        Optional<String> here = this.here;
        if (here.isEmpty()) {
            return Optional.empty();
        }
        if (com.alluressories.caredesk.ticket.Custody.WORKSHOP.equals(here.get())) {
            return Optional.of(new com.alluressories.caredesk.ticket.TicketException("ticket.refused.pickupAtWorkshop",
                    t.ticketNo(), t.collectingShop()));
        }
        return t.custody().place().equals(here) ? Optional.empty() : Optional.of(TicketService.notHere(t, here.get()));
    }

    /** True when this window can say where pieces go (the custody service is there). */
    public boolean custodyShown() {
        return custody != null;
    }

    /** The shops a customer can collect at. */
    public List<String> collectingShops() {
        return custody == null ? List.of() : custody.shops();
    }

    /** The customer will collect the piece at {@code shopCode}: it is sent back there. */
    public void collectAt(String shopCode, Runnable done) {
        String number = number();
        act(() -> custody.collectAt(number, shopCode), done);
    }

    private void act(Callable<Ticket> action, Runnable done) {
        error.set(null);
        tasks.run(action, updated -> {
            list.replaceAll(t -> t.ticketNo().equals(updated.ticketNo()) ? updated : t);
            selected.set(updated);
            done.run();
        }, error::set);
    }


    /** Renders the preview (recording nothing), draws its pages and asks the system for its printers, off the FX thread. */
    public void document(DocumentKind kind, Paper paper, Consumer<Printout> onReady, Consumer<Throwable> onError) {
        String number = number();
        PrinterPort port = printers.get();
        tasks.run(() -> Printout.drawn(printing.preview(number, kind, paper), port.names(),
                () -> printing.print(number, kind, paper), port), onReady, onError);
    }

    /** No slip printer chosen on this PC, or the one chosen is gone: the preview is the way instead. */
    public static final class NoSlipPrinterException extends RuntimeException {
        NoSlipPrinterException(String message) {
            super(message);
        }
    }

    /**
     * One key at the counter: the customer copy and the bag tag, on 80 mm paper, straight to this
     * PC's slip printer, each recorded as printed. {@code done} gets the printer's name.
     */
    public void printForCounter(Consumer<String> done, Consumer<Throwable> failed) {
        String number = number();
        PrinterPort port = printers.get();
        tasks.run(() -> {
            String printer = slipPrinter.get().filter(port.names()::contains)
                    .orElseThrow(() -> new NoSlipPrinterException("No slip printer is chosen on this PC"));
            for (DocumentKind kind : new DocumentKind[] {DocumentKind.CUSTOMER, DocumentKind.TAG}) {
                port.print(printing.print(number, kind, Paper.SLIP), printer,
                        number + "-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            }
            return printer;
        }, done, failed);
    }

    /** Chooses this PC's slip printer for one-key printing. */
    public void chooseSlipPrinter(String printer) {
        tasks.run(() -> {
            slipPrinter.set(printer);
            return printer;
        }, ok -> { }, error::set);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<TicketState> stateFilterProperty() {
        return stateFilter;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public BooleanProperty todayOnlyProperty() {
        return todayOnly;
    }

    public ObjectProperty<String> locationProperty() {
        return location;
    }

    /** The places the list can be filtered by (empty without the custody service). */
    public ObservableList<String> locations() {
        return locations;
    }

    public StringProperty shopProperty() {
        return shop;
    }

    public ObservableList<Ticket> tickets() {
        return list;
    }

    public ObjectProperty<Ticket> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ClaimSummary> claimProperty() {
        return claim.getReadOnlyProperty();
    }

    public ObservableList<TicketEvent> events() {
        return events;
    }

    public ReadOnlyObjectProperty<Throwable> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
