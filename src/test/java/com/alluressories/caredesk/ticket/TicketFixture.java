package com.alluressories.caredesk.ticket;

import com.alluressories.caredesk.claim.ClaimDraft;
import com.alluressories.caredesk.claim.ClaimService;
import com.alluressories.caredesk.claim.ClaimSummary;
import com.alluressories.caredesk.policy.Metal;
import com.alluressories.caredesk.policy.PolicyLoader;
import com.alluressories.caredesk.policy.Sale;
import com.alluressories.caredesk.policy.Stone;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.store.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Saved claims to open tickets for. */
public final class TicketFixture {
    private TicketFixture() {
    }

    public static ClaimSummary claim(Store store, Clock clock, String name, String phone, Set<String> findings) {
        ClaimService claims = new ClaimService(store, PolicyLoader.bundled(), clock, () -> "CWB", () -> StaffFixture.staff("2001", "Amy Lee"), new AuditLog(store, clock));
        LocalDate bought = LocalDate.now(clock).minusDays(20);
        return claims.save(new ClaimDraft(Optional.of("CWB-R1"), Optional.of(1),
                Optional.of(new Sale(bought, new BigDecimal("1280"), new BigDecimal("1280"))), "Pearl bracelet",
                Optional.of("BS-PRL-04"), Metal.SILVER, Set.of(Stone.PEARL), name, phone, "Clasp broken", "", findings,
                List.of(), Optional.empty(), true));
    }

    /** A claim the warranty covers: its ticket skips the quote. */
    public static ClaimSummary warranty(Store store, Clock clock) {
        return claim(store, clock, "Chan Tai Man", "91234567", Set.of("MANUFACTURING_DEFECT"));
    }

    /** A chargeable claim: its ticket is quoted first. */
    public static ClaimSummary chargeable(Store store, Clock clock) {
        return claim(store, clock, "Wong Mei Ling", "61234567", Set.of("WORN_CHAIN"));
    }

    /** A ticket as read back, for rules that need no store. */
    public static Ticket ticket(boolean chargeable, Optional<BigDecimal> quote) {
        return new Ticket(1, "uuid-1", "CWB-261127-0001", "CWB", 1, TicketState.RECEIVED, chargeable,
                java.time.LocalDateTime.parse("2026-11-27T10:00"), LocalDate.parse("2026-12-04"), Optional.empty(),
                Optional.empty(), quote, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "Chan Tai Man", "91234567", "18K gold ring",
                chargeable ? com.alluressories.caredesk.policy.Verdict.CHARGEABLE_REPAIR
                        : com.alluressories.caredesk.policy.Verdict.WARRANTY_REPAIR, "Clasp loose", 0);
    }
}
