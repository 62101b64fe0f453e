package com.alluressories.caredesk.app;

import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.PhotoStore;
import com.alluressories.caredesk.policy.Policy;
import com.alluressories.caredesk.print.TicketPrintService;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.receipt.ReceiptService;
import com.alluressories.caredesk.shop.ShopService;
import com.alluressories.caredesk.store.Backups;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ticket.TicketService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The composition root: every service is built here, once, and handed to the faces (GUI and
 * command line) that need it. No static singletons hold state.
 */
public final class Services implements AutoCloseable {
    /** Every "today" in CareDesk is a Hong Kong day, wherever the PC's clock is set. */
    public static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");
    /** What each feature carries over from a replaced store into a restored one. */
    public static final List<Backups.AfterRestore> AFTER_RESTORE = List.of(TicketService::carryOverSequences);

    private final Store store;
    private final Clock clock;
    private final Policy policy;
    private final ShopService shop;
    private final ReceiptService receipts;
    private final ClaimService claims;
    private final PhotoStore photos;
    private final TicketService tickets;
    private final TicketPrintService printing;
    private final Backups backups;

    public Services(Store store, Clock clock, Policy policy) {
        this.store = store;
        this.clock = clock;
        this.policy = policy;
        this.shop = new ShopService(store);
        this.receipts = new ReceiptService(store, clock, shop::isDemo);
        this.claims = new ClaimService(store, policy, clock, shop::shopCode, shop::defaultStaff);
        this.photos = new PhotoStore(store.dataDir());
        this.tickets = new TicketService(store, clock, shop::defaultStaff);
        this.printing = new TicketPrintService(tickets, claims, shop::profile);
        this.backups = new Backups(store, clock, AFTER_RESTORE);
    }

    public static Services open(Path dataDir) {
        return new Services(Store.open(dataDir), Clock.system(HONG_KONG), PolicyLoader.bundled());
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

    public TicketPrintService printing() {
        return printing;
    }

    public Backups backups() {
        return backups;
    }

    @Override
    public void close() {
        store.close();
    }
}
