package com.alluressories.caredesk.app;

import com.alluressories.caredesk.claim.ClaimData;
import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.PhotoStore;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.print.TicketPrintService;
import com.alluressories.caredesk.receipt.ReceiptData;
import com.alluressories.caredesk.receipt.ReceiptService;
import com.alluressories.caredesk.shop.ShopService;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditJournal;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.PinHasher;
import com.alluressories.caredesk.staff.Session;
import com.alluressories.caredesk.staff.StaffData;
import com.alluressories.caredesk.staff.StaffService;
import com.alluressories.caredesk.store.Backups;
import com.alluressories.caredesk.store.Journal;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoredData;
import com.alluressories.caredesk.ticket.TicketData;
import com.alluressories.caredesk.ticket.TicketService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * The composition root: every service is built here, once, and handed to the faces (GUI and
 * command line) that need it. No static singletons hold state.
 */
public final class Services implements AutoCloseable {
    /** Every "today" in CareDesk is a Hong Kong day, wherever the PC's clock is set. */
    public static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");
    /**
     * Every feature's tables, dependents first: what leaves with the demo, and what each carries
     * over from a replaced store into a restored one.
     */
    public static final List<StoredData> STORED_DATA = List.of(
            new com.alluressories.caredesk.privacy.PrivacyData(), new TicketData(), new ClaimData(), new ReceiptData(),
            new StaffData());

    private final Store store;
    private final Clock clock;
    private final Policy policy;
    private final Session session;
    private final AuditLog audit;
    private final StaffService staff;
    private final ShopService shop;
    private final ReceiptService receipts;
    private final ClaimService claims;
    private final PhotoStore photos;
    private final TicketService tickets;
    private final TicketPrintService printing;
    private final com.alluressories.caredesk.print.NoticePrintService noticePrinting;
    private final com.alluressories.caredesk.report.ReportService reports;
    private final com.alluressories.caredesk.notice.NoticeService notices;
    private final Backups backups;
    private final com.alluressories.caredesk.custody.CustodyService custody;
    private final com.alluressories.caredesk.privacy.PurgeService purge;
    private final com.alluressories.caredesk.privacy.CustomerDataService customerData;
    private final com.alluressories.caredesk.privacy.CorrectionService corrections;
    private final com.alluressories.caredesk.print.SlipPrinter slipPrinter;
    private volatile com.alluressories.caredesk.print.PrinterPort printers = com.alluressories.caredesk.print.PrinterPort.SYSTEM;

    /** Services for the window: nobody is signed in until staff sign in. */
    public Services(Store store, Clock clock, Policy policy) {
        this(store, clock, policy, new Session());
    }

    /** @param session who acts: the window's sign-in, or the command line */
    public Services(Store store, Clock clock, Policy policy, Session session) {
        this.store = store;
        this.clock = clock;
        this.policy = policy;
        this.session = session;
        this.audit = new AuditLog(store, clock);
        this.staff = new StaffService(store, clock, new PinHasher(), audit);
        this.shop = new ShopService(store, audit, session, STORED_DATA);
        this.receipts = new ReceiptService(store, clock, shop::isDemo, session, audit);
        this.claims = new ClaimService(store, policy, clock, () -> shop.shopCode().orElse(null), session, audit);
        this.photos = new PhotoStore(store.dataDir());
        Supplier<java.util.Optional<String>> here = () -> com.alluressories.caredesk.custody.Places.here(store,
                shop.shopCode());
        this.tickets = new TicketService(store, clock, session, audit, here);
        this.custody = new com.alluressories.caredesk.custody.CustodyService(store, clock, session, audit, tickets,
                shop::shopCode, here);
        this.printing = new TicketPrintService(tickets, claims, shop::profile);
        this.noticePrinting = new com.alluressories.caredesk.print.NoticePrintService(shop::profile);
        this.reports = new com.alluressories.caredesk.report.ReportService(store, clock, policy, tickets::deriveChanged);
        this.notices = new com.alluressories.caredesk.notice.NoticeService(tickets, shop::profile, clock,
                new com.alluressories.caredesk.notice.NoticeSettings(store, audit));
        this.backups = new Backups(store, clock, STORED_DATA, journal(audit, clock, this::actingNow));
        this.slipPrinter = new com.alluressories.caredesk.print.SlipPrinter(store.dataDir());
        this.purge = new com.alluressories.caredesk.privacy.PurgeService(store, clock, policy, audit, this::actingNow,
                () -> shop.shopCode().orElse(""));
        this.customerData = new com.alluressories.caredesk.privacy.CustomerDataService(store, clock, audit,
                this::actingNow);
        this.corrections = new com.alluressories.caredesk.privacy.CorrectionService(store, clock, audit, session);
    }

