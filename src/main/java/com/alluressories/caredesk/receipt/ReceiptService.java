package com.alluressories.caredesk.receipt;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Receipts for the counter: import the tills' export, and find a purchase from whatever the customer has. */
public final class ReceiptService {
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private final Store store;
    private final ReceiptImporter importer;
    private final BooleanSupplier demo;

    /**
     * @param demo  true while the store holds the demo shop, whose receipts must never mix with real ones
     * @param actor who imports, for the audit trail
     */
    public ReceiptService(Store store, Clock clock, BooleanSupplier demo, Supplier<Actor> actor, AuditLog audit) {
        this.store = store;
        this.importer = new ReceiptImporter(store, clock, actor, audit);
        this.demo = demo;
    }

    /** Receipts worked on from the command line (imports recorded as such). */
    public ReceiptService(Store store, Clock clock, BooleanSupplier demo) {
        this(store, clock, demo, Actor::commandLine, new AuditLog(store, clock));
    }

    /**
     * Imports a sales export (see {@link ReceiptImporter}).
     *
     * @throws IllegalStateException while the store holds the demo shop
     */
    public ImportResult importFile(Path file, ImportProgress progress) {
        if (demo.getAsBoolean()) {
            throw new DemoStoreException(store.file());
        }
        return importer.importFile(file, progress);
    }

    public List<Receipt> search(LookupQuery query) {
        return store.read(c -> ReceiptQueries.search(c, query));
    }

    public Optional<Receipt> byReceiptNo(String receiptNo) {
        return store.read(c -> ReceiptQueries.byReceiptNo(c, receiptNo.strip())).map(ReceiptQueries.Stored::receipt);
    }

    /**
     * What the one search field understands: a receipt number (what a scanner types), a full phone
     * number, the last 4 digits of one, a name prefix in English or Chinese, or a SKU. An exact
     * receipt number wins; otherwise every kind the text could be is asked, newest first.
     */
    public List<Receipt> findAnything(String text, Optional<LocalDate> from, Optional<LocalDate> to,
                                      Optional<String> shop, int limit) {
        String key = text.strip();
        if (key.isEmpty()) {
            return List.of();
        }
        List<LookupQuery.Kind> kinds = new ArrayList<>();
        if (PhoneNumber.normalize(key).isPresent()) {
            kinds.add(LookupQuery.Kind.PHONE);
        } else if (FOUR_DIGITS.matcher(key).matches()) {
            kinds.add(LookupQuery.Kind.LAST4);
        } else if (!key.chars().allMatch(ch -> Character.isDigit(ch) || ch == ' ' || ch == '-' || ch == '+')) {
            kinds.add(LookupQuery.Kind.NAME);
            kinds.add(LookupQuery.Kind.SKU);
        }
        return store.read(c -> {
            Map<String, Receipt> found = new LinkedHashMap<>();
            LookupQuery exact = new LookupQuery(LookupQuery.Kind.RECEIPT, key, from, to, shop, limit, 0);
            for (Receipt r : ReceiptQueries.search(c, exact)) {
                found.put(r.receiptNo(), r);
            }
            if (!found.isEmpty()) {
                return List.copyOf(found.values());
            }
            for (LookupQuery.Kind kind : kinds) {
                for (Receipt r : ReceiptQueries.search(c, new LookupQuery(kind, key, from, to, shop, limit, 0))) {
                    found.putIfAbsent(r.receiptNo(), r);
                }
            }
            return found.values().stream()
                    .sorted(Comparator.comparing(Receipt::purchasedAt).reversed())
                    .limit(limit).toList();
        });
    }

    public long count() {
        return store.read(ReceiptRepository::count);
    }
}
