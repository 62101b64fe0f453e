package com.alluressories.caredesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.alluressories.caredesk.ui.I18n;
import com.alluressories.caredesk.ui.Screen;
import com.alluressories.caredesk.ui.shell.KeysHelp.Line;
import org.junit.jupiter.api.Test;

/** F1's lines: the key apart from what it does, in both languages, every screen's key among them. */
class KeysHelpTest {
    @Test
    void aLineIsTheKeyAndWhatItDoesApartByATab() {
        assertThat(KeysHelp.lines("F1\tthese keys\nCtrl+L\tlock the window\tnow\nEsc"))
                .containsExactly(new Line("F1", "these keys"), new Line("Ctrl+L", "lock the window\tnow"),
                        new Line("Esc", ""));
    }

    @Test
    void bothLanguagesListEveryScreensKeyWithWordsForIt() {
        for (java.util.Locale locale : I18n.LOCALES) {
            var lines = KeysHelp.lines(new I18n(locale).get("help.keys"));
            assertThat(lines).as(locale.toString()).allMatch(l -> !l.key().isBlank() && !l.what().isBlank());
            for (Screen screen : Screen.values()) {
                assertThat(lines).as(locale + " " + screen).anyMatch(l -> l.key().equals(screen.shortcut().getName()));
            }
            // The way between Customers to tell's two lists, which nothing on screen shows.
            assertThat(lines).as(locale + " Ctrl+Tab").anyMatch(l -> l.key().equals("Ctrl+Tab"));
        }
    }
}
