package com.alluressories.caredesk.shop;

import com.alluressories.caredesk.receipt.PhoneNumber;
import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.Permission;
import com.alluressories.caredesk.staff.StaffRules;
import com.alluressories.caredesk.staff.StaffService;
import com.alluressories.caredesk.store.Settings;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.store.StoredData;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The shop's profile, demo mode and counter preferences, kept in the store's settings. */
public final class ShopService {
    static final String DEMO = "shop.demo";
    static final String CODE = "shop.code";
    static final String NAME = "shop.name";
    static final String ADDRESS = "shop.address";
    static final String PHONE = "shop.phone";
    static final String LANGUAGE = "ui.language";

    private final Store store;
    private final AuditLog audit;
    private final Supplier<Actor> actor;
    private final List<StoredData> features;

    /** @param features every feature's tables, dependents first: the demo's rows leave from each */
    public ShopService(Store store, AuditLog audit, Supplier<Actor> actor, List<StoredData> features) {
        this.store = store;
        this.audit = audit;
        this.actor = actor;
        this.features = List.copyOf(features);
    }

    /** The shop as the command line sees it (changes recorded as the command line's). */
    public ShopService(Store store, Clock clock, List<StoredData> features) {
        this(store, new AuditLog(store, clock), Actor::commandLine, features);
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
     * Updates the profile of a real shop; a manager's work (or a manager approves).
     *
     * @throws IllegalStateException while the store is the demo: leaving it needs a first manager
     */
    public void updateProfile(ShopProfile profile, Actor by) {
        by.require(Permission.CHANGE_SETTINGS);
        store.write(c -> {
            if (isDemo(c)) {
                throw new IllegalStateException("The store is the demo shop: leave it with leaveDemo and a first manager.");
            }
            saveProfile(c, profile, false);
            audit.append(c, by, AuditAction.SETTINGS_CHANGED, "shop", profileDetails(profile));
            return null;
        });
    }

    /**
     * Leaves the demo and sets up the real shop, in one transaction: the demo's tickets, claims,
     * receipts and staff go (so they never mix with the shop's own, and the demo PINs printed in
     * the README open nothing), and the shop's first manager comes in their place.
     *
     * @return the first manager, signed in
     */
    public Actor leaveDemo(ShopProfile profile, String managerNo, String managerName, String managerPin, Actor by,
                           StaffService staff) {
        by.require(Permission.CHANGE_SETTINGS);
        StaffRules.validate(managerNo, managerName, managerPin);
        return store.write(c -> {
            if (!isDemo(c)) {
                throw new IllegalStateException("The store is not the demo shop.");
            }
            audit.append(c, by, AuditAction.DEMO_LEFT, "shop", profileDetails(profile));
            deleteDemoData(c);
            saveProfile(c, profile, false);
            return staff.replaceAllWithFirstManager(c, managerNo, managerName, managerPin);
        });
    }

    /**
     * Sets up the real shop without a window (tests, and a shop's PC set up by IT): leaving the
     * demo removes its data and its staff, so the window asks for the first manager at its next start.
     */
    public void setUpRealShop(ShopProfile profile) {
        Actor by = actor.get();
        store.write(c -> {
            if (isDemo(c)) {
                audit.append(c, by, AuditAction.DEMO_LEFT, "shop", profileDetails(profile));
                deleteDemoData(c);
            }
            saveProfile(c, profile, false);
            audit.append(c, by, AuditAction.SETTINGS_CHANGED, "shop", profileDetails(profile));
            return null;
        });
    }

    /** The demo's tickets, claims, receipts and staff, so they never mix with the shop's own; the audit trail stays. */
    private void deleteDemoData(Connection c) throws SQLException {
        for (StoredData feature : features) {
            feature.removeAll(c);
        }
    }

    private static Map<String, Object> profileDetails(ShopProfile profile) {
        return Map.of("code", profile.code(), "name", profile.name().strip());
    }

    /**
     * The shop's code for new records: on a PC in the chain, the code head office registered it
     * under; else the one "Set up your shop" gave (the demo has its own); none before either. Ticket
     * numbers carry it, so nothing is taken in without it.
     */
    public Optional<String> shopCode() {
        // A PC in the chain is the node head office registered: its ticket numbers carry that code.
        Optional<String> registered = com.alluressories.caredesk.chain.Membership.of(store)
                .map(com.alluressories.caredesk.chain.Membership::nodeCode);
        return registered.isPresent() ? registered : profile().map(ShopProfile::code);
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
