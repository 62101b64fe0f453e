package com.alluressories.caredesk.bench;

import com.alluressories.caredesk.staff.Actor;
import com.alluressories.caredesk.staff.AuditAction;
import com.alluressories.caredesk.staff.AuditFilter;
import com.alluressories.caredesk.staff.AuditLog;
import com.alluressories.caredesk.staff.PinHasher;
import com.alluressories.caredesk.staff.StaffFixture;
import com.alluressories.caredesk.staff.StaffService;
import com.alluressories.caredesk.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The audit trail at the size years of a busy shop give it: one entry appended in its own
 * transaction, the whole chain verified, a staff filter, and a sign-in (bcrypt cost 11).
 * Run: {@code mvn -B test -Dexcluded.groups= -Dgroups=benchmark -Dtest=AuditBenchmark} ({@code -Dbench.entries=N}).
 */
@Tag("benchmark")
class AuditBenchmark {
    @Test
    void auditTrailAtShopScale() throws Exception {
        int entries = Integer.getInteger("bench.entries", 500_000);
        Path dir = Files.createTempDirectory("caredesk-audit-bench");
        Clock clock = Clock.system(ZoneId.of("Asia/Hong_Kong"));
        List<Actor> staff = List.of(StaffFixture.staff("2001", "Ken Wong 黃家健"), StaffFixture.staff("2002", "Iris Lam"),
                StaffFixture.approved(StaffFixture.staff("2003", "Joyce Chan"), "1001", "Mandy Kwok"));
        try (Store store = Store.open(dir)) {
            AuditLog audit = new AuditLog(store, clock);
            long t0 = System.nanoTime();
            int batch = 1_000;
            for (int done = 0; done < entries; done += batch) {
                int from = done;
                store.write(c -> {
                    for (int i = from; i < Math.min(entries, from + batch); i++) {
                        audit.append(c, staff.get(i % 3), AuditAction.TICKET_TRANSITION, "TST-261127-" + (i % 10_000),
                                Map.of("action", "READY", "from", "IN_REPAIR", "to", "READY_FOR_PICKUP", "note", "n" + i));
                    }
                    return null;
                });
            }
            System.out.printf("fill: %,d entries in %.1f s%n", entries, (System.nanoTime() - t0) / 1e9);

            List<Long> single = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                long s = System.nanoTime();
                audit.append(staff.get(0), AuditAction.TICKET_PRINTED, "TST-261127-0001", Map.of("document", "TAG"));
                single.add(System.nanoTime() - s);
            }
            Collections.sort(single);
            System.out.printf("one entry in its own transaction (synchronous=FULL): p50 %.2f ms, p99 %.2f ms%n",
                    single.get(100) / 1e6, single.get(197) / 1e6);

            long v = System.nanoTime();
            var check = audit.verify();
            System.out.printf("verify %,d entries: %.2f s, intact=%s%n", check.entries(), (System.nanoTime() - v) / 1e9,
                    check.intact());

            long f = System.nanoTime();
            int found = audit.list(new AuditFilter(Optional.empty(), Optional.empty(), Optional.of("1001"), Optional.empty(),
                    Optional.empty(), AuditFilter.DEFAULT_LIMIT)).size();
            System.out.printf("filter by approver, newest %,d: %.0f ms%n", found, (System.nanoTime() - f) / 1e6);
            long x = System.nanoTime();
            int text = audit.list(new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of("n123456"), AuditFilter.DEFAULT_LIMIT)).size();
            System.out.printf("text search over all (%d found): %.0f ms%n", text, (System.nanoTime() - x) / 1e6);
            System.out.printf("store file: %.1f MB%n", Files.size(store.file()) / 1e6);

            StaffService staffService = new StaffService(store, clock, new PinHasher(), audit);
            Actor manager = staffService.createFirstManager("1001", "Mandy Kwok", "1234");
            List<Long> signIns = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                long s = System.nanoTime();
                staffService.signIn("1001", "1234");
                signIns.add(System.nanoTime() - s);
            }
            Collections.sort(signIns);
            System.out.printf("sign-in (bcrypt cost %d + audit entry): median %.0f ms%n", PinHasher.DEFAULT_COST,
                    signIns.get(5) / 1e6);
            if (manager == null) {
                throw new AssertionError();
            }
        }
    }
}
