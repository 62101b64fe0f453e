package com.alluressories.caredesk.shop;

import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.receipt.PhoneNumber;
import com.alluressories.caredesk.ticket.TicketService;
import com.alluressories.caredesk.receipt.ReceiptRepository;
import com.alluressories.caredesk.store.Settings;
import com.alluressories.caredesk.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The shop's profile, demo mode and counter preferences, kept in the store's settings. */
public final class ShopService {
    static final String DEMO = "shop.demo";
    static final String CODE = "shop.code";
    static final String NAME = "shop.name";
    static final String ADDRESS = "shop.address";
    static final String PHONE = "shop.phone";
    static final String LANGUAGE = "ui.language";
    static final String STAFF = "shop.staff";
    /** Who a claim records when no staff name was set up (until staff sign in). */
    public static final String UNNAMED_STAFF = "Counter";

    private final Store store;

    public ShopService(Store store) {
        this.store = store;
    }

    public Optional<ShopProfile> profile() {
        return store.read(ShopService::profile);
    }

    public static Optional<ShopProfile> profile(Connection c) throws SQLException {
        Optional<String> code = Settings.get(c, CODE);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ShopProfile(code.get(), Settings.get(c, NAME).orElse(""),
                Settings.get(c, ADDRESS).orElse(""), Settings.get(c, PHONE).orElse("")));
    }

    public boolean isDemo() {
        return store.read(ShopService::isDemo);
    }

    public static boolean isDemo(Connection c) throws SQLException {
        return Settings.get(c, DEMO).map(Boolean::parseBoolean).orElse(false);
    }

    /** Writes the profile inside the caller's transaction; {@code demo} marks the demo shop. */
    public static void saveProfile(Connection c, ShopProfile profile, boolean demo) throws SQLException {
        if (!profile.problems().isEmpty()) {
            throw new IllegalArgumentException("Shop profile is not valid: " + profile.problems());
        }
        Settings.put(c, CODE, profile.code());
        Settings.put(c, NAME, profile.name().strip());
        Settings.put(c, ADDRESS, profile.address().strip());
        Settings.put(c, PHONE, PhoneNumber.normalize(profile.phone()).orElseThrow());
        Settings.put(c, DEMO, Boolean.toString(demo));
    }

    /**
     * Leaves the demo (its receipts go, so they never mix with the shop's own) and sets up the
     * real shop; on a store that is not a demo it only updates the profile. One transaction.
     */
    public void setUpRealShop(ShopProfile profile) {
        store.write(c -> {
            if (isDemo(c)) {
                TicketService.deleteAll(c);
                ClaimService.deleteAll(c);
                ReceiptRepository.deleteAll(c);
            }
            saveProfile(c, profile, false);
            return null;
        });
    }

    /** The name claims record as taken in by, until staff sign in with their own. */
    public String defaultStaff() {
        return store.read(c -> Settings.get(c, STAFF)).orElse(UNNAMED_STAFF);
    }

    public void saveDefaultStaff(String name) {
        store.write(c -> {
            saveDefaultStaff(c, name);
            return null;
        });
    }

    public static void saveDefaultStaff(Connection c, String name) throws SQLException {
        if (name == null || name.isBlank()) {
            Settings.remove(c, STAFF);
        } else {
            Settings.put(c, STAFF, name.strip());
        }
    }

    /** The shop's code for new records; {@code SHOP} until a shop is set up. */
    public String shopCode() {
        return profile().map(ShopProfile::code).orElse("SHOP");
    }

    public Optional<String> language() {
        return store.read(c -> Settings.get(c, LANGUAGE));
    }

    public void saveLanguage(String languageTag) {
        store.write(c -> {
            Settings.put(c, LANGUAGE, languageTag);
            return null;
        });
    }
}
