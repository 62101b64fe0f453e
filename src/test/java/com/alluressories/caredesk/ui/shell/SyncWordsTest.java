package com.alluressories.caredesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.chain.SyncStatus;
import com.alluressories.caredesk.ui.I18n;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncWordsTest {
    static final Instant NOW = Instant.parse("2026-11-29T06:30:00Z"); // 14:30 in Hong Kong
    static final I18n EN = new I18n(I18n.ENGLISH);
    static final I18n ZH = new I18n(I18n.CHINESE);

    static SyncStatus status(String state, String lastSync, long waiting) {
        return new SyncStatus("CWB", "shop", "http://127.0.0.1:31415/sync/caredesk-hub", state, lastSync, waiting, 0,
                List.of(), 0);
    }

    @Test
    void aPcAloneSaysSo() {
        SyncStatus alone = new SyncStatus(null, null, null, SyncStatus.NOT_JOINED, null, 0, 0, List.of(), 0);
        assertThat(SyncWords.of(EN, alone, NOW)).isEqualTo("Not joined to a chain");
        assertThat(SyncWords.of(ZH, alone, NOW)).isEqualTo("未加入連鎖");
    }

    @Test
    void onlineItSaysHowLongAgoItLastSynced() {
        assertThat(SyncWords.of(EN, status("online", "2026-11-29T06:29:40Z", 0), NOW))
                .isEqualTo("Synced with head office just now");
        assertThat(SyncWords.of(EN, status("online", "2026-11-29T06:29:00Z", 0), NOW))
                .isEqualTo("Synced with head office 1 min ago");
        assertThat(SyncWords.of(ZH, status("online", "2026-11-29T06:25:00Z", 0), NOW)).isEqualTo("5 分鐘前已與總部同步");
        assertThat(SyncWords.of(EN, status("online", null, 0), NOW)).isEqualTo("Connecting to head office…");
    }

    @Test
    void offlineItSaysSinceWhenInHongKongTimeAndWhatWaits() {
        assertThat(SyncWords.of(EN, status("offline", "2026-11-29T02:02:00Z", 14), NOW))
                .isEqualTo("Offline since 10:02 — 14 changes waiting");
        assertThat(SyncWords.of(ZH, status("offline", "2026-11-29T02:02:00Z", 14), NOW))
                .isEqualTo("自 10:02 起離線 — 14 項更改待送");
        assertThat(SyncWords.of(EN, status("offline", "2026-11-27T02:02:00Z", 3), NOW))
                .isEqualTo("Offline since 27/11/2026 10:02 — 3 changes waiting");
        assertThat(SyncWords.of(EN, status("offline", null, 2), NOW)).isEqualTo("Offline — 2 changes waiting");
    }

    @Test
    void aClockFarFromHeadOfficesIsToldToo() {
        SyncStatus off = new SyncStatus("CWB", "shop", "http://h", "online", "2026-11-29T06:29:40Z", 0, 0, List.of(), -7);
        assertThat(SyncWords.of(EN, off, NOW)).isEqualTo("Synced with head office just now — this PC's clock is -7 min off");
        assertThat(SyncWords.of(ZH, off, NOW)).isEqualTo("剛與總部同步 — 本機時鐘與總部相差 -7 分鐘");
    }
}
