package com.alluressories.caredesk.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.receipt.ReceiptService;
import com.alluressories.caredesk.store.Store;
import com.alluressories.caredesk.ui.ErrorWords;
import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import from the lookup screen, without a toolkit: its outcome, or why it could not run, kept for the view to word. */
class ReceiptImportViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Hong_Kong"));
    private static final String SALES = "receipt_no,shop_code,purchased_at,customer_name,customer_phone,line_no,sku,"
            + "description,metal,stones,list_price,paid_price\n"
            + "CWB-0001,CWB,2026-01-31T14:05,Chan Tai Man,9123 4567,1,R18-SOL-02,18K ring,18K_GOLD,DIAMOND,15800,15800\n";

    @TempDir
    Path dir;
    Store store;
    boolean demo;
    ReceiptImportViewModel model;
    final AtomicInteger done = new AtomicInteger();

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("store"));
        model = new ReceiptImportViewModel(new ReceiptService(store, CLOCK, () -> demo), TaskRunner.sameThread(),
                Runnable::run);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anImportThatRanKeepsItsResultAndNoFailure() throws Exception {
        model.start(Files.writeString(dir.resolve("sales.csv"), SALES), done::incrementAndGet);
        assertThat(done).hasValue(1);
        assertThat(model.failureProperty().get()).isNull();
        assertThat(model.resultProperty().get().linesAdded()).isEqualTo(1);
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void theDemoStoreRefusesAndTheViewIsToldSo() throws Exception {
        demo = true;
        model.start(Files.writeString(dir.resolve("sales.csv"), SALES), done::incrementAndGet);
        assertThat(done).hasValue(1);
        assertThat(model.refusedAsDemo()).isTrue();
        assertThat(model.resultProperty().get()).isNull();
    }

    @Test
    void anImportThatCouldNotRunKeepsTheErrorForTheViewToWordNotItsEnglishMessage() {
        model.start(dir.resolve("gone.csv"), done::incrementAndGet);
        assertThat(done).hasValue(1);
        assertThat(model.refusedAsDemo()).isFalse();
        Throwable failure = model.failureProperty().get();
        assertThat(failure).isNotNull();
        assertThat(ErrorWords.of(new I18n(I18n.CHINESE), failure)).doesNotContain("gone.csv").doesNotContain("Cannot read");
    }
}
