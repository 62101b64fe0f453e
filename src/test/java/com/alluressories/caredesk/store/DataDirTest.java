package com.alluressories.caredesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirTest {
    @Test
    void theFlagWinsOverTheEnvironment() {
        assertThat(DataDir.resolve(Path.of("/srv/shop"), Map.of("CAREDESK_HOME", "/elsewhere"), "Linux", "/home/amy"))
                .isEqualTo(Path.of("/srv/shop"));
    }

    @Test
    void theEnvironmentVariableWinsOverThePlatformDefault() {
        assertThat(DataDir.resolve(null, Map.of("CAREDESK_HOME", "/data/caredesk"), "Linux", "/home/amy"))
                .isEqualTo(Path.of("/data/caredesk"));
    }

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertThat(DataDir.resolve(null, Map.of("XDG_DATA_HOME", "/home/amy/.data"), "Linux", "/home/amy"))
                .isEqualTo(Path.of("/home/amy/.data/caredesk"));
        assertThat(DataDir.resolve(null, Map.of(), "Linux", "/home/amy"))
                .isEqualTo(Path.of("/home/amy/.local/share/caredesk"));
        assertThat(DataDir.resolve(null, Map.of("XDG_DATA_HOME", "relative/ignored"), "Linux", "/home/amy"))
                .isEqualTo(Path.of("/home/amy/.local/share/caredesk"));
    }

    @Test
    void windowsUsesLocalAppData() {
        assertThat(DataDir.resolve(null, Map.of("LOCALAPPDATA", "/c/Users/amy/AppData/Local"), "Windows 11", "/c/Users/amy"))
                .isEqualTo(Path.of("/c/Users/amy/AppData/Local/CareDesk"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDir.resolve(null, Map.of(), "Mac OS X", "/Users/amy"))
                .isEqualTo(Path.of("/Users/amy/Library/Application Support/CareDesk"));
    }
}