    /** A manager's correction of a customer's name and phone. */
    public com.alluressories.caredesk.privacy.CorrectionService corrections() {
        return corrections;
    }

    /** A customer's data access request. */
    public com.alluressories.caredesk.privacy.CustomerDataService customerData() {
        return customerData;
    }

    /** The retention schedule and its purge (PDPO). */
    public com.alluressories.caredesk.custody.CustodyService custody() {
        return custody;
    }

    public com.alluressories.caredesk.privacy.PurgeService purge() {
        return purge;
    }

    /** The window's services on the store in {@code dataDir}. */
    public static Services open(Path dataDir) {
        if (java.nio.file.Files.isDirectory(dataDir)) {
            LogFile.start(dataDir); // before the store opens, so its own lines are in the file
        }
        Store store = Store.open(dataDir);
        LogFile.start(dataDir);
        return new Services(store, Clock.system(HONG_KONG), PolicyLoader.bundled());
    }

    /** The command line's services: what it does is recorded as done by the command line. */
    public static Services openForCommandLine(Path dataDir) {
        if (java.nio.file.Files.isDirectory(dataDir)) {
            LogFile.start(dataDir); // before the store opens, so its own lines are in the file
        }
        Store store = Store.open(dataDir);
        LogFile.start(dataDir);
        return new Services(store, Clock.system(HONG_KONG), PolicyLoader.bundled(), new Session(Actor.commandLine()));
    }

    /** Records in the audit trail that this PC joined the chain, under whoever is acting. */
    public void chainJoined(String hubUrl, String nodeCode) {
        audit.append(actingNow(), AuditAction.CHAIN_JOINED, nodeCode, java.util.Map.of("hub", hubUrl));
    }

    /** Who a backup or restore is recorded under: whoever is signed in, else the app itself. */
    private Actor actingNow() {
        return session.current().orElse(Actor.app());
    }

    /** The audit trail's view of backups and restores, also for a restore before any services exist. */
    public static Journal journal(Clock clock, Supplier<Actor> who) {
        return journal(null, clock, who);
    }

    private static Journal journal(AuditLog audit, Clock clock, Supplier<Actor> who) {
        return new AuditJournal(audit, clock, who);
    }

    public Store store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    public Policy policy() {
        return policy;
    }

    public Session session() {
        return session;
    }

    public AuditLog audit() {
        return audit;
    }

    public StaffService staff() {
        return staff;
    }

    public ShopService shop() {
        return shop;
    }

    public ReceiptService receipts() {
        return receipts;
    }

    public ClaimService claims() {
        return claims;
    }

    public PhotoStore photos() {
        return photos;
    }

    public TicketService tickets() {
        return tickets;
    }

    public com.alluressories.caredesk.notice.NoticeService notices() {
        return notices;
    }

    public com.alluressories.caredesk.report.ReportService reports() {
        return reports;
    }

    /** Letters to customers and the shop's Cap. 294 notice, as PDF. */
    public com.alluressories.caredesk.print.NoticePrintService noticePrinting() {
        return noticePrinting;
    }

    public TicketPrintService printing() {
        return printing;
    }

    public Backups backups() {
        return backups;
    }

    /** The printers documents go to: the PC's own, unless replaced (a test's, a kiosk's). */
    public com.alluressories.caredesk.print.PrinterPort printers() {
        return printers;
    }

    public void usePrinters(com.alluressories.caredesk.print.PrinterPort port) {
        this.printers = port;
    }

    /** This PC's slip printer for one-key printing. */
    public com.alluressories.caredesk.print.SlipPrinter slipPrinter() {
        return slipPrinter;
    }

    @Override
    public void close() {
        store.close();
    }
}
