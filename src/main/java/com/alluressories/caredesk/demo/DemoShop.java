package com.alluressories.caredesk.demo;

import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.receipt.Receipt;
import com.alluressories.caredesk.receipt.ReceiptLine;
import com.alluressories.caredesk.receipt.ReceiptRepository;
import com.alluressories.caredesk.shop.ShopProfile;
import com.alluressories.caredesk.shop.ShopService;
import com.alluressories.caredesk.staff.PinHasher;
import com.alluressories.caredesk.staff.Role;
import com.alluressories.caredesk.staff.Staff;
import com.alluressories.caredesk.staff.StaffRepository;
import com.alluressories.caredesk.store.Store;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The demo shop: a made-up Alluressories counter with three years of sales, so every screen can be
 * tried at once. Deterministic (seeded) apart from being anchored on today's date.
 */
public final class DemoShop {
    public static final ShopProfile PROFILE = new ShopProfile("TST", "Alluressories Tsim Sha Tsui (DEMO)",
            "Shop 101, 1/F, 18 Canton Road, Tsim Sha Tsui, Kowloon", "23456789");
    public static final int RECEIPTS = 360;
    /** The demo's staff and their PINs, printed in the README: the demo store is for trying things out. */
    public static final List<DemoStaff> STAFF = List.of(
            new DemoStaff(new Staff("1001", "Mandy Kwok 郭文迪", Role.MANAGER, true), "1234"),
            new DemoStaff(new Staff("2001", "Ken Wong 黃家健", Role.STAFF, true), "2222"),
            new DemoStaff(new Staff("2002", "Iris Lam 林愛詩", Role.STAFF, true), "3333"));

    /** A demo member of staff and their published PIN. */
    public record DemoStaff(Staff staff, String pin) {
    }

    public static DemoStaff manager() {
        return STAFF.get(0);
    }

    public static DemoStaff counterStaff() {
        return STAFF.get(1);
    }

    private static final String[] SHOPS = {"TST", "CWB", "MK", "CEN", "STN"};
    private static final String[] CUSTOMERS = {
        "Chan Tai Man", "Wong Mei Ling", "Emily Cheung", "Jason Lau", "Cheng Ka Yan", "Michelle Ho",
        "Leung Chi Wai", "Tsang Wing Sze", "Kelly Ng", "Alex Yip", "Mandy Kwok", "Lam Hoi Yan",
        "陳大文", "黃美玲", "李嘉欣", "張志明", "何詠詩", "梁家豪", "林曉彤", "吳嘉敏",
        "歐陽慧琳", "司徒詠欣", "上官婉儀", "諸葛明朗", "鍾離雅琪", "歐陽卓琳（Catherine）",
    };
    private static final Item[] CATALOGUE = {
        new Item("N18-ROSE-01", "18K rose gold necklace", Metal.GOLD_18K, Set.of(), "6880.00"),
        new Item("R18-SOL-02", "18K gold diamond solitaire ring", Metal.GOLD_18K, Set.of(Stone.DIAMOND), "15800.00"),
        new Item("E14-HOOP-03", "14K gold hoop earrings", Metal.GOLD_14K, Set.of(), "3280.00"),
        new Item("BS-PRL-04", "Silver bracelet with freshwater pearls", Metal.SILVER, Set.of(Stone.PEARL), "1280.00"),
        new Item("ES-PRL-05", "Pearl stud earrings, silver", Metal.SILVER, Set.of(Stone.PEARL), "880.00"),
        new Item("NS-AME-06", "Silver amethyst pendant", Metal.SILVER, Set.of(Stone.NATURAL_GEMSTONE), "1580.00"),
        new Item("RS-TOP-07", "Silver ring, blue topaz", Metal.SILVER, Set.of(Stone.NATURAL_GEMSTONE), "1180.00"),
        new Item("NP-STAR-08", "Gold-plated star necklace", Metal.PLATED, Set.of(), "590.00"),
        new Item("EP-CZ-09", "Plated drop earrings, cubic zirconia", Metal.PLATED, Set.of(Stone.SYNTHETIC_STONE), "680.00"),
        new Item("BST-LNK-10", "Stainless steel link bracelet", Metal.STAINLESS_STEEL, Set.of(), "490.00"),
        new Item("RS-DIA-11", "Silver ring with diamond accent", Metal.SILVER, Set.of(Stone.DIAMOND), "2980.00"),
        new Item("NS-CHN-12", "Silver fine chain 45 cm", Metal.SILVER, Set.of(), "520.00"),
        new Item("B18-PRL-13", "18K gold bangle with pearl", Metal.GOLD_18K, Set.of(Stone.PEARL), "9800.00"),
        new Item("HO-CRY-14", "Crystal hair clip", Metal.OTHER, Set.of(Stone.SYNTHETIC_STONE), "380.00"),
    };

    private record Item(String sku, String description, Metal metal, Set<Stone> stones, String listPrice) {
    }

    private DemoShop() {
    }

    /** The demo sales, ending today in Hong Kong, newest last. */
    public static List<Receipt> receipts(Clock clock) {
        Random random = new Random(20_261_127L);
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.minusYears(3);
        long span = today.toEpochDay() - first.toEpochDay();
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS.length; i++) {
            phones.add(String.valueOf(new int[] {5, 6, 9}[i % 3]) + (1_000_000 + random.nextInt(8_999_999)));
        }
        List<LocalDateTime> times = new ArrayList<>();
        for (int i = 0; i < RECEIPTS; i++) {
            // A third of sales in the last six months, so many items are still in warranty.
            long day = i % 3 == 0 ? span - random.nextInt(183) : random.nextInt((int) span + 1);
            times.add(first.plusDays(day).atTime(11 + random.nextInt(10), random.nextInt(60)));
        }
        times.sort(null);
        List<Receipt> receipts = new ArrayList<>();
        int[] sequence = new int[SHOPS.length];
        for (LocalDateTime time : times) {
            int shop = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(SHOPS.length - 1);
            sequence[shop]++;
            String receiptNo = SHOPS[shop] + "-" + time.format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                    + String.format("%04d", sequence[shop]);
            boolean walkIn = random.nextInt(8) == 0;
            int customer = random.nextInt(CUSTOMERS.length);
            List<ReceiptLine> lines = new ArrayList<>();
            int count = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
            for (int n = 1; n <= count; n++) {
                Item item = CATALOGUE[random.nextInt(CATALOGUE.length)];
                BigDecimal list = new BigDecimal(item.listPrice);
                int roll = random.nextInt(10);
                // Mostly full price, some member discounts, and about one in ten at 40% off or more.
                int percentOff = roll < 6 ? 0 : roll < 9 ? 10 + random.nextInt(3) * 5 : 40 + random.nextInt(3) * 10;
                BigDecimal paid = list.multiply(BigDecimal.valueOf(100 - percentOff))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                lines.add(new ReceiptLine(n, item.sku, item.description, item.metal, item.stones, list, paid));
            }
            receipts.add(new Receipt(receiptNo, SHOPS[shop], time,
                    walkIn ? Optional.empty() : Optional.of(CUSTOMERS[customer]),
                    walkIn ? Optional.empty() : Optional.of(phones.get(customer)), lines));
        }
        return receipts;
    }

    /** Hashed before the write, so the slow hashing never holds the store's write lock. */
    private static List<String> staffPinHashes() {
        PinHasher hasher = new PinHasher();
        return STAFF.stream().map(s -> hasher.hash(s.pin())).toList();
    }

    /** The demo staff, into a store that has none; inside the caller's transaction. */
    private static void insertStaff(java.sql.Connection c, List<String> hashes, Clock clock) throws java.sql.SQLException {
        if (StaffRepository.count(c) > 0) {
            return;
        }
        for (int i = 0; i < STAFF.size(); i++) {
            StaffRepository.insert(c, STAFF.get(i).staff(), hashes.get(i), LocalDateTime.now(clock));
        }
    }

    /**
     * A demo store made before staff signed in has no staff: it gets the demo's, so the README's
     * PINs open it. A real shop's store is never touched (its first manager is asked for instead).
     */
    public static void ensureStaff(Store store, Clock clock) {
        boolean needed = store.read(c -> ShopService.isDemo(c) && StaffRepository.count(c) == 0);
        if (!needed) {
            return;
        }
        List<String> hashes = staffPinHashes();
        store.write(c -> {
            if (ShopService.isDemo(c)) {
                insertStaff(c, hashes, clock);
            }
            return null;
        });
    }

    /**
     * Fills an empty store with the demo shop, in one transaction. Refuses a store that holds a
     * real shop or real receipts; a store that already is the demo is left as it is.
     *
     * @return true when the demo was added, false when the store already held it
     */
    public static boolean fill(Store store, Clock clock) {
        List<Receipt> receipts = receipts(clock);
        List<String> hashes = staffPinHashes();
        boolean added = store.write(c -> {
            if (ShopService.isDemo(c)) {
                return false;
            }
            if (ShopService.profile(c).isPresent() || ReceiptRepository.count(c) > 0) {
                throw new IllegalStateException("The store " + store.file()
                        + " holds a real shop's data; the demo shop is only added to an empty store.");
            }
            ShopService.saveProfile(c, PROFILE, true);
            insertStaff(c, hashes, clock);
            for (Receipt receipt : receipts) {
                ReceiptRepository.insert(c, receipt);
            }
            return true;
        });
        if (added) {
            DemoTickets.fill(store, clock, receipts);
        }
        return added;
    }
}
